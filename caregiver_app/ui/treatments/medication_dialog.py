"""Add or edit a medication, and record a change of dose from a day on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from caregiver_app.services import medications
from caregiver_app.services.episodes import Problem
from caregiver_app.services.medications import Medication, MedicationData
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import (
    FormDialog,
    OptionalDate,
    date_edit,
    line_edit,
    to_date,
)
from caregiver_app.ui.treatments.numbers import number_text, parse_number
from caregiver_app.ui.widgets.choices import ButtonChoice

UNITS = ("mg", "micrograms", "g", "ml", "tablets", "capsules", "drops", "puffs", "units")


def notes_edit(name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class MedicationDialog(FormDialog):
    def __init__(
        self,
        existing: Medication | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(
            self.tr("Edit medication") if existing else self.tr("Add a medication"),
            self.tr(
                "Write it as it is on the label or the prescription. Only the name is needed; "
                "the rest helps at appointments."
            ),
            parent,
        )
        self.name = line_edit(self.tr("Name"), self.tr("For example: Baclofen"))
        self.dose = line_edit(self.tr("Dose"), self.tr("e.g. 10"), 12)
        self.unit = line_edit(self.tr("Unit"), self.tr("mg"), 40)
        completer = QCompleter(list(UNITS), self.unit)
        self.unit.setCompleter(completer)
        dose_row = QWidget()
        row = QHBoxLayout(dose_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dose, 1)
        row.addWidget(self.unit, 1)
        self.how_often = line_edit(
            self.tr("How often"), self.tr("For example: three times a day, or at night")
        )
        self.schedule = ButtonChoice(labels.schedules())
        self.schedule.setAccessibleName(self.tr("Regular or as needed"))
        self.schedule.set_value("regular")
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("What it is for"))
        for code, text in labels.purposes().items():
            self.purpose.addItem(text, code)
        self.started = OptionalDate(self.tr("I know when it started"), self.tr("Started on"), today)
        self.stopped = OptionalDate(self.tr("It has been stopped"), self.tr("Stopped on"), today)
        self.side_effects = notes_edit(
            self.tr("Side effects noticed"),
            self.tr("Anything you noticed after starting it or after a dose change"),
        )
        self.notes = notes_edit(self.tr("Notes"), lines=2)

        dose_label = self.tr("Starting dose") if existing and existing.dose_changes else None
        self.add_row(self.tr("&Name"), self.name)
        self.add_row(dose_label or self.tr("&Dose and unit"), dose_row)
        self.add_row(self.tr("How &often"), self.how_often)
        self.add_row(self.tr("Taken"), self.schedule)
        self.add_row(self.tr("&What it is for"), self.purpose)
        self.add_row(self.tr("Started"), self.started)
        self.add_row(self.tr("Stopped"), self.stopped)
        self.add_row(self.tr("&Side effects noticed"), self.side_effects)
        self.add_row(self.tr("N&otes"), self.notes)

        if existing is not None:
            data = existing.data
            self.name.setText(data.name)
            self.dose.setText(number_text(data.dose))
            self.unit.setText(data.unit)
            self.how_often.setText(data.how_often)
            self.schedule.set_value(data.schedule)
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(data.purpose)))
            self.started.set_value(data.started_on)
            self.stopped.set_value(data.stopped_on)
            self.side_effects.setPlainText(data.side_effects)
            self.notes.setPlainText(data.notes)
        else:
            self.purpose.setCurrentIndex(self.purpose.findData("spasms"))
        for signal in (
            self.name.textChanged,
            self.dose.textChanged,
            self.unit.textChanged,
            self.how_often.textChanged,
            self.schedule.changed,
            self.started.changed,
            self.stopped.changed,
            self.side_effects.textChanged,
            self.notes.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()
        self.name.setFocus()

    def value(self) -> MedicationData | None:
        try:
            dose = parse_number(self.dose.text())
        except ValueError:
            return None
        return MedicationData(
            name=self.name.text().strip(),
            dose=dose,
            unit=self.unit.text().strip(),
            schedule=str(self.schedule.value() or "regular"),
            purpose=str(self.purpose.currentData()),
            how_often=self.how_often.text().strip(),
            started_on=self.started.value(),
            stopped_on=self.stopped.value(),
            side_effects=self.side_effects.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def problems(self) -> list[Problem]:
        data = self.value()
        if data is None:
            return [Problem("dose", self.tr("Write the dose as a number, like 10 or 2.5."))]
        return medications.validate(data)


class DoseChangeDialog(FormDialog):
    """The dose is X from a day on (a dated event; the old dose stays in the history)."""

    def __init__(
        self, medication: Medication, parent: QWidget | None = None, *, today: dt.date
    ) -> None:
        super().__init__(
            self.tr("Change the dose of %1").replace("%1", medication.name),
            self.tr(
                "The new dose applies from the day you choose. Earlier days keep the old dose."
            ),
            parent,
        )
        self.medication = medication
        current = medications.format_dose(medication.dose_on(today), medication.data.unit)
        self.day = date_edit(self.tr("From"), today)
        self.dose = line_edit(self.tr("New dose"), number_text(medication.dose_on(today)), 12)
        dose_row = QWidget()
        row = QHBoxLayout(dose_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dose, 1)
        if medication.data.unit:
            unit = line_edit(self.tr("Unit"))
            unit.setText(medication.data.unit)
            unit.setReadOnly(True)
            unit.setEnabled(False)
            row.addWidget(unit, 1)
        self.note = line_edit(self.tr("Note"), self.tr("For example: raised at the clinic"))
        if current:
            self.add_row(self.tr("Dose now"), QLabel(current))
        self.add_row(self.tr("&From"), self.day)
        self.add_row(self.tr("&New dose"), dose_row)
        self.add_row(self.tr("N&ote"), self.note)
        for signal in (self.day.dateChanged, self.dose.textChanged, self.note.textChanged):
            signal.connect(self.revalidate)
        self.revalidate()
        self.dose.setFocus()

    def value(self) -> tuple[dt.date, float | None, str]:
        try:
            dose = parse_number(self.dose.text())
        except ValueError:
            dose = None
        return to_date(self.day.date()), dose, self.note.text().strip()

    def problems(self) -> list[Problem]:
        day, dose, note = self.value()
        if dose is None:
            return [Problem("dose", self.tr("Write the new dose as a number, like 15 or 2.5."))]
        return medications.validate_dose_change(self.medication, day, dose, note)
