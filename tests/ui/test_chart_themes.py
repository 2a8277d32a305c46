"""The charts follow the theme: light, dark and high contrast, chosen before or while they show.

Each test reads the colours a person sees in the real Charts page and the real Treatments charts:
the background every chart paints, its axes, and its data series against that background.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import sample
from caregiver_app.ui import style as ui_style
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.base import ChartView
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.charts import ChartsPage
from caregiver_app.ui.pages.treatments import TreatmentsPage
from tests.ui.test_theme_controls import contrast

THEMES = ["light", "dark", "high_contrast"]
BACKGROUND = {"light": "#ffffff", "dark": ui_style.DARK.window.lower(), "high_contrast": "#000000"}


@pytest.fixture
def in_theme(qapp: QApplication) -> Iterator[object]:
    """Switch the app's theme (as Settings does); back to light afterwards."""

    def switch(theme: str) -> None:
        ui_style.apply(qapp, theme, 100)

    yield switch
    ui_style.apply(qapp, "light", 100)


@pytest.fixture
def sample_person(db: object) -> int:
    return sample.generate(days=200, seed=2).person_id


def charts_page(qtbot: QtBot, person: int, tmp_path: Path) -> ChartsPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("charts/period", "90d")
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    page = ChartsPage(ctx, lambda _flt: None)
    page.resize(1100, 800)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def treatments_page(qtbot: QtBot, ctx: PageContext) -> TreatmentsPage:
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show_tab("injections")
    page.show()
    return page


def treatment_charts(page: TreatmentsPage) -> Iterator[pg.PlotWidget]:
    """The cycle chart and the scores chart, each on its tab as it is shown."""
    for tab, chart in (("injections", page.injections.chart), ("scores", page.scores.chart)):
        page.show_tab(tab)
        assert chart.isVisible()  # (the sample person has injections and scores)
        yield chart.plot_widget


def background(view: pg.GraphicsView) -> str:
    return view.backgroundBrush().color().name()


def axis_colours(plot: pg.PlotItem) -> set[str]:
    return {plot.getAxis(name).pen().color().name() for name in ("left", "bottom")}


def assert_in_theme(views: list[ChartView], theme: str) -> None:
    c = style.chart_colours(theme)
    for view in views:
        assert background(view) == BACKGROUND[theme], type(view).__name__
        for plot in view.plots:
            assert axis_colours(plot) == {QColor(c.axis).name()}, type(view).__name__
            # the axis against the background: at least 3:1 (WCAG, for graphics)
            assert contrast(QColor(c.axis), QColor(c.background)) >= 3


@pytest.mark.parametrize("theme", THEMES)
def test_every_chart_draws_on_the_themes_background_with_its_axis_colour(
    qtbot: QtBot, sample_person: int, tmp_path: Path, in_theme: object, theme: str
) -> None:
    in_theme(theme)  # type: ignore[operator]
    page = charts_page(qtbot, sample_person, tmp_path)
    assert_in_theme(page.chart_views(), theme)
    assert all(card.has_chart for card in page.cards)


@pytest.mark.parametrize("theme", THEMES)
def test_every_data_series_stands_out_from_the_background(
    qtbot: QtBot, sample_person: int, tmp_path: Path, in_theme: object, theme: str
) -> None:
    in_theme(theme)  # type: ignore[operator]
    page = charts_page(qtbot, sample_person, tmp_path)
    back = QColor(BACKGROUND[theme])
    daily = page.daily.view
    severity = page.severity.view
    drawn = {
        "daily bars": daily.bars.opts["brush"],
        "daily average": daily.line.opts["pen"].color(),
        "severity": severity.items["severity"][1].opts["symbolBrush"],
        "pain": severity.items["pain"][1].opts["symbolBrush"],
        "severity trend": severity.trends["severity"].opts["pen"].color(),
        "willingness": page.willingness.view.points.opts["symbolBrush"],
    }
    for name, colour in drawn.items():
        ratio = contrast(pg.mkColor(colour), back)
        assert ratio >= 3, f"{name}: {pg.mkColor(colour).name()} on {back.name()} is {ratio:.1f}:1"
    # The sides' bars (light yellow for both sides, as printed) stand out by fill or outline.
    for side, bars in page.regions.view.bars.items():
        fill = pg.mkColor(bars.opts["brush"])
        outline = pg.mkPen(bars.opts["pen"])
        assert max(contrast(fill, back), contrast(outline.color(), back)) >= 3, side
    # the bars and the line drawn over them stay apart
    assert contrast(pg.mkColor(drawn["daily bars"]), pg.mkColor(drawn["daily average"])) >= 1.5
    if theme == "high_contrast":  # thicker lines
        assert daily.line.opts["pen"].widthF() > 3


def test_charts_colour_again_when_the_theme_changes_while_they_show(
    qtbot: QtBot, ctx: PageContext, sample_person: int, tmp_path: Path, in_theme: object
) -> None:
    page = charts_page(qtbot, sample_person, tmp_path)
    treatments = treatments_page(qtbot, ctx)
    assert_in_theme(page.chart_views(), "light")
    counts = list(page.daily.view.bars.opts["height"])
    for theme in ("dark", "high_contrast", "light"):
        in_theme(theme)  # type: ignore[operator]
        qtbot.waitUntil(lambda t=theme: background(page.daily.view) == BACKGROUND[t])
        assert_in_theme(page.chart_views(), theme)
        assert list(page.daily.view.bars.opts["height"]) == counts  # the same data, redrawn
        c = style.chart_colours(theme)
        for widget in treatment_charts(treatments):
            qtbot.waitUntil(lambda w=widget, t=theme: background(w) == BACKGROUND[t])
            assert background(widget) == BACKGROUND[theme]
            assert axis_colours(widget.getPlotItem()) == {QColor(c.axis).name()}


@pytest.mark.parametrize("theme", THEMES)
def test_treatment_charts_follow_the_theme(
    qtbot: QtBot, ctx: PageContext, in_theme: object, theme: str
) -> None:
    sample.generate(days=200, seed=2)
    in_theme(theme)  # type: ignore[operator]
    c = style.chart_colours(theme)
    for widget in treatment_charts(treatments_page(qtbot, ctx)):
        assert background(widget) == BACKGROUND[theme]
        assert axis_colours(widget.getPlotItem()) == {QColor(c.axis).name()}
        for item in widget.getPlotItem().listDataItems():
            colour = item.opts["pen"].color()
            assert contrast(colour, QColor(BACKGROUND[theme])) >= 3, colour.name()


def test_a_saved_picture_stays_on_white_paper_in_the_dark_theme(
    qtbot: QtBot, sample_person: int, tmp_path: Path, in_theme: object
) -> None:
    in_theme("dark")  # type: ignore[operator]
    page = charts_page(qtbot, sample_person, tmp_path)
    image = page.daily.render_image(width=600)
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.name() == "#ffffff"


def test_both_sides_are_the_same_colour_in_the_window_and_in_print(
    qtbot: QtBot, sample_person: int, tmp_path: Path
) -> None:
    from caregiver_app.report.charts.palette import SIDE_FILLS

    page = charts_page(qtbot, sample_person, tmp_path)
    drawn = pg.mkColor(page.regions.view.bars["both"].opts["brush"]).name()
    assert drawn == QColor(SIDE_FILLS["both"]).name()  # light yellow, outlined, in both
