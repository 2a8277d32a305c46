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

from caregiver_app.services.actions import Change
from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.actions.undo import Rows, Tree
from caregiver_app.ui import prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.meanwhile import Outcome, save_checked
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
        self.went_back = False  # the last change: the user chose to go back to the form

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
        since: Rows | None = None,
        add: Callable[[], int | list[int] | None] | None = None,
    ) -> bool:
        """Make an undoable change; show what went wrong if it could not be made. With `since`
        (the copy of the record the form started from), a record someone else changed or
        deleted meanwhile is not written over: both versions are shown and the user chooses
        (ui/meanwhile.py); `add` then saves the form as a new record. False when nothing was
        saved; `self.went_back` says the user chose to go back to the form."""
        self.went_back = False
        person_id = self.person_id()
        if person_id is None:
            return False

        def change(write: Callable[[], int | list[int] | None], copy: Rows | None = None) -> Change:
            rid = record_id if write is action else None
            return record_actions.change_record(person_id, tree, rid, write, copy)

        try:
            if since is None:
                run_action(self.ctx, text, lambda: change(action))
                return True
            outcome = save_checked(
                self,
                self.ctx,
                text,
                since,
                lambda copy: change(action, copy),
                (lambda: change(add)) if add is not None else None,
            )
        except Exception as error:  # nothing was changed: say why
            prompts.warn(self, text, self.tr("Nothing was changed.") + "\n\n" + error_text(error))
            return False
        self.went_back = outcome is Outcome.BACK
        return outcome is Outcome.SAVED

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
        since: Rows,
        add: Callable[[int, Any], int | list[int]] | None = None,
    ) -> bool:
        """Show an edit form; when saved, update the record as one undoable change. `since` is
        the copy of the record taken before the form was filled (`opened`): when someone else
        changed it meanwhile, the user is shown both versions; going back opens the form again
        with what was typed. `add` adds the form's record anew (when it was deleted meanwhile)."""
        while dialog.exec():
            data = dialog.value()  # type: ignore[attr-defined]

            def save(data: Any = data) -> int:
                update(record_id, data)
                return record_id

            def add_new(data: Any = data) -> int | list[int]:
                assert add is not None and self.person_id() is not None
                return add(self.person_id(), data)  # type: ignore[arg-type]

            if self.change(text, tree, record_id, save, since, add_new if add else None):
                return True
            if not self.went_back:
                return False
        return False

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
