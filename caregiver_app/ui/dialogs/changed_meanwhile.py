"""The record was changed (or deleted) by someone else while this form was open: both versions
side by side, field by field, the differences said in words, and the choice of which to keep.

Changed: "Keep theirs" (the form closes, nothing is written), "Save mine over theirs" (one
undoable step) or "Go back to the form" (what was typed stays). Deleted: "Save mine as a new
record", "Discard mine" or "Go back to the form". Going back is the default and what Escape
does, so nothing is lost by a stray key.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.actions import ChangedMeanwhile
from caregiver_app.ui.meanwhile_fields import describe
from caregiver_app.words import SHORT_DATE, fill, local_date


class Choice(enum.Enum):
    KEEP_THEIRS = "keep_theirs"
    SAVE_MINE = "save_mine"
    SAVE_AS_NEW = "save_as_new"
    DISCARD = "discard"
    BACK = "back"


class ChangedMeanwhileDialog(QDialog):
    """Both versions of a record and the buttons to choose; `choice` says what was chosen."""

    def __init__(
        self,
        error: ChangedMeanwhile,
        today: dt.date,
        can_save_new: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.BACK
        self.setModal(True)
        self.gone = gone = error.gone
        self.setWindowTitle(
            self.tr("Deleted on another computer") if gone else self.tr("Changed meanwhile")
        )
        self.heading = QLabel(self._heading(error, today))
        self.heading.setWordWrap(True)
        self.summary = QLabel()  # which fields differ, in words
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)

        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("The two versions"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self._fill(error, today)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("&Go back to the form"))
        self.back_button.setToolTip(self.tr("Nothing is saved; what you typed stays in the form."))
        if gone:
            self.mine_button = QPushButton(self.tr("&Save mine as a new record"))
            self.theirs_button = QPushButton(self.tr("&Discard mine"))
            mine, theirs = Choice.SAVE_AS_NEW, Choice.DISCARD
            self.mine_button.setEnabled(can_save_new)
        else:
            self.mine_button = QPushButton(self.tr("&Save mine over theirs"))
            self.theirs_button = QPushButton(self.tr("&Keep theirs"))
            mine, theirs = Choice.SAVE_MINE, Choice.KEEP_THEIRS
        role = QDialogButtonBox.ButtonRole
        buttons.addButton(self.theirs_button, role.RejectRole)
        buttons.addButton(self.mine_button, role.AcceptRole)
        buttons.addButton(self.back_button, role.ResetRole)
        self.theirs_button.clicked.connect(lambda: self._choose(theirs))
        self.mine_button.clicked.connect(lambda: self._choose(mine))
        self.back_button.clicked.connect(lambda: self._choose(Choice.BACK))
        for button in (self.theirs_button, self.mine_button):
            button.setAutoDefault(False)
        self.back_button.setDefault(True)
        layout.addWidget(buttons)
        # Wide and tall enough for both versions side by side, at any text size, within the screen.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        metrics = self.fontMetrics()
        lines = 34 if not error.gone else 8
        self.resize(
            min(screen.width() - 24, metrics.averageCharWidth() * 110),
            min(screen.height() - 24, metrics.height() * lines),
        )
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice is not Choice.BACK else 0)

    def reject(self) -> None:  # Escape or the window's close button: back to the form
        self.choice = Choice.BACK
        super().reject()

    def _saved_by(self, error: ChangedMeanwhile, today: dt.date) -> str:
        """ "Saved by Ana at 14:05" (with the day when it was not today)."""
        who = error.recorded_by
        when = _local(error.recorded_at)
        if when is None:
            return fill(self.tr("Saved by %1"), who) if who else self.tr("Saved by someone else")
        clock = when.strftime("%H:%M")
        if when.date() != today:
            clock = fill(self.tr("%1 on %2"), clock, local_date(when.date(), SHORT_DATE))
        if who:
            return fill(self.tr("Saved by %1 at %2"), who, clock)
        return fill(self.tr("Saved by someone else at %1"), clock)

    def _heading(self, error: ChangedMeanwhile, today: dt.date) -> str:
        if error.gone:
            return self.tr(
                "Someone else deleted this record while you had it open. Nothing has been saved"
                " yet. You can save yours as a new record, or discard it."
            )
        return fill(
            self.tr(
                "%1, while you had it open. Nothing has been saved yet. Choose which version to keep."
            ),
            self._saved_by(error, today),
        )

    def _fill(self, error: ChangedMeanwhile, today: dt.date) -> None:
        """One row per field, the fields that differ first, in bold and named as different."""
        theirs = describe(error.theirs)
        yours = dict(describe(error.yours)) if error.yours is not None else {}
        theirs_by_name = dict(theirs)
        rows = [(what, theirs_by_name.get(what, ""), yours.get(what, "")) for what, _ in theirs]
        rows += [(what, "", text) for what, text in yours.items() if what not in theirs_by_name]
        if error.gone:  # nothing was written, so yours is what the form holds
            rows = [(self.tr("The whole record"), self.tr("Deleted"), self.tr("In your form"))]
        different = [r for r in rows if r[1] != r[2]]
        rows = different + [r for r in rows if r[1] == r[2]]
        self.differences = len(different)
        if not error.gone:
            self.summary.setText(
                fill(self.tr("Different: %1."), ", ".join(r[0] for r in different))
                if different
                else self.tr("The two versions are the same.")
            )
        self.summary.setVisible(not error.gone)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self._saved_by(error, today) if not error.gone else self.tr("Now"),
                self.tr("Your changes"),
            ]
        )
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for row, (what, theirs_text, yours_text) in enumerate(rows):
            differs = theirs_text != yours_text
            name = fill(self.tr("%1 (different)"), what) if differs else what
            for column, text in enumerate((name, theirs_text, yours_text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(top)
                if differs:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        self.table.setVisible(not error.gone)  # deleted: the heading says it all


def _local(iso: str | None) -> dt.datetime | None:
    """A stored `recorded_at` (ISO 8601, UTC) as this computer's local time."""
    if not iso:
        return None
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.astimezone() if when.tzinfo is not None else when
