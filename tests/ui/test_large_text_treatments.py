"""Large text on the Treatments page: at 150 % and 200 % nothing a control holds is cut off
(found by looking at every page at every text size)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import sample
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.treatments import TreatmentsPage


@pytest.fixture
def text_size(qapp: QApplication) -> Iterator[object]:
    def switch(percent: int) -> None:
        style.apply(qapp, "light", percent)

    yield switch
    style.apply(qapp, "light", 100)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_cycle_views_choice_shows_its_words_whole(
    qtbot: QtBot, ctx: PageContext, db: object, text_size: object, percent: int
) -> None:
    text_size(percent)  # type: ignore[operator]
    sample.generate(days=200, seed=2)
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show_tab("medications")
    page.show()
    qtbot.waitExposed(page)
    page.show_tab("injections")  # as a user does: the tab is filled when it is first shown
    QApplication.processEvents()
    which = page.injections.which
    assert which.count() > 1  # "All injections" and one line per injection
    metrics = which.fontMetrics()
    # The text area is the combo less its arrow: the widest choice must fit in it.
    widest = max(metrics.horizontalAdvance(which.itemText(i)) for i in range(which.count()))
    arrow = which.style().pixelMetric(which.style().PixelMetric.PM_ScrollBarExtent)
    assert which.width() >= widest + arrow, (which.width(), widest, which.currentText())
