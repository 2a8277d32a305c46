"""Log one dose of an as-needed medication: the time is now and the dose is the usual one, so
opening the form and pressing Save is all it takes.

`log_dose(...)` opens the form and saves through the undo stack; the Treatments page uses it for
"Took a dose now", and the episode form can use it when "what helped" includes medication.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from caregiver_app.services import medications
from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.episodes import Problem
from caregiver_app.services.medications import Medication
from caregiver_app.ui import prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.treatments.form_widgets import FormDialog, line_edit, moment_edit, to_date
from caregiver_app.ui.treatments.numbers import number_text, parse_number


@dataclass(frozen=True)
class DoseInput:
    medication_id: int
    taken: dt.datetime  # aware, local
    dose: float | None
    note: str


class DoseDialog(FormDialog):
    def __init__(
        self,
        person_id: int,
        choices: list[Medication],
        medication_id: int | None = None,
        when: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log a dose"), parent=parent)
        self.person_id = person_id
        self._choices = {m.id: m for m in choices}
        self.medication = QComboBox()
        self.medication.setAccessibleName(self.tr("Medication"))
        for med in choices:
            self.medication.addItem(med.name, med.id)
        if medication_id is not None:
            self.medication.setCurrentIndex(max(0, self.medication.findData(medication_id)))
        self.medication.setEnabled(len(choices) > 1)
        self.when, when_row = moment_edit(self.tr("Time taken"), when)
        self.dose = line_edit(self.tr("Dose"), "", 12)
        self.note = line_edit(self.tr("Note"), self.tr("Optional: why, or what happened"))
        self.add_row(self.tr("&Medication"), self.medication)
        self.add_row(self.tr("&Taken at"), when_row)
        self.add_row(self.tr("&Dose"), self.dose)
        self.add_row(self.tr("N&ote"), self.note)
        self.medication.currentIndexChanged.connect(self._fill_dose)
        self._fill_dose()
        for signal in (self.dose.textChanged, self.note.textChanged, self.when.dateTimeChanged):
            signal.connect(self.revalidate)
        self.revalidate()
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def _fill_dose(self) -> None:
        med = self._choices.get(self.medication.currentData())
        if med is None:
            return
        usual = med.dose_on(to_date(self.when.date()))  # the dose of the day it was taken
        self.dose.setText(number_text(usual))
        self.dose.setPlaceholderText(med.data.unit)
        unit = med.data.unit
        self.dose.setToolTip(self.tr("In %1").replace("%1", unit) if unit else "")
        self.setWindowTitle(self.tr("Log a dose of %1").replace("%1", med.name))

    def value(self) -> DoseInput | None:
        try:
            dose = parse_number(self.dose.text())
        except ValueError:
            return None
        when = self.when.dateTime().toPython().astimezone()  # type: ignore[attr-defined]
        return DoseInput(int(self.medication.currentData()), when, dose, self.note.text().strip())

    def problems(self) -> list[Problem]:
        if self.medication.count() == 0:
            return [Problem("medication", self.tr("There is no as-needed medication to log."))]
        value = self.value()
        if value is None:
            return [Problem("dose", self.tr("Write the dose as a number, like 500 or 2.5."))]
        return medications.validate_dose_taken(
            self.person_id, value.medication_id, value.taken, value.dose, value.note
        )


def save_dose(ctx: PageContext, person_id: int, value: DoseInput) -> Exception | None:
    """Save one dose as an undoable change; the error if it could not be saved."""

    def add() -> int:
        return medications.log_as_needed_dose(
            person_id, value.medication_id, value.taken, value.dose, value.note
        )

    text = QCoreApplication.translate("DoseDialog", "Log a dose")
    try:
        run_action(
            ctx,
            text,
            lambda: record_actions.change_record(person_id, medications.DOSE_TAKEN_TREE, None, add),
        )
    except Exception as exc:  # nothing was saved: the caller says why
        return exc
    return None


def log_dose(
    parent: QWidget | None,
    ctx: PageContext,
    person_id: int,
    medication_id: int | None = None,
    when: dt.datetime | None = None,
) -> bool:
    """Open the form for one as-needed dose and save it (undoable). False if nothing was saved,
    also when the person has no as-needed medication."""
    choices = medications.as_needed_medications(person_id)
    if medication_id is not None and medication_id not in {m.id for m in choices}:
        found = medications.get_medication(medication_id)
        if found is not None and found.person_id == person_id:
            choices.append(found)
    if not choices:
        return False
    dialog = DoseDialog(person_id, choices, medication_id, when, parent)
    if not dialog.exec():
        return False
    value = dialog.value()
    if value is None:
        return False
    error = save_dose(ctx, person_id, value)
    if error is not None:
        prompts.warn(parent, dialog.windowTitle(), error_text(error))
        return False
    return True
