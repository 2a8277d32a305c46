"""Charts along the calendar: episodes per day, severity and pain per day, willingness.

x is "local seconds" (the wall-clock time counted as if it were UTC), so a DateAxisItem with
utcOffset=0 prints the caregiver's own dates whatever the computer's time zone. A day's bar or
point sits at noon of that day.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from caregiver_app.services.charts import Dashboard, DayStats
from caregiver_app.services.charts.time_series import WeekCount
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.services.timeutil import day_start
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.axes import DAY, CountAxis, date_axis
from caregiver_app.ui.charts.base import ChartView, Hit
from caregiver_app.ui.charts.day_series import LONG_PERIOD_DAYS, DayBars, set_trend, trend_line
from caregiver_app.ui.charts.markers import MarkerStrip, TreatmentMarkers
from caregiver_app.ui.charts.text import date_text
from caregiver_app.words import episodes_words, number, tr

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()  # x = (ordinal - this + 0.5) * DAY: noon
NAN = float("nan")
WEEKLY_FROM_DAYS = 120  # longer periods: one bar a week (daily bars are too thin to read)


def day_x(dash: Dashboard) -> np.ndarray:
    start = day_start(dash.period.first_day)
    return start + DAY / 2 + DAY * np.arange(dash.period.days, dtype=float)


def day_index(dash: Dashboard, x: float) -> int | None:
    index = math.floor((x - day_start(dash.period.first_day)) / DAY)
    return index if 0 <= index < dash.period.days else None


def one_day(dash: Dashboard, index: int) -> EpisodeFilter:
    day = dash.daily.days[index]
    return EpisodeFilter(person_id=dash.person_id, first_day=day, last_day=day)


class TimeChart(ChartView):
    zoomable = True

    def align_left_axes(self, widest_tick: str) -> None:
        """Stacked plots share the time axis: give their left axes one width so the same
        date sits at the same place in each."""
        metrics = QFontMetrics(self.c.font(style.TICK_PT))
        width = metrics.horizontalAdvance(widest_tick) + round(44 * self.c.text_scale)
        for plot in self.plots:
            plot.getAxis("left").setWidth(width)

    def home(self) -> None:
        dash = self.dashboard
        if dash is None:
            return
        start = day_start(dash.period.first_day)
        end = start + DAY * dash.period.days
        pad = DAY * max(0.5, dash.period.days * 0.01)
        for plot in self.plots:
            box = plot.getViewBox()
            box.setLimits(xMin=start - pad, xMax=end + pad, minXRange=DAY * 3)
            box.setXRange(start - pad, end + pad, padding=0)


class DailyChart(TimeChart):
    """Bars: episodes each day (each week over a long period). Line: the trailing 7-day
    average (over a long period, the weekly average of the trailing 4 weeks)."""

    def build(self) -> None:
        s = self.line_scale
        self.strip = MarkerStrip()
        self.ci.addItem(self.strip, row=1, col=0)
        self.plot = self.add_plot(
            row=2, axisItems={"bottom": date_axis(), "left": CountAxis("left")}
        )
        style.style_plot(self.plot, self.c, s, left=tr("Episodes per day"))
        style.fit_bottom_axis(self.plot, self.c)
        bar = self.c.series(style.SKY)
        self.bars = DayBars(x=[0.0], height=[0.0], width=DAY * 0.8, brush=bar, pen=None)
        # Days not over yet (today) are paler: drawn again on top of their bar, so that the
        # bars keep one brush, which pyqtgraph paints in one call (a brush per bar replays a
        # recorded picture of thousands of rectangles on every paint).
        self.partial = DayBars(
            x=[0.0], height=[0.0], width=DAY * 0.8, brush=self.c.paler(style.SKY, 110), pen=None
        )
        self.plot.addItem(self.bars)
        self.plot.addItem(self.partial)
        self.line = trend_line(self.plot, self.c.series(style.BLUE), 3, s)
        self.markers = TreatmentMarkers(self.plot, self.c, s, strip=self.strip)
        self.weekly = False
        self.legend = style.legend_row(
            self.ci,
            self.c,
            0,
            [(self.bars, tr("Episodes that day")), (self.line, tr("Average of the last 7 days"))],
        )
        self.keep_titles_apart([tr("Episodes per day")], 100)

    def marker_key(self) -> list[str]:
        return self.markers.key()

    def caption(self, dash: Dashboard) -> str | None:
        if dash.period.days > WEEKLY_FROM_DAYS:
            return tr(
                "A bar a week (Monday to Sunday) over this long period. Click a bar to see "
                "that week's episodes. Ctrl + mouse wheel zooms in time."
            )
        return None

    def _set_weekly(self, weekly: bool) -> None:
        self.weekly = weekly
        self.plot.setLabel("left", tr("Episodes per week") if weekly else tr("Episodes per day"))
        names = (
            (tr("Episodes that week"), tr("Weekly average of the last 4 weeks"))
            if weekly
            else (tr("Episodes that day"), tr("Average of the last 7 days"))
        )
        for (_, label), name in zip(self.legend.items, names, strict=True):
            label.setText(name)
        self.legend.fit_width(self.width() - 40)  # the new names may need another row

    def draw(self, dash: Dashboard) -> None:
        x = day_x(dash)
        rolling = _array(dash.daily.rolling)
        weekly = dash.period.days > WEEKLY_FROM_DAYS
        self._set_weekly(weekly)
        if weekly:
            weeks = dash.daily.weeks()
            x = np.array([float(day_start(w.monday)) + 3.5 * DAY for w in weeks])
            counts = np.array([w.count for w in weeks], dtype=float)
            partial = np.array([not w.complete for w in weeks], dtype=bool)
            width = DAY * 6
            line_x, line_y = day_x(dash), four_week_average(dash)
        else:
            counts = np.array(dash.daily.counts, dtype=float)
            partial = np.array(
                [not dash.daily.is_complete(i) for i in range(dash.period.days)], dtype=bool
            )
            width = DAY * 0.8
            line_x, line_y = x, rolling
        self.bars.setOpts(x=x, height=counts, width=width)
        if partial.any():
            self.partial.setOpts(x=x[partial], height=counts[partial], width=width)
            self.partial.show()
        else:
            self.partial.hide()
        set_trend(self.line, line_x, line_y)
        self.markers.show(dash.treatments, dash.period.first_day, dash.period.last_day)
        top = max(1.0, float(counts.max(initial=0)), float(np.nanmax(line_y, initial=0)))
        self.plot.getViewBox().setLimits(yMin=0, yMax=top * 1.5)
        self.plot.setYRange(0, top * 1.12, padding=0)

    def _week_at(self, x: float) -> WeekCount | None:
        dash = self.dashboard
        index = None if dash is None else day_index(dash, x)
        if dash is None or index is None:
            return None
        day = dash.daily.days[index]
        return next((w for w in dash.daily.weeks() if w.first_day <= day <= w.last_day), None)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        if dash is not None and self.weekly:
            week = self._week_at(x)
            if week is None:
                return None
            text = (
                tr("%1 to %2: %3")
                .replace("%1", date_text(week.first_day, weekday=True))
                .replace("%2", date_text(week.last_day, weekday=True))
                .replace("%3", episodes_words(week.count))
            )
            if not week.complete:
                text += " " + tr("so far (the week is not over)")
            if not week.count:
                return Hit(text)
            target = EpisodeFilter(
                person_id=dash.person_id, first_day=week.first_day, last_day=week.last_day
            )
            return Hit(text + "\n" + tr("Click to see them"), target)
        index = None if dash is None else day_index(dash, x)
        if dash is None or index is None:
            return None
        count = dash.daily.counts[index]
        text = f"{date_text(dash.daily.days[index], weekday=True)}: {episodes_words(count)}"
        if not dash.daily.is_complete(index):
            text += " " + tr("so far (the day is not over)")
        rolling = dash.daily.rolling[index]
        if rolling is not None:
            text += "\n" + tr("Average of the last 7 days: %1 a day").replace("%1", number(rolling))
        if count:
            text += "\n" + tr("Click to see them")
        return Hit(text, one_day(dash, index) if count else None)

    def summary(self, dash: Dashboard) -> str:
        text = tr("%1 in %2 days, stiffness included.").replace("%1", episodes_words(dash.episodes))
        text = text.replace("%2", str(dash.period.days))
        rate = dash.frequency.rate
        if rate is not None:  # the one frequency figure, as the report's page 1 gives it
            text += " " + (
                tr("Spasms, twitches, cramps and clonus: %1 a day over the %2 complete days.")
                .replace("%1", number(rate.per_day))
                .replace("%2", str(rate.period.days))
            )
        if dash.episodes:
            most = max(dash.daily.counts)
            day = dash.daily.days[dash.daily.counts.index(most)]
            text += " " + tr("Most in one day: %1 on %2.").replace("%1", str(most))
            text = text.replace("%2", date_text(day))
        last = dash.daily.last_rolling
        if last is not None:
            text += " " + tr("Latest 7-day average: %1 a day.").replace("%1", number(last))
        return text


def four_week_average(dash: Dashboard) -> np.ndarray:
    """Episodes a week, averaged over the 28 days ending on each day; NaN where those days
    start before the period or the day is not over."""
    counts = np.array(dash.daily.counts, dtype=float)
    sums = np.convolve(counts, np.ones(28), mode="full")[: len(counts)] / 4
    sums[:27] = NAN
    sums[np.isnan(_array(dash.daily.rolling))] = NAN
    return sums


def _array(values: tuple[float | None, ...]) -> np.ndarray:
    """Floats for pyqtgraph, NaN where there is no value."""
    return np.fromiter((NAN if v is None else v for v in values), dtype=float, count=len(values))


class SeverityPainChart(TimeChart):
    """Daily mean severity (1-3) and pain (0-10), each with the day's lowest to highest."""

    export_height = 700

    def build(self) -> None:
        s = self.line_scale
        self.setMinimumHeight(440)
        self.strip = MarkerStrip()
        self.ci.addItem(self.strip, row=1, col=0)
        self.severity = self.add_plot(row=2, col=0, axisItems={"bottom": date_axis()})
        self.pain = self.add_plot(row=3, col=0, axisItems={"bottom": date_axis()})
        self.markers = [
            TreatmentMarkers(self.severity, self.c, s, strip=self.strip),
            TreatmentMarkers(self.pain, self.c, s),
        ]
        self.pain.setXLink(self.severity)
        self.severity.getAxis("bottom").setStyle(showValues=False)
        style.fit_bottom_axis(self.pain, self.c)
        self.align_left_axes(tr("Moderate"))
        style.style_plot(self.severity, self.c, s, left=tr("Severity"))
        style.style_plot(self.pain, self.c, s, left=tr("Pain (0–10)"))
        self.keep_titles_apart([tr("Severity"), tr("Pain (0–10)")], 170)
        self.severity.getAxis("left").setTicks(
            [[(1, tr("Mild")), (2, tr("Moderate")), (3, tr("Severe"))]]
        )
        self.severity.setYRange(0.6, 3.4, padding=0)
        self.pain.setYRange(-0.4, 10.5, padding=0)
        self.pain.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])
        self.items: dict[str, tuple[pg.BarGraphItem, pg.PlotDataItem]] = {}
        self.dashes: dict[str, DayBars] = {}
        self.trends: dict[str, pg.PlotDataItem] = {}
        for name, plot, colour, symbol in (
            ("severity", self.severity, style.VERMILLION, "o"),
            ("pain", self.pain, style.PURPLE, "s"),
        ):
            # Opaque (the translucent colour over white): translucent, thousands of thin
            # bars took 35 ms to fill at every paint.
            faint = self.c.paler(colour, 80)
            colour = self.c.series(colour)
            # Ranges as thin filled bars: cheap to draw even for 3,650 days (a stroked,
            # translucent path of that many segments takes seconds to paint).
            bars = DayBars(x=[0.0], y0=[0.0], height=[0.0], width=DAY * 0.4, brush=faint, pen=None)
            means = pg.PlotDataItem(
                pen=None,
                symbol=symbol,
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=style.pen(self.c.background, 0.8, s),
            )
            # The legend draws the symbol from the scatter's own style, which is only set
            # with data: set it now, for a long period (no symbols) or no data yet.
            means.scatter.setSymbol(symbol)
            means.scatter.setSize(8)
            means.scatter.setBrush(pg.mkBrush(colour))
            means.scatter.setPen(style.pen(self.c.background, 0.8, s))
            # Over a long period the day's average is a short dash instead of a symbol:
            # thousands of symbols are a blur at that width and slow to place.
            dashes = DayBars(x=[0.0], y0=[0.0], height=[0.0], width=DAY, brush=colour, pen=None)
            plot.addItem(bars)
            plot.addItem(means)
            plot.addItem(dashes)
            trend = trend_line(plot, self.c.series(style.BLACK), 2, s)
            self.items[name] = (bars, means)
            self.dashes[name] = dashes
            self.trends[name] = trend
        style.legend_row(
            self.ci,
            self.c,
            0,
            [
                (self.items["severity"][1], tr("Severity: average that day")),
                (self.items["pain"][1], tr("Pain: average that day")),
                (self.items["severity"][0], tr("Faint bar: lowest to highest that day")),
                (self.trends["severity"], tr("Average of the last 7 days")),
            ],
            columns=2,
        )

    def draw(self, dash: Dashboard) -> None:
        x = day_x(dash)
        width = DAY * (0.4 if dash.period.days <= 120 else 0.8)
        long_period = dash.period.days > LONG_PERIOD_DAYS
        for name, series, trend, plot in (
            ("severity", dash.severity_by_day, dash.severity_trend, self.severity),
            ("pain", dash.pain_by_day, dash.pain_trend, self.pain),
        ):
            mean, low, high = series
            bars, means = self.items[name]
            keep = ~np.isnan(mean)
            bars.setOpts(x=x[keep], y0=low[keep], height=high[keep] - low[keep], width=width)
            dashes = self.dashes[name]
            if long_period:
                means.setData([], [])
                (low_y, high_y) = plot.getViewBox().viewRange()[1]
                thick = (high_y - low_y) * 0.02
                dashes.setOpts(x=x[keep], y0=mean[keep] - thick / 2, height=thick, width=DAY)
                dashes.show()
            else:
                dashes.hide()
                means.setData(x[keep], mean[keep])
            set_trend(self.trends[name], x, trend)
        for markers in self.markers:
            markers.show(dash.treatments, dash.period.first_day, dash.period.last_day)

    def marker_key(self) -> list[str]:
        return self.markers[0].key()

    def _stats(self, index: int) -> DayStats | None:
        dash = self.dashboard
        if dash is None:
            return None
        day = dash.daily.days[index]
        return next((s for s in dash.day_stats if s.day == day), None)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        index = None if dash is None else day_index(dash, x)
        if dash is None or index is None:
            return None
        day_text = date_text(dash.daily.days[index], weekday=True)
        stats = self._stats(index)
        if stats is None:
            return Hit(f"{day_text}: " + tr("no episodes"))
        lines = [f"{day_text}: {episodes_words(stats.episodes)}"]
        lines.append(
            tr("Severity: average %1 (lowest %2, highest %3)")
            .replace("%1", number(stats.severity_mean))
            .replace("%2", str(stats.severity_min))
            .replace("%3", str(stats.severity_max))
        )
        if stats.pain_mean is None:
            lines.append(tr("Pain: not recorded"))
        else:
            lines.append(
                tr("Pain: average %1 (lowest %2, highest %3), from %4 scores")
                .replace("%1", number(stats.pain_mean))
                .replace("%2", str(stats.pain_min))
                .replace("%3", str(stats.pain_max))
                .replace("%4", str(stats.pain_recorded))
            )
        lines.append(tr("Click to see them"))
        return Hit("\n".join(lines), one_day(dash, index))

    def summary(self, dash: Dashboard) -> str:
        if not dash.day_stats:
            return ""
        episodes = sum(s.episodes for s in dash.day_stats)
        severity = sum(s.severity_mean * s.episodes for s in dash.day_stats) / episodes
        scored = [s for s in dash.day_stats if s.pain_mean is not None]
        text = tr("Average severity %1 (1 mild to 3 severe) over %2 days with episodes.")
        text = text.replace("%1", number(severity)).replace("%2", str(len(dash.day_stats)))
        if scored:
            n = sum(s.pain_recorded for s in scored)
            pain = sum((s.pain_mean or 0) * s.pain_recorded for s in scored) / n
            text += " " + tr("Average pain %1 out of 10 from %2 scores.").replace(
                "%1", number(pain)
            )
            text = text.replace("%2", str(n))
        else:
            text += " " + tr("No pain scores recorded.")
        return text


class WillingnessChart(TimeChart):
    """Therapy willingness (0-10) on the days it was recorded, above the 7-day episode average."""

    export_height = 640

    def build(self) -> None:
        s = self.line_scale
        self.setMinimumHeight(360)
        self.willing = self.add_plot(row=1, col=0, axisItems={"bottom": date_axis()})
        self.trend = self.add_plot(row=2, col=0, axisItems={"bottom": date_axis()})
        self.trend.setXLink(self.willing)
        self.willing.getAxis("bottom").setStyle(showValues=False)
        style.fit_bottom_axis(self.trend, self.c)
        self.align_left_axes("10")
        style.style_plot(self.willing, self.c, s, left=tr("Willingness (0–10)"))
        style.style_plot(self.trend, self.c, s, left=tr("Episodes a day"))
        self.keep_titles_apart([tr("Willingness (0–10)"), tr("Episodes a day")], 150)
        self.willing.setYRange(-0.4, 10.5, padding=0)
        self.willing.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])
        self.points = pg.PlotDataItem(
            pen=style.pen(self.c.series(style.GREEN), 1.5, s),
            symbol="o",
            symbolSize=8,
            symbolBrush=self.c.series(style.GREEN),
            symbolPen=style.pen(self.c.background, 0.5, s),
        )
        self.willing.addItem(self.points)
        self.line = trend_line(self.trend, self.c.series(style.BLUE), 3, s)
        style.legend_row(
            self.ci,
            self.c,
            0,
            [
                (self.points, tr("Willingness for therapy")),
                (self.line, tr("Episodes: average of the last 7 days")),
            ],
            columns=1,
        )

    def is_empty(self, dash: Dashboard) -> bool:
        return not dash.willingness

    def empty_text(self, dash: Dashboard) -> str:
        return tr(
            "No willingness for therapy recorded in this period. The daily check-in asks about "
            "it on therapy days."
        )

    def draw(self, dash: Dashboard) -> None:
        xs = [(p.day.toordinal() - _EPOCH_ORDINAL + 0.5) * DAY for p in dash.willingness]
        # Over a long period the line alone: hundreds of symbols there are a blur.
        self.points.setSymbol(None if dash.period.days > LONG_PERIOD_DAYS else "o")
        self.points.setData(xs, [float(p.value) for p in dash.willingness])
        rolling = _array(dash.daily.rolling)
        set_trend(self.line, day_x(dash), rolling)
        top = max(1.0, float(np.nanmax(rolling, initial=0)))
        self.trend.setYRange(0, top * 1.15, padding=0)

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        dash = self.dashboard
        index = None if dash is None else day_index(dash, x)
        if dash is None or index is None:
            return None
        day = dash.daily.days[index]
        lines = [date_text(day, weekday=True)]
        found = next((p for p in dash.willingness if p.day == day), None)
        if found is not None:
            lines.append(
                tr("Willingness: %1 out of 10").replace("%1", number(float(found.value), 0))
            )
        else:
            lines.append(tr("Willingness: not recorded"))
        rolling = dash.daily.rolling[index]
        if rolling is not None:
            lines.append(
                tr("Episodes, average of the last 7 days: %1 a day").replace("%1", number(rolling))
            )
        return Hit("\n".join(lines))

    def summary(self, dash: Dashboard) -> str:
        if not dash.willingness:
            return ""
        values = [float(p.value) for p in dash.willingness]
        return (
            tr("Willingness recorded on %1 days, on average %2 out of 10.")
            .replace("%1", str(len(values)))
            .replace("%2", number(sum(values) / len(values)))
        )
