"""Log a fall from Today: when (now, unless changed), whether they were hurt, and a note.
Opening the form and pressing Save is all it takes; the fall can be undone (Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from caregiver_app.services import falls
from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.episodes import Problem
from caregiver_app.ui import prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.treatments.form_widgets import FormDialog, line_edit, moment_edit


@dataclass(frozen=True)
class FallInput:
    when: dt.datetime  # aware, local
    injured: bool
    note: str


class FallDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Log a fall"),
            self.tr("Falls are counted on page 1 of the report for the appointment."),
            parent,
        )
        self.when, when_row = moment_edit(self.tr("When it happened"))
        self.injured = QCheckBox(self.tr("They were hurt"))
        self.note = line_edit(self.tr("Note"), self.tr("Optional: where, how, what was hurt"))
        self.add_row(self.tr("&When"), when_row)
        self.add_row(self.tr("Injury"), self.injured)
        self.add_row(self.tr("N&ote"), self.note)
        for signal in (self.when.dateTimeChanged, self.injured.toggled, self.note.textChanged):
            signal.connect(self.revalidate)
        self.revalidate()
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def value(self) -> FallInput:
        when = self.when.dateTime().toPython().astimezone()  # type: ignore[attr-defined]
        return FallInput(when, self.injured.isChecked(), self.note.text().strip())

    def problems(self) -> list[Problem]:
        value = self.value()
        return falls.validate(value.when, value.note)


def log_fall(parent: QWidget | None, ctx: PageContext, person_id: int) -> bool:
    """Open the form and save the fall as an undoable change; False if nothing was saved."""
    dialog = FallDialog(parent)
    if not dialog.exec():
        return False
    value = dialog.value()

    def add() -> int:
        return falls.add_fall(person_id, value.when, value.injured, value.note)

    text = QCoreApplication.translate("FallDialog", "Log a fall")
    try:
        run_action(
            ctx, text, lambda: record_actions.change_record(person_id, falls.TREE, None, add)
        )
    except Exception as error:  # nothing was saved: say why
        prompts.warn(parent, dialog.windowTitle(), error_text(error))
        return False
    return True
