"""The one write path below the window: actions return a Change whose undo puts back exact copies,
and an undo never overwrites rows that were changed some other way since."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from caregiver_app.services import checkins, episodes, equipment, medications, people
from caregiver_app.services.actions import StaleChange, diary, perform
from caregiver_app.services.actions import checkins as checkin_actions
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import equipment as equipment_actions
from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.actions import treatments as treatment_actions
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.services.medications import MedicationData
from caregiver_app.store import day_totals
from caregiver_app.store.db import database_proxy, is_server
from tests.helpers import at, episode

NOW = at(2026, 11, 20, 12)


def everything(person_id: int) -> dict[str, Any]:
    """What the diary holds for a person, read back."""
    return {
        "episodes": episodes.episodes_for_person(person_id),
        "checkins": checkins.all_for_person(person_id),
        "medications": medications.list_medications(person_id),
        "doses": medications.doses_taken(person_id),
        "custom": equipment.custom_items(person_id),
    }


def totals_agree() -> bool:
    return not any(day_totals.differences(database_proxy.obj).values())


def test_removing_a_person_is_undone_with_everything_recorded_about_them(person: int) -> None:
    other = people.create_person("Robin", make_active=False).id
    episodes.add_episode(person, episode(at(2026, 11, 2, 9), triggers=("cold",)))
    episodes.add_episode(other, episode(at(2026, 11, 3, 9)))
    checkins.save(person, dt.date(2026, 11, 2), CheckInData(stress=4), today=NOW.date())
    med = medications.add_medication(person, MedicationData("Baclofen", 10.0, "mg"))
    medications.add_dose_change(med, dt.date(2026, 11, 1), 15.0)
    equipment.add_custom(person, "eating", "Long straw")
    before = everything(person)

    change = perform(lambda: people_actions.remove_person(person))
    assert [p.id for p in people.list_people()] == [other]
    assert people.get_active() is not None and people.get_active().id == other  # type: ignore[union-attr]
    assert totals_agree()

    redo = perform(change.undo)
    assert everything(person) == before
    assert people.get_active().id == person  # type: ignore[union-attr]
    assert totals_agree()
    perform(redo.undo)
    assert [p.id for p in people.list_people()] == [other]
    assert everything(other)["episodes"]  # nobody else's diary was touched


def test_editing_a_profile_is_undone_without_touching_the_diary(person: int) -> None:
    episodes.add_episode(person, episode(at(2026, 11, 2, 9)))
    before = everything(person)
    change = perform(
        lambda: people_actions.edit_person(person, "Pat Lee", 1950, "stroke", "right", None, "")
    )
    perform(change.undo)
    assert people.get_person(person).name == "Pat Example"
    assert everything(person) == before


def test_a_check_in_edit_and_an_equipment_status_are_put_back_exactly(person: int) -> None:
    day = dt.date(2026, 11, 2)
    checkins.save(person, day, CheckInData(stress=4, notes="tired"), today=NOW.date())
    change = perform(
        lambda: checkin_actions.save_checkin(person, day, CheckInData(stress=8), NOW.date())
    )
    assert checkins.get(person, day) == CheckInData(stress=8)
    perform(change.undo)
    assert checkins.get(person, day) == CheckInData(stress=4, notes="tired")

    key = equipment.load_catalogue().items[0].id
    change = perform(lambda: equipment_actions.set_status(person, key, "ordered", NOW.date()))
    perform(change.undo)
    cat = equipment.load_catalogue()
    assert equipment.entry_for(person, cat, key).status == "not_considered"  # type: ignore[union-attr]


def test_an_undo_refuses_to_overwrite_a_record_changed_since(person: int) -> None:
    change = perform(lambda: episode_actions.add_episode(person, episode(), NOW))
    (added,) = change.ids
    episodes.update_episode(added, episode(severity=3), NOW)  # some other way
    with pytest.raises(StaleChange):
        perform(change.undo)
    assert episodes.get_episode(added).severity == 3  # type: ignore[union-attr]


def test_an_undone_addition_whose_id_went_to_something_new_is_not_redone(person: int) -> None:
    change = perform(lambda: episode_actions.add_episode(person, episode(), NOW))
    redo = perform(change.undo)
    newer = episodes.add_episode(person, episode(severity=1), NOW)  # takes the free id again
    if is_server():  # the server never hands an id out twice: another tool's row takes it
        database_proxy.execute_sql("UPDATE episode SET id = ? WHERE id = ?", (*change.ids, newer))
        newer = change.ids[0]
    assert (newer,) == change.ids
    with pytest.raises(StaleChange):
        perform(redo.undo)
    assert episodes.get_episode(newer).severity == 1  # type: ignore[union-attr]


def test_a_failed_action_changes_nothing(person: int) -> None:
    with pytest.raises(episodes.ValidationError):
        perform(lambda: episode_actions.add_episode(person, episode(severity=9), NOW))
    assert episodes.count(EpisodeFilter(person)) == 0


def test_removing_a_medication_is_undone_with_its_history(person: int) -> None:
    med = medications.add_medication(person, MedicationData("Baclofen", 10.0, "mg"))
    medications.add_dose_change(med, dt.date(2026, 11, 1), 15.0)
    before = medications.get_medication(med)
    change = perform(lambda: treatment_actions.remove_record(person, medications.TREE, med))
    assert medications.get_medication(med) is None
    perform(change.undo)
    assert medications.get_medication(med) == before


def test_an_import_into_a_new_person_is_undone_whole(person: int, tmp_path: Any) -> None:
    csv = tmp_path / "log.csv"
    csv.write_text("started_at,body_region,side,severity\n2026-11-01T08:00:00+00:00,hand,left,2\n")
    change, result = diary.import_file(csv, "Grandad", now=NOW)
    assert result.created_person and result.episodes == 1
    perform(change.undo)
    assert people.find_by_name("Grandad") is None
    assert totals_agree()


def test_an_import_into_someone_already_there_is_undone_exactly(person: int, tmp_path: Any) -> None:
    import json

    from caregiver_app.services import exchange

    key, other_key = (item.id for item in equipment.load_catalogue().items[:2])
    equipment.set_status(person, key, "using_it", today=NOW.date())
    episodes.add_episode(person, episode(at(2026, 11, 2, 9)), NOW)
    document = exchange.person_json(person)
    document["episodes"].append(
        {**document["episodes"][0], "started_at": "2026-11-03T09:00:00+00:00"}
    )
    document["equipment"]["states"].append(
        {**document["equipment"]["states"][0], "item": other_key}
    )
    path = tmp_path / "diary.json"
    path.write_text(json.dumps(document))
    before = everything(person)

    change, result = diary.import_file(path, now=NOW)
    assert not result.created_person
    assert episodes.count(EpisodeFilter(person)) == 2
    catalogue = equipment.load_catalogue()
    assert equipment.entry_for(person, catalogue, other_key).status == "using_it"  # type: ignore[union-attr]
    perform(change.undo)
    assert everything(person) == before
    assert equipment.entry_for(person, catalogue, other_key).status == "not_considered"  # type: ignore[union-attr]
    assert totals_agree()
