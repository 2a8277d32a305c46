"""The database: created with the right settings, migrated in order, refused when too new."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from caregiver_app.store import db as store_db
from caregiver_app.store import migrations

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_new_diary_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = store_db.open_database(tmp_path / "diary.sqlite3")
    try:
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert migrations.current_version(database) == migrations.LATEST_VERSION
    finally:
        store_db.close_database()


def test_removing_a_person_removes_their_episodes_too(
    db: peewee.SqliteDatabase, person: int
) -> None:
    from caregiver_app.services import episodes, people
    from tests.helpers import episode

    episodes.add_episode(person, episode(triggers=("stress",)))
    people.delete_person(person)
    assert db.execute_sql("SELECT COUNT(*) FROM episode").fetchone()[0] == 0
    assert db.execute_sql("SELECT COUNT(*) FROM episode_trigger").fetchone()[0] == 0


def test_a_diary_from_a_newer_app_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    store_db.open_database(path)
    store_db.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 999")
    before = path.read_bytes()
    with pytest.raises(migrations.NewerDatabaseError, match="newer version"):
        store_db.open_database(path)
    store_db.close_database()
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(peewee.DatabaseError):
        store_db.open_database(path)
    store_db.close_database()
    assert path.read_bytes() == b"this is not a database" * 100


def test_migrations_are_numbered_in_order() -> None:
    versions = [version for version, _ in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    store_db.open_database(path)

    def broken(database: peewee.SqliteDatabase) -> None:
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("power cut")

    released = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (released + 1, broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", released + 1)
    database = store_db.database_proxy.obj
    with pytest.raises(RuntimeError):
        migrations.migrate(database)
    assert migrations.current_version(database) == released
    assert "half_done" not in database.get_tables()
    store_db.close_database()


def test_the_release_1_diary_file_opens_with_all_its_data(tmp_path: Path) -> None:
    """tests/data/diary-v1.sqlite3 was made by release 0.1.0 (tests/data/make_fixtures.py)."""
    import json

    expected = json.loads((DATA / "diary-v1.json").read_text())
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v1.sqlite3", path)
    database = store_db.open_database(path)
    try:
        for table, count in expected["counts"].items():
            assert database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == count, (
                table
            )
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store_db.close_database()
