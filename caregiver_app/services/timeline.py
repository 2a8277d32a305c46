"""Treatments on the calendar: dated markers and bands for time charts and reports.

`timeline_events(person_id, first_day, last_day)` returns every event that touches the local
days [first_day, last_day], sorted by start day. An event is a marker (`end` is None: one day)
or a band (`start` to `end`, both included). Bands are not clipped to the period: a chart clips
them to what it shows, a report can say "since 3 March".

Kinds (stable codes; the window shows translated names) and what `label` holds:

| kind | marker or band | label (the diary's own words) | code |
|---|---|---|---|
| medication | band from the start (or first_day) to the stop (or last_day) | name and dose | schedule |
| dose_change | marker | name and new dose | "" |
| as_needed_dose | marker (one per dose) | name and dose | "" |
| injection | marker | muscles, product and dose | side |
| injection_peak | band, weeks 4-6 after an injection | same as the injection | side |
| injection_wearing_off | band, from week 12 to the next injection (or week 16) | same | side |
| therapy | marker (one per session) | minutes, willingness | therapy kind |
| mas | marker (one per visit day) | the scores, e.g. "elbow_flexors left 2" | "" |
| appointment | marker | clinician and purpose | "" |

`record_id` is the id of the medication, injection, session, appointment (or, for "mas", of the
day's first score) so a click can open it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import appointments, clinician_scores, injections, medications, therapy
from caregiver_app.services.medications import format_dose

KINDS: tuple[str, ...] = (
    "medication", "dose_change", "as_needed_dose", "injection", "injection_peak",
    "injection_wearing_off", "therapy", "mas", "appointment",
)  # fmt: skip


@dataclass(frozen=True)
class TimelineEvent:
    kind: str
    start: dt.date
    end: dt.date | None  # None: a marker on `start`; else a band, both days included
    label: str
    record_id: int
    code: str = ""  # a stable sub-code (therapy kind, medication schedule, injection side)

    @property
    def is_band(self) -> bool:
        return self.end is not None

    def touches(self, first_day: dt.date, last_day: dt.date) -> bool:
        return self.start <= last_day and (self.end or self.start) >= first_day


def _join(*parts: str) -> str:
    return ", ".join(part for part in parts if part)


def _named_dose(name: str, dose: float | None, unit: str) -> str:
    return f"{name} {format_dose(dose, unit)}".strip()


def _medication_events(
    person_id: int, first_day: dt.date, last_day: dt.date
) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    meds = {m.id: m for m in medications.list_medications(person_id)}
    for med in meds.values():
        data = med.data
        start = data.started_on or first_day
        end = data.stopped_on or max(last_day, start)
        events.append(
            TimelineEvent(
                "medication",
                start,
                end,
                _named_dose(data.name, data.dose, data.unit),
                med.id,
                data.schedule,
            )
        )
        for change in med.dose_changes:
            events.append(
                TimelineEvent(
                    "dose_change",
                    change.day,
                    None,
                    _named_dose(data.name, change.dose, data.unit),
                    med.id,
                )
            )
    for dose in medications.doses_taken(person_id, first_day, last_day):
        med = meds[dose.medication_id]
        amount = dose.dose if dose.dose is not None else med.dose_on(dose.taken.date())
        events.append(
            TimelineEvent(
                "as_needed_dose",
                dose.taken.date(),
                None,
                _named_dose(med.name, amount, med.data.unit),
                med.id,
            )
        )
    return events


def _injection_events(person_id: int) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    found = injections.list_injections(person_id)
    days = sorted({i.day for i in found})
    for injection in found:
        data = injection.data
        label = _join(data.muscles, data.product, data.dose)  # the side is a code: in `code`
        day = injection.day
        events.append(TimelineEvent("injection", day, None, label, injection.id, data.side))
        low, high = injections.USUAL_PEAK_WEEKS
        events.append(
            TimelineEvent(
                "injection_peak",
                day + dt.timedelta(weeks=low),
                day + dt.timedelta(weeks=high + 1, days=-1),
                label,
                injection.id,
                data.side,
            )
        )
        wearing = day + dt.timedelta(weeks=injections.USUAL_WEARING_OFF_WEEK)
        later = [d for d in days if d > day]
        end = (
            later[0] - dt.timedelta(days=1)
            if later
            else day + dt.timedelta(weeks=injections.CYCLE_WEEKS, days=-1)
        )
        if end >= wearing:
            events.append(
                TimelineEvent("injection_wearing_off", wearing, end, label, injection.id, data.side)
            )
    return events


def timeline_events(person_id: int, first_day: dt.date, last_day: dt.date) -> list[TimelineEvent]:
    """Every treatment event touching the days [first_day, last_day], by start day then kind."""
    events = _medication_events(person_id, first_day, last_day)
    events.extend(_injection_events(person_id))
    for session in therapy.list_sessions(person_id, first_day, last_day):
        data = session.data
        parts = []
        if data.minutes is not None:
            parts.append(f"{data.minutes} min")
        if data.willingness is not None:
            parts.append(f"willingness {data.willingness}/10")
        events.append(
            TimelineEvent("therapy", data.day, None, ", ".join(parts), session.id, data.kind)
        )
    by_day: dict[dt.date, list[clinician_scores.Score]] = {}
    for score in clinician_scores.list_scores(person_id, first_day, last_day):
        by_day.setdefault(score.data.day, []).append(score)
    for day, scores in by_day.items():
        label = "; ".join(f"{s.data.muscle_group} {s.data.side} {s.data.score}" for s in scores)
        events.append(TimelineEvent("mas", day, None, label, scores[0].id))
    for appointment in appointments.list_appointments(person_id):
        visit = appointment.data
        events.append(
            TimelineEvent(
                "appointment",
                visit.day,
                None,
                _join(visit.clinician, visit.purpose),
                appointment.id,
            )
        )
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(
        (e for e in events if e.touches(first_day, last_day)),
        key=lambda e: (e.start, order[e.kind], e.record_id),
    )
