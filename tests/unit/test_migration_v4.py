"""Migration 4 (injection regions, falls, nights woken): the release 3 diary opens with
everything in it, its injection keeps its typed muscles and gains the regions they name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import peewee
import pytest

from caregiver_app.store import db as store_db
from caregiver_app.store import migrations

DATA = Path(__file__).resolve().parents[1] / "data"


def count(database: peewee.SqliteDatabase, table: str) -> int:
    return int(database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_the_release_3_diary_keeps_everything_and_its_injection_gains_regions(
    tmp_path: Path,
) -> None:
    expected = json.loads((DATA / "diary-v3.json").read_text())
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)
    database = store_db.open_database(path)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        for table, number in expected["counts"].items():
            assert count(database, table) == number, table
        assert count(database, "fall") == 0
        assert database.execute_sql("SELECT muscles, side, regions FROM injection").fetchall() == [
            ("Calf", "left", "calf")
        ]
        assert (
            database.execute_sql(
                "SELECT COUNT(*) FROM checkin WHERE woken_by_spasms IS NOT NULL"
            ).fetchone()[0]
            == 0
        )  # not asked then: unknown, never "no"
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        from caregiver_app.services import injections, people

        person = people.list_people()[0].id
        shot = injections.list_injections(person)[0]
        assert shot.data.muscles == "Calf" and shot.data.regions == ("calf",)
    finally:
        store_db.close_database()


def test_a_failed_migration_4_leaves_the_release_3_diary_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)
    step = migrations._m004_regions_falls_nights
    version = next(v for v, m in migrations.MIGRATIONS if m is step)  # renumbered at merge

    def half_then_fail(database: peewee.SqliteDatabase) -> None:
        step(database)
        raise RuntimeError("power cut")

    chain = [
        (v, half_then_fail if m is step else m) for v, m in migrations.MIGRATIONS if v <= version
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", chain)
    with pytest.raises(RuntimeError):
        store_db.open_database(path)
    database = store_db.database_proxy.obj
    try:
        assert migrations.current_version(database) == version - 1
        assert "fall" not in database.get_tables()
        columns = {row[1] for row in database.execute_sql("PRAGMA table_info(injection)")}
        assert "regions" not in columns
    finally:
        store_db.close_database()
