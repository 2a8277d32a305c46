"""The Treatments page as people see it at every text size and in Spanish: at 150 % and 200 %
nothing a control holds is cut off, and numbers are written the reader's way (found by looking
at every page in every combination)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import clinician_scores, sample, therapy
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.treatments import TreatmentsPage

GROUP = "elbow_flexors"


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


def test_therapy_averages_are_written_the_spanish_way(
    qtbot: QtBot, ctx: PageContext, person: int, spanish: None
) -> None:
    """Found on the Spanish screenshots: 'Disposición 6.5/10' beside the charts' '1,6 al día'."""
    today = ctx.clock.today()
    for day, willing, pain in ((today, 6, 3), (today - dt.timedelta(days=2), 7, 2)):
        therapy.add_session(
            person,
            therapy.SessionData(
                day=day, kind="physical", minutes=30, willingness=willing, pain=pain
            ),
            today,
        )
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.show_tab("therapy")
    page.show()
    qtbot.waitExposed(page)
    text = page.therapy.summary.text()
    assert "6,5/10" in text and "2,5/10" in text, text
    assert "6.5" not in text and "2.5" not in text


def test_the_ashworth_charts_dates_are_in_spanish(
    qtbot: QtBot, ctx: PageContext, person: int, spanish: None
) -> None:
    """Found on the Spanish screenshots: the scores chart's months read 'Jul Aug Sep'."""
    today = ctx.clock.today()
    for months_ago in (5, 4, 3, 2, 1):
        day = today - dt.timedelta(days=30 * months_ago)
        clinician_scores.add_score(
            person,
            clinician_scores.ScoreData(day=day, muscle_group=GROUP, side="left", score="1+"),
            today,
        )
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show_tab("scores")
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # drawn once, as on screen
    axis = page.scores.chart.plot.getAxis("bottom")
    low, high = axis.range
    levels = axis.tickValues(low, high, axis.width())
    shown = [text for step, values in levels for text in axis.tickStrings(values, 1.0, step)]
    english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    named = [text for text in shown if text.strip()]
    assert named, shown
    assert not [text for text in named if set(text.split()) & english], named
    assert axis.labelString().count("x1e") == 0, axis.labelString()  # no scale after the title


@pytest.mark.parametrize("tab", ["injections", "therapy", "scores", "appointments"])
def test_every_treatment_tables_dates_are_whole_at_200_percent(
    qtbot: QtBot, ctx: PageContext, db: object, text_size: object, tab: str
) -> None:
    """Found on the screenshots: 'Wed 9 Dec 2…' in every Treatments table at 200 % text; the
    other columns give way (their text stays in the tooltip and the record's form)."""
    text_size(200)  # type: ignore[operator]
    sample.generate(days=200, seed=2)
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.show_tab(tab)
    QApplication.processEvents()
    table = getattr(page, tab).table
    assert table.rowCount() > 0
    widest = max(
        QFontMetrics(table.item(row, 0).font()).horizontalAdvance(table.item(row, 0).text())
        for row in range(table.rowCount())
    )
    assert table.columnWidth(0) >= widest + 6, (table.columnWidth(0), widest)
