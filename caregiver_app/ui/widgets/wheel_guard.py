"""The mouse wheel scrolls the page, not the value of a box the pointer happens to pass over.

Without this, scrolling down Settings changed the theme and the text size, and scrolling a
check-in changed the hours slept, whenever a drop-down list or a number box passed under the
pointer. A box takes the wheel only once it has the keyboard focus (clicked or tabbed to).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_VALUE_BOXES = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def no_wheel_focus(widget: QObject) -> None:
    """Called as each widget is polished. Qt gives the focus to a box the wheel passes over,
    before any filter sees the wheel: boxes take the focus from a click or the keyboard only."""
    if isinstance(widget, _VALUE_BOXES) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def pass_wheel_on(watched: QObject, event: QEvent) -> bool:
    """A wheel over a box without the focus scrolls the page around it; True when taken."""
    if not isinstance(watched, QWidget):
        return False
    box: QWidget | None = watched
    if not isinstance(box, _VALUE_BOXES):  # e.g. the text field inside a number box
        parent = watched.parentWidget()
        box = parent if isinstance(parent, _VALUE_BOXES) else None
    if box is None or box.hasFocus() or isinstance(box, QScrollBar):
        return False  # a focused box takes the wheel; scroll bars are for scrolling
    event.ignore()
    area = _scroll_area_around(box)
    if area is not None:  # the page scrolls as if the box were not there
        QApplication.sendEvent(area.viewport(), event)
    return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent
