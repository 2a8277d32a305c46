"""The "treatments" section of the JSON diary file: medications, injections, therapy, scores, visits.

`export_person` writes plain JSON-ready data without database ids, in a fixed order, so export,
import into an empty diary and export again give the same file. `import_person` checks every
entry before writing anything and raises UserError naming the entry and the field
("medication 2 ('Baclofen'), field 'dose': ..."). It only adds to the person's records, never
changing one the diary has (treatment_merge.py). Days are not checked against today's date:
what was valid when it was recorded stays importable; every date must lie in 1900-2100.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from typing import Any

from caregiver_app.services import (
    appointments,
    caregivers,
    clinician_scores,
    injections,
    medications,
    therapy,
)
from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.appointments import AppointmentData, QuestionData
from caregiver_app.services.caregivers import Recorded
from caregiver_app.services.clinician_scores import ScoreData
from caregiver_app.services.import_checks import (
    BadMoment,
    parse_day,
    parse_moment,
)
from caregiver_app.services.import_merge import Tally
from caregiver_app.services.injections import InjectionData
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.messages import Message, Problem, UserError, message, text_fault
from caregiver_app.services.therapy import SessionData
from caregiver_app.services.timeutil import iso_local, to_stored
from caregiver_app.services.treatment_merge import (
    ParsedMedication,
    ParsedTreatments,
    add_new,
    injection_key,
    medication_key,
    score_key,
    visit_key,
)

SECTION = "treatments"
EXPORT_VERSION = 1
_ANY_DAY = dt.date.max  # "today" for checks that refuse future days: imports are not refused


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# --- export -------------------------------------------------------------------------------------


def export_person(person_id: int) -> dict[str, Any]:
    def said(table: str) -> dict[Any, Any]:
        return caregivers.stamps(table, person_id, "id")

    stamped = {t: said(t) for t in ("medication", "injection", "therapy_session", "mas_score")}
    stamped["appointment"] = said("appointment")
    minutes_said = caregivers.stamps("daily_minutes", person_id, "day")
    changes_said = caregivers.stamps_of_children(
        "medication_dose_change", "medication_id", "medication", person_id
    )
    taken_said = caregivers.stamps_of_children(
        "medication_dose_taken", "medication_id", "medication", person_id
    )
    scores_said = caregivers.goal_score_stamps(person_id)
    by = caregivers.fields
    meds = []
    for med in medications.list_medications(person_id):
        d = med.data
        meds.append(
            {
                "name": d.name,
                "dose": d.dose,
                "unit": d.unit,
                "how_often": d.how_often,
                "schedule": d.schedule,
                "purpose": d.purpose,
                "started_on": _day(d.started_on),
                "stopped_on": _day(d.stopped_on),
                "side_effects": d.side_effects,
                "notes": d.notes,
                "dose_changes": [
                    {
                        "day": c.day.isoformat(),
                        "dose": c.dose,
                        "note": c.note,
                        **by(*changes_said[c.id]),
                    }
                    for c in med.dose_changes
                ],
                "doses_taken": [
                    {
                        "taken_at": iso_local(t.taken_utc, t.utc_offset_min),
                        "dose": t.dose,
                        "note": t.note,
                        **by(*taken_said[t.id]),
                    }
                    for t in medications.doses_taken(person_id, medication_id=med.id)
                ],
                **by(*stamped["medication"][med.id]),
            }
        )
    shots = []
    for injection in injections.list_injections(person_id):
        shot = injection.data
        shots.append(
            {
                "day": shot.day.isoformat(),
                "muscles": shot.muscles,
                "regions": list(shot.regions),
                "side": shot.side,
                "product": shot.product,
                "dose": shot.dose,
                "clinician": shot.clinician,
                "notes": shot.notes,
                "goals": [
                    {
                        "goal": g.goal,
                        "scores": [
                            {
                                "day": day.isoformat(),
                                "score": s,
                                **by(*scores_said[(g.id, day.isoformat())]),
                            }
                            for day, s in g.scores
                        ],
                    }
                    for g in injection.goals
                ],
                **by(*stamped["injection"][injection.id]),
            }
        )
    sessions = [
        {
            "day": s.data.day.isoformat(),
            "kind": s.data.kind,
            "minutes": s.data.minutes,
            "willingness": s.data.willingness,
            "pain": s.data.pain,
            "notes": s.data.notes,
            **by(*stamped["therapy_session"][s.id]),
        }
        for s in therapy.list_sessions(person_id)
    ]
    minutes = [
        {
            "day": m.day.isoformat(),
            "home_exercise": m.home_exercise,
            "splint": m.splint,
            **by(*minutes_said[m.day.isoformat()]),
        }
        for m in therapy.list_minutes(person_id)
    ]
    scores = [
        {
            "day": s.data.day.isoformat(),
            "muscle_group": s.data.muscle_group,
            "side": s.data.side,
            "score": s.data.score,
            "clinician": s.data.clinician,
            "notes": s.data.notes,
            **by(*stamped["mas_score"][s.id]),
        }
        for s in clinician_scores.list_scores(person_id)
    ]
    visits = []
    for appointment in appointments.list_appointments(person_id):
        visit = appointment.data
        visits.append(
            {
                "day": visit.day.isoformat(),
                "time": visit.time.strftime("%H:%M") if visit.time else None,
                "clinician": visit.clinician,
                "purpose": visit.purpose,
                "notes_after": visit.notes_after,
                "questions": [{"question": q.question, "asked": q.asked} for q in visit.questions],
                **by(*stamped["appointment"][appointment.id]),
            }
        )
    return {
        "version": EXPORT_VERSION,
        "medications": meds,
        "injections": shots,
        "therapy_sessions": sessions,
        "daily_minutes": minutes,
        "mas_scores": scores,
        "appointments": visits,
    }


# --- reading the file ---------------------------------------------------------------------------


class _Entry:
    """Typed access to one JSON object; every error names the entry and the field."""

    def __init__(self, raw: object, *where: Message) -> None:
        if not isinstance(raw, Mapping):
            raise UserError(message("must_be_object"), place=where)
        self.raw = raw
        self.where = where

    def fail(self, key: str, code: str, **params: object) -> UserError:
        return UserError(message(code, **params), key, self.where)

    def get(self, key: str, types: tuple[type, ...], default: Any = None) -> Any:
        value = self.raw.get(key)
        if value is None:
            return default
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise self.fail(key, "wrong_type", value=repr(value))
        fault = text_fault(value)  # e.g. a lone surrogate: JSON can hold it, the diary cannot
        if fault is not None:
            raise self.fail(key, fault)
        return value

    def text(self, key: str) -> str:
        return str(self.get(key, (str,), ""))

    def int(self, key: str) -> int | None:
        value = self.get(key, (int,))
        return None if value is None else int(value)

    def number(self, key: str) -> float | None:
        value = self.get(key, (int, float))
        if value is None:
            return None
        try:
            return float(value)
        except OverflowError:  # a whole number too big for any dose
            raise self.fail(key, "dose_positive") from None

    def flag(self, key: str) -> bool:
        return bool(self.get(key, (bool,), False))

    def day(self, key: str, required: bool = True) -> dt.date | None:
        value = self.get(key, (str,))
        if value is None:
            if required:
                raise self.fail(key, "missing")
            return None
        try:
            return parse_day(value)
        except BadMoment as exc:
            raise UserError(exc.said, key, self.where) from None

    def items(self, key: str) -> list[Any]:
        value = self.get(key, (list,), [])
        return list(value)

    def check(self, problems: list[Problem]) -> None:
        if problems:
            raise UserError.from_problem(problems[0], self.where)

    def recorded(self, into: dict[Hashable, Recorded], key: Hashable) -> None:
        """Note who recorded the entry and when, as the file says, under its identity `key`."""
        found = caregivers.from_file(
            self.get("recorded_by", (str,)), self.get("recorded_at", (str,)), list(self.where)
        )
        into.setdefault(key, found)


def _parse_medication(
    number: int, raw: object, recorded: dict[Hashable, Recorded]
) -> ParsedMedication:
    entry = _Entry(raw, message("place.medication", number=number))
    name = entry.text("name")
    entry.where = (message("place.named_medication", number=number, name=name),)
    data = MedicationData(
        name=name,
        dose=entry.number("dose"),
        unit=entry.text("unit"),
        how_often=entry.text("how_often"),
        schedule=entry.text("schedule") or "regular",
        purpose=entry.text("purpose") or "other",
        started_on=entry.day("started_on", required=False),
        stopped_on=entry.day("stopped_on", required=False),
        side_effects=entry.text("side_effects"),
        notes=entry.text("notes"),
    )
    entry.check(medications.validate(data))
    whose = medication_key(data)
    entry.recorded(recorded, whose)
    changes: list[tuple[dt.date, float, str]] = []
    for index, raw_change in enumerate(entry.items("dose_changes"), start=1):
        change = _Entry(raw_change, *entry.where, message("place.dose_change", number=index))
        day = change.day("day")
        dose = change.number("dose")
        problems: list[Problem] = []
        if dose is None:
            problems.append(Problem.of("dose", "missing"))
        tc.check_dose(problems, "dose", dose)
        if any(day == other for other, _, _ in changes):
            problems.append(Problem.of("day", "medication.change_same_day"))
        note = change.text("note")
        tc.check_text(problems, "note", note, limit=tc.MAX_NOTES)
        change.check(problems)
        assert day is not None and dose is not None
        change.recorded(recorded, (whose, "dose_change", day))
        changes.append((day, dose, note))
    taken: list[tuple[dt.datetime, float | None, str]] = []
    for index, raw_dose in enumerate(entry.items("doses_taken"), start=1):
        item = _Entry(raw_dose, *entry.where, message("place.dose_taken", number=index))
        text = item.get("taken_at", (str,))
        if text is None:
            raise item.fail("taken_at", "missing")
        try:
            when = parse_moment(text)
        except BadMoment as exc:
            raise UserError(exc.said, "taken_at", item.where) from None
        amount = item.number("dose")
        note = item.text("note")
        problems = []
        tc.check_dose(problems, "dose", amount)
        tc.check_text(problems, "note", note, limit=tc.MAX_NOTES)
        item.check(problems)
        item.recorded(recorded, (whose, "dose_taken", to_stored(when)[0]))
        taken.append((when, amount, note))
    return ParsedMedication(data, changes, taken)


def _parse_injection(
    number: int, raw: object, recorded: dict[Hashable, Recorded]
) -> tuple[InjectionData, list[list[tuple[dt.date, int]]]]:
    entry = _Entry(raw, message("place.injection", number=number))
    day = entry.day("day")
    assert day is not None
    entry.where = (message("place.dated_injection", number=number, day=day.isoformat()),)
    goals: list[str] = []
    scores: list[list[tuple[dt.date, int]]] = []
    said: list[tuple[str, dt.date, _Entry]] = []  # who scored each goal, noted once it is known
    for index, raw_goal in enumerate(entry.items("goals"), start=1):
        goal = _Entry(raw_goal, *entry.where, message("place.goal", number=index))
        goals.append(goal.text("goal"))
        found: list[tuple[dt.date, int]] = []
        for s_index, raw_score in enumerate(goal.items("scores"), start=1):
            score = _Entry(raw_score, *goal.where, message("place.score", number=s_index))
            score_day = score.day("day")
            value = score.int("score")
            problems: list[Problem] = []
            if value is None:
                problems.append(Problem.of("score", "missing"))
            tc.check_range(problems, "score", value, tc.GAS_MIN, tc.GAS_MAX)
            if any(score_day == other for other, _ in found):
                problems.append(Problem.of("day", "injection.goal_scored_twice"))
            score.check(problems)
            assert score_day is not None and value is not None
            said.append((goals[-1], score_day, score))
            found.append((score_day, value))
        scores.append(found)
    data = InjectionData(
        day=day,
        muscles=entry.text("muscles"),
        side=entry.text("side"),
        product=entry.text("product"),
        dose=entry.text("dose"),
        clinician=entry.text("clinician"),
        notes=entry.text("notes"),
        goals=tuple(goals),
        regions=tuple(str(r) for r in entry.get("regions", (list,), [])),
    )
    entry.check(injections.validate(data, _ANY_DAY))
    shot = injection_key(data)
    entry.recorded(recorded, ("injection", shot))
    for goal_text, score_day, score_entry in said:
        score_entry.recorded(recorded, ("goal_score", shot, goal_text, score_day))
    return data, scores


def _parse_session(number: int, raw: object, recorded: dict[Hashable, Recorded]) -> SessionData:
    entry = _Entry(raw, message("place.therapy_session", number=number))
    day = entry.day("day")
    assert day is not None
    data = SessionData(
        day=day,
        kind=entry.text("kind"),
        minutes=entry.int("minutes"),
        willingness=entry.int("willingness"),
        pain=entry.int("pain"),
        notes=entry.text("notes"),
    )
    entry.check(therapy.validate(data, _ANY_DAY))
    entry.recorded(recorded, ("therapy_session", data))
    return data


def _parse_appointment(
    number: int, raw: object, recorded: dict[Hashable, Recorded]
) -> AppointmentData:
    entry = _Entry(raw, message("place.appointment", number=number))
    day = entry.day("day")
    assert day is not None
    time_text = entry.get("time", (str,))
    time = None
    if time_text is not None:
        try:
            time = dt.time.fromisoformat(time_text)
        except ValueError:
            raise entry.fail("time", "not_a_time", value=time_text) from None
    questions = []
    for index, raw_q in enumerate(entry.items("questions"), start=1):
        question = _Entry(raw_q, *entry.where, message("place.question", number=index))
        questions.append(QuestionData(question.text("question"), question.flag("asked")))
    data = AppointmentData(
        day=day,
        clinician=entry.text("clinician"),
        purpose=entry.text("purpose"),
        time=time,
        notes_after=entry.text("notes_after"),
        questions=tuple(questions),
    )
    entry.check(appointments.validate(data))
    entry.recorded(recorded, ("appointment", visit_key(data)))
    return data


# --- import -------------------------------------------------------------------------------------


def _parse_score(
    person_id: int, number: int, raw: object, recorded: dict[Hashable, Recorded]
) -> ScoreData:
    entry = _Entry(raw, message("place.ashworth_score", number=number))
    day = entry.day("day")
    assert day is not None
    score = ScoreData(
        day=day,
        muscle_group=entry.text("muscle_group"),
        side=entry.text("side"),
        score=entry.text("score"),
        clinician=entry.text("clinician"),
        notes=entry.text("notes"),
    )
    problems = clinician_scores.validate(person_id, score, _ANY_DAY)
    # One already in the diary for that day is not a problem with the file: the diary's stays.
    entry.check([p for p in problems if p.said is None or p.said.code != "score.same_day"])
    entry.recorded(recorded, ("mas_score", score_key(score)))
    return score


def import_person(person_id: int, data: Mapping[str, Any], tally: Tally | None = None) -> None:
    """Add the section's records to a person, all or nothing (in the caller's transaction),
    never changing a record the diary has; `tally` counts what was added and skipped."""
    section = _Entry(data)
    version = section.get("version", (int,))
    if version != EXPORT_VERSION:
        raise section.fail("version", "version", expected=EXPORT_VERSION, found=repr(version))
    parsed = ParsedTreatments()
    said = parsed.recorded
    parsed.medications = [
        _parse_medication(n, raw, said) for n, raw in enumerate(section.items("medications"), 1)
    ]
    parsed.injections = [
        _parse_injection(n, raw, said) for n, raw in enumerate(section.items("injections"), 1)
    ]
    parsed.sessions = [
        _parse_session(n, raw, said) for n, raw in enumerate(section.items("therapy_sessions"), 1)
    ]
    seen_days: set[dt.date] = set()
    for number, raw in enumerate(section.items("daily_minutes"), 1):
        entry = _Entry(raw, message("place.daily_minutes", number=number))
        day = entry.day("day")
        assert day is not None
        values = (entry.int("home_exercise"), entry.int("splint"))
        entry.check(therapy.validate_minutes(day, *values, today=_ANY_DAY))
        if day in seen_days:
            raise entry.fail("day", "import.day_twice", day=day.isoformat())
        seen_days.add(day)
        entry.recorded(said, ("daily_minutes", day))
        parsed.minutes.append((day, *values))
    seen: set[Hashable] = set()
    for number, raw in enumerate(section.items("mas_scores"), 1):
        score = _parse_score(person_id, number, raw, said)
        key = score_key(score)
        if key in seen:
            raise UserError(
                message("score.scored_twice"),
                "muscle_group",
                [message("place.ashworth_score", number=number)],
            )
        seen.add(key)
        parsed.scores.append(score)
    parsed.appointments = [
        _parse_appointment(n, raw, said) for n, raw in enumerate(section.items("appointments"), 1)
    ]
    add_new(person_id, parsed, tally if tally is not None else Tally())
