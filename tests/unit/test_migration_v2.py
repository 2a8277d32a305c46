"""Migration 2 (treatments): a diary from the previous release opens with everything in it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import peewee
import pytest

from caregiver_app.store import db as store_db
from caregiver_app.store import migrations, models

DATA = Path(__file__).resolve().parents[1] / "data"
NEW_TABLES = (
    "medication",
    "medication_dose_change",
    "medication_dose_taken",
    "injection",
    "injection_goal",
    "goal_score",
    "therapy_session",
    "daily_minutes",
    "mas_score",
    "appointment",
    "appointment_question",
)


def count(database: peewee.SqliteDatabase, table: str) -> int:
    return int(database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_the_release_1_diary_keeps_every_episode_check_in_and_equipment_status(
    tmp_path: Path,
) -> None:
    expected = json.loads((DATA / "diary-v1.json").read_text())
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v1.sqlite3", path)
    database = store_db.open_database(path)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        for table, number in expected["counts"].items():
            assert count(database, table) == number, table
        for table in NEW_TABLES:
            assert count(database, table) == 0, table
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        from caregiver_app.services import checkins, people

        person = people.list_people()[0]
        notes = [data.notes for _, data in checkins.all_for_person(person.id)]
        assert "Kept <b>literally</b>" in notes
    finally:
        store_db.close_database()


def test_the_release_2_diary_opens_with_its_treatments(tmp_path: Path) -> None:
    expected = json.loads((DATA / "diary-v2.json").read_text())
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v2.sqlite3", path)
    database = store_db.open_database(path)
    try:
        for table, number in expected["counts"].items():
            assert count(database, table) == number, table
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store_db.close_database()


def test_a_failed_migration_2_leaves_the_release_1_diary_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v1.sqlite3", path)

    def half_then_fail(database: peewee.SqliteDatabase) -> None:
        migrations._m002_treatments(database)
        raise RuntimeError("power cut")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", [(1, migrations._m001_initial), (2, half_then_fail)]
    )
    with pytest.raises(RuntimeError):
        store_db.open_database(path)
    database = store_db.database_proxy.obj
    try:
        assert migrations.current_version(database) == 1
        assert "medication" not in database.get_tables()
    finally:
        store_db.close_database()


def test_the_models_match_the_migrated_tables(db: peewee.Database) -> None:
    """On either engine: the file's migrations and the server's make the models' columns."""
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        columns = {column.name for column in db.get_columns(table)}
        fields = {field.column_name for field in model._meta.sorted_fields}
        assert fields == columns, table
