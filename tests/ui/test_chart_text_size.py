"""Large text in the charts: the text drawn inside them (tick labels, axis titles, legends,
marker letters) grows with the window's text size when it is changed, and the axes grow with
it, so no label is cut off. Pictures saved for printing keep the printed size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import appointments, people, sample
from caregiver_app.ui import style
from caregiver_app.ui.charts import style as chart_style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.charts import ChartsPage
from caregiver_app.ui.pages.treatments import TreatmentsPage


@pytest.fixture
def text_size(qapp: QApplication) -> Iterator[object]:
    def switch(percent: int) -> None:
        style.apply(qapp, "light", percent)

    yield switch
    style.apply(qapp, "light", 100)


def tick_points(plot: pg.PlotItem) -> float:
    return float(plot.getAxis("left").style["tickFont"].pointSizeF())


def settle(widget: object) -> None:
    """Paint as the screen does, twice: pyqtgraph widens an axis for its labels as it paints."""
    for _ in range(2):
        widget.grab()  # type: ignore[attr-defined]
        QApplication.processEvents()


def labels_fit(axis: pg.AxisItem) -> None:
    """Every tick label and the axis title lie inside the axis across it (a left axis's end
    labels may reach above and below it; along it, labels are spaced by pyqtgraph). pyqtgraph
    sets a title's line box 1 pixel outside its axis at any size: 2 pixels are allowed."""
    own = QRectF(0, 0, axis.width(), axis.height())
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    rects = [rect for rect, _, _ in texts]
    if axis.label.isVisible():
        margin = axis.label.document().documentMargin()  # blank space around the words
        words = axis.label.boundingRect().adjusted(margin, margin, -margin, -margin)
        rects.append(axis.label.mapRectToParent(words))
    assert rects and own.width() > 0 and own.height() > 0, (axis.orientation, own)
    for rect in rects:
        if axis.orientation == "left":
            assert own.left() - 2 <= rect.left() and rect.right() <= own.right() + 2, (
                rect,
                own,
            )
        else:
            assert own.top() - 2 <= rect.top() and rect.bottom() <= own.bottom() + 2, (
                rect,
                own,
            )


def test_the_charts_pages_text_doubles_at_200_percent_and_fits_its_axes(
    qtbot: QtBot, ctx: PageContext, db: object, text_size: object
) -> None:
    text_size(100)  # type: ignore[operator]
    sample.generate(days=120, seed=3)
    active = people.get_active()
    assert active is not None
    visit = appointments.AppointmentData(
        day=dt.date.today() - dt.timedelta(days=3), clinician="Dr Okafor"
    )
    appointments.add_appointment(active.id, visit)  # a lettered marker within the period
    page = ChartsPage(ctx, lambda _f: None)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    views = page.chart_views()
    before = {id(v): [tick_points(p) for p in v.plots] for v in views}
    assert all(size == pytest.approx(chart_style.TICK_PT) for s in before.values() for size in s)

    text_size(200)  # type: ignore[operator]
    # Each chart is built again in the new size (the page's views are the same objects).
    qtbot.waitUntil(
        lambda: all(
            tick_points(p) == pytest.approx(2 * chart_style.TICK_PT) for v in views for p in v.plots
        )
    )
    settle(page)
    shown = [v for v in views if v.isVisible()]
    assert len(shown) >= 8, [type(v).__name__ for v in views if v not in shown]
    for view in shown:
        assert view.plots
        for plot in view.plots:
            assert plot.getViewBox().height() > 100, type(view).__name__  # not squeezed out
            legend_sizes = [
                label.opts.get("size")
                for item in view.scene().items()
                if isinstance(item, chart_style.StaticLegend)
                for _, label in item.items
            ]
            assert all(size == "20.0pt" for size in legend_sizes), legend_sizes
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                if axis.isVisible() and axis.height() > 0:  # (stacked plots share one date axis)
                    labels_fit(axis)
    # The treatment markers' letters on the daily chart grew too.
    letters = page.daily.view.markers.letters  # type: ignore[attr-defined]
    assert letters  # the sample has injections and appointments
    for letter in letters:
        assert letter.font().pointSizeF() == pytest.approx(2 * chart_style.TICK_PT)
    strip = page.daily.view.strip  # type: ignore[attr-defined]
    assert strip.height() >= max(t.boundingRect().height() for t in letters)

    text_size(100)  # type: ignore[operator]
    qtbot.waitUntil(
        lambda: all(
            tick_points(p) == pytest.approx(chart_style.TICK_PT) for v in views for p in v.plots
        )
    )


def test_saved_pictures_keep_the_printed_text_size_at_200_percent(
    qtbot: QtBot, ctx: PageContext, db: object, text_size: object
) -> None:
    text_size(100)  # type: ignore[operator]
    sample.generate(days=120, seed=3)
    page = ChartsPage(ctx, lambda _f: None)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    cards = (page.daily, page.regions, page.sleep)
    printed = [card.render_image() for card in cards]

    text_size(200)  # type: ignore[operator]
    qtbot.waitUntil(lambda: tick_points(page.regions.view.plots[0]) == pytest.approx(20.0))
    for card, before in zip(cards, printed, strict=True):
        assert card.render_image() == before, card.view


def test_the_injection_cycle_chart_text_doubles_at_200_percent_and_fits_its_axes(
    qtbot: QtBot, ctx: PageContext, db: object, text_size: object
) -> None:
    text_size(100)  # type: ignore[operator]
    sample.generate(days=200, seed=2)
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.show_tab("injections")
    qtbot.waitExposed(page)
    QApplication.processEvents()
    plot = page.injections.chart.plot
    assert tick_points(plot) == pytest.approx(10.0)

    text_size(200)  # type: ignore[operator]
    qtbot.waitUntil(lambda: tick_points(plot) == pytest.approx(20.0))
    settle(page)
    for name in ("left", "bottom"):
        assert plot.getAxis(name).style["tickFont"].pointSizeF() == pytest.approx(20.0)
        labels_fit(plot.getAxis(name))
    bands = [i for i in plot.items if isinstance(i, pg.TextItem)]
    assert bands  # "Usual peak effect", "Usually wearing off"
    assert all(b.textItem.font().pointSizeF() == pytest.approx(19.0) for b in bands)
    box = plot.getViewBox().sceneBoundingRect()
    for band in bands:  # each band's name whole inside the plot, not cut off at its edge
        words = band.mapRectToScene(band.boundingRect())
        assert box.left() <= words.left() and words.right() <= box.right() + 1, (words, box)
