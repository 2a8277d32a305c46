"""The questions for the next appointment, one a line.

They are kept with the next appointment (on `today` or later) when there is one. Until one is
planned they are kept per person in the `setting` table, and move to the appointment the
first time they are saved once it exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from caregiver_app.services.messages import UserError, message, text_fault
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import Setting

QUESTIONS_KEY = "report_questions:{person_id}"
MAX_QUESTIONS_CHARS = 5000


@dataclass(frozen=True)
class QuestionsPlace:
    """Where the questions are kept: the next appointment, or (None) this diary's settings."""

    appointment_id: int | None = None
    day: dt.date | None = None
    clinician: str = ""


def _next_appointment(person_id: int, today: dt.date) -> Any | None:
    try:
        from caregiver_app.services import appointments
    except ImportError:
        return None
    return appointments.next_appointment(person_id, today)


def _stored_questions(person_id: int) -> str:
    row = Setting.get_or_none(Setting.key == QUESTIONS_KEY.format(person_id=person_id))
    return str(row.value) if row is not None else ""


def _store_questions(person_id: int, text: str) -> None:
    key = QUESTIONS_KEY.format(person_id=person_id)
    if text.strip():
        Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}
        ).execute()
    else:
        Setting.delete().where(Setting.key == key).execute()


def load_questions(person_id: int, today: dt.date | None = None) -> tuple[str, QuestionsPlace]:
    """The questions for the next appointment, one a line, and where they are kept."""
    today = today or dt.date.today()
    visit = _next_appointment(person_id, today)
    if visit is None:
        return _stored_questions(person_id), QuestionsPlace()
    place = QuestionsPlace(visit.id, visit.day, visit.data.clinician)
    kept = "\n".join(q.question for q in visit.questions)
    return (kept or _stored_questions(person_id)), place


def save_questions(person_id: int, text: str, today: dt.date | None = None) -> QuestionsPlace:
    """Keep the questions (one transaction) with the next appointment, else in the settings.

    Raises ValueError (with the appointment's own message) when they cannot be kept there,
    e.g. more questions than an appointment holds."""
    today = today or dt.date.today()
    if len(text) > MAX_QUESTIONS_CHARS:
        raise UserError(
            message("appointment.questions_too_long", limit=MAX_QUESTIONS_CHARS), "questions"
        )
    fault = text_fault(text)
    if fault is not None:
        raise UserError(message(fault), "questions")
    with database_proxy.atomic():
        visit = _next_appointment(person_id, today)
        if visit is None:
            _store_questions(person_id, text)
            return QuestionsPlace()
        from caregiver_app.services import appointments

        asked = {q.question: q.asked for q in visit.questions}
        lines = [line.strip() for line in question_list(text)]
        questions = tuple(appointments.QuestionData(q, asked.get(q, False)) for q in lines)
        appointments.update_appointment(visit.id, replace(visit.data, questions=questions))
        _store_questions(person_id, "")  # now kept with the appointment
        return QuestionsPlace(visit.id, visit.day, visit.data.clinician)


def question_list(text: str) -> tuple[str, ...]:
    """One question a line; blank lines are dropped, the words kept exactly as typed."""
    return tuple(line for line in text.splitlines() if line.strip())
