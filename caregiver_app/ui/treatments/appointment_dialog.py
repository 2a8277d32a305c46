"""Add or edit an appointment: when, with whom, what for, questions to ask, notes afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from caregiver_app.services import appointments
from caregiver_app.services.appointments import Appointment, AppointmentData, QuestionData
from caregiver_app.services.episodes import Problem
from caregiver_app.ui.treatments.form_widgets import (
    FormDialog,
    LinesEditor,
    date_edit,
    line_edit,
    to_date,
)
from caregiver_app.ui.treatments.medication_dialog import notes_edit
from caregiver_app.words import qdate


class AppointmentDialog(FormDialog):
    def __init__(
        self,
        existing: Appointment | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(
            self.tr("Edit appointment") if existing else self.tr("Add an appointment"),
            self.tr(
                "Write down questions as they come up, tick them off at the visit, and note what "
                "was said afterwards."
            ),
            parent,
        )
        self.setMinimumWidth(680)
        self.day = date_edit(self.tr("Date of the appointment"), today)
        self.timed = QCheckBox(self.tr("At"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of the appointment"))
        self.time.setTime(QTime(10, 0))
        self.time.setEnabled(False)
        self.timed.toggled.connect(self.time.setEnabled)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addSpacing(8)
        row.addWidget(self.timed)
        row.addWidget(self.time)
        self.clinician = line_edit(
            self.tr("Clinician"), self.tr("For example: Dr Okafor, spasticity clinic")
        )
        self.purpose = line_edit(self.tr("Purpose"), self.tr("For example: injection and review"))
        self.questions = LinesEditor(
            self.tr("Question"),
            self.tr("Add a question"),
            self.tr("For example: is the dose still right?"),
            tick_text=self.tr("Asked"),
        )
        self.notes_after = notes_edit(
            self.tr("Notes afterwards"),
            self.tr("What was said, what changes, what to watch for"),
            4,
        )
        self.add_row(self.tr("&Date"), when)
        self.add_row(self.tr("&With"), self.clinician)
        self.add_row(self.tr("&Purpose"), self.purpose)
        self.add_row(self.tr("Questions to ask"), self.questions)
        self.add_row(self.tr("&Notes afterwards"), self.notes_after)
        if existing is not None:
            data = existing.data
            self.day.setDate(qdate(data.day))
            if data.time is not None:
                self.timed.setChecked(True)
                self.time.setTime(QTime(data.time.hour, data.time.minute))
            self.clinician.setText(data.clinician)
            self.purpose.setText(data.purpose)
            self.questions.set_lines([(q.question, q.asked) for q in data.questions])
            self.notes_after.setPlainText(data.notes_after)
        else:
            self.questions.add_line("")
        for signal in (
            self.day.dateChanged,
            self.timed.toggled,
            self.time.timeChanged,
            self.clinician.textChanged,
            self.purpose.textChanged,
            self.questions.changed,
            self.notes_after.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()
        self.clinician.setFocus()

    def value(self) -> AppointmentData:
        time = None
        if self.timed.isChecked():
            chosen = self.time.time()
            time = dt.time(chosen.hour(), chosen.minute())
        return AppointmentData(
            day=to_date(self.day.date()),
            clinician=self.clinician.text().strip(),
            purpose=self.purpose.text().strip(),
            time=time,
            notes_after=self.notes_after.toPlainText().strip(),
            questions=tuple(QuestionData(text, asked) for text, asked in self.questions.lines()),
        )

    def problems(self) -> list[Problem]:
        data = self.value()
        if not data.clinician:
            return [Problem("clinician", self.tr("Say who the appointment is with."))]
        return appointments.validate(data)
