"""The base of every Treatments tab (a person's records, refreshed when shown, each change one
undoable step) and the table of records it shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.actions.undo import Tree
from caregiver_app.ui import prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow
from caregiver_app.ui.widgets.table_columns import ColumnFitter


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
