"""The charts' axes say the same thing whatever the data: pain is always out of 0 to 10, counts
start at 0, and over a long period the episode bars are weeks and the axis says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.charts import ChartsPage
from tests.ui.test_charts_page import LATER, LONDON, TODAY, make_page, opened, settings

__all__ = ["make_page", "opened", "settings"]  # fixtures, shared with test_charts_page

MakePage = Callable[..., tuple[ChartsPage, DataNotifier]]


def log_pain(person: int, day: dt.date, pain: int, hour: int = 9) -> None:
    started = dt.datetime.combine(day, dt.time(hour), tzinfo=LONDON)
    add_episode(
        person,
        EpisodeData(started=started, body_region="hand", side="left", severity=2, pain=pain),
        now=LATER,
    )


def y_range(plot: object) -> list[float]:
    return list(plot.getViewBox().viewRange()[1])  # type: ignore[attr-defined]


def drawn_labels(axis: object) -> list[str]:
    """The tick labels the axis draws (pyqtgraph leaves out those it finds no room for)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


def ctrl_wheel(view: object) -> None:
    """Ctrl + mouse wheel over the middle of a chart (zooms in time)."""
    centre = QPointF(view.width() / 2, view.height() / 2)  # type: ignore[attr-defined]
    event = QWheelEvent(
        centre,
        QPointF(view.mapToGlobal(centre.toPoint())),  # type: ignore[attr-defined]
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)  # type: ignore[attr-defined]


@pytest.mark.parametrize("period", ["30d", "all"])
def test_pain_is_always_drawn_out_of_0_to_10(
    qtbot: QtBot, person: int, make_page: MakePage, settings: object, period: str
) -> None:
    # Only middling scores: an axis fitted to the data would run from 3 to 5.
    for days_ago, pain in ((200, 3), (20, 4), (2, 5)):
        log_pain(person, TODAY - dt.timedelta(days=days_ago), pain)
    settings.setValue("charts/period", period)  # type: ignore[attr-defined]
    page, _ = make_page()
    chart = page.severity.view
    for _ in range(2):
        low, high = y_range(chart.pain)
        assert -0.5 <= low <= 0 and 10 <= high <= 10.6
        assert drawn_labels(chart.pain.getAxis("left")) == ["0", "2", "4", "6", "8", "10"]
        before = chart.view_ranges()[0][0]
        ctrl_wheel(chart)  # zooming in time leaves the pain scale alone
        assert chart.view_ranges()[0][0] != before


def test_counts_start_at_0(
    qtbot: QtBot, person: int, make_page: MakePage, settings: object
) -> None:
    from caregiver_app.services import checkins

    # Many episodes each day, so an axis fitted to the data would start well above 0.
    for days_ago in range(1, 8):
        day = TODAY - dt.timedelta(days=days_ago)
        for hour in range(8, 14):
            log_pain(person, day, 4, hour)
        checkins.save(
            person,
            day,
            checkins.CheckInData(
                hours_slept=5.0 + days_ago, stress=days_ago, therapy_willingness=days_ago
            ),
            today=TODAY,
        )
    settings.setValue("charts/period", "30d")  # type: ignore[attr-defined]
    page, _ = make_page()
    assert y_range(page.daily.view.plot)[0] == 0
    assert drawn_labels(page.daily.view.plot.getAxis("left"))[0] == "0"  # the axis says so
    assert page.willingness.has_chart and y_range(page.willingness.view.trend)[0] == 0
    for card in (page.sleep, page.stress):
        assert card.has_chart
        low, high = y_range(card.view.plot)
        assert -0.5 <= low <= 0 < 6 < high  # the dots on 6 episodes a day, above an axis from 0
    regions = page.regions.view.plot.getViewBox().viewRange()[0]
    assert regions[0] == 0


def test_over_a_long_period_the_bars_are_weeks_and_the_axis_says_so(
    qtbot: QtBot, person: int, make_page: MakePage, settings: object
) -> None:
    # 131 days to Tuesday 24 Nov 2026; 97-99 days ago are Monday to Wednesday of one week.
    days = [TODAY - dt.timedelta(days=n) for n in (130, 99, 98, 97, 40, 1)]
    for day in days:
        log_pain(person, day, 2)
    settings.setValue("charts/period", "all")  # type: ignore[attr-defined]
    page, _ = make_page()
    view = page.daily.view
    assert page.period is not None and page.period.days > 120
    assert view.plot.getAxis("left").labelText == "Episodes per week"
    assert "A bar a week" in page.daily.caption.text()
    heights = [int(h) for h in view.bars.opts["height"]]
    assert sum(heights) == 6 and max(heights) == 3  # three days of one week in one bar
    period = page.period
    weeks = {
        (period.first_day + dt.timedelta(days=n)).isocalendar()[:2] for n in range(period.days)
    }
    assert len(heights) == len(weeks)
    hit = view.hit(0, float(view.bars.opts["x"][heights.index(3)]), 1)
    assert hit is not None and "3 episodes" in hit.text and hit.target is not None
    assert hit.target.last_day - hit.target.first_day == dt.timedelta(days=6)
    # A short period: a bar a day again.
    page.period_bar.set_period("30d")
    qtbot.waitUntil(lambda: page.period is not None and page.period.days == 30)
    assert view.plot.getAxis("left").labelText == "Episodes per day"
    assert page.daily.caption.text().startswith("Click a bar to see that day's episodes")
    assert len(view.bars.opts["height"]) == 30


@pytest.mark.parametrize("width", [1100, 440])
def test_the_hours_under_the_heat_map_never_run_into_each_other(
    qtbot: QtBot, person: int, make_page: MakePage, width: int
) -> None:
    log_pain(person, TODAY - dt.timedelta(days=2), 3)
    page, _ = make_page()
    for _ in range(2):  # (narrower, the page goes to one column and can narrow further)
        page.resize(width, 800)
        QApplication.processEvents()
    # As narrow as asked, or as narrow as the page goes in the application's style.
    assert page.width() == max(width, page.minimumSizeHint().width())
    axis = page.heat.view.plot.getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        rects = [rect for rect, _flags, text in axis.generateDrawSpecs(painter)[2] if text]
    finally:
        painter.end()
    assert len(rects) >= 4  # the hours are named
    for i, first in enumerate(rects):
        for second in rects[i + 1 :]:
            assert not first.intersects(second), (first, second)
