"""Set up or edit the profile of the person cared for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import people
from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.people import PersonInfo
from caregiver_app.ui import style
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.welcome import where_the_diary_is
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.dialog_fit import FormBody
from caregiver_app.ui.widgets.fit_to_width import wrap_rows_when_narrow
from caregiver_app.words import qdate


class PersonDialog(QDialog):
    """Returns through `saved_person` the created or updated profile after Save."""

    def __init__(
        self,
        existing: PersonInfo | None = None,
        parent: QWidget | None = None,
        ctx: PageContext | None = None,
    ) -> None:
        """Saving runs through `ctx`'s undo stack (without one the form only checks)."""
        super().__init__(parent)
        self.existing = existing
        self.ctx = ctx
        self.saved_person: PersonInfo | None = None
        today = ctx.clock.today() if ctx is not None else dt.date.today()
        self.setWindowTitle(self.tr("Edit profile") if existing else self.tr("Set up a profile"))
        intro = QLabel(
            self.tr("Tell us a little about the person you care for. Only the name is needed.")
            + " "
            + where_the_diary_is()
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example: Dad, or Maria"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1899, today.year)
        self.birth_year.setSpecialValueText(self.tr("Not given"))
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        self.cause = QComboBox()
        self.cause.setAccessibleName(self.tr("Cause"))
        self.cause.addItem(labels.not_recorded(), None)
        for code, label in labels.causes().items():
            self.cause.addItem(label, code)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side with weakness"))
        self.side.addItem(labels.not_recorded(), None)
        for code, label in labels.affected_sides().items():
            self.side.addItem(label, code)
        self.event_known = QCheckBox(self.tr("I know the date"))
        self.event_date = QDateEdit()
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("d MMMM yyyy")
        self.event_date.setMaximumDate(qdate(today))
        self.event_date.setDate(qdate(today))
        self.event_date.setAccessibleName(self.tr("Date of the stroke or injury"))
        self.event_known.toggled.connect(self.event_date.setEnabled)
        self.event_date.setEnabled(False)
        event_row = QWidget()
        box = QHBoxLayout(event_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.event_known)
        box.addWidget(self.event_date, 1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Year of birth"), self.birth_year)
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Side with weakness"), self.side)
        form.addRow(self.tr("Date of the stroke or injury"), event_row)
        form.addRow(self.tr("Notes"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("Primary")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(FormBody(form), 1)
        wrap_rows_when_narrow(form, self, 60)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        if existing is not None:
            self.name.setText(existing.name)
            self.birth_year.setValue(existing.birth_year or 1899)
            self.cause.setCurrentIndex(max(0, self.cause.findData(existing.cause)))
            self.side.setCurrentIndex(max(0, self.side.findData(existing.affected_side)))
            if existing.event_date:
                self.event_known.setChecked(True)
                self.event_date.setDate(qdate(existing.event_date))
            self.notes.setPlainText(existing.notes)
        self.name.textChanged.connect(self._check)
        self._check()

    def _values(self) -> dict[str, object]:
        year = self.birth_year.value()
        return {
            "name": self.name.text().strip(),
            "birth_year": None if year == 1899 else year,
            "cause": self.cause.currentData(),
            "affected_side": self.side.currentData(),
            "event_date": self.event_date.date().toPython()
            if self.event_known.isChecked()
            else None,
            "notes": self.notes.toPlainText(),
        }

    def _check(self) -> bool:
        values = self._values()
        problem = ""
        if not values["name"]:
            problem = self.tr("Enter a name.")
        else:
            other = people.find_by_name(str(values["name"]))
            if other is not None and (self.existing is None or other.id != self.existing.id):
                problem = self.tr("Someone with this name is already in the diary.")
        self.error.setText(problem)
        # Before anything is typed, "Enter a name." is a hint, not a scolding in red.
        untouched = not values["name"] and not self.name.isModified()
        style.set_look(self.error, "Muted" if untouched else "Error")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._check():
            return
        values = self._values()
        ctx, existing = self.ctx, self.existing
        if ctx is None:
            return
        try:
            if existing is None:
                change = run_action(
                    ctx,
                    self.tr("Add a person"),
                    lambda: people_actions.add_person(**values),  # type: ignore[arg-type]
                )
                self.saved_person = people.get_person(change.ids[0])
            else:
                run_action(
                    ctx,
                    self.tr("Edit profile"),
                    lambda: people_actions.edit_person(existing.id, **values),  # type: ignore[arg-type]
                )
                self.saved_person = people.get_person(existing.id)
        except people.PersonError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
