"""Reports, the questions for the appointment: typed one a line, kept with the next appointment
(or for it, until one is added) a moment after typing stops and whenever the page is left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from caregiver_app.services.actions import questions as question_actions
from caregiver_app.services.report_data import questions as report_questions
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.service_text import error_text
from caregiver_app.words import date_text


class AppointmentQuestions(QWidget):
    """The label, the editor (`editor`) and a note (`note`) saying where the questions are kept.
    `saving` is true while they are written to an appointment (its TREATMENTS notice is ours)."""

    def __init__(
        self, ctx: PageContext, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.person_id: int | None = None
        self.saving = False
        self.label = QLabel(
            self.tr("Questions for the appointment, one a line (printed on page 1):")
        )
        self.label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Questions for the appointment"))
        self.editor.setPlaceholderText(
            self.tr("For example: Is the dose still right? Could the splint be adjusted?")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(130)
        self.label.setBuddy(self.editor)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)  # as the page's own
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addWidget(self.note)

    def questions(self) -> tuple[str, ...]:
        return report_questions.question_list(self.editor.toPlainText())

    def load(self, person_id: int) -> None:
        """Show `person_id`'s questions (what was typed for someone else is saved first by
        the page)."""
        self.person_id = person_id
        text, place = report_questions.load_questions(person_id, self.today())
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._dirty = False
        self._show_place(place)

    def _show_place(self, place: report_questions.QuestionsPlace) -> None:
        if place.day is None:
            note = self.tr(
                "No appointment is planned yet: the questions are kept here and move to the "
                "next appointment once you add it on the Treatments page."
            )
        else:
            when = date_text(place.day)
            if place.clinician:
                when += f", {place.clinician}"
            note = self.tr("Kept with the appointment on %1.").replace("%1", when)
        self.note.setText(note)

    def _on_typed(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def save(self) -> bool:
        """Keep what is typed (with the next appointment, or for it); False if it could not be."""
        self._save_timer.stop()
        if not self._dirty or self.person_id is None:
            return True
        person_id, text, today = self.person_id, self.editor.toPlainText(), self.today()
        try:
            self.saving = True
            run_action(
                self.ctx,
                self.tr("Edit the questions for the appointment"),
                lambda: question_actions.save_questions(person_id, text, today),
            )
            place = report_questions.load_questions(person_id, today)[1]
        except ValueError as exc:
            self.note.setText(
                self.tr("The questions were not kept: %1").replace("%1", error_text(exc))
            )
            return False
        finally:
            self.saving = False
        self._dirty = False
        self._show_place(place)
        return True
