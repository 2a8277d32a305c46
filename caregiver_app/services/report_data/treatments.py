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
    dose: str  # the dose now, as entered, e.g. "12.5 mg"; "" when not known
    how_often: str
    as_needed: bool
    started_on: dt.date | None  # the medication's start
    doses_in_period: int  # as-needed doses logged in the period
    dose_since: dt.date | None = None  # the day the dose now began
    daily_total: str = ""  # e.g. "45 mg" when "how often" says how many times a day
    side_effects: str = ""


@dataclass(frozen=True)
class DoseChangeLine:
    day: dt.date
    name: str
    before: str  # e.g. "10 mg"
    after: str
    note: str


@dataclass(frozen=True)
class StoppedLine:
    day: dt.date
    name: str
    dose: str
    reason: str  # the medication's notes, as typed
    side_effects: str


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
    side: str = ""  # an injection's side code (left | right | both), shown translated


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
    dose_changes: tuple[DoseChangeLine, ...] = ()
    stopped: tuple[StoppedLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.medications
            or self.last_injection
            or self.markers
            or self.sessions
            or self.stopped
            or self.dose_changes
        )


def _medications(person_id: int, period: Period, today: dt.date) -> tuple[MedicationLine, ...]:
    from caregiver_app.services import medications

    day = min(today, period.last_day)
    taken: dict[int, int] = {}
    for logged in medications.doses_taken(person_id, period.first_day, period.last_day):
        taken[logged.medication_id] = taken.get(logged.medication_id, 0) + 1
    lines = []
    for m in medications.list_medications(person_id):
        if not m.is_taken_on(day):
            continue
        dose = m.dose_on(day)
        times = None if m.as_needed else medications.times_a_day(m.data.how_often)
        total = (
            ""
            if dose is None or times is None
            else medications.format_dose(dose * times, m.data.unit)
        )
        lines.append(
            MedicationLine(
                name=m.name,
                dose=medications.format_dose(dose, m.data.unit),
                how_often=m.data.how_often,
                as_needed=m.as_needed,
                started_on=m.data.started_on,
                doses_in_period=taken.get(m.id, 0),
                dose_since=None if m.as_needed else m.dose_since(day),
                daily_total=total,
                side_effects=m.data.side_effects.strip(),
            )
        )
    return tuple(sorted(lines, key=lambda line: (line.as_needed, line.name.lower())))


def _dose_changes_and_stops(
    person_id: int, period: Period, today: dt.date
) -> tuple[tuple[DoseChangeLine, ...], tuple[StoppedLine, ...]]:
    from caregiver_app.services import medications

    last = min(today, period.last_day)
    changes: list[DoseChangeLine] = []
    stopped: list[StoppedLine] = []
    for m in medications.list_medications(person_id):
        unit = m.data.unit
        for change in m.dose_changes:
            if period.first_day <= change.day <= last:
                before = m.dose_on(change.day - dt.timedelta(days=1))
                changes.append(
                    DoseChangeLine(
                        change.day,
                        m.name,
                        medications.format_dose(before, unit),
                        medications.format_dose(change.dose, unit),
                        change.note.strip(),
                    )
                )
        end = m.data.stopped_on
        if end is not None and period.first_day <= end <= last:
            stopped.append(
                StoppedLine(
                    end,
                    m.name,
                    medications.format_dose(m.dose_on(end), unit),
                    m.data.notes.strip(),
                    m.data.side_effects.strip(),
                )
            )
    return (
        tuple(sorted(changes, key=lambda c: (c.day, c.name))),
        tuple(sorted(stopped, key=lambda c: (c.day, c.name))),
    )


def _last_injection(person_id: int, day: dt.date) -> InjectionLine | None:
    from caregiver_app.services import injections

    done = [i for i in injections.list_injections(person_id) if i.day <= day]
    if not done:
        return None
    last = max(done, key=lambda i: (i.day, i.id))
    data = last.data
    return InjectionLine(last.day, data.muscles, data.side, data.product, data.dose)


def _markers(person_id: int, period: Period) -> tuple[Marker, ...]:
    from caregiver_app.services import injections, timeline

    shots = {i.id: i.data for i in injections.list_injections(person_id)}
    found: list[Marker] = []
    for event in timeline.timeline_events(person_id, period.first_day, period.last_day):
        shot = shots.get(event.record_id) if event.kind == "injection" else None
        if shot is not None:
            label = ", ".join(p for p in (shot.muscles, shot.product, shot.dose) if p)
            found.append(Marker(event.start, event.kind, label, shot.side))
        elif event.kind in ("injection", "dose_change", "appointment"):
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
        changes, stopped = _dose_changes_and_stops(person_id, period, today)
        found = Treatments(
            dose_changes=changes,
            stopped=stopped,
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
