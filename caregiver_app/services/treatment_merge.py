"""Adding a file's treatments to a person without changing what the diary holds.

The identity of each kind (docs/data-formats.md): a medication is its name and start day; a
dose change its medication and day; an as-needed dose its medication and moment; an injection
its day, muscles, side and product; a goal score its injection, goal and day; a therapy session
every detail (a day may have several); daily minutes the day; an Ashworth score the day,
muscle group and side; an appointment the day, time and clinician. A record the diary does not
have is added. One it has is left as it is: counted as the same, or, when the details differ,
as kept (import_merge). Nothing here is checked again: treatment_exchange parsed the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass, field

from caregiver_app.services import (
    appointments,
    caregivers,
    clinician_scores,
    injections,
    medications,
    therapy,
)
from caregiver_app.services.appointments import AppointmentData
from caregiver_app.services.caregivers import NOT_SAID, Recorded
from caregiver_app.services.clinician_scores import ScoreData
from caregiver_app.services.import_merge import Tally
from caregiver_app.services.injections import InjectionData
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.therapy import SessionData
from caregiver_app.services.timeutil import to_stored
from caregiver_app.store import models
from caregiver_app.store.db import database_proxy

_ANY_DAY = dt.date.max  # "today" for checks that refuse future days: imports are not refused


# The identities above, written once: treatment_exchange notes a file's stamps under them and
# the merge below looks the stamps up under them again, so the two must agree.
def medication_key(med: MedicationData) -> Hashable:
    return ("medication", med.name, med.started_on)


def injection_key(shot: InjectionData) -> Hashable:
    return (shot.day, shot.muscles, shot.side, shot.product)


def score_key(score: ScoreData) -> Hashable:
    return (score.day, score.muscle_group, score.side)


def visit_key(visit: AppointmentData) -> Hashable:
    return (visit.day, visit.time, visit.clinician.strip())


@dataclass
class ParsedMedication:
    data: MedicationData
    changes: list[tuple[dt.date, float, str]]
    taken: list[tuple[dt.datetime, float | None, str]]


@dataclass
class ParsedTreatments:
    medications: list[ParsedMedication] = field(default_factory=list)
    injections: list[tuple[InjectionData, list[list[tuple[dt.date, int]]]]] = field(
        default_factory=list
    )
    sessions: list[SessionData] = field(default_factory=list)
    minutes: list[tuple[dt.date, int | None, int | None]] = field(default_factory=list)
    scores: list[ScoreData] = field(default_factory=list)
    appointments: list[AppointmentData] = field(default_factory=list)
    # Who recorded each record and when, as the file says, by the record's identity (the keys
    # below); not part of the identity, so a record imported again is still the same record.
    recorded: dict[Hashable, Recorded] = field(default_factory=dict)

    def keep(self, table: str, record_id: int | None, key: Hashable) -> None:
        """Give the record just added the stamp the file gave it (none: the importer's)."""
        if record_id is not None:
            caregivers.keep(table, record_id, self.recorded.get(key, NOT_SAID))


def _add_changes_and_doses(
    medication_id: int,
    med: ParsedMedication,
    tally: Tally,
    existing: medications.Medication | None,
    parsed: ParsedTreatments,
) -> None:
    whose = medication_key(med.data)
    changes_had: dict[Hashable, Hashable] = {}
    doses_had: dict[Hashable, Hashable] = {}
    if existing is not None:
        changes_had = {c.day: (c.dose, c.note) for c in existing.dose_changes}
        doses_had = {
            d.taken_utc: (d.utc_offset_min, d.dose, d.note)
            for d in medications.doses_taken(existing.person_id, medication_id=existing.id)
        }
    for day, dose, note in tally.new_by_key(
        "dose_change", med.changes, lambda c: c[0], lambda c: (c[1], c[2]), changes_had
    ):
        added = models.MedicationDoseChange.insert(
            medication=medication_id, day=day, dose=dose, note=note
        ).execute()
        parsed.keep("medication_dose_change", added, (whose, "dose_change", day))
    stored = [(*to_stored(when), amount, note) for when, amount, note in med.taken]
    for taken_utc, offset, amount, note in tally.new_by_key(
        "dose_taken", stored, lambda d: d[0], lambda d: (d[1], d[2], d[3]), doses_had
    ):
        added = models.MedicationDoseTaken.insert(
            medication=medication_id,
            taken_utc=taken_utc,
            utc_offset_min=offset,
            dose=amount,
            note=note,
        ).execute()
        parsed.keep("medication_dose_taken", added, (whose, "dose_taken", taken_utc))


def _add_medications(person_id: int, parsed: ParsedTreatments, tally: Tally) -> None:
    had = {(m.data.name, m.data.started_on): m for m in medications.list_medications(person_id)}
    for med in parsed.medications:
        existing = had.get((med.data.name, med.data.started_on))
        if existing is None:
            tally.count_added("medication")
            added = medications.add_medication(person_id, med.data)
            parsed.keep("medication", added, medication_key(med.data))
            _add_changes_and_doses(added, med, tally, None, parsed)
            continue
        if existing.data == med.data:
            tally.same["medication"] += 1
        else:
            tally.kept["medication"] += 1
        _add_changes_and_doses(existing.id, med, tally, existing, parsed)


def _add_injections(person_id: int, parsed: ParsedTreatments, tally: Tally) -> None:
    had = {injection_key(i.data): i for i in injections.list_injections(person_id)}
    goals: dict[str, tuple[int, dict[Hashable, Hashable]]]
    for shot, goal_scores in parsed.injections:
        existing = had.get(injection_key(shot))
        if existing is None:
            tally.count_added("injection")
            added_id = injections.add_injection(person_id, shot, today=_ANY_DAY)
            parsed.keep("injection", added_id, ("injection", injection_key(shot)))
            added = injections.get_injection(added_id)
            assert added is not None
            goals = {goal.goal: (goal.id, {}) for goal in added.goals}
        else:
            if existing.data == shot:
                tally.same["injection"] += 1
            else:
                tally.kept["injection"] += 1
            goals = {goal.goal: (goal.id, dict(goal.scores)) for goal in existing.goals}
        for text, found in zip(shot.goals, goal_scores, strict=True):
            if text not in goals:  # a goal the diary's injection does not have: kept as it is
                continue
            goal_id, scored = goals[text]
            for day, value in tally.new_by_key(
                "goal_score", found, lambda s: s[0], lambda s: s[1], scored
            ):
                scored_id = models.GoalScore.insert(goal=goal_id, day=day, score=value).execute()
                parsed.keep("goal_score", scored_id, ("goal_score", injection_key(shot), text, day))


def _add_others(person_id: int, parsed: ParsedTreatments, tally: Tally) -> None:
    had_sessions = [s.data for s in therapy.list_sessions(person_id)]
    for session in tally.new_by_identity(
        "therapy_session", parsed.sessions, lambda s: s, had_sessions
    ):
        added = therapy.add_session(person_id, session, today=_ANY_DAY)
        parsed.keep("therapy_session", added, ("therapy_session", session))

    had_minutes: dict[Hashable, Hashable] = {
        m.day: (m.home_exercise, m.splint) for m in therapy.list_minutes(person_id)
    }
    for day, home_exercise, splint in tally.new_by_key(
        "daily_minutes", parsed.minutes, lambda m: m[0], lambda m: (m[1], m[2]), had_minutes
    ):
        added_minutes = therapy.set_minutes(person_id, day, home_exercise, splint, today=_ANY_DAY)
        parsed.keep("daily_minutes", added_minutes, ("daily_minutes", day))

    def score_details(s: ScoreData) -> Hashable:
        return (s.score, s.clinician, s.notes)

    had_scores = {
        score_key(s.data): score_details(s.data) for s in clinician_scores.list_scores(person_id)
    }
    for score in tally.new_by_key("mas_score", parsed.scores, score_key, score_details, had_scores):
        added = clinician_scores.add_score(person_id, score, today=_ANY_DAY)
        parsed.keep("mas_score", added, ("mas_score", score_key(score)))

    def visit_details(v: AppointmentData) -> Hashable:
        return (v.purpose.strip(), v.notes_after, v.questions)

    had_visits = {
        visit_key(a.data): visit_details(a.data) for a in appointments.list_appointments(person_id)
    }
    for visit in tally.new_by_key(
        "appointment", parsed.appointments, visit_key, visit_details, had_visits
    ):
        added = appointments.add_appointment(person_id, visit)
        parsed.keep("appointment", added, ("appointment", visit_key(visit)))


def add_new(person_id: int, parsed: ParsedTreatments, tally: Tally) -> None:
    """Add what the diary does not have yet, in the caller's transaction (or one of its own)."""
    with database_proxy.atomic():
        _add_medications(person_id, parsed, tally)
        _add_injections(person_id, parsed, tally)
        _add_others(person_id, parsed, tally)
