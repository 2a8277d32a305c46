"""The cycle view: episodes per week after each injection, one line per cycle, lined up on
injection day, over shaded bands for the usual peak (weeks 4-6) and wearing off (week 12 on).

Week w covers days 7w to 7w + 6 after the injection and is drawn at w + 0.5, so the bands sit
on the whole weeks they mean. Weeks not over yet, or reaching the next injection, are left out.
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from caregiver_app.services import injections
from caregiver_app.services.injections import Cycle
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.axes import LeftAxis
from caregiver_app.ui.treatments import chart_style, labels
from caregiver_app.ui.treatments.form_widgets import short_day
from caregiver_app.words import episodes_words

HOVER_PIXELS = 14


class CycleChart(chart_style.ThemedChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycles: list[Cycle] = []
        self.plot_widget = pg.PlotWidget(axisItems={"left": LeftAxis("left")})  # 0 drawn too
        self.plot_widget.setMinimumHeight(300)
        self.plot_widget.setAntialiasing(True)
        self.plot_widget.setAccessibleName(self.tr("Cycle view chart"))
        self.plot = self.plot_widget.getPlotItem()
        self.restyle()
        self.plot.getAxis("bottom").setTicks(
            [[(w, str(w)) for w in range(0, injections.CYCLE_WEEKS + 1, 2)]]
        )
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        self.plot_widget.scene().sigMouseMoved.connect(self._hover)
        self._built = True

    def restyle(self) -> None:
        chart_style.style_plot(
            self.plot_widget, self.c, self.tr("Episodes per week"), self.tr("Weeks since injection")
        )

    def redraw(self) -> None:
        self.show_cycles(self.cycles)

    def show_cycles(self, cycles: list[Cycle]) -> None:
        self.cycles = cycles
        self.plot.clear()
        weeks = injections.CYCLE_WEEKS
        low, high = injections.USUAL_PEAK_WEEKS
        top = max([n for c in cycles for n in c.weekly if n is not None] or [0])
        y_max = max(5.0, math.ceil(top * 1.25))
        for start, end, brush, text in (
            (low, high + 1, chart_style.band(self.c, style.GREEN), self.tr("Usual peak effect")),
            (
                injections.USUAL_WEARING_OFF_WEEK,
                weeks,
                chart_style.band(self.c, style.ORANGE),
                self.tr("Usually wearing off"),
            ),
        ):
            region = pg.LinearRegionItem(
                values=(start, end), movable=False, brush=brush, pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            # Over the middle of its band; the band at the right edge has its name end there,
            # so a name wider than the band (large text) is not cut off by the edge.
            at_edge = end >= weeks
            label = pg.TextItem(text, color=QColor(self.c.text), anchor=(1 if at_edge else 0.5, 0))
            label.setFont(self.c.font(9.5))
            label.setPos(end if at_edge else (start + end) / 2, y_max)
            self.plot.addItem(label)
        entries = []
        for index, cycle in enumerate(cycles):
            xs = [w + 0.5 for w, n in enumerate(cycle.weekly) if n is not None]
            ys = [n for n in cycle.weekly if n is not None]
            pen = chart_style.line_pen(self.c, index)
            self.plot.plot(
                xs,
                ys,
                pen=pen,
                symbol=chart_style.symbol(index),
                symbolSize=8,
                symbolBrush=QColor(chart_style.colour(self.c, index)),
                symbolPen=pg.mkPen(QColor(self.c.background)),
            )
            entries.append(chart_style.legend_html(self.c, index, self._name(cycle)))
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(entries))
        self.legend.setAccessibleName(
            self.tr("Injections shown: %1").replace("%1", "; ".join(self._name(c) for c in cycles))
        )
        self.plot.setXRange(0, weeks, padding=0.01)
        self.plot.setYRange(-y_max * 0.02, y_max, padding=0)
        self.summary.setText(self._summary(cycles))
        self.plot_widget.setAccessibleDescription(self.summary.text())

    def _name(self, cycle: Cycle) -> str:
        side = labels.injection_sides().get(cycle.side, cycle.side)
        parts = [short_day(cycle.day), side.lower() if side else "", cycle.product]
        return ", ".join(p for p in parts if p)

    def _summary(self, cycles: list[Cycle]) -> str:
        """Average episodes a week before, at and after the usual peak, over all cycles shown."""

        def mean(weeks: range) -> str:
            values = [c.weekly[w] for c in cycles for w in weeks if c.weekly[w] is not None]
            if not values:
                return "–"
            return f"{sum(v for v in values if v is not None) / len(values):.0f}"

        if not any(n is not None for c in cycles for n in c.weekly):
            return self.tr("No full week after an injection yet: the lines appear week by week.")
        counted = (
            self.tr("Only episodes in the injected body regions, on the injected side, count.")
            if all(c.regions for c in cycles)
            else self.tr(
                "Only episodes on the injected side count; an injection without body regions "
                "counts every region (choose them with Edit)."
            )
        )
        averages = (
            self.tr("Episodes a week on average: weeks 0–1: %1; weeks 4–6: %2; weeks 9–11: %3.")
            .replace("%1", mean(range(0, 2)))
            .replace("%2", mean(range(4, 7)))
            .replace("%3", mean(range(9, 12)))
        )
        return f"{averages} {counted}"

    # --- tooltips ----------------------------------------------------------------------------

    def point_text(self, cycle: Cycle, week: int) -> str:
        count = cycle.weekly[week]
        first = cycle.day + dt.timedelta(days=7 * week)
        last = first + dt.timedelta(days=6)
        episodes = episodes_words(count or 0)
        return (
            self.tr("Injection of %1\nWeek %2 (%3 to %4): %5")
            .replace("%1", short_day(cycle.day))
            .replace("%2", str(week))
            .replace("%3", short_day(first))
            .replace("%4", short_day(last))
            .replace("%5", episodes)
        )

    def nearest(self, scene_pos: QPointF) -> tuple[Cycle, int] | None:
        box = self.plot.getViewBox()
        best: tuple[float, Cycle, int] | None = None
        for cycle in self.cycles:
            for week, count in enumerate(cycle.weekly):
                if count is None:
                    continue
                point = box.mapViewToScene(QPointF(week + 0.5, count))
                distance = math.hypot(point.x() - scene_pos.x(), point.y() - scene_pos.y())
                if distance <= HOVER_PIXELS and (best is None or distance < best[0]):
                    best = (distance, cycle, week)
        return (best[1], best[2]) if best else None

    def _hover(self, scene_pos: QPointF) -> None:
        found = self.nearest(scene_pos)
        if found is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.point_text(*found), self.plot_widget)
