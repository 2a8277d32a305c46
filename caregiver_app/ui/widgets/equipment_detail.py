"""The detail panel of the equipment page: what one item is, and the person's status and note.

The panel only shows and asks; the page saves. Every signal carries the item's key, so a late
signal can never be applied to a different item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.report.checklist import status_label
from caregiver_app.services import equipment
from caregiver_app.services.equipment import ChecklistEntry
from caregiver_app.ui.widgets.equipment_list import make_quiet
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import date_text


class NoteEdit(QPlainTextEdit):
    """A plain-text note that says when the user has finished editing (focus left it)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _body() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EquipmentDetail(QWidget):
    statusChosen = Signal(str, str)  # item key, status code
    noteEdited = Signal(str, str)  # item key, note
    hiddenToggled = Signal(str, bool)  # item key, hide?
    editRequested = Signal(str)
    removeRequested = Signal(str)
    learnRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: ChecklistEntry | None = None
        self._saved_note = ""

        self._stack = QStackedWidget()
        empty = QLabel(self.tr("Choose an item in the list to see what it is and to mark it."))
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(empty)
        self._stack.addWidget(empty)

        panel = QWidget()
        self._stack.addWidget(panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.activity = QLabel()
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.activity)
        self.description = _body()

        # A safety note stands out in the theme's warning colours, with a heading that says so.
        self.safety = QFrame()
        self.safety.setObjectName("Banner")
        self.safety.setAccessibleName(self.tr("Safety note"))
        safety_layout = QVBoxLayout(self.safety)
        safety_layout.setContentsMargins(10, 8, 10, 8)
        safety_layout.setSpacing(2)
        self.safety_heading = _heading("⚠ " + self.tr("Safety"))
        self.safety_note = _body()
        safety_layout.addWidget(self.safety_heading)
        safety_layout.addWidget(self.safety_note)

        self._sections: list[tuple[QLabel, QLabel]] = []
        self.helps_with = self._section(self.tr("Helps with"))
        self.suits = self._section(self.tr("Often suits"))
        self.ask = self._section(self.tr("What to ask the occupational therapist"))

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for code in equipment.STATUSES:
            self.status.addItem(status_label(code), code)
        self.status.activated.connect(self._on_status)
        self.changed_on = QLabel()
        make_quiet(self.changed_on)

        self.note = NoteEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Your notes: who to ask, sizes, where it came from, how it is going…")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 14)
        self.note.editingFinished.connect(self.flush_note)
        note_label = _heading(self.tr("&Note"))
        note_label.setBuddy(self.note)
        status_label_widget = _heading(self.tr("&Status"))
        status_label_widget.setBuddy(self.status)

        self.learn_button = QPushButton(self.tr("Learn more"))
        self.learn_button.clicked.connect(lambda: self._emit_key(self.learnRequested))
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self._on_hide)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_key(self.editRequested))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(lambda: self._emit_key(self.removeRequested))

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.activity)
        layout.addSpacing(4)
        layout.addWidget(self.description)
        layout.addWidget(self.safety)
        for heading, body in self._sections:
            layout.addSpacing(4)
            layout.addWidget(heading)
            layout.addWidget(body)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)

        status_row = QHBoxLayout()
        status_row.addWidget(status_label_widget)
        status_row.addWidget(self.status)
        status_row.addWidget(self.changed_on, 1)
        layout.addLayout(status_row)
        stack_when_narrow(status_row, self)
        layout.addWidget(note_label)
        layout.addWidget(self.note)

        # The buttons wrap onto a second row when the details are narrow.
        layout.addWidget(
            flow_host(self.learn_button, self.hide_button, self.edit_button, self.remove_button)
        )
        layout.addStretch(1)

    def _section(self, title: str) -> QLabel:
        heading, body = _heading(title), _body()
        self._sections.append((heading, body))
        return body

    # ---- showing

    @property
    def key(self) -> str | None:
        return self._entry.key if self._entry is not None else None

    def clear(self) -> None:
        self._entry = None
        self._saved_note = ""
        self.note.setPlainText("")
        self._stack.setCurrentIndex(0)

    def show_entry(self, entry: ChecklistEntry, activity_title: str, has_learn: bool) -> None:
        """Show `entry`. Typing in progress in the note of the same item is kept."""
        same = self._entry is not None and self._entry.key == entry.key
        typing = same and self.note.toPlainText().strip() != self._saved_note
        self._entry = entry
        item = entry.item
        self.name.setText(item.name)
        self.activity.setText(
            self.tr("%1 · your own item").replace("%1", activity_title)
            if item.is_custom
            else activity_title
        )
        self.description.setText(item.description)
        self.description.setVisible(bool(item.description))
        self.safety_note.setText(item.safety_note)
        self.safety.setVisible(bool(item.safety_note))
        for (heading, body), text in zip(
            self._sections, (item.helps_with, item.suits, item.ask_therapist), strict=True
        ):
            body.setText(text)
            heading.setVisible(bool(text))
            body.setVisible(bool(text))

        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        if entry.changed_on is not None:
            self.changed_on.setText(
                self.tr("since %1").replace("%1", date_text(entry.changed_on, long=True))
            )
        else:
            self.changed_on.setText("")
        if not typing:
            self._saved_note = entry.note
            if self.note.toPlainText() != entry.note:
                self.note.setPlainText(entry.note)
        else:
            self._saved_note = entry.note

        self.learn_button.setVisible(has_learn)
        self.hide_button.setText(
            self.tr("Show in the list") if entry.hidden else self.tr("Hide from the list")
        )
        self.hide_button.setToolTip(
            self.tr("This item is hidden from the list and printouts.")
            if entry.hidden
            else self.tr("Hide an item that does not apply, to keep the list short.")
        )
        self.edit_button.setVisible(item.is_custom)
        self.remove_button.setVisible(item.is_custom)
        self._stack.setCurrentIndex(1)

    # ---- asking

    def flush_note(self) -> None:
        """Say the note changed, if it did (on leaving the field, or before showing another item)."""
        if self._entry is None:
            return
        text = self.note.toPlainText().strip()
        if text != self._saved_note:
            self._saved_note = text
            self.noteEdited.emit(self._entry.key, text)

    def _emit_key(self, signal: SignalInstance) -> None:
        if self._entry is not None:
            self.flush_note()
            signal.emit(self._entry.key)

    def _on_status(self, index: int) -> None:
        if self._entry is None:
            return
        code = str(self.status.itemData(index))
        if code != self._entry.status:
            self.flush_note()
            self.statusChosen.emit(self._entry.key, code)

    def _on_hide(self) -> None:
        if self._entry is not None:
            self.flush_note()
            self.hiddenToggled.emit(self._entry.key, not self._entry.hidden)
