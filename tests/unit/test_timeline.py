"""Treatments on the calendar, the next and last appointment, therapy and Ashworth scores."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services import (
    appointments,
    clinician_scores,
    injections,
    medications,
    therapy,
    timeline,
)
from caregiver_app.services.appointments import AppointmentData, QuestionData
from caregiver_app.services.clinician_scores import ScoreData
from caregiver_app.services.episodes import ValidationError
from caregiver_app.services.injections import InjectionData
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.therapy import SessionData
from tests.helpers import at

TODAY = dt.date(2026, 11, 25)


def visit(day: dt.date, hour: int | None = None, who: str = "Dr Okafor") -> AppointmentData:
    return AppointmentData(
        day=day,
        clinician=who,
        purpose="Review",
        time=dt.time(hour) if hour is not None else None,
        questions=(QuestionData("Is the dose right?"),),
    )


def test_next_and_last_appointment(person: int) -> None:
    assert appointments.next_appointment(person, TODAY) is None
    assert appointments.last_appointment_day(person, TODAY) is None
    appointments.add_appointment(person, visit(dt.date(2026, 10, 2)))
    appointments.add_appointment(person, visit(dt.date(2026, 11, 3)))
    later = appointments.add_appointment(person, visit(dt.date(2026, 12, 9), 10))
    today_late = appointments.add_appointment(person, visit(TODAY, 16))
    today_early = appointments.add_appointment(person, visit(TODAY, 9, "Physio"))

    found = appointments.next_appointment(person, TODAY)
    assert found is not None and found.id == today_early
    assert [a.id for a in appointments.list_appointments(person)][-3:] == [
        today_early,
        today_late,
        later,
    ]
    # Today's own appointment is not "the last one": the period runs from the one before.
    assert appointments.last_appointment_day(person, TODAY) == dt.date(2026, 11, 3)
    next_day = TODAY + dt.timedelta(days=1)
    assert appointments.last_appointment_day(person, next_day) == TODAY


def test_an_appointment_needs_someone_to_see(person: int) -> None:
    with pytest.raises(ValidationError) as caught:
        appointments.add_appointment(person, AppointmentData(day=TODAY, clinician=" "))
    assert caught.value.problems[0].field == "clinician"


def test_questions_can_be_ticked_off(person: int) -> None:
    appointment_id = appointments.add_appointment(person, visit(TODAY))
    found = appointments.get_appointment(appointment_id)
    assert found is not None
    appointments.set_asked(found.questions[0].id, True)
    again = appointments.get_appointment(appointment_id)
    assert again is not None and again.data.questions == (QuestionData("Is the dose right?", True),)


def test_an_ashworth_score_once_per_muscle_group_side_and_day(person: int) -> None:
    first = ScoreData(dt.date(2026, 11, 2), "elbow_flexors", "left", "1+")
    clinician_scores.add_score(person, first, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        clinician_scores.add_score(person, first, today=TODAY)
    assert caught.value.problems[0].field == "muscle_group"
    with pytest.raises(ValidationError) as caught:
        clinician_scores.add_score(
            person, ScoreData(dt.date(2026, 11, 2), "elbow_flexors", "right", "5"), today=TODAY
        )
    assert caught.value.problems[0].field == "score"
    clinician_scores.add_visit(
        person,
        [
            ScoreData(dt.date(2026, 11, 20), "elbow_flexors", "left", "1"),
            ScoreData(dt.date(2026, 11, 20), "wrist_flexors", "left", "2"),
        ],
        today=TODAY,
    )
    assert clinician_scores.series(person)[("elbow_flexors", "left")] == [
        (dt.date(2026, 11, 2), "1+"),
        (dt.date(2026, 11, 20), "1"),
    ]


def test_daily_minutes_are_one_row_a_day_and_clearing_both_removes_it(person: int) -> None:
    therapy.set_minutes(person, dt.date(2026, 11, 20), 20, None, today=TODAY)
    therapy.set_minutes(person, dt.date(2026, 11, 20), 25, 480, today=TODAY)
    assert therapy.list_minutes(person) == [therapy.DayMinutes(dt.date(2026, 11, 20), 25, 480)]
    therapy.set_minutes(person, dt.date(2026, 11, 20), None, None, today=TODAY)
    assert therapy.list_minutes(person) == []
    with pytest.raises(ValidationError) as caught:
        therapy.set_minutes(person, dt.date(2026, 11, 21), 2000, None, today=TODAY)
    assert caught.value.problems[0].field == "home_exercise"


def test_therapy_summary_averages_only_what_was_recorded(person: int) -> None:
    for day, willingness in ((2, 8), (4, None), (6, 4)):
        therapy.add_session(
            person,
            SessionData(dt.date(2026, 11, day), "physical", 45, willingness, pain=3),
            today=TODAY,
        )
    summary = therapy.summary(person, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (summary.sessions, summary.minutes, summary.mean_willingness) == (3, 135, 6.0)
    with pytest.raises(ValidationError) as caught:
        therapy.add_session(person, SessionData(TODAY, "swimming", 30, 11), today=TODAY)
    assert {p.field for p in caught.value.problems} == {"kind", "willingness"}


def test_timeline_has_markers_and_bands_for_the_period(person: int) -> None:
    med = medications.add_medication(
        person,
        MedicationData("Baclofen", 10.0, "mg", purpose="spasms", started_on=dt.date(2026, 9, 1)),
    )
    medications.add_dose_change(med, dt.date(2026, 10, 15), 15.0)
    prn = medications.add_medication(
        person, MedicationData("Paracetamol", 1000.0, "mg", schedule="as_needed", purpose="pain")
    )
    medications.log_as_needed_dose(person, prn, at(2026, 11, 3, 8), now=at(2026, 11, 25))
    first = injections.add_injection(
        person, InjectionData(dt.date(2026, 8, 3), "Calf", "left"), today=TODAY
    )
    injections.add_injection(  # 14 weeks later
        person, InjectionData(dt.date(2026, 11, 9), "Calf", "left"), today=TODAY
    )
    therapy.add_session(person, SessionData(dt.date(2026, 10, 20), "speech", 30, 7), today=TODAY)
    clinician_scores.add_score(
        person, ScoreData(dt.date(2026, 11, 9), "ankle_plantarflexors", "left", "2"), today=TODAY
    )
    appointments.add_appointment(person, visit(dt.date(2026, 12, 1)))

    events = timeline.timeline_events(person, dt.date(2026, 8, 1), dt.date(2026, 11, 30))
    kinds = [e.kind for e in events]
    assert kinds.count("medication") == 2 and kinds.count("injection") == 2
    assert {"dose_change", "as_needed_dose", "therapy", "mas"} <= set(kinds)
    assert "appointment" not in kinds  # 1 December is after the period
    assert [e.start for e in events] == sorted(e.start for e in events)

    baclofen = next(e for e in events if e.kind == "medication" and e.record_id == med)
    assert (baclofen.start, baclofen.end, baclofen.label) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 11, 30),
        "Baclofen 10 mg",
    )
    change = next(e for e in events if e.kind == "dose_change")
    assert (change.start, change.end, change.label) == (
        dt.date(2026, 10, 15),
        None,
        "Baclofen 15 mg",
    )
    assert next(e for e in events if e.kind == "as_needed_dose").label == "Paracetamol 1000 mg"
    assert next(e for e in events if e.kind == "therapy").code == "speech"

    # The first cycle's usual peak is weeks 4 to 6 (days 28 to 48); it wears off from week 12
    # until the day before the next injection. The second cycle's bands fall after November.
    cycle_bands = [e for e in events if e.kind.startswith("injection_")]
    bands = [(e.kind, e.start, e.end) for e in cycle_bands if e.record_id == first]
    assert bands == [
        ("injection_peak", dt.date(2026, 8, 31), dt.date(2026, 9, 20)),
        ("injection_wearing_off", dt.date(2026, 10, 26), dt.date(2026, 11, 8)),
    ]
    assert all(e.record_id == first for e in cycle_bands)
