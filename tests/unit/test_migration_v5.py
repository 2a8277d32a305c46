"""Migration 5: an answer left out (kind, cause, affected side) is stored as "not recorded" (NULL),
and release 3's diary opens with everything it held, its stored values and its running totals."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import peewee
import pytest

from caregiver_app.services import episodes, people, scales
from caregiver_app.services.periods import Period
from caregiver_app.store import day_totals, migrations
from caregiver_app.store import db as store_db
from tests.helpers import episode

DATA = Path(__file__).resolve().parents[1] / "data"
NO_DIFFERENCES = {"episode_day": 0, "episode_month_place": 0, "episode_month_trigger": 0}


def count(database: peewee.SqliteDatabase, sql: str) -> int:
    return int(database.execute_sql(sql).fetchone()[0])


def open_release_3(tmp_path: Path) -> tuple[Path, peewee.SqliteDatabase]:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)
    return path, store_db.open_database(path)


def test_the_release_3_diary_keeps_everything_and_its_stored_values(tmp_path: Path) -> None:
    expected = json.loads((DATA / "diary-v3.json").read_text())["counts"]
    _, database = open_release_3(tmp_path)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        for table, number in expected.items():
            assert count(database, f"SELECT COUNT(*) FROM {table}") == number, table
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        # What was stored stays: no kind, cause or side became "not recorded".
        assert count(database, "SELECT COUNT(*) FROM episode WHERE kind IS NULL") == 0
        person = people.list_people()[0]
        assert person.cause is not None and person.affected_side is not None
        assert day_totals.differences(database) == NO_DIFFERENCES
    finally:
        store_db.close_database()


def test_after_migration_5_a_left_out_answer_is_stored_as_not_recorded(tmp_path: Path) -> None:
    path, database = open_release_3(tmp_path)
    try:
        person = people.list_people()[0]
        day = dt.date(2026, 11, 20)
        counted_before = scales.scale_scores(person.id, Period(day, day), today=day).episodes
        started = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
        episodes.add_episode(person.id, episode(started=started, kind=None, severity=3))
        episodes.add_episode(person.id, episode(started=started, kind="stiffness"))
        new = people.create_person(name="No Details")
        # The running totals stay exact, and count the episode of no recorded kind.
        assert day_totals.differences(database) == NO_DIFFERENCES
        scores = scales.scale_scores(person.id, Period(day, day), today=day)
        assert scores.episodes == counted_before + 1
        assert "Counted episodes with no kind recorded: 1." in [str(n) for n in scores.notes]
    finally:
        store_db.close_database()
    database = store_db.open_database(path)  # read back through a new connection
    try:
        kinds = database.execute_sql(
            "SELECT kind FROM episode WHERE started_utc = ? ORDER BY kind",
            (int(started.timestamp()),),
        ).fetchall()
        assert kinds == [(None,), ("stiffness",)]
        stored = people.get_person(new.id)
        assert (stored.cause, stored.affected_side) == (None, None)
    finally:
        store_db.close_database()


def test_a_failed_migration_5_leaves_the_diary_as_migration_4_left_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)

    def half_then_fail(database: peewee.SqliteDatabase) -> None:
        migrations._m005_unrecorded_is_null(database)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:4], (5, half_then_fail)])
    with pytest.raises(RuntimeError):
        store_db.open_database(path)
    store_db.close_database()
    database = peewee.SqliteDatabase(str(path))
    try:
        assert migrations.current_version(database) == 4
        schema = database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name IN ('episode', 'person', "
            "'episode_totals_insert') ORDER BY name"
        ).fetchall()
        assert "kind TEXT NOT NULL" in schema[0][0]
        assert "kind <> 'stiffness'" in schema[1][0]
        assert "affected_side TEXT NOT NULL" in schema[2][0]
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()
