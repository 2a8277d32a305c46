"""The per-day running totals (migration 3) stay equal to a fresh count of the episodes,
whatever is done to the diary and in whatever order."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee
import pytest

from caregiver_app.services import codes, episodes, people
from caregiver_app.services.actions import Change, StaleChange, perform
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.store import day_totals
from caregiver_app.store import db as store_db

DATA = Path(__file__).resolve().parents[1] / "data"
LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 11, 25, 20, 0, tzinfo=LONDON)
NO_DIFFERENCES = {"episode_day": 0, "episode_month_place": 0, "episode_month_trigger": 0}


def _random_episode(rng: random.Random) -> EpisodeData:
    # Around the 2026 clock changes (29 March, 25 October) and late evenings, where a day
    # boundary in local time differs from UTC.
    start = dt.datetime(2026, 3, 20, tzinfo=LONDON) + dt.timedelta(
        days=rng.randrange(0, 230),
        hours=rng.choice([0, 1, 7, 12, 22, 23]),
        minutes=rng.randrange(60),
    )
    return EpisodeData(
        started=start,
        body_region=rng.choice(codes.BODY_REGIONS),
        side=rng.choice(codes.SIDES),
        kind=rng.choice(codes.KINDS),
        severity=rng.randint(1, 3),
        pain=rng.choice([None, 0, 3, 10]),
        triggers=tuple(rng.sample(codes.TRIGGERS, rng.randint(0, 3))),
    )


def test_totals_agree_with_the_episodes_after_any_mix_of_changes(
    db: peewee.SqliteDatabase, person: int
) -> None:
    other = people.create_person(name="Sam Other", cause="brain_injury", affected_side="right").id
    rng = random.Random(7)
    ids: list[int] = []
    for _ in range(60):
        ids.append(episodes.add_episode(rng.choice([person, other]), _random_episode(rng), NOW))
    assert day_totals.differences(db) == NO_DIFFERENCES

    undo: list[tuple[list[int], Change]] = []
    for step in range(120):
        action = rng.choice(
            ["add", "edit", "edit", "delete", "undo", "move", "retrigger", "raw delete"]
        )
        if action == "add" or not ids:
            ids.append(episodes.add_episode(person, _random_episode(rng), NOW))
        elif action == "edit":
            episodes.update_episode(rng.choice(ids), _random_episode(rng), NOW)
        elif action == "delete":
            chosen = rng.sample(ids, min(len(ids), rng.randint(1, 4)))
            undo.append((chosen, perform(partial(episode_actions.delete_episodes, person, chosen))))
            ids = [i for i in ids if i not in chosen]
        elif action == "undo" and undo:
            chosen, change = undo.pop()
            try:
                perform(change.undo)
                ids.extend(chosen)
            except StaleChange:  # moved or changed by straight SQL since: left as it is
                pass
        elif action == "move":  # straight SQL, as another tool might write
            db.execute_sql(
                "UPDATE episode SET person_id = ?, utc_offset_min = 60 - utc_offset_min"
                " WHERE id = ?",
                (rng.choice([person, other]), rng.choice(ids)),
            )
        elif action == "raw delete":  # its triggers go by cascade, after the episode
            gone = rng.choice(ids)
            db.execute_sql("DELETE FROM episode WHERE id = ?", (gone,))
            ids.remove(gone)
        elif action == "retrigger":
            episode_id = rng.choice(ids)
            db.execute_sql("DELETE FROM episode_trigger WHERE episode_id = ?", (episode_id,))
            db.execute_sql(
                "INSERT INTO episode_trigger (episode_id, code) VALUES (?, 'stress'), (?, 'cold')",
                (episode_id, episode_id),
            )
            db.execute_sql(
                "UPDATE episode_trigger SET code = 'fatigue' WHERE episode_id = ? AND code = 'cold'",
                (episode_id,),
            )
            target = rng.choice(ids)
            db.execute_sql(  # a trigger row moved to another episode (unless it has one)
                "UPDATE episode_trigger SET episode_id = ? WHERE episode_id = ? AND code = 'stress'"
                " AND NOT EXISTS (SELECT 1 FROM episode_trigger x"
                " WHERE x.episode_id = ? AND x.code = 'stress')",
                (target, episode_id, target),
            )
        assert day_totals.differences(db) == NO_DIFFERENCES, (step, action)

    people.delete_person(other)
    assert day_totals.differences(db) == NO_DIFFERENCES
    remaining = db.execute_sql("SELECT COUNT(*) FROM episode").fetchone()[0]
    stored = db.execute_sql("SELECT SUM(episodes) FROM episode_day").fetchone()[0]
    assert stored == remaining > 0
    # Nothing is left behind for a person who is gone, and empty days are not kept.
    for table in ("episode_day", "episode_month_place", "episode_month_trigger"):
        assert (
            db.execute_sql(
                f"SELECT COUNT(*) FROM {table} WHERE person_id = ?", (other,)
            ).fetchone()[0]
            == 0
        )
    assert (
        db.execute_sql("SELECT COUNT(*) FROM episode_month_place WHERE episodes <= 0").fetchone()[0]
        == 0
    )


def test_a_failed_change_leaves_the_totals_as_they_were(
    db: peewee.SqliteDatabase, person: int
) -> None:
    episodes.add_episode(person, _random_episode(random.Random(1)), NOW)
    before = db.execute_sql("SELECT * FROM episode_day").fetchall()
    with pytest.raises(peewee.IntegrityError), db.atomic():
        db.execute_sql(
            "INSERT INTO episode (person_id, started_utc, utc_offset_min, body_region, side,"
            " kind, severity, notes) VALUES (?, 1790000000, 0, 'hand', 'left', 'spasm', 2, '')",
            (person,),
        )
        db.execute_sql("INSERT INTO episode_trigger (episode_id, code) VALUES (999999, 'x')")
    assert db.execute_sql("SELECT * FROM episode_day").fetchall() == before


@pytest.mark.parametrize("release", [2, 3])
def test_an_earlier_releases_diary_opens_with_its_totals_right(
    tmp_path: Path, release: int
) -> None:
    """Release 2's diary gets its totals counted when it is opened; release 3's has them."""
    expected = json.loads((DATA / f"diary-v{release}.json").read_text())["counts"]
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / f"diary-v{release}.sqlite3", path)
    database = store_db.open_database(path)
    try:
        assert day_totals.differences(database) == NO_DIFFERENCES
        for table, number in expected.items():
            count = database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert count == number, table
        episodes_in_file = database.execute_sql("SELECT COUNT(*) FROM episode").fetchone()[0]
        stored = database.execute_sql("SELECT SUM(episodes) FROM episode_day").fetchone()[0]
        assert stored == episodes_in_file > 0
    finally:
        store_db.close_database()


def test_rebuild_puts_damaged_totals_right(db: peewee.SqliteDatabase, person: int) -> None:
    rng = random.Random(3)
    for _ in range(20):
        episodes.add_episode(person, _random_episode(rng), NOW)
    db.execute_sql("UPDATE episode_day SET episodes = episodes + 5")
    db.execute_sql("DELETE FROM episode_month_trigger")
    assert day_totals.differences(db)["episode_day"] > 0
    assert day_totals.differences(db)["episode_month_trigger"] > 0
    day_totals.rebuild(db)
    assert day_totals.differences(db) == NO_DIFFERENCES


def _totals_triggers(db: peewee.Database) -> list[tuple[str, ...]]:
    """Each trigger's name and definition (on the server also whether it is enabled)."""
    if store_db.is_server(db):
        sql = (
            "SELECT tgname, pg_get_triggerdef(oid), tgenabled FROM pg_trigger"
            " WHERE NOT tgisinternal ORDER BY tgname"
        )
    else:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    return [tuple(row) for row in db.execute_sql(sql).fetchall()]


def test_a_large_import_counts_its_totals_once_and_keeps_the_triggers(
    db: peewee.SqliteDatabase, person: int
) -> None:
    other = people.create_person(name="Sam Other", cause="brain_injury", affected_side="right").id
    rng = random.Random(11)
    episodes.add_episode(person, _random_episode(rng), NOW)  # already there before the import
    episodes.add_episode(other, _random_episode(rng), NOW)  # someone else's, left alone
    before = _totals_triggers(db)
    many = [_random_episode(rng) for _ in range(episodes.BULK_EPISODES + 5)]
    assert episodes.insert_validated(person, many) == len(many)
    assert day_totals.differences(db) == NO_DIFFERENCES
    assert _totals_triggers(db) == before  # put back exactly as they were
    episodes.add_episode(person, _random_episode(rng), NOW)  # and still at work
    assert day_totals.differences(db) == NO_DIFFERENCES


def test_a_failed_large_import_leaves_totals_and_triggers_as_they_were(
    db: peewee.SqliteDatabase, person: int
) -> None:
    rng = random.Random(12)
    episodes.add_episode(person, _random_episode(rng), NOW)
    before = _totals_triggers(db)
    stored = db.execute_sql("SELECT * FROM episode_day").fetchall()
    with pytest.raises(RuntimeError), db.atomic(), day_totals.counted_at_the_end(db, person):
        episodes._insert_validated(person, [_random_episode(rng) for _ in range(50)])
        raise RuntimeError("the disk is full")
    assert _totals_triggers(db) == before
    assert db.execute_sql("SELECT * FROM episode_day").fetchall() == stored
    assert day_totals.differences(db) == NO_DIFFERENCES
