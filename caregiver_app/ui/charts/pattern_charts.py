"""When and where: weekday × hour heat map, body regions by side, suspected triggers."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent

from caregiver_app.services.charts import Dashboard
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.base import ChartView, Hit
from caregiver_app.ui.charts.text import (
    region,
    side,
    trigger,
    weekday_plural,
    weekday_short,
    where,
)
from caregiver_app.words import episodes_words, number, tr

SIDES = ("left", "right", "both")
SIDE_OFFSET = {"left": -0.28, "right": 0.0, "both": 0.28}
BAR_THICKNESS = 0.26
ROW_PIXELS = 42


def _in_period(dash: Dashboard, **kwargs: object) -> EpisodeFilter:
    return EpisodeFilter(
        person_id=dash.person_id,
        first_day=dash.period.first_day,
        last_day=dash.period.last_day,
        **kwargs,  # type: ignore[arg-type]
    )


class CellLabels(pg.GraphicsObject):
    """The count in each heat-map square, drawn by one item (168 text items took most of a
    redraw to update). Text keeps its size whatever the zoom, like pyqtgraph's TextItem."""

    def __init__(self, columns: int, rows: int, font: QFont) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, columns, rows)
        self._cells: list[tuple[float, float, str, QColor]] = []
        self._font = font

    def set_cells(self, cells: list[tuple[float, float, str, str]]) -> None:
        """(x, y, text, colour) of each label, x and y the middle of its square."""
        self._cells = [(x, y, text, QColor(colour)) for x, y, text, colour in cells if text]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, *args: object) -> None:
        to_device = p.transform()
        p.save()
        p.resetTransform()
        p.setFont(self._font)
        metrics = QFontMetrics(self._font)
        height = metrics.height()
        centre = Qt.AlignmentFlag.AlignCenter
        cell = abs(to_device.map(QPointF(1, 0)).x() - to_device.map(QPointF(0, 0)).x())
        widest = max((metrics.horizontalAdvance(t) for _, _, t, _ in self._cells), default=0)
        if widest + 2 > cell:  # squares too narrow (large text): the colour alone, no overlap
            p.restore()
            return
        for x, y, text, colour in self._cells:
            at = to_device.map(QPointF(x, y))
            p.setPen(colour)
            p.drawText(QRectF(at.x() - 40, at.y() - height, 80, 2 * height), centre, text)
        p.restore()


def _hour_span(hour: int) -> str:
    return tr("%1:00 to %1:59").replace("%1", f"{hour:02d}")


class HeatMapChart(ChartView):
    """Episodes by day of the week (rows) and hour of the day (columns); darker is more."""

    export_height = 440

    def build(self) -> None:
        s = self.line_scale
        self.setMinimumHeight(320)
        self.plot = self.add_plot()
        style.style_plot(self.plot, self.c, s, bottom=tr("Hour of the day"), grid_y=False)
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(style.heat_colour_map(self.c))
        self.plot.addItem(self.image)
        self.plot.getAxis("left").setTicks([[(i + 0.5, weekday_short(i)) for i in range(7)]])
        self._hour_step = 0
        self._label_hours()
        self.plot.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)
        self.labels = CellLabels(24, 7, self.c.font(style.SMALL_PT))
        self.plot.addItem(self.labels)

    def _label_hours(self) -> None:
        """Every hour named where there is room; else every 2nd, 3rd or 6th, so the names
        never run into each other (at large text or in a narrow window)."""
        axis = self.plot.getAxis("bottom")
        metrics = QFontMetrics(self.c.font(style.TICK_PT))
        need = metrics.horizontalAdvance("00") + 8
        width = self.plot.getViewBox().width() or self.width()
        step = next((n for n in (1, 2, 3, 6) if width / 24 * n >= need), 6)
        if step != self._hour_step:
            self._hour_step = step
            axis.setTicks(
                [
                    [(h + 0.5, f"{h:02d}") for h in range(0, 24, step)],
                    [(h + 0.5, "") for h in range(24) if h % step],
                ]
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_hour_step"):  # (built)
            self._label_hours()

    def draw(self, dash: Dashboard) -> None:
        grid = np.array(dash.week_hour, dtype=float)
        top = max(1.0, float(grid.max()))
        self.image.setImage(grid, levels=(0, top))
        self.image.setRect(QRectF(0, 0, 24, 7))
        self.labels.set_cells(
            [
                (
                    hour + 0.5,
                    wd + 0.5,
                    str(n) if n else "",
                    self.c.heat[0] if n / top > 0.5 else self.c.text,
                )
                for wd, counts in enumerate(dash.week_hour)
                for hour, n in enumerate(counts)
            ]
        )

    def home(self) -> None:
        self.plot.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        hour, wd = math.floor(x), math.floor(y)
        if dash is None or not (0 <= hour < 24 and 0 <= wd < 7):
            return None
        n = dash.week_hour[wd][hour]
        text = f"{weekday_plural(wd)}, {_hour_span(hour)}: {episodes_words(n)}"
        if not n:
            return Hit(text)
        return Hit(text + "\n" + tr("Click to see them"), _in_period(dash, weekday=wd, hour=hour))

    def summary(self, dash: Dashboard) -> str:
        if not dash.episodes:
            return ""
        by_hour = [sum(dash.week_hour[wd][h] for wd in range(7)) for h in range(24)]
        by_day = [sum(row) for row in dash.week_hour]
        hour = by_hour.index(max(by_hour))
        wd = by_day.index(max(by_day))
        return (
            tr("Busiest hour: %1 (%2). Busiest day of the week: %3 (%4).")
            .replace("%1", _hour_span(hour))
            .replace("%2", episodes_words(by_hour[hour]))
            .replace("%3", weekday_plural(wd))
            .replace("%4", episodes_words(by_day[wd]))
        )


class _HorizontalBars(ChartView):
    """Horizontal bars with category names on the left, the biggest at the top."""

    value_pt = style.SMALL_PT

    def build(self) -> None:
        self.plot = self.add_plot(row=1)
        style.style_plot(self.plot, self.c, self.line_scale, bottom=tr("Episodes"), grid_y=False)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.invertY(True)
        self.value_labels: list[pg.TextItem] = []  # the labels shown now
        self._label_pool: list[pg.TextItem] = []
        self._home_range: tuple[tuple[float, float], tuple[float, float]] = ((0, 1), (-0.6, 0.6))

    def _set_rows(self, names: list[str], largest: int) -> None:
        rows = max(1, len(names))
        axis = self.plot.getAxis("left")
        axis.setTicks([list(enumerate(names)), []])
        metrics = QFontMetrics(self.c.font(style.TICK_PT))
        axis.setWidth(max((metrics.horizontalAdvance(n) for n in names), default=40) + 24)
        self._home_range = ((0, max(1, largest) * 1.18), (-0.6, rows - 0.4))
        self.home()
        # Rows, the legend and the axis grow with the text (the numbers beside the bars too).
        scale = self.c.text_scale
        self.setMinimumHeight(round((90 + ROW_PIXELS * rows) * scale))
        self.export_height = 110 + ROW_PIXELS * rows

    def _label_values(self, points: list[tuple[float, float, int]]) -> None:
        """A number beside each bar. The text items are kept and reused from one drawing to
        the next (making and adding them anew took most of a redraw)."""
        shown = [(x, y, n) for x, y, n in points if n]
        while len(self._label_pool) < len(shown):
            item = pg.TextItem("", anchor=(-0.15, 0.5), color=self.c.text)
            item.setFont(self.c.font(self.value_pt))
            self.plot.addItem(item)
            self._label_pool.append(item)
        for item, (x, y, n) in zip(self._label_pool, shown, strict=False):
            item.setText(str(n))
            item.setPos(x, y)
            item.show()
        for item in self._label_pool[len(shown) :]:
            item.hide()
        self.value_labels = self._label_pool[: len(shown)]

    def home(self) -> None:
        x_range, y_range = self._home_range
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)


class RegionChart(_HorizontalBars):
    """Episodes per body region, with left, right and both sides as separate bars."""

    value_pt = 8.0

    def build(self) -> None:
        super().build()
        self.bars: dict[str, pg.BarGraphItem] = {}
        for name in SIDES:
            bars = pg.BarGraphItem(
                x0=[0.0],
                y=[0.0],
                height=[BAR_THICKNESS],
                width=[0.0],
                brush=self.c.series(style.SIDE_COLOURS[name]),
                pen=style.pen(self.c.outline, 1.0, self.line_scale),
            )
            self.plot.addItem(bars)
            self.bars[name] = bars
        style.legend_row(self.ci, self.c, 0, [(self.bars[name], side(name)) for name in SIDES])

    def draw(self, dash: Dashboard) -> None:
        rows = list(dash.regions)
        n = len(rows)
        points: list[tuple[float, float, int]] = []
        for name in SIDES:
            y = np.arange(n, dtype=float) + SIDE_OFFSET[name]
            widths = np.array([r.by_side(name) for r in rows], dtype=float)
            outline = style.pen(self.c.outline, 1.0, self.line_scale)
            self.bars[name].setOpts(
                x0=np.zeros(n),
                y=y,
                height=np.full(n, BAR_THICKNESS),
                width=widths,
                pens=[outline if w else pg.mkPen(None) for w in widths],
            )
            points.extend(zip(widths.tolist(), y.tolist(), (int(w) for w in widths), strict=True))
        largest = max((max(r.left, r.right, r.both) for r in rows), default=1)
        self._set_rows([region(r.region) for r in rows], largest)
        self._label_values(points)

    def bar_filter(self, row: int, side_code: str) -> EpisodeFilter | None:
        """What clicking the bar of `side_code` in `row` opens (None for an empty bar)."""
        dash = self.dashboard
        if dash is None or not (0 <= row < len(dash.regions)):
            return None
        counts = dash.regions[row]
        if not counts.by_side(side_code):
            return None
        return _in_period(dash, body_region=counts.region, side=side_code)

    def activate(self, row: int, side_code: str) -> None:
        target = self.bar_filter(row, side_code)
        if target is not None:
            self.activated.emit(target)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        if dash is None:
            return None
        row = round(y)
        if not (0 <= row < len(dash.regions)):
            return None
        name = min(SIDES, key=lambda s: abs(y - row - SIDE_OFFSET[s]))
        if abs(y - row - SIDE_OFFSET[name]) > BAR_THICKNESS / 2 + 0.02:
            return None
        counts = dash.regions[row]
        n = counts.by_side(name)
        text = f"{where(counts.region, name)}: {episodes_words(n)}"
        total = tr("%1 in all, all sides").replace("%1", episodes_words(counts.total))
        if not n:
            return Hit(f"{text}\n{total}")
        return Hit(f"{text}\n{total}\n" + tr("Click to see them"), self.bar_filter(row, name))

    def summary(self, dash: Dashboard) -> str:
        if not dash.regions:
            return ""
        top = dash.regions[0]
        totals = {name: sum(r.by_side(name) for r in dash.regions) for name in SIDES}
        text = tr("Most often: %1 (%2).").replace("%1", region(top.region))
        text = text.replace("%2", episodes_words(top.total))
        return (
            text
            + " "
            + tr("Left side %1, right side %2, both sides %3.")
            .replace("%1", str(totals["left"]))
            .replace("%2", str(totals["right"]))
            .replace("%3", str(totals["both"]))
        )


class TriggerChart(_HorizontalBars):
    """How often each suspected trigger was noted."""

    def build(self) -> None:
        super().build()
        self.bars = pg.BarGraphItem(
            x0=[0.0],
            y=[0.0],
            height=[0.6],
            width=[0.0],
            brush=self.c.series(style.VERMILLION),
            pen=None,
        )
        self.plot.addItem(self.bars)

    def is_empty(self, dash: Dashboard) -> bool:
        return not dash.triggers.counts

    def empty_text(self, dash: Dashboard) -> str:
        if not dash.episodes:
            return super().empty_text(dash)
        return tr(
            "No suspected triggers were noted for the %1 in this period. You can add them when "
            "you log an episode."
        ).replace("%1", episodes_words(dash.episodes))

    def draw(self, dash: Dashboard) -> None:
        found = list(dash.triggers.counts)
        n = len(found)
        widths = np.array([c for _, c in found], dtype=float)
        self.bars.setOpts(
            x0=np.zeros(n), y=np.arange(n, dtype=float), height=np.full(n, 0.6), width=widths
        )
        self._set_rows([trigger(code) for code, _ in found], int(widths.max(initial=1)))
        self._label_values([(float(c), float(i), c) for i, (_, c) in enumerate(found)])

    def bar_filter(self, row: int) -> EpisodeFilter | None:
        dash = self.dashboard
        if dash is None or not (0 <= row < len(dash.triggers.counts)):
            return None
        return _in_period(dash, trigger=dash.triggers.counts[row][0])

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        row = round(y)
        if dash is None or not (0 <= row < len(dash.triggers.counts)) or abs(y - row) > 0.35:
            return None
        code, n = dash.triggers.counts[row]
        share = 100 * n / dash.triggers.episodes if dash.triggers.episodes else 0
        text = (
            tr("%1: noted for %2 (%3% of all episodes)")
            .replace("%1", trigger(code))
            .replace("%2", episodes_words(n))
            .replace("%3", number(share, 0))
        )
        return Hit(text + "\n" + tr("Click to see them"), self.bar_filter(row))

    def summary(self, dash: Dashboard) -> str:
        t = dash.triggers
        if not t.episodes:
            return ""
        return (
            tr("%1 of %2 had at least one suspected trigger noted.")
            .replace("%1", str(t.episodes - t.without_trigger))
            .replace("%2", episodes_words(t.episodes))
            + " "
            + tr("An episode with two triggers counts once for each.")
        )
