"""Daily factors from the check-in against the number of episodes: one dot per day.

Days with the same two numbers share one bigger dot (its tooltip says how many days), so no
day hides behind another and no value is moved ("jittered") away from what was recorded.
The dashed line is a least-squares straight line, shown only with 3 or more days that differ.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from caregiver_app.services.charts import Dashboard, FactorPoint
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.axes import CountAxis
from caregiver_app.ui.charts.base import ChartView, Hit
from caregiver_app.ui.charts.text import date_text
from caregiver_app.words import episodes_words, number, tr

Group = tuple[float, int]  # (factor value, episodes)


class FactorChart(ChartView):
    """Subclasses say which factor, its axis title and how a value reads."""

    export_height = 600
    colour = style.BLUE
    column = ""  # the check-in column (a key of `Dashboard.fits`)

    def points(self, dash: Dashboard) -> tuple[FactorPoint, ...]:
        raise NotImplementedError

    def axis_title(self) -> str:
        raise NotImplementedError

    def value_text(self, value: float) -> str:
        raise NotImplementedError

    def per_unit(self) -> str:
        """'per extra hour of sleep'-style words for the trend sentence."""
        raise NotImplementedError

    def x_range(self, values: list[float]) -> tuple[float, float]:
        return (min(values, default=0) - 0.5, max(values, default=1) + 0.5)

    def build(self) -> None:
        s = self.line_scale
        self.setMinimumHeight(300)
        self.plot = self.add_plot(row=1, axisItems={"left": CountAxis("left")})
        style.style_plot(
            self.plot, self.c, s, left=tr("Episodes that day"), bottom=self.axis_title()
        )
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        fill = QColor(self.c.series(self.colour))
        fill.setAlpha(170)
        self.dots = pg.ScatterPlotItem(
            pen=style.pen(self.c.background, 0.8, s), brush=pg.mkBrush(fill)
        )
        self.trend = pg.PlotDataItem(pen=style.pen(self.c.series(style.BLACK), 2, s, dashed=True))
        self.plot.addItem(self.dots)
        self.plot.addItem(self.trend)
        style.legend_row(
            self.ci,
            self.c,
            0,
            [
                (self.dots, tr("A day (bigger: several days)")),
                (self.trend, tr("Straight-line trend")),
            ],
        )
        self.keep_titles_apart([tr("Episodes that day")], 130)
        self.groups: dict[Group, list[FactorPoint]] = {}
        self._home_range: tuple[tuple[float, float], tuple[float, float]] = ((0, 1), (0, 1))

    def is_empty(self, dash: Dashboard) -> bool:
        return not self.points(dash)

    def draw(self, dash: Dashboard) -> None:
        points = self.points(dash)
        groups: dict[Group, list[FactorPoint]] = defaultdict(list)
        for p in points:
            groups[(float(p.value), p.episodes)].append(p)
        self.groups = dict(groups)
        keys = list(self.groups)
        xs = [k[0] for k in keys]
        ys = [float(k[1]) for k in keys]
        sizes = [min(26.0, 5 + 3.5 * math.sqrt(len(self.groups[k]))) for k in keys]
        self.dots.setData(x=xs, y=ys, size=sizes)
        fit = dash.fits[self.column]
        x_low, x_high = self.x_range(xs)
        if fit is None:
            self.trend.setData([], [])
        else:
            line_x = np.array([min(xs), max(xs)], dtype=float)
            self.trend.setData(line_x, [fit.at(x) for x in line_x])
        top = max([1.0, *ys])
        self._home_range = ((x_low, x_high), (-0.3, top * 1.15 + 0.5))

    def home(self) -> None:
        x_range, y_range = self._home_range
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        if not self.groups:
            return None
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        span_x, span_y = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)

        def distance(key: Group) -> float:
            return math.hypot((key[0] - x) / span_x, (key[1] - y) / span_y)

        key = min(self.groups, key=distance)
        if distance(key) > 0.04:
            return None
        days = self.groups[key]
        head = f"{self.value_text(key[0])}, {episodes_words(key[1])}"
        if len(days) == 1:
            day = days[0].day
            dash = self.dashboard
            target = None
            text = f"{date_text(day, weekday=True)}: {head}"
            if dash is not None and key[1] > 0:
                target = EpisodeFilter(person_id=dash.person_id, first_day=day, last_day=day)
                text += "\n" + tr("Click to see them")
            return Hit(text, target)
        listed = ", ".join(date_text(p.day) for p in days[:3])
        more = "" if len(days) <= 3 else " …"
        return Hit(
            tr("%1 days with %2").replace("%1", str(len(days))).replace("%2", head)
            + f"\n{listed}{more}"
        )

    def summary(self, dash: Dashboard) -> str:
        points = self.points(dash)
        if not points:
            return ""
        text = tr("%1 days with a check-in value.").replace("%1", str(len(points)))
        fit = dash.fits[self.column]
        if fit is None:
            return text + " " + tr("Too few different days for a trend line.")
        change = number(abs(fit.slope), 2)
        if abs(fit.slope) < 0.005:
            words = tr("The trend line is flat.")
        elif fit.slope > 0:
            words = tr("The trend line rises by %1 episodes a day %2.").replace("%1", change)
            words = words.replace("%2", self.per_unit())
        else:
            words = tr("The trend line falls by %1 episodes a day %2.").replace("%1", change)
            words = words.replace("%2", self.per_unit())
        if fit.slope_low is not None and fit.slope_high is not None:
            words += " " + (
                tr("Likely range of the slope: %1 to %2 episodes a day %3.")
                .replace("%1", number(fit.slope_low, 2))
                .replace("%2", number(fit.slope_high, 2))
                .replace("%3", self.per_unit())
            )
            if fit.slope_low <= 0 <= fit.slope_high:
                words += " " + tr("That range includes no change.")
        return f"{text} {words}"


class SleepChart(FactorChart):
    column = "hours_slept"
    colour = style.BLUE

    def points(self, dash: Dashboard) -> tuple[FactorPoint, ...]:
        return dash.sleep

    def axis_title(self) -> str:
        return tr("Hours slept the night before")

    def value_text(self, value: float) -> str:
        return tr("%1 hours slept").replace("%1", number(value))

    def per_unit(self) -> str:
        return tr("for each extra hour of sleep")

    def x_range(self, values: list[float]) -> tuple[float, float]:
        return (min([4.0, *values]) - 0.5, max([10.0, *values]) + 0.5)

    def empty_text(self, dash: Dashboard) -> str:
        return tr("No hours of sleep recorded in this period. Add them in the daily check-in.")


class StressChart(FactorChart):
    column = "stress"
    colour = style.VERMILLION

    def points(self, dash: Dashboard) -> tuple[FactorPoint, ...]:
        return dash.stress

    def axis_title(self) -> str:
        return tr("Stress that day (0–10)")

    def value_text(self, value: float) -> str:
        return tr("Stress %1").replace("%1", number(value, 0))

    def per_unit(self) -> str:
        return tr("for each extra point of stress")

    def x_range(self, values: list[float]) -> tuple[float, float]:
        return (-0.5, 10.5)

    def empty_text(self, dash: Dashboard) -> str:
        return tr("No stress scores recorded in this period. Add them in the daily check-in.")


class FluidsChart(FactorChart):
    column = "fluids_glasses"
    colour = style.GREEN

    def points(self, dash: Dashboard) -> tuple[FactorPoint, ...]:
        return dash.fluids

    def axis_title(self) -> str:
        return tr("Glasses to drink that day")

    def value_text(self, value: float) -> str:
        return tr("%1 glasses").replace("%1", number(value, 0))

    def per_unit(self) -> str:
        return tr("for each extra glass")

    def x_range(self, values: list[float]) -> tuple[float, float]:
        return (-0.5, max([10.0, *values]) + 0.5)

    def empty_text(self, dash: Dashboard) -> str:
        return tr("No fluids recorded in this period. Add them in the daily check-in.")
