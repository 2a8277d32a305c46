"""Scrolling a page with the mouse wheel never changes a drop-down list or a number box that
happens to pass under the pointer; a box that has the focus still takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.ui.widgets import app_events


def wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: scroll down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_past_boxes_until_one_is_chosen(qtbot: QtBot) -> None:
    app_events.install(QApplication.instance())  # type: ignore[arg-type]
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Light", "Dark", "High contrast"])
    spin = QSpinBox()
    spin.setValue(7)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(2000)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)

    # the wheel passing over a box does not give it the focus (Qt would, before any filter)
    assert combo.focusPolicy() == spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel_down(combo)
    wheel_down(spin.lineEdit())
    assert (combo.currentIndex(), spin.value()) == (0, 7)  # nothing changed
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead

    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel_down(spin)
    assert spin.value() == 6  # a chosen box still takes the wheel
