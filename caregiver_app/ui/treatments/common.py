"""What the Treatments tabs and forms share: a form dialog that shows problems, an optional date,
an editable list of lines (goals, questions), a record table, and the tab base class."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem
from caregiver_app.ui import prompts, style
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.qt_dates import local_date, qdate
from caregiver_app.ui.service_text import error_text, problem_text
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.widgets.dialog_fit import FormBody, cap_to_screen
from caregiver_app.ui.widgets.narrow import ColumnFitter, stack_when_narrow, wrap_rows_when_narrow


def day_text(day: dt.date) -> str:
    """E.g. "Tue 3 Nov 2026"."""
    return local_date(day, "ddd d MMM yyyy")


def short_day(day: dt.date) -> str:
    """E.g. "3 Nov 2026"."""
    return local_date(day, "d MMM yyyy")


def date_edit(name: str, day: dt.date, latest: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setAccessibleName(name)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    edit.setDate(qdate(day))
    return edit


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


class RecordTable(QTableWidget):
    """A read-only table of records, one per row, each row knowing its record id."""

    def __init__(self, name: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self._columns = ColumnFitter(self, self.horizontalHeader())

    def fill(self, rows: Sequence[tuple[int, Sequence[str]]], bold_rows: int = 0) -> None:
        """Rows of (record id, cell texts), the first `bold_rows` in bold; the selection follows
        the same record if it is still there."""
        keep = self.current_id()
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (record_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setToolTip(text)
                if row < bold_rows:
                    item.setFont(bold)
                self.setItem(row, column, item)
        self._columns.want_contents()
        # The date (first column) stays whole; the other columns give way at large text.
        self._columns.set_least([self.sizeHintForColumn(0) + 8])
        if keep is not None:
            self.select_id(keep)

    def current_id(self) -> int | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        if item is None or not self.selectionModel().isRowSelected(row, self.rootIndex()):
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def select_id(self, record_id: int) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
                self.selectRow(row)
                return


class TreatmentTab(QWidget):
    """A tab of the Treatments page: knows the context and pushes undoable changes."""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def person_id(self) -> int | None:
        return self.ctx.active_person_id()

    def intro_bar(self, text: str, button_text: str, slot: Callable[[], object]) -> QHBoxLayout:
        """The tab's explanation in plain words, beside its main "Add…" button (`self.add_button`)."""
        intro = QLabel(text)
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        self.add_button = QPushButton(button_text)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        stack_when_narrow(top, self, 60)  # the button under the text in a narrow window
        return top

    def refresh(self) -> None:
        raise NotImplementedError

    def change(
        self,
        text: str,
        tree: Tree,
        record_id: int | None,
        action: Callable[[], int | list[int] | None],
    ) -> bool:
        """Make an undoable change; show what went wrong if it could not be made."""
        person_id = self.person_id()
        if person_id is None:
            return False
        try:
            run_action(
                self.ctx,
                text,
                lambda: record_actions.change_record(person_id, tree, record_id, action),
            )
        except Exception as error:  # nothing was changed: say why
            prompts.warn(self, text, self.tr("Nothing was changed.") + "\n\n" + error_text(error))
            return False
        return True

    def add_with(
        self, dialog: QDialog, text: str, tree: Tree, add: Callable[[int, Any], int | list[int]]
    ) -> bool:
        """Show a form; when saved, add the record for the active person as one undoable change."""
        person_id = self.person_id()
        if person_id is None or not dialog.exec():
            return False
        data = dialog.value()  # type: ignore[attr-defined]
        if data is None:
            return False
        return self.change(text, tree, None, lambda: add(person_id, data))

    def edit_with(
        self,
        dialog: QDialog,
        text: str,
        tree: Tree,
        record_id: int,
        update: Callable[[int, Any], object],
    ) -> bool:
        """Show an edit form; when saved, update the record as one undoable change."""
        if not dialog.exec():
            return False
        data = dialog.value()  # type: ignore[attr-defined]

        def save() -> int:
            update(record_id, data)
            return record_id

        return self.change(text, tree, record_id, save)

    def remove(self, what: str, describe: str, tree: Tree, record_id: int) -> bool:
        """Ask first, then remove (undoable with Ctrl+Z)."""
        person_id = self.person_id()
        if person_id is None:
            return False
        question = (
            self.tr("Remove %1?").replace("%1", describe)
            + "\n\n"
            + self.tr("You can bring it back with Undo (Ctrl+Z).")
        )
        if not prompts.confirm(self, what, question, self.tr("Remove")):
            return False
        try:
            run_action(
                self.ctx, what, lambda: record_actions.remove_record(person_id, tree, record_id)
            )
        except Exception as error:  # nothing was removed: say why
            prompts.warn(self, what, self.tr("Nothing was removed.") + "\n\n" + error_text(error))
            return False
        return True


def to_date(value: QDate) -> dt.date:
    return value.toPython()  # type: ignore[return-value]


def parse_number(text: str) -> float | None:
    """A dose as typed ("12.5" or "12,5"); None when blank. Raises ValueError if not a number."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def number_text(value: float | None) -> str:
    """A dose for a text field, never rounded: 12.5, 1000."""
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".")
