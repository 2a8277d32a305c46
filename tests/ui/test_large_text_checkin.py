"""The check-in form at large text and in Spanish: every question is shown whole (found on
the screenshots: at 150 % in Spanish 'Estiramientos o ejercicios de movilidad' wrapped onto
three lines in a row one line and a half high, its first and last lines cut)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.checkin import CheckInPage


@pytest.fixture
def text_size(qapp: QApplication) -> Iterator[object]:
    def switch(percent: int) -> None:
        style.apply(qapp, "light", percent)

    yield switch
    style.apply(qapp, "light", 100)


@pytest.mark.parametrize(("percent", "width"), [(150, 990), (200, 990), (150, 700), (100, 990)])
def test_every_question_is_shown_whole(
    qtbot: QtBot,
    ctx: PageContext,
    person: int,
    spanish: None,
    text_size: object,
    percent: int,
    width: int,
) -> None:
    text_size(percent)  # type: ignore[operator]
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, 640)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    form = page.form
    cut = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.isVisible():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                cut.append((label.text(), label.width(), label.height(), needed))
    assert cut == []
