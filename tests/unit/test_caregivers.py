"""Named caregivers: every record says who recorded it and when, stamped on the one write path;
undo and redo put back exact copies, stamps and all; files carry the stamps; the release 3
diary opens with its records "not recorded" (NULL), never guessed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from caregiver_app.services import caregivers, episodes, exchange, falls
from caregiver_app.services.actions import Stamp, diary, perform
from caregiver_app.services.actions import checkins as checkin_actions
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import equipment as equipment_actions
from caregiver_app.services.actions.stamp import STAMPED
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.import_checks import ImportFailed
from caregiver_app.store import db as store_db
from caregiver_app.store import migrations
from caregiver_app.store.db import database_proxy
from tests.helpers import at, episode

DATA = Path(__file__).resolve().parents[1] / "data"
ANA = Stamp("Ana", at(2026, 11, 20, 8, 30, offset_min=60))
BEN = Stamp("Ben", at(2026, 11, 21, 22, 15))


def stamp_of(table: str, record_id: int) -> tuple[str | None, str | None]:
    row = database_proxy.execute_sql(
        f"SELECT recorded_by, recorded_at FROM {table} WHERE id = ?", (record_id,)
    ).fetchone()
    return row[0], row[1]


def test_the_release_3_diary_opens_with_every_record_not_recorded(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)
    expected = json.loads((DATA / "diary-v3.json").read_text())["counts"]
    database = store_db.open_database(path)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        for table in STAMPED:
            found = database.execute_sql(
                f"SELECT COUNT(*), COUNT(recorded_by), COUNT(recorded_at) FROM {table}"
            ).fetchone()
            assert found[1:] == (0, 0), table  # not recorded: never a guess
            assert found[0] == expected.get(table, found[0]), table
        assert caregivers.list_caregivers() == []
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        # and the diary is written to as before, now with a stamp
        person = database.execute_sql("SELECT id FROM person").fetchone()[0]
        new = perform(lambda: episode_actions.add_episode(person, episode()), ANA).ids[0]
        assert stamp_of("episode", new) == ("Ana", "2026-11-20T07:30:00Z")
    finally:
        store_db.close_database()


def test_a_failed_caregivers_migration_leaves_the_schema_before_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "diary.sqlite3"
    shutil.copy(DATA / "diary-v3.sqlite3", path)
    step = migrations._m006_caregivers
    version = next(v for v, m in migrations.MIGRATIONS if m is step)  # renumbered at merge

    def half_then_fail(database: object) -> None:
        step(database)  # type: ignore[arg-type]
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
        assert "caregiver" not in database.get_tables()
        columns = {row[1] for row in database.execute_sql("PRAGMA table_info(episode)")}
        assert "recorded_by" not in columns
    finally:
        store_db.close_database()


def test_an_edit_is_stamped_with_who_made_it_and_undo_puts_back_the_first_stamp(
    person: int,
) -> None:
    added = perform(lambda: episode_actions.add_episode(person, episode()), ANA)
    [episode_id] = added.ids
    assert stamp_of("episode", episode_id) == ("Ana", "2026-11-20T07:30:00Z")
    row = episodes.get_episode(episode_id)
    assert row is not None and row.recorded_by == "Ana"

    edited = perform(
        lambda: episode_actions.edit_episode(person, episode_id, episode(triggers=("cold",))), BEN
    )  # only a trigger changed: the episode was still recorded again by Ben
    assert stamp_of("episode", episode_id) == ("Ben", "2026-11-21T22:15:00Z")
    redo = perform(edited.undo)
    assert stamp_of("episode", episode_id) == ("Ana", "2026-11-20T07:30:00Z")
    perform(redo.undo)
    assert stamp_of("episode", episode_id) == ("Ben", "2026-11-21T22:15:00Z")
    assert caregivers.list_caregivers() == ["Ana", "Ben"]


def test_without_a_stamp_nothing_is_recorded_and_a_status_chosen_again_is_not_restamped(
    person: int,
) -> None:
    [plain] = perform(lambda: episode_actions.add_episode(person, episode())).ids
    assert stamp_of("episode", plain) == (None, None)

    perform(lambda: equipment_actions.set_status(person, "grab-rail", "ordered"), ANA)
    again = perform(lambda: equipment_actions.set_status(person, "grab-rail", "ordered"), BEN)
    assert again.same
    state = database_proxy.execute_sql(
        "SELECT recorded_by FROM equipment_state WHERE person_id = ? AND item_key = 'grab-rail'",
        (person,),
    ).fetchone()
    assert state[0] == "Ana"

    day = dt.date(2026, 11, 2)
    perform(lambda: checkin_actions.save_checkin(person, day, CheckInData(stress=3)), ANA)
    perform(lambda: checkin_actions.save_checkin(person, day, CheckInData(stress=5)), BEN)
    by = database_proxy.execute_sql("SELECT recorded_by FROM checkin").fetchall()
    assert by == [("Ben",)]


def test_an_import_keeps_the_files_caregivers_and_stamps_the_rest_and_never_doubles(
    person: int, tmp_path: Path
) -> None:
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 11, 2, 9))), ANA)
    falls.add_fall(person, at(2026, 11, 3, 7), False, "", now=at(2026, 11, 20))  # not stamped
    document = exchange.person_json(person)
    document["episodes"].append(
        {"started_at": "2026-11-04T10:00:00+00:00", "body_region": "hand", "side": "left",
         "severity": 1}
    )  # fmt: skip
    path = tmp_path / "diary.json"
    path.write_text(json.dumps(document))
    _, result = diary.import_file(path, "Robin", undoable=False, by=BEN)
    rows = episodes.episodes_for_person(result.person_id)
    assert [(r.recorded_by, r.recorded_at) for r in rows] == [
        ("Ana", "2026-11-20T07:30:00Z"),
        ("Ben", "2026-11-21T22:15:00Z"),
    ]
    fall = database_proxy.execute_sql(
        "SELECT recorded_by FROM fall WHERE person_id = ?", (result.person_id,)
    ).fetchall()
    assert fall == [("Ben",)]  # not recorded in the file: the importing caregiver

    # who recorded them is not part of what the episodes are: the same file again adds nothing
    document["episodes"][0]["recorded_by"] = "Someone else"
    path.write_text(json.dumps(document))
    _, again = diary.import_file(path, "Robin", undoable=False, by=ANA)
    assert sum(again.tally.added.values()) == 0
    assert len(episodes.episodes_for_person(result.person_id)) == 2


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("recorded_at", "yesterday", "'yesterday' is not an ISO 8601 date and time"),
        ("recorded_at", "0001-01-01T00:00:00+05:00", "1900"),
        ("recorded_by", 7, "7 has the wrong type"),
        ("recorded_by", "x" * 81, "longer than 80 characters"),
        ("recorded_by", "Ana\nBen", "line breaks, tabs or other control characters"),
    ],
)
def test_a_bad_stamp_in_a_file_is_named_and_nothing_comes_in(
    person: int, tmp_path: Path, key: str, value: object, said: str
) -> None:
    perform(lambda: episode_actions.add_episode(person, episode()), ANA)
    document = exchange.person_json(person)
    document["episodes"][0][key] = value
    path = tmp_path / "diary.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ImportFailed) as failed:
        diary.import_file(path, "Robin", undoable=False, by=BEN)
    assert said in str(failed.value) and key in str(failed.value)
    assert "episode 1" in str(failed.value)


def test_csv_carries_recorded_by_last_with_formulas_disarmed_and_old_files_still_import(
    person: int, tmp_path: Path
) -> None:
    evil = Stamp("=HYPERLINK(1)", ANA.at)
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 11, 2, 9))), evil)
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 11, 3, 9))))
    text = exchange.episodes_csv(person)
    lines = text.splitlines()
    assert lines[0].endswith(",notes,recorded_by")
    assert lines[1].endswith(",'=HYPERLINK(1)") and lines[2].endswith(",")
    path = tmp_path / "episodes.csv"
    path.write_text(text)
    _, result = diary.import_file(path, "Robin", undoable=False, by=BEN)
    got = [r.recorded_by for r in episodes.episodes_for_person(result.person_id)]
    assert got == ["=HYPERLINK(1)", "Ben"]

    old = "\r\n".join(line.rsplit(",", 1)[0] for line in lines) + "\r\n"
    assert "recorded_by" not in old
    path.write_text(old)
    _, other = diary.import_file(path, "Kim", undoable=False, by=BEN)
    assert [r.recorded_by for r in episodes.episodes_for_person(other.person_id)] == ["Ben"] * 2


def test_the_shares_of_who_logged_agree_with_a_count_in_sql(person: int) -> None:
    for number, who in enumerate(["Ana", "Ana", "Ben", "Ana", "Cy", "Ben", "Ana"]):
        stamp = Stamp(who, ANA.at)
        perform(
            lambda n=number: episode_actions.add_episode(person, episode(at(2026, 11, 2 + n, 9))),
            stamp,
        )
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 11, 12, 9))))  # no one
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 10, 1, 9))), BEN)
    found = caregivers.shares(person, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    raw = database_proxy.execute_sql(
        "SELECT recorded_by, COUNT(*) FROM episode WHERE recorded_by IS NOT NULL"
        " AND started_utc >= ? GROUP BY recorded_by",
        (int(dt.datetime(2026, 11, 1, tzinfo=dt.UTC).timestamp()),),
    ).fetchall()
    assert {s.name: s.episodes for s in found} == dict(raw)
    assert [(s.name, s.percent) for s in found] == [("Ana", 57), ("Ben", 29), ("Cy", 14)]
    assert sum(s.percent for s in found) == 100


def test_the_logged_by_list_names_each_caregiver_once_in_alphabetical_order(person: int) -> None:
    # The Episodes page's "Logged by" filter; on a server too, where SELECT DISTINCT may only
    # be ordered by what it selects.
    for number, who in enumerate(["ben", "Ana", "Cy", "ben", "Ana"]):
        perform(
            lambda n=number: episode_actions.add_episode(person, episode(at(2026, 11, 2 + n, 9))),
            Stamp(who, ANA.at),
        )
    perform(lambda: episode_actions.add_episode(person, episode(at(2026, 11, 12, 9))))  # no one
    assert episodes.caregivers(person) == ["Ana", "ben", "Cy"]


def test_treatment_records_and_falls_saved_through_the_forms_actions_are_stamped(
    person: int,
) -> None:
    from caregiver_app.services import medications
    from caregiver_app.services.actions import treatments as record_actions
    from caregiver_app.services.medications import MedicationData

    def add_medication() -> int:
        return medications.add_medication(person, MedicationData("Baclofen", 10.0, "mg"))

    [med] = perform(
        lambda: record_actions.change_record(person, medications.TREE, None, add_medication), ANA
    ).ids
    assert stamp_of("medication", med) == ("Ana", "2026-11-20T07:30:00Z")

    def add_fall() -> int:
        return falls.add_fall(person, at(2026, 11, 3, 7), True, "on the stairs", now=BEN.at)

    [fall] = perform(
        lambda: record_actions.change_record(person, falls.TREE, None, add_fall), BEN
    ).ids
    assert stamp_of("fall", fall) == ("Ben", "2026-11-21T22:15:00Z")
    removed = perform(lambda: record_actions.remove_record(person, falls.TREE, fall), ANA)
    assert database_proxy.execute_sql("SELECT COUNT(*) FROM fall").fetchone()[0] == 0
    perform(removed.undo)  # back exactly as Ben saved it
    assert stamp_of("fall", fall) == ("Ben", "2026-11-21T22:15:00Z")


def test_equipment_statuses_and_treatments_keep_who_recorded_them_through_a_file(
    person: int, tmp_path: Path
) -> None:
    perform(lambda: equipment_actions.set_status(person, "grab-rail", "ordered"), ANA)
    [own] = perform(lambda: equipment_actions.add_custom(person, "eating", "Long straw"), BEN).ids
    own_key = f"custom-{own}"
    perform(lambda: equipment_actions.set_status(person, own_key, "have_it"), BEN)
    sample_change, made = diary.make_sample(days=20, seed=2, now=ANA.at, undoable=False, by=ANA)
    assert sample_change.person_id == made.person_id
    for who in (person, made.person_id):
        document = exchange.person_json(who)
        path = tmp_path / f"{who}.json"
        path.write_text(json.dumps(document))
        _, result = diary.import_file(path, f"Copy {who}", undoable=False, by=Stamp("Cy", BEN.at))
        again = exchange.person_json(result.person_id)
        for section in ("equipment", "treatments", "falls", "checkins", "episodes"):
            assert again[section] == document[section], section
    states = exchange.person_json(person)["equipment"]
    assert [(s["item"], s["recorded_by"]) for s in states["states"]] == [("grab-rail", "Ana")]
    assert [(c["name"], c["recorded_by"]) for c in states["custom_items"]] == [
        ("Long straw", "Ben")
    ]
    assert "Cy" not in caregivers.list_caregivers()  # Cy stamped nothing: everything said who
