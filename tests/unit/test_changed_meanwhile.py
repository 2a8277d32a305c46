"""Two people editing one record: the second save is told and given both versions, and nothing is
silently written over. "Another computer" is a second connection to the same diary (the SQLite
file, or the server when CAREGIVER_APP_TEST_DATABASE is set)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caregiver_app.services import checkins, episodes, equipment, medications
from caregiver_app.services.actions import ChangedMeanwhile, StaleChange, Stamp, opened, perform
from caregiver_app.services.actions import checkins as checkin_actions
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import equipment as equipment_actions
from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.actions.meanwhile import top_value
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.checkins import CheckInData
from tests import other_computer
from tests.helpers import at, episode

ANA = Stamp("Ana", dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC))
BEN = Stamp("Ben", dt.datetime(2026, 11, 2, 14, 7, tzinfo=dt.UTC))


def _severity(episode_id: int) -> int | None:
    return top_value(opened("episode", id=episode_id).part, "severity")  # type: ignore[no-any-return]


def _codes(episode_id: int) -> set[str]:
    """The episode's trigger and relief codes, as stored."""
    stored = opened("episode", id=episode_id).part
    return {str(row[1]) for child in stored.children for row in child.rows}


def test_an_edit_of_a_record_changed_meanwhile_writes_nothing_and_carries_both(
    person: int,
) -> None:
    first = perform(
        lambda: episode_actions.add_episode(
            person, episode(at(2026, 11, 2, 9), triggers=("cold",))
        ),
        ANA,
    ).ids[0]
    form = opened("episode", id=first)
    other_computer.run(
        "UPDATE episode SET severity = 3, recorded_by = 'Ana', recorded_at = ? WHERE id = ?",
        ("2026-11-02T14:05:00Z", first),
    )
    mine = episode(at(2026, 11, 2, 9), severity=1, triggers=("cold", "stress"))

    with pytest.raises(ChangedMeanwhile) as caught:
        perform(lambda: episode_actions.edit_episode(person, first, mine, since=form), BEN)

    assert _severity(first) == 3  # theirs stays
    assert _codes(first) == {"cold"}
    exc = caught.value
    assert not exc.gone
    assert (exc.recorded_by, exc.recorded_at) == ("Ana", "2026-11-02T14:05:00Z")
    assert top_value(exc.theirs.part, "severity") == 3
    assert exc.yours is not None and top_value(exc.yours.part, "severity") == 1
    codes = {row for child in exc.yours.part.children for row in child.rows}
    assert {(first, "cold"), (first, "stress")} <= {(r[0], r[1]) for r in codes}


def test_saving_over_theirs_needs_their_version_and_is_one_undoable_step(person: int) -> None:
    first = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=first)
    other_computer.run("UPDATE episode SET severity = 3 WHERE id = ?", (first,))
    mine = episode(severity=1)
    with pytest.raises(ChangedMeanwhile) as caught:
        perform(lambda: episode_actions.edit_episode(person, first, mine, since=form))

    change = perform(
        lambda: episode_actions.edit_episode(person, first, mine, since=caught.value.theirs), BEN
    )
    assert _severity(first) == 1
    perform(change.undo)
    assert _severity(first) == 3  # undo gives back theirs, not what the form started from


def test_an_unchanged_record_saves_as_before(person: int) -> None:
    first = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=first)
    perform(lambda: episode_actions.edit_episode(person, first, episode(severity=1), since=form))
    assert _severity(first) == 1


def test_a_record_deleted_meanwhile_is_said_and_not_made_again(person: int) -> None:
    first = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=first)
    other_computer.run("DELETE FROM episode WHERE id = ?", (first,))
    with pytest.raises(ChangedMeanwhile) as caught:
        perform(lambda: episode_actions.edit_episode(person, first, episode(), since=form))
    assert caught.value.gone and caught.value.yours is None
    assert not opened("episode", id=first).part.rows


def test_only_the_codes_changed_meanwhile_is_a_change_too(person: int) -> None:
    first = episodes.add_episode(person, episode(triggers=("cold",)))
    form = opened("episode", id=first)
    other_computer.run(
        "INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", (first, "stress")
    )
    with pytest.raises(ChangedMeanwhile):
        perform(lambda: episode_actions.edit_episode(person, first, episode(), since=form))
    assert _codes(first) == {"cold", "stress"}


def test_a_check_in_saved_meanwhile_for_the_same_day_is_not_written_over(person: int) -> None:
    day = dt.date(2026, 11, 2)
    form = opened("checkin", person_id=person, day=day.isoformat())  # no check-in yet
    checkins.save(person, day, CheckInData(stress=3), today=day)
    with pytest.raises(ChangedMeanwhile) as caught:
        perform(
            lambda: checkin_actions.save_checkin(
                person, day, CheckInData(stress=7), today=day, since=form
            )
        )
    assert not caught.value.gone
    assert checkins.get(person, day).stress == 3  # type: ignore[union-attr]


def test_a_treatment_record_changed_meanwhile_is_not_written_over(person: int) -> None:
    data = medications.MedicationData("Baclofen", 10, "mg")
    med = medications.add_medication(person, data)
    form = opened(medications.TREE.table, id=med)
    other_computer.run("UPDATE medication SET notes = 'with food' WHERE id = ?", (med,))

    def rename() -> int:
        medications.update_medication(med, dataclasses.replace(data, name="Baclofen XL"))
        return med

    with pytest.raises(ChangedMeanwhile):
        perform(lambda: record_actions.change_record(person, medications.TREE, med, rename, form))
    found = medications.get_medication(med)
    assert found is not None and (found.name, found.data.notes) == ("Baclofen", "with food")


def test_an_equipment_status_changed_meanwhile_is_not_written_over(person: int) -> None:
    day = dt.date(2026, 11, 2)
    equipment.set_status(person, "reacher", "might_help", today=day)
    form = opened("equipment_state", person_id=person, item_key="reacher")
    other_computer.run(
        "UPDATE equipment_state SET status = 'have' WHERE person_id = ? AND item_key = ?",
        (person, "reacher"),
    )
    with pytest.raises(ChangedMeanwhile):
        perform(lambda: equipment_actions.set_status(person, "reacher", "ordered", day, since=form))
    assert (
        top_value(opened("equipment_state", person_id=person, item_key="reacher").part, "status")
        == "have"
    )


def test_what_the_form_does_not_change_may_change_meanwhile(person: int) -> None:
    """A medication's form keeps the medication alone: a dose change logged meanwhile (another
    record hanging off it) does not stop its notes being saved, and stays."""
    data = medications.MedicationData("Baclofen", 10, "mg")
    med = medications.add_medication(person, data)
    form = opened(Tree("medication"), id=med)
    other_computer.run(
        "INSERT INTO medication_dose_change (medication_id, day, dose, note) VALUES (?, ?, ?, ?)",
        (med, "2026-11-01", 15, ""),
    )

    def note() -> int:
        medications.update_medication(med, dataclasses.replace(data, notes="with food"))
        return med

    perform(lambda: record_actions.change_record(person, medications.TREE, med, note, form))
    found = medications.get_medication(med)
    assert found is not None and found.data.notes == "with food"
    assert [c.dose for c in found.dose_changes] == [15]


def test_a_third_change_before_saving_over_theirs_is_caught_too(person: int) -> None:
    first = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=first)
    other_computer.run("UPDATE episode SET severity = 3 WHERE id = ?", (first,))
    with pytest.raises(ChangedMeanwhile) as caught:
        perform(
            lambda: episode_actions.edit_episode(person, first, episode(severity=1), since=form)
        )
    other_computer.run("UPDATE episode SET notes = 'later still' WHERE id = ?", (first,))

    theirs = caught.value.theirs  # what the user was shown and chose to save over
    with pytest.raises(ChangedMeanwhile) as again:
        perform(
            lambda: episode_actions.edit_episode(person, first, episode(severity=1), since=theirs)
        )
    assert top_value(again.value.theirs.part, "notes") == "later still"
    assert (_severity(first), top_value(opened("episode", id=first).part, "notes")) == (
        3,
        "later still",
    )


def test_undoing_an_edit_still_refuses_when_another_computer_changed_it_since(
    person: int,
) -> None:
    first = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=first)
    change = perform(
        lambda: episode_actions.edit_episode(person, first, episode(severity=1), since=form)
    )
    other_computer.run("UPDATE episode SET severity = 3 WHERE id = ?", (first,))
    with pytest.raises(StaleChange):
        perform(change.undo)
    assert _severity(first) == 3


def test_two_saves_of_one_record_at_once_one_wins_the_other_is_told(person: int) -> None:
    """Two connections (threads) save the same episode at the same moment, on the file as on
    the server: exactly one is written, the other is told with both versions."""
    from tests.server.test_two_saves_at_once import two_saves_at_once

    for round_ in range(4):
        two_saves_at_once(person, round_)
