"""Appointments: when and with whom, what for, questions to ask (a checklist), notes afterwards.

An appointment is a local calendar day with an optional local clock time ("HH:MM"): it is a
date in the diary, not an instant, so it never moves with daylight saving or travel.
`next_appointment` feeds the Today page; `last_appointment_day` gives Charts and Reports their
"since the last appointment" period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import Appointment as AppointmentModel
from caregiver_app.store.models import AppointmentQuestion

TREE = Tree("appointment", (("appointment_id", Tree("appointment_question")),))
MAX_QUESTIONS = 30


@dataclass(frozen=True)
class QuestionData:
    question: str
    asked: bool = False


@dataclass(frozen=True)
class AppointmentData:
    day: dt.date
    clinician: str  # who with: a name, a clinic or a profession
    purpose: str = ""
    time: dt.time | None = None  # local clock time, to the minute
    notes_after: str = ""
    questions: tuple[QuestionData, ...] = ()


@dataclass(frozen=True)
class Question:
    id: int
    position: int
    question: str
    asked: bool


@dataclass(frozen=True)
class Appointment:
    id: int
    person_id: int
    data: AppointmentData
    questions: tuple[Question, ...]

    @property
    def day(self) -> dt.date:
        return self.data.day


def validate(data: AppointmentData) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_text(problems, "clinician", data.clinician, required=True)
    tc.check_text(problems, "purpose", data.purpose)
    tc.check_text(problems, "notes_after", data.notes_after, limit=tc.MAX_NOTES)
    if len(data.questions) > MAX_QUESTIONS:
        problems.append(
            Problem.of("questions", "appointment.too_many_questions", limit=MAX_QUESTIONS)
        )
    for question in data.questions:
        tc.check_text(problems, "questions", question.question, required=True)
    return problems


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _appointment(row: AppointmentModel) -> Appointment:
    questions = tuple(
        Question(q.id, q.position, q.question, bool(q.asked))
        for q in AppointmentQuestion.select()
        .where(AppointmentQuestion.appointment == row.id)
        .order_by(AppointmentQuestion.position, AppointmentQuestion.id)
    )
    data = AppointmentData(
        day=tc.as_date(row.day),  # type: ignore[arg-type]
        clinician=row.clinician,
        purpose=row.purpose,
        time=_time(row.time),
        notes_after=row.notes_after,
        questions=tuple(QuestionData(q.question, q.asked) for q in questions),
    )
    return Appointment(row.id, tc.fk(row, "person"), data, questions)


def get_appointment(appointment_id: int) -> Appointment | None:
    row = AppointmentModel.get_or_none(AppointmentModel.id == appointment_id)
    return _appointment(row) if row is not None else None


def _ordered(rows: Iterable[AppointmentModel]) -> list[Appointment]:
    found = [_appointment(row) for row in rows]
    return sorted(found, key=lambda a: (a.day, a.data.time or dt.time.min, a.id))


def list_appointments(person_id: int) -> list[Appointment]:
    """Every appointment, oldest first (by day, then time; an untimed one first in its day)."""
    return _ordered(AppointmentModel.select().where(AppointmentModel.person == person_id))


def _columns(data: AppointmentData) -> dict[str, object]:
    return {
        "day": data.day,
        "time": data.time.strftime("%H:%M") if data.time else None,
        "clinician": data.clinician.strip(),
        "purpose": data.purpose.strip(),
        "notes_after": data.notes_after,
    }


def _write_questions(appointment_id: int, questions: tuple[QuestionData, ...]) -> None:
    AppointmentQuestion.delete().where(AppointmentQuestion.appointment == appointment_id).execute()
    for position, question in enumerate(questions):
        AppointmentQuestion.insert(
            appointment=appointment_id,
            position=position,
            question=question.question.strip(),
            asked=question.asked,
        ).execute()


def add_appointment(person_id: int, data: AppointmentData) -> int:
    """Save an appointment with its questions (one transaction); return its id."""
    _raise(validate(data))
    with database_proxy.atomic():
        appointment_id = int(AppointmentModel.insert(person=person_id, **_columns(data)).execute())
        _write_questions(appointment_id, data.questions)
    return appointment_id


def update_appointment(appointment_id: int, data: AppointmentData) -> None:
    _raise(validate(data))
    with database_proxy.atomic():
        AppointmentModel.update(**_columns(data)).where(
            AppointmentModel.id == appointment_id
        ).execute()
        _write_questions(appointment_id, data.questions)


def set_asked(question_id: int, asked: bool) -> None:
    """Tick (or untick) one question on the checklist."""
    with database_proxy.atomic():
        AppointmentQuestion.update(asked=asked).where(
            AppointmentQuestion.id == question_id
        ).execute()


def next_appointment(person_id: int, today: dt.date | None = None) -> Appointment | None:
    """The first appointment on `today` or later (today's counts until the day is over)."""
    today = today or dt.date.today()
    upcoming = _ordered(
        AppointmentModel.select().where(
            (AppointmentModel.person == person_id) & (AppointmentModel.day >= today)
        )
    )
    return upcoming[0] if upcoming else None


def last_appointment_day(person_id: int, today: dt.date | None = None) -> dt.date | None:
    """The day of the latest appointment before `today` (today's own appointment not counted).

    "Since the last appointment" is then the local days from that day to today, both included.
    None when there was no appointment before today.
    """
    today = today or dt.date.today()
    row = database_proxy.execute_sql(
        "SELECT MAX(day) FROM appointment WHERE person_id = ? AND day < ?",
        (person_id, today.isoformat()),
    ).fetchone()
    return tc.as_date(row[0]) if row and row[0] else None
