"""Modified Ashworth Scale scores over time: one line per muscle group and side.

The scale is ordinal, so the six scores sit at equal steps (0, 1, 1+, 2, 3, 4) and the axis is
labelled with the scores themselves, never with made-up decimals. Several muscle groups often
share a score, so the lines are drawn a hair apart (at most a tenth of a step) to keep each one
visible; the tooltip and the table give each exact score. x is local days (a day's
"local seconds" at midnight) on the Charts page's date axis, so dates are the caregiver's own and
read in their language ('jul', 'ago', not pyqtgraph's English 'Jul', 'Aug').
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.timeutil import day_start
from caregiver_app.ui.charts.axes import LeftAxis, date_axis
from caregiver_app.ui.treatments import chart_style, labels
from caregiver_app.ui.treatments.form_widgets import short_day

DAY = 86400
HOVER_PIXELS = 14

Series = dict[tuple[str, str], list[tuple[dt.date, str]]]


class ScoresChart(chart_style.ThemedChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series = {}
        self._points: list[tuple[float, float, str]] = []
        self.plot_widget = pg.PlotWidget(
            # the charts' dates, in the reader's language; the left axis's end labels drawn
            axisItems={"bottom": date_axis(), "left": LeftAxis("left")}
        )
        self.plot_widget.setMinimumHeight(260)
        self.plot_widget.setAntialiasing(True)
        self.plot_widget.setAccessibleName(self.tr("Ashworth scores over time"))
        self.plot = self.plot_widget.getPlotItem()
        self.restyle()
        self.plot.getAxis("left").setTicks([[(rank, score) for score, rank in tc.MAS_RANK.items()]])
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        self.plot_widget.scene().sigMouseMoved.connect(self._hover)
        self._built = True

    def restyle(self) -> None:
        chart_style.style_plot(
            self.plot_widget, self.c, self.tr("Ashworth score"), self.tr("Date of the visit")
        )

    def redraw(self) -> None:
        self.show_series(self.series)

    def show_series(self, series: Series) -> None:
        self.series = series
        self._points = []
        self.plot.clear()
        groups = labels.muscle_groups()
        sides = labels.mas_sides()
        entries = []
        names = []
        days: list[dt.date] = []
        ordered = sorted(series.items(), key=_order)
        for index, ((group, side), points) in enumerate(ordered):
            dodge = (index - (len(ordered) - 1) / 2) * min(0.07, 0.2 / max(1, len(ordered) - 1))
            xs = [float(day_start(day)) for day, _ in points]
            ys = [tc.MAS_RANK[score] + dodge for _, score in points]
            self._points.extend(
                (x, y, self.point_text(group, side, day, score))
                for x, y, (day, score) in zip(xs, ys, points, strict=True)
            )
            days.extend(day for day, _ in points)
            self.plot.plot(
                xs,
                ys,
                pen=chart_style.line_pen(self.c, index),
                symbol=chart_style.symbol(index),
                symbolSize=9,
                symbolBrush=QColor(chart_style.colour(self.c, index)),
                symbolPen=pg.mkPen(QColor(self.c.background)),
            )
            name = f"{groups.get(group, group)}, {sides.get(side, side).lower()}"
            entries.append(chart_style.legend_html(self.c, index, name))
            names.append(name)
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(entries))
        self.legend.setAccessibleName(self.tr("Lines: %1").replace("%1", "; ".join(names)))
        if days:
            first, last = min(days), max(days)
            margin = max(14, (last - first).days // 12)
            self.plot.setXRange(
                day_start(first - dt.timedelta(days=margin)),
                day_start(last + dt.timedelta(days=margin)),
                padding=0,
            )
        self.plot.setYRange(-0.3, len(tc.MAS_SCORES) - 0.7, padding=0)

    def point_text(self, group: str, side: str, day: dt.date, score: str) -> str:
        name = labels.muscle_groups().get(group, group)
        side_text = labels.mas_sides().get(side, side).lower()
        return f"{short_day(day)} · {name}, {side_text}: {score}\n{labels.mas_meanings()[score]}"

    def nearest(self, scene_pos: QPointF) -> str | None:
        """The scores drawn under the mouse (all of them where lines meet), or None."""
        box = self.plot.getViewBox()
        near: list[tuple[float, str]] = []
        for x, y, text in self._points:
            point = box.mapViewToScene(QPointF(x, y))
            distance = math.hypot(point.x() - scene_pos.x(), point.y() - scene_pos.y())
            if distance <= HOVER_PIXELS:
                near.append((distance, text))
        return "\n\n".join(text for _, text in sorted(near)) or None

    def _hover(self, scene_pos: QPointF) -> None:
        text = self.nearest(scene_pos)
        if text is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), text, self.plot_widget)


def _order(item: tuple[tuple[str, str], list[tuple[dt.date, str]]]) -> tuple[int, str]:
    (group, side), _ = item
    order = tc.MUSCLE_GROUPS.index(group) if group in tc.MUSCLE_GROUPS else 99
    return order, side
