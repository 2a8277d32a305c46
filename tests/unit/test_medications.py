"""Medications: doses over time, as-needed doses, and removal that can be put back exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services import medications, people
from caregiver_app.services.actions import perform, treatments
from caregiver_app.services.episodes import ValidationError
from caregiver_app.services.medications import MedicationData
from tests.helpers import at

NOW = at(2026, 11, 25, 20)


def baclofen(**changes: object) -> MedicationData:
    values: dict[str, object] = {
        "name": "Baclofen",
        "dose": 10.0,
        "unit": "mg",
        "how_often": "three times a day",
        "purpose": "spasms",
        "started_on": dt.date(2026, 1, 5),
    }
    values.update(changes)
    return MedicationData(**values)  # type: ignore[arg-type]


def test_the_dose_on_a_day_follows_the_dated_dose_changes(person: int) -> None:
    med_id = medications.add_medication(person, baclofen())
    medications.add_dose_change(med_id, dt.date(2026, 3, 1), 15.0, "raised at clinic")
    medications.add_dose_change(med_id, dt.date(2026, 6, 1), 12.5)
    med = medications.get_medication(med_id)
    assert med is not None
    assert med.dose_on(dt.date(2026, 2, 28)) == 10.0
    assert med.dose_on(dt.date(2026, 3, 1)) == 15.0
    assert med.dose_on(dt.date(2026, 11, 1)) == 12.5
    assert medications.format_dose(12.5, "mg") == "12.5 mg"
    assert medications.format_dose(1000.0, "mg") == "1000 mg"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"dose": 0.0}, "dose"),
        ({"dose": -5.0}, "dose"),
        ({"schedule": "weekly"}, "schedule"),
        ({"purpose": "magic"}, "purpose"),
        ({"stopped_on": dt.date(2026, 1, 1)}, "stopped_on"),
    ],
)
def test_a_problem_names_its_field(person: int, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        medications.add_medication(person, baclofen(**changes))
    assert [p.field for p in caught.value.problems] == [field]
    assert medications.list_medications(person) == []


def test_two_dose_changes_on_one_day_are_refused(person: int) -> None:
    med_id = medications.add_medication(person, baclofen())
    medications.add_dose_change(med_id, dt.date(2026, 3, 1), 15.0)
    with pytest.raises(ValidationError, match="day"):
        medications.add_dose_change(med_id, dt.date(2026, 3, 1), 20.0)


def test_an_as_needed_dose_is_logged_at_the_time_given(person: int) -> None:
    med_id = medications.add_medication(
        person, MedicationData("Paracetamol", 1000.0, "mg", schedule="as_needed", purpose="pain")
    )
    taken = at(2026, 11, 25, 7, 40, offset_min=60)
    dose_id = medications.log_as_needed_dose(person, med_id, taken, note="after a spasm", now=NOW)
    found = medications.doses_taken(person, dt.date(2026, 11, 25), dt.date(2026, 11, 25))
    assert [d.id for d in found] == [dose_id]
    assert found[0].taken == taken and found[0].dose is None
    assert [m.name for m in medications.as_needed_medications(person, dt.date(2026, 11, 25))] == [
        "Paracetamol"
    ]


def test_a_dose_in_the_future_or_of_someone_elses_medication_is_refused(person: int) -> None:
    other = people.create_person("Alex", make_active=False).id
    theirs = medications.add_medication(other, baclofen(schedule="as_needed"))
    mine = medications.add_medication(person, baclofen(schedule="as_needed"))
    with pytest.raises(ValidationError) as caught:
        medications.log_as_needed_dose(person, theirs, NOW, now=NOW)
    assert caught.value.problems[0].field == "medication"
    with pytest.raises(ValidationError) as caught:
        medications.log_as_needed_dose(person, mine, NOW + dt.timedelta(hours=1), now=NOW)
    assert caught.value.problems[0].field == "taken"
    assert medications.doses_taken(person) == []


def test_removing_a_medication_takes_its_history_and_putting_it_back_restores_all(
    person: int,
) -> None:
    med_id = medications.add_medication(person, baclofen(schedule="as_needed"))
    medications.add_dose_change(med_id, dt.date(2026, 3, 1), 15.0, "raised")
    medications.log_as_needed_dose(person, med_id, at(2026, 11, 20, 8), now=NOW)
    before = medications.get_medication(med_id)
    doses_before = medications.doses_taken(person)

    change = perform(lambda: treatments.remove_record(person, medications.TREE, med_id))
    assert medications.list_medications(person) == []
    assert medications.doses_taken(person) == []

    perform(change.undo)
    assert medications.get_medication(med_id) == before
    assert medications.doses_taken(person) == doses_before


def test_removing_a_person_removes_their_treatments_and_nobody_elses(person: int) -> None:
    from caregiver_app.store.db import database_proxy

    other = people.create_person("Alex", make_active=False).id
    for who in (person, other):
        med_id = medications.add_medication(who, baclofen(schedule="as_needed"))
        medications.add_dose_change(med_id, dt.date(2026, 3, 1), 15.0)
        medications.log_as_needed_dose(who, med_id, at(2026, 11, 20, 8), now=NOW)
    people.delete_person(person)
    for table in ("medication", "medication_dose_change", "medication_dose_taken"):
        count = database_proxy.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        assert count == 1, table
    assert len(medications.list_medications(other)) == 1
