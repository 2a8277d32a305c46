"""The pieces of the Treatments forms: a form dialog that shows problems, date and text fields,
an optional date, an editable list of lines (goals, questions), and how days are written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.episodes import Problem
from caregiver_app.services.timeutil import now_local
from caregiver_app.ui import style
from caregiver_app.ui.service_text import problem_text
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.widgets.dialog_fit import FormBody, cap_to_screen
from caregiver_app.ui.widgets.fit_to_width import wrap_rows_when_narrow
from caregiver_app.words import DATE, DATE_TIME, SHORT_DATE, local_date, qdate, qdatetime


def day_text(day: dt.date) -> str:
    """E.g. "Tue 3 Nov 2026"."""
    return local_date(day, DATE)


def short_day(day: dt.date) -> str:
    """E.g. "3 Nov 2026"."""
    return local_date(day, SHORT_DATE)


def date_edit(name: str, day: dt.date, latest: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE)
    edit.setAccessibleName(name)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    edit.setDate(qdate(day))
    return edit


def moment_edit(name: str, when: dt.datetime | None = None) -> tuple[QDateTimeEdit, QWidget]:
    """A date and time field (no later than now) with a "Now" button beside it: the field and
    the row that holds both. Starts at `when`, or now."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME)
    edit.setAccessibleName(name)
    edit.setDateTime(qdatetime(when or now_local()))
    edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
    now_button = QPushButton(QCoreApplication.translate("MomentEdit", "Now"))
    now_button.clicked.connect(lambda: edit.setDateTime(qdatetime(now_local())))
    row_host = QWidget()
    row = QHBoxLayout(row_host)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(now_button)
    return edit, row_host


def line_edit(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("I know the date") beside a date field."""

    changed = Signal()

    def __init__(
        self, check_text: str, name: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.known = QCheckBox(check_text)
        self.edit = date_edit(name, today)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))


class LinesEditor(QWidget):
    """An editable list of short lines (goals, questions), optionally each with a tick box."""

    changed = Signal()

    def __init__(
        self,
        item_name: str,
        add_text: str,
        placeholder: str,
        tick_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._item_name = item_name
        self._placeholder = placeholder
        self._tick_text = tick_text
        self.rows: list[tuple[QLineEdit, QCheckBox | None, QWidget]] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_line("", False, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_line(self, text: str, ticked: bool = False, focus: bool = False) -> None:
        number = len(self.rows) + 1
        host = QWidget()
        box = QHBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        edit = line_edit(f"{self._item_name} {number}", self._placeholder)
        edit.setText(text)
        edit.textChanged.connect(self.changed)
        tick = None
        if self._tick_text is not None:
            tick = QCheckBox(self._tick_text)
            tick.setChecked(ticked)
            tick.toggled.connect(self.changed)
        remove = QPushButton("✕")
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", f"{self._item_name} {number}"))
        remove.setToolTip(remove.accessibleName())
        remove.setFixedWidth(remove.sizeHint().height() + 8)
        box.addWidget(edit, 1)
        if tick is not None:
            box.addWidget(tick)
        box.addWidget(remove)
        entry = (edit, tick, host)
        remove.clicked.connect(lambda: self._remove(entry))
        self.rows.append(entry)
        self._list.addWidget(host)
        if focus:
            edit.setFocus()
        self.changed.emit()

    def _remove(self, entry: tuple[QLineEdit, QCheckBox | None, QWidget]) -> None:
        self.rows.remove(entry)
        entry[2].deleteLater()
        self._list.removeWidget(entry[2])
        self.changed.emit()

    def set_lines(self, lines: Sequence[tuple[str, bool]]) -> None:
        for entry in list(self.rows):
            self._remove(entry)
        for text, ticked in lines:
            self.add_line(text, ticked)

    def lines(self) -> list[tuple[str, bool]]:
        """Non-empty lines with their tick, in order."""
        return [
            (edit.text().strip(), bool(tick and tick.isChecked()))
            for edit, tick, _ in self.rows
            if edit.text().strip()
        ]


class FormDialog(QDialog):
    """A form with Save and Cancel; problems from `problems()` are shown under it, naming the
    field, and Save stays disabled until there are none."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._wrapping = False
        self._edited = False
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("Primary")
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setObjectName("Muted")
            self.layout_.addWidget(text)
        self.layout_.addWidget(FormBody(self.form), 1)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._wrapping:  # the rows are all added by now
            wrap_rows_when_narrow(self.form, self, 60)
            self._wrapping = True
        # Never open smaller than the form needs (its styled buttons are polished only now),
        # nor larger than the screen.
        self.resize(self.size().expandedTo(self.sizeHint()))
        cap_to_screen(self)

    def add_row(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)
        shown = self.form.labelForField(field)
        if isinstance(shown, QLabel):
            shown.setBuddy(field)

    def problems(self) -> list[Problem]:
        raise NotImplementedError

    def revalidate(self) -> bool:
        problems = self.problems()
        names = labels.field_names()
        lines = []
        for problem in problems[:3]:
            lines.append(f"{names.get(problem.field, problem.field)}: {problem_text(problem)}")
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
        # What a new form still needs is a hint until the user changes something, not an error.
        self._edited = self._edited or self.isVisible()
        style.set_look(self.error, "Error" if self._edited else "Muted")
        self.save_button.setEnabled(not problems)
        return not problems

    def _accept_if_valid(self) -> None:
        if self.revalidate():
            self.accept()


def to_date(value: QDate) -> dt.date:
    return value.toPython()  # type: ignore[return-value]
