"""Dialogs that fit the screen at any text size.

Every dialog is capped to the screen it opens on (`app_events`, when it is shown), so its buttons
are never off the edge. The form dialogs put their fields in a `FormBody`: it asks for all of
its content's size, so on a roomy screen nothing scrolls, and once the dialog is capped it
scrolls (with `fit_to_width.wrap_rows_when_narrow`, their labels move above the fields when narrow).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

SCREEN_MARGIN = QSize(16, 48)  # room for the window's frame and title bar


class FormBody(QScrollArea):
    """The fields of a dialog, in a scroll area that only scrolls when the dialog is capped."""

    def __init__(self, layout: QLayout) -> None:
        super().__init__()
        content = QWidget()
        content.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        return hint + QSize(self.verticalScrollBar().sizeHint().width(), 0)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width, 4 * self.fontMetrics().height())


def cap_to_screen(dialog: QWidget) -> None:
    """As large as its content asks (no scrolling when the screen has room), but no larger than
    the screen's free area, and on it."""
    screen = dialog.screen()
    if screen is None:
        return
    free: QRect = screen.availableGeometry()
    most = free.size() - SCREEN_MARGIN
    dialog.setMaximumSize(most.expandedTo(dialog.minimumSize().boundedTo(most)))
    size = dialog.size().expandedTo(dialog.sizeHint()).boundedTo(most)
    if size != dialog.size():
        dialog.resize(size)
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), free.left()), free.right() - frame.width() + 1)
    y = min(max(frame.y(), free.top()), free.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(max(x, free.left()), max(y, free.top()))
