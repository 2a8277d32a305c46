"""Appointments: coming ones first, then past ones; the chosen one with its questions as a
checklist to tick off at the visit, and the notes written afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import appointments
from caregiver_app.services.actions import opened
from caregiver_app.services.appointments import Appointment
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.treatments.appointment_dialog import AppointmentDialog
from caregiver_app.ui.treatments.form_widgets import day_text
from caregiver_app.ui.treatments.tab_base import RecordTable, TreatmentTab
from caregiver_app.words import tr


class QuestionRow(QWidget):
    """A question on the checklist: a tick box and the question, wrapped; a click on the text
    ticks it too."""

    def __init__(self, question: str, asked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setChecked(asked)
        self.box.setAccessibleName(question)
        self.text = QLabel(question)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


def when_text(appointment: Appointment) -> str:
    text = day_text(appointment.day)
    if appointment.data.time is not None:
        text += f"  {appointment.data.time.strftime('%H:%M')}"
    return text


class AppointmentsTab(TreatmentTab):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._found: dict[int, Appointment] = {}
        top = self.intro_bar(
            self.tr(
                "Keep questions for the next appointment as they come up. The next one also "
                "shows on Today."
            ),
            self.tr("Add an appointment…"),
            self.add_appointment,
        )

        self.table = RecordTable(
            self.tr("Appointments"),
            [self.tr("Date"), self.tr("With"), self.tr("Purpose"), self.tr("Questions")],
        )
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.doubleClicked.connect(lambda _index: self.edit_appointment())

        self.detail = QFrame()
        self.detail.setObjectName("Card")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("SectionTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_purpose = QLabel()
        self.detail_purpose.setWordWrap(True)
        self.detail_purpose.setTextFormat(Qt.TextFormat.PlainText)
        questions_title = QLabel(self.tr("Questions to ask"))
        questions_title.setStyleSheet("font-weight: 600;")
        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(2)
        self.no_questions = QLabel(self.tr("No questions written down."))
        self.no_questions.setObjectName("Muted")
        notes_title = QLabel(self.tr("Notes afterwards"))
        notes_title.setStyleSheet("font-weight: 600;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_appointment)
        self.remove_button = QPushButton(
            self.tr("Remove this appointment…")
        )  # the one selected above
        self.remove_button.clicked.connect(self.remove_appointment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        card = QVBoxLayout(self.detail)
        card.setContentsMargins(16, 12, 16, 12)
        card.addWidget(self.detail_title)
        card.addWidget(self.detail_purpose)
        card.addSpacing(6)
        card.addWidget(questions_title)
        card.addLayout(self.questions_box)
        card.addWidget(self.no_questions)
        card.addSpacing(6)
        card.addWidget(notes_title)
        card.addWidget(self.notes)
        card.addStretch(1)
        card.addLayout(buttons)
        self.question_boxes: list[QuestionRow] = []

        self.empty_label = QLabel(
            self.tr("No appointments yet. Add the next one to start a list of questions.")
        )
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(self.table, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addLayout(body, 1)

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        person_id = self.person_id()
        found = appointments.list_appointments(person_id) if person_id is not None else []
        self._found = {a.id: a for a in found}
        today = self.ctx.clock.today()
        coming = [a for a in found if a.day >= today]
        past = [a for a in reversed(found) if a.day < today]
        rows = []
        for appointment in coming + past:
            questions = appointment.data.questions
            asked = sum(q.asked for q in questions)
            if not questions:
                summary = ""
            elif appointment.day >= today:
                summary = self.tr("%1 to ask").replace("%1", str(len(questions) - asked))
            else:
                summary = (
                    self.tr("%1 of %2 asked")
                    .replace("%1", str(asked))
                    .replace("%2", str(len(questions)))
                )
            rows.append(
                (
                    appointment.id,
                    [
                        when_text(appointment),
                        appointment.data.clinician,
                        appointment.data.purpose,
                        summary,
                    ],
                )
            )
        self.table.fill(rows, bold_rows=len(coming))
        first = self.table.item(0, 0) if coming else None
        if first is not None:
            first.setToolTip(self.tr("The next appointment"))
        if self.table.current_id() is None and rows:
            self.table.selectRow(0)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.detail.setVisible(bool(rows))
        self._show_details()

    def selected(self) -> Appointment | None:
        record_id = self.table.current_id()
        return self._found.get(record_id) if record_id is not None else None

    def _show_details(self) -> None:
        appointment = self.selected()
        for box in self.question_boxes:
            self.questions_box.removeWidget(box)
            box.deleteLater()
        self.question_boxes = []
        self.edit_button.setEnabled(appointment is not None)
        self.remove_button.setEnabled(appointment is not None)
        if appointment is None:
            self.detail_title.setText("")
            self.detail_purpose.setText("")
            self.notes.setText("")
            return
        data = appointment.data
        self.detail_title.setText(f"{when_text(appointment)} · {data.clinician}")
        self.detail_purpose.setText(data.purpose)
        self.detail_purpose.setVisible(bool(data.purpose))
        for question in appointment.questions:
            row = QuestionRow(question.question, question.asked)
            row.box.toggled.connect(
                lambda checked, q=question.id: self.set_asked(appointment.id, q, checked)
            )
            self.questions_box.addWidget(row)
            self.question_boxes.append(row)
        self.no_questions.setVisible(not appointment.questions)
        self.notes.setText(
            data.notes_after
            or (
                self.tr("Nothing written yet.")
                if appointment.day <= self.ctx.clock.today()
                else self.tr("After the visit, write here what was said (Edit…).")
            )
        )
        style.set_look(self.notes, "" if data.notes_after else "Muted")

    # --- actions -------------------------------------------------------------------------------

    def set_asked(self, appointment_id: int, question_id: int, asked: bool) -> None:
        def tick() -> int:
            appointments.set_asked(question_id, asked)
            return appointment_id

        text = self.tr("Tick off question") if asked else self.tr("Untick question")
        self.change(text, appointments.TREE, appointment_id, tick)

    def add_appointment(self) -> None:
        added = self.add_with(
            AppointmentDialog(parent=self, today=self.ctx.clock.today()),
            self.tr("Add appointment"),
            appointments.TREE,
            appointments.add_appointment,
        )
        if added and self._found:
            self.table.select_id(max(self._found))

    def edit_appointment(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        since = opened(appointments.TREE, id=chosen.id)  # before the form reads it
        appointment = appointments.get_appointment(chosen.id)
        if appointment is None:
            return
        self.edit_with(
            AppointmentDialog(appointment, parent=self, today=self.ctx.clock.today()),
            self.tr("Edit appointment"),
            appointments.TREE,
            appointment.id,
            appointments.update_appointment,
            since,
            appointments.add_appointment,
        )

    def remove_appointment(self) -> None:
        appointment = self.selected()
        if appointment is None:
            return
        describe = (
            self.tr("the appointment of %1 with %2")
            .replace("%1", day_text(appointment.day))
            .replace("%2", appointment.data.clinician)
        )
        self.remove(self.tr("Remove appointment"), describe, appointments.TREE, appointment.id)


def next_appointment_line(appointment: Appointment, today: dt.date) -> str:
    """For the Today page: "Next appointment: tomorrow at 11:15 with Dr Okafor (review). 3
    questions to ask."."""

    days = (appointment.day - today).days
    if days == 0:
        when = tr("today")
    elif days == 1:
        when = tr("tomorrow")
    else:
        when = (
            tr("%1 (in %2 days)").replace("%1", day_text(appointment.day)).replace("%2", str(days))
        )
    if appointment.data.time is not None:
        when += " " + tr("at %1").replace("%1", appointment.data.time.strftime("%H:%M"))
    text = (
        tr("Next appointment: %1 with %2")
        .replace("%1", when)
        .replace("%2", appointment.data.clinician)
    )
    if appointment.data.purpose:
        text += f" ({appointment.data.purpose})"
    text += "."
    left = sum(not q.asked for q in appointment.questions)
    if left:
        text += " " + tr("%n question(s) to ask.", None, left)
    return text
