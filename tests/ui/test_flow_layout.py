"""Rows that wrap: a caption sits level with the taller buttons beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from caregiver_app.ui.widgets.flow_layout import flow_host


def test_a_caption_is_centred_on_the_buttons_of_its_row(qtbot: QtBot) -> None:
    caption = QLabel("Show:")
    button = QPushButton("30 days")
    button.setMinimumHeight(3 * caption.sizeHint().height())
    host = flow_host(caption, button)
    qtbot.addWidget(host)
    host.resize(400, 200)
    host.show()
    QApplication.processEvents()
    assert button.geometry().top() == 0
    assert abs(caption.geometry().center().y() - button.geometry().center().y()) <= 1
