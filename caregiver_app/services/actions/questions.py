"""The questions for the next appointment, typed on the Reports page, as an undoable action."""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import appointments
from caregiver_app.services.actions.change import TREATMENTS, Change, recorded
from caregiver_app.services.actions.undo import scope
from caregiver_app.services.report_data import questions
from caregiver_app.services.report_data.questions import QUESTIONS_KEY


def save_questions(person_id: int, text: str, today: dt.date) -> Change:
    """Keep the questions with the next appointment, else in the settings; `ids` holds the
    appointment's id when they went there. Raises ValueError when they cannot be kept."""
    visit = appointments.next_appointment(person_id, today)
    where = [scope("setting", key=QUESTIONS_KEY.format(person_id=person_id))]
    if visit is not None:
        where.append(scope("appointment", id=visit.id))

    def write() -> None:
        questions.save_questions(person_id, text, today)

    return recorded(
        [TREATMENTS],
        person_id,
        where,
        write,
        ids=lambda: [visit.id] if visit is not None else [],
    )
