"""The treatments in the report: current medications, the last injection, the markers drawn
on the episodes chart, therapy sessions, and the day of the last appointment.

The treatments services are imported inside these functions: the report works (and says
nothing about treatments) in a build without them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services.periods import Period

MARKER_KINDS = ("injection", "dose_change", "medication_start", "medication_stop", "appointment")
MAX_MARKERS = 12


@dataclass(frozen=True)
class MedicationLine:
    name: str
    dose: str  # as entered, e.g. "12.5 mg"; "" when not known
    how_often: str
    as_needed: bool
    started_on: dt.date | None
    doses_in_period: int  # as-needed doses logged in the period


@dataclass(frozen=True)
class InjectionLine:
    day: dt.date
    muscles: str
    side: str
    product: str
    dose: str


@dataclass(frozen=True)
class Marker:
    """Something on the treatment timeline, drawn on the episodes chart. `kind` is one of
    MARKER_KINDS; `label` is in the diary's own words (name and dose, muscles...)."""

    day: dt.date
    kind: str
    label: str


@dataclass(frozen=True)
class Sessions:
    sessions: int
    minutes: int
    mean_willingness: float | None


@dataclass(frozen=True)
class Treatments:
    medications: tuple[MedicationLine, ...] = ()
    last_injection: InjectionLine | None = None
    markers: tuple[Marker, ...] = ()
    sessions: Sessions | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.medications or self.last_injection or self.markers or self.sessions)


def _medications(person_id: int, period: Period, today: dt.date) -> tuple[MedicationLine, ...]:
    from caregiver_app.services import medications

    day = min(today, period.last_day)
    taken: dict[int, int] = {}
    for dose in medications.doses_taken(person_id, period.first_day, period.last_day):
        taken[dose.medication_id] = taken.get(dose.medication_id, 0) + 1
    lines = [
        MedicationLine(
            name=m.name,
            dose=medications.format_dose(m.dose_on(day), m.data.unit),
            how_often=m.data.how_often,
            as_needed=m.as_needed,
            started_on=m.data.started_on,
            doses_in_period=taken.get(m.id, 0),
        )
        for m in medications.list_medications(person_id)
        if m.is_taken_on(day)
    ]
    return tuple(sorted(lines, key=lambda line: (line.as_needed, line.name.lower())))


def _last_injection(person_id: int, day: dt.date) -> InjectionLine | None:
    from caregiver_app.services import injections

    done = [i for i in injections.list_injections(person_id) if i.day <= day]
    if not done:
        return None
    last = max(done, key=lambda i: (i.day, i.id))
    data = last.data
    return InjectionLine(last.day, data.muscles, data.side, data.product, data.dose)


def _markers(person_id: int, period: Period) -> tuple[Marker, ...]:
    from caregiver_app.services import timeline

    found: list[Marker] = []
    for event in timeline.timeline_events(person_id, period.first_day, period.last_day):
        if event.kind in ("injection", "dose_change", "appointment"):
            found.append(Marker(event.start, event.kind, event.label))
        elif event.kind == "medication" and event.code == "regular":
            if event.start in period and event.start > period.first_day:
                found.append(Marker(event.start, "medication_start", event.label))
            if event.end is not None and event.end in period and event.end < period.last_day:
                found.append(Marker(event.end, "medication_stop", event.label))
    if len(found) > MAX_MARKERS:  # the most telling ones: injections and dose changes first
        rank = {kind: i for i, kind in enumerate(MARKER_KINDS)}
        found = sorted(found, key=lambda mk: rank[mk.kind])[:MAX_MARKERS]
    return tuple(sorted(found, key=lambda mk: (mk.day, MARKER_KINDS.index(mk.kind))))


def _sessions(person_id: int, period: Period) -> Sessions | None:
    from caregiver_app.services import therapy

    found = therapy.summary(person_id, period.first_day, period.last_day)
    if not found.sessions:
        return None
    return Sessions(found.sessions, found.minutes, found.mean_willingness)


def treatment_summary(person_id: int, period: Period, today: dt.date) -> Treatments | None:
    """Current medications, the last injection, the period's treatment markers and therapy
    sessions; None when there are none (or the treatments services are not in this build)."""
    try:
        found = Treatments(
            medications=_medications(person_id, period, today),
            last_injection=_last_injection(person_id, min(today, period.last_day)),
            markers=_markers(person_id, period),
            sessions=_sessions(person_id, period),
        )
    except ImportError:
        return None
    return None if found.is_empty else found


def last_appointment_day(person_id: int, today: dt.date) -> dt.date | None:
    """The day of the last appointment before today, for "since the last appointment"; None
    when there was none (or the treatments services are not in this build)."""
    try:
        from caregiver_app.services import appointments
    except ImportError:
        return None
    return appointments.last_appointment_day(person_id, today)
