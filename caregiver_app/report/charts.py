"""Charts for paper, drawn with QPainter straight onto the page: vector, sharp at any zoom.

Colours come from the Okabe-Ito palette (colour-blind safe), chosen so that things drawn side
by side also differ in lightness and survive a grey-scale printer: sky-blue bars under a black
average line; left / right / both sides as dark blue / orange / light yellow, each outlined.
Every axis says what it counts and in which unit.

Each `draw_*` function paints into a rectangle in device pixels; `Metrics` turns millimetres
and points into pixels for the device (a 300 dpi PDF, a 1200 dpi printer, a preview).
Text is drawn as real text, so a PDF's chart labels can be selected and searched.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.words import tr
from caregiver_app.services import charts as chart_data
from caregiver_app.services.periods import Period

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
PALE_SKY = "#CFE8F7"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
AXIS = "#4A5560"
GRID = "#D5DBE1"
TEXT = "#1F2933"
SIDE_FILLS = {"left": BLUE, "right": ORANGE, "both": YELLOW}

TICK_PT = 7.0
TITLE_PT = 7.5
DAILY_UP_TO_DAYS = 92  # longer periods show a bar a week, and from 3 years a bar a month
WEEKLY_UP_TO_DAYS = 3 * 366


# --- shaping the numbers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    """Days first..last of the period shown as one bar."""

    first: dt.date
    last: dt.date
    value: float | None  # episodes that day, or the mean a day over the bin's complete days
    partial: bool = False  # includes a day that is not over (today)


def bin_unit(period: Period) -> str:
    if period.days <= DAILY_UP_TO_DAYS:
        return "day"
    return "week" if period.days <= WEEKLY_UP_TO_DAYS else "month"


def _bin_periods(period: Period, unit: str) -> list[Period]:
    result: list[Period] = []
    start = period.first_day
    while start <= period.last_day:
        if unit == "day":
            end = start
        elif unit == "week":
            end = start + dt.timedelta(days=6 - start.weekday())
        else:
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        end = min(end, period.last_day)
        result.append(Period(start, end))
        start = end + dt.timedelta(days=1)
    return result


def episode_bins(daily: chart_data.DailyCounts, today: dt.date) -> list[Bin]:
    """Episodes a day: one bar a day for up to 3 months, else the mean a day of each week (or
    month) over its complete days, so a week that is not over does not look quiet."""
    period = daily.period
    unit = bin_unit(period)
    bins: list[Bin] = []
    for part in _bin_periods(period, unit):
        first, last = period.index_of(part.first_day), period.index_of(part.last_day)
        if unit == "day":
            bins.append(
                Bin(part.first_day, part.last_day, daily.counts[first], part.last_day >= today)
            )
            continue
        complete = [
            daily.counts[i]
            for i in range(first, last + 1)
            if period.first_day + dt.timedelta(days=i) < today
        ]
        value = sum(complete) / len(complete) if complete else None
        bins.append(Bin(part.first_day, part.last_day, value, len(complete) < part.days))
    return bins


@dataclass(frozen=True)
class StatBin:
    first: dt.date
    last: dt.date
    severity: float | None
    pain: float | None
    pain_low: int | None
    pain_high: int | None


def stat_bins(period: Period, days: Sequence[chart_data.DayStats]) -> list[StatBin]:
    """Mean severity and pain of each bar's days (weighted by episodes), and the pain range."""
    unit = bin_unit(period)
    by_day = {d.day: d for d in days}
    result: list[StatBin] = []
    for part in _bin_periods(period, unit):
        found = [by_day[d] for d in part.each_day() if d in by_day]
        episodes = sum(d.episodes for d in found)
        with_pain = [d for d in found if d.pain_mean is not None and d.pain_recorded]
        pain_n = sum(d.pain_recorded for d in with_pain)
        result.append(
            StatBin(
                part.first_day,
                part.last_day,
                sum(d.severity_mean * d.episodes for d in found) / episodes if episodes else None,
                sum(float(d.pain_mean or 0) * d.pain_recorded for d in with_pain) / pain_n
                if pain_n
                else None,
                min(int(d.pain_min) for d in with_pain if d.pain_min is not None)
                if with_pain
                else None,
                max(int(d.pain_max) for d in with_pain if d.pain_max is not None)
                if with_pain
                else None,
            )
        )
    return result


# --- drawing helpers ------------------------------------------------------------------------------------


def _pen(m: Metrics, colour: str, points: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour), m.pt(points))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """0 and round steps (1, 2, 5 × 10^k) up to at least `top`, at most `most` + 1 values."""
    top = max(top, 1e-9)
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 2.5, 5, 10) if power >= 10 else (1, 2, 5, 10)
    step = next(s * power for s in steps if s * power >= raw)
    if step < 1 and top >= 1:
        step = 1.0
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", 1)


def _date(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def date_ticks(period: Period, room: int) -> list[tuple[dt.date, str]]:
    """At most `room` dated ticks at natural places: days, Mondays, month starts, years."""
    first, last = period.first_day, period.last_day
    days = list(period.each_day()) if period.days <= 800 else []
    candidates: list[tuple[list[dt.date], str]] = []
    if days:
        for step in (1, 2):
            candidates.append((days[::step], "d MMM"))
        mondays = [d for d in days if d.weekday() == 0]
        candidates.append((mondays, "d MMM"))
        candidates.append((mondays[::2], "d MMM"))
    month_starts: list[dt.date] = []
    cursor = first.replace(day=1)
    while cursor <= last:
        if cursor >= first:
            month_starts.append(cursor)
        cursor = (cursor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    for step in (1, 2, 3, 6):
        chosen = [d for d in month_starts if (d.month - 1) % step == 0]
        candidates.append((chosen, "MMM yyyy"))
    years = [d for d in month_starts if d.month == 1]
    for step in (1, 2, 5, 10):
        candidates.append(([d for d in years if d.year % step == 0], "yyyy"))
    for ticks, pattern in candidates:
        if 2 <= len(ticks) <= room or (ticks and len(ticks) <= room and period.days < 14):
            return [(d, _date(d, pattern)) for d in ticks]
    return [(first, _date(first, "d MMM yyyy"))]


class Plot:
    """The plotting area inside `rect`, with room left for tick labels and axis titles."""

    def __init__(
        self,
        painter: QPainter,
        m: Metrics,
        rect: QRectF,
        y_ticks: Sequence[float],
        y_title: str,
        x_title: str,
        x_range: tuple[float, float],
        y_labels: Callable[[float], str] = _number,
        show_x_labels: bool = True,
        legend: Sequence[tuple[str, Callable[[QPainter, QRectF], None]]] = (),
    ) -> None:
        self.p, self.m = painter, m
        self.tick_font = m.scaled_font(TICK_PT)
        self.title_font = m.scaled_font(TITLE_PT)
        self.tick_metrics = QFontMetricsF(self.tick_font, m.device)
        self.title_metrics = QFontMetricsF(self.title_font, m.device)
        self.y_ticks = list(y_ticks)
        self.y_labels = y_labels
        self.y_title, self.x_title = y_title, x_title
        self.x0, self.x1 = x_range
        self.y0, self.y1 = self.y_ticks[0], self.y_ticks[-1]
        label_width = max(self.tick_metrics.horizontalAdvance(y_labels(v)) for v in self.y_ticks)
        left = self.title_metrics.height() + m.mm(1.5) + label_width + m.mm(1.2)
        top = m.mm(1.5)
        self.legend = list(legend)
        if self.legend:
            top += self.title_metrics.height() + m.mm(1.5)
        bottom = m.mm(1.0)
        if show_x_labels:
            bottom += self.tick_metrics.height() + m.mm(0.8)
        if x_title:
            bottom += self.title_metrics.height() + m.mm(0.5)
        self.rect = rect
        self.area = QRectF(
            rect.left() + left,
            rect.top() + top,
            rect.width() - left - m.mm(2),
            rect.height() - top - bottom,
        )
        self.show_x_labels = show_x_labels

    def x(self, value: float) -> float:
        span = self.x1 - self.x0 or 1.0
        return self.area.left() + (value - self.x0) / span * self.area.width()

    def y(self, value: float) -> float:
        span = self.y1 - self.y0 or 1.0
        return self.area.bottom() - (value - self.y0) / span * self.area.height()

    def draw_frame(self, x_ticks: Sequence[tuple[float, str]]) -> None:
        p, m, area = self.p, self.m, self.area
        p.setFont(self.tick_font)
        for value in self.y_ticks:
            y = self.y(value)
            p.setPen(_pen(m, GRID, 0.4))
            if value != self.y0:
                p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor(TEXT))
            box = QRectF(self.rect.left(), y - self.tick_metrics.height() / 2, 0, 0)
            box.setRight(area.left() - m.mm(1.2))
            box.setHeight(self.tick_metrics.height())
            p.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.y_labels(value),
            )
        p.setPen(_pen(m, AXIS, 0.6))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        label_top = area.bottom() + m.mm(0.8)
        for value, text in x_ticks:
            x = self.x(value)
            p.setPen(_pen(m, AXIS, 0.6))
            p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + m.mm(0.8)))
            if self.show_x_labels and text:
                width = self.tick_metrics.horizontalAdvance(text)
                left = min(max(x - width / 2, self.rect.left()), self.rect.right() - width)
                p.setPen(QColor(TEXT))
                p.drawText(QPointF(left, label_top + self.tick_metrics.ascent()), text)
        p.setFont(self.title_font)
        p.setPen(QColor(TEXT))
        if self.x_title:
            top = self.rect.bottom() - self.title_metrics.height()
            p.drawText(
                QRectF(area.left(), top, area.width(), self.title_metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter),
                self.x_title,
            )
        p.save()
        p.translate(self.rect.left(), area.center().y())
        p.rotate(-90)
        p.drawText(
            QRectF(
                -area.height() / 2 - m.mm(10),
                0,
                area.height() + m.mm(20),
                self.title_metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.y_title,
        )
        p.restore()
        self._draw_legend()

    def _draw_legend(self) -> None:
        if not self.legend:
            return
        p, m = self.p, self.m
        p.setFont(self.title_font)
        height = self.title_metrics.height()
        x = self.area.left()
        top = self.rect.top()
        for text, swatch in self.legend:
            swatch(p, QRectF(x, top + height * 0.2, m.mm(4), height * 0.6))
            x += m.mm(5)
            p.setPen(QColor(TEXT))
            p.drawText(QPointF(x, top + self.title_metrics.ascent()), text)
            x += self.title_metrics.horizontalAdvance(text) + m.mm(4)


def bar_swatch(
    m: Metrics, fill: str, outline: str = AXIS, dashed: bool = False
) -> Callable[[QPainter, QRectF], None]:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(_pen(m, outline, 0.4, dashed))
        p.setBrush(QBrush(QColor(fill)))
        p.drawRect(r)

    return paint


def line_swatch(
    m: Metrics, colour: str, width_pt: float, dashed: bool = False, dot: bool = False
) -> Callable[[QPainter, QRectF], None]:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(_pen(m, colour, width_pt, dashed))
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        if dot:
            _marker(p, m, QPointF(r.center().x(), r.center().y()), colour, "circle")

    return paint


def _marker(p: QPainter, m: Metrics, at: QPointF, colour: str, shape: str) -> None:
    size = m.mm(0.75)
    p.setPen(_pen(m, colour, 0.5))
    p.setBrush(QBrush(QColor("#FFFFFF") if shape == "circle" else QColor(colour)))
    if shape == "circle":
        p.drawEllipse(at, size, size)
    else:
        p.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))


def _bar(
    p: QPainter, m: Metrics, rect: QRectF, fill: str, outline: str = AXIS, dashed: bool = False
) -> None:
    p.setPen(_pen(m, outline, 0.3, dashed) if rect.width() > m.mm(0.6) else Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(fill)))
    p.drawRect(rect)


def _period_x_ticks(plot: Plot, period: Period) -> list[tuple[float, str]]:
    room = max(
        2, int(plot.area.width() / (plot.tick_metrics.horizontalAdvance("00 MMM 0000") * 1.15))
    )
    return [
        (period.index_of(d) + 0.5 if period.days <= 62 else period.index_of(d), text)
        for d, text in date_ticks(period, room)
    ]


# --- the charts -----------------------------------------------------------------------------------------


def unit_words(unit: str) -> str:
    return {
        "day": tr("Episodes each day"),
        "week": tr("Average episodes a day, each week"),
        "month": tr("Average episodes a day, each month"),
    }[unit]


def draw_episodes(
    p: QPainter,
    rect: QRectF,
    m: Metrics,
    daily: chart_data.DailyCounts,
    today: dt.date,
    markers: Sequence[tuple[dt.date, str]] = (),
) -> None:
    """Bars of episodes a day (or the mean a day of each week or month), the 7-day average as
    a line, and numbered treatment markers (their key is printed under the chart)."""
    period = daily.period
    bins = episode_bins(daily, today)
    unit = bin_unit(period)
    values = [b.value for b in bins if b.value is not None]
    if unit == "day":
        values += [v for v in daily.rolling if v is not None]
    legend = [(unit_words(unit), bar_swatch(m, SKY))]
    if unit == "day" and any(b.partial and b.value for b in bins):
        legend.append((tr("Today, not over yet"), bar_swatch(m, PALE_SKY, SKY, dashed=True)))
    if unit == "day" and any(v is not None for v in daily.rolling):
        legend.append((tr("7-day average"), line_swatch(m, BLACK, 1.4)))
    if markers:
        legend.append((tr("Treatment (see key)"), line_swatch(m, VERMILLION, 0.8, dashed=True)))
    plot = Plot(
        p,
        m,
        rect,
        nice_ticks(max(values, default=0) or 1),
        tr("Episodes a day"),
        tr("Date"),
        (0, period.days),
        legend=legend,
    )
    plot.draw_frame(_period_x_ticks(plot, period))
    gap = 0.15 if unit == "day" else 0.08
    for b in bins:
        if b.value is None:
            continue
        left = period.index_of(b.first) + gap
        right = period.index_of(b.last) + 1 - gap
        box = QRectF(QPointF(plot.x(left), plot.y(b.value)), QPointF(plot.x(right), plot.y(0)))
        if unit == "day" and b.partial:
            _bar(p, m, box, PALE_SKY, SKY, dashed=True)
        else:
            _bar(p, m, box, SKY)
    if unit == "day":
        path = QPainterPath()
        drawing = False
        for index, value in enumerate(daily.rolling):
            if value is None:
                drawing = False
                continue
            point = QPointF(plot.x(index + 0.5), plot.y(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        p.setPen(_pen(m, BLACK, 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    _draw_markers(p, m, plot, period, markers)


def _draw_markers(
    p: QPainter, m: Metrics, plot: Plot, period: Period, markers: Sequence[tuple[dt.date, str]]
) -> None:
    font = m.scaled_font(6.5, bold=True)
    metrics = QFontMetricsF(font, m.device)
    p.setFont(font)
    for number, (day, _label) in enumerate(markers, start=1):
        x = plot.x(period.index_of(day) + 0.5)
        p.setPen(_pen(m, VERMILLION, 0.8, dashed=True))
        p.drawLine(QPointF(x, plot.area.top()), QPointF(x, plot.area.bottom()))
        text = str(number)
        size = max(metrics.horizontalAdvance(text), metrics.height()) + m.mm(0.6)
        box = QRectF(x - size / 2, plot.area.top(), size, metrics.height() + m.mm(0.3))
        p.setPen(_pen(m, VERMILLION, 0.5))
        p.setBrush(QBrush(QColor("#FFFFFF")))
        p.drawRect(box)
        p.setPen(QColor(BLACK))
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def draw_severity_pain(
    p: QPainter, rect: QRectF, m: Metrics, period: Period, days: Sequence[chart_data.DayStats]
) -> None:
    """Two panels on one time axis: mean pain (0-10, with the lowest-highest range) above,
    mean severity (1 mild to 3 severe) below. Days without episodes have no point."""
    bins = stat_bins(period, days)
    gap = m.mm(3)
    pain_rect = QRectF(rect.left(), rect.top(), rect.width(), (rect.height() - gap) * 0.55)
    severity_rect = QRectF(
        rect.left(),
        pain_rect.bottom() + gap,
        rect.width(),
        rect.height() - pain_rect.height() - gap,
    )
    pain = Plot(
        p,
        m,
        pain_rect,
        [0, 2, 4, 6, 8, 10],
        tr("Pain (0–10)"),
        "",
        (0, period.days),
        show_x_labels=False,
        legend=[
            (tr("Mean pain"), line_swatch(m, VERMILLION, 1.0, dot=True)),
            (tr("Lowest to highest"), bar_swatch(m, "#F6D3BF", "#F6D3BF")),
        ],
    )
    names = {1.0: tr("1 mild"), 2.0: tr("2 moderate"), 3.0: tr("3 severe")}
    severity = Plot(
        p,
        m,
        severity_rect,
        [1, 2, 3],
        tr("Severity"),
        tr("Date"),
        (0, period.days),
        y_labels=lambda v: names.get(v, _number(v)),
        legend=[(tr("Mean severity"), line_swatch(m, BLUE, 1.0, dot=False))],
    )
    # Both panels share their left edge, so their dates line up.
    left = max(pain.area.left(), severity.area.left())
    for plot in (pain, severity):
        plot.area.setLeft(left)
    pain.draw_frame(_period_x_ticks(pain, period))
    severity.draw_frame(_period_x_ticks(severity, period))
    half = 0.5 if bin_unit(period) == "day" else 0.0

    def centre(b: StatBin) -> float:
        return (
            (period.index_of(b.first) + period.index_of(b.last) + 1) / 2
            if not half
            else period.index_of(b.first) + half
        )

    width = max(m.mm(0.5), min(m.mm(2.0), pain.area.width() / max(1, len(bins)) * 0.5))
    for b in bins:
        if b.pain_low is not None and b.pain_high is not None:
            x = pain.x(centre(b))
            p.fillRect(
                QRectF(
                    QPointF(x - width / 2, pain.y(b.pain_high)),
                    QPointF(x + width / 2, pain.y(b.pain_low)),
                ),
                QColor("#F6D3BF"),
            )
    _series(p, m, pain, bins, [b.pain for b in bins], centre, VERMILLION, "circle")
    _series(p, m, severity, bins, [b.severity for b in bins], centre, BLUE, "square")


def _series(
    p: QPainter,
    m: Metrics,
    plot: Plot,
    bins: Sequence[StatBin],
    values: Sequence[float | None],
    centre: Callable[[StatBin], float],
    colour: str,
    shape: str,
) -> None:
    """Points joined by a line where neighbouring bars both have a value (gaps stay gaps)."""
    points = [
        None if v is None else QPointF(plot.x(centre(b)), plot.y(v))
        for b, v in zip(bins, values, strict=True)
    ]
    p.setPen(_pen(m, colour, 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            p.drawLine(a, b)
    if len(points) <= 120:
        for point in points:
            if point is not None:
                _marker(p, m, point, colour, shape)


def draw_counts(
    p: QPainter,
    rect: QRectF,
    m: Metrics,
    counts: Sequence[int],
    labels: Sequence[str],
    x_title: str,
    label_every: int = 1,
) -> None:
    """Vertical bars of episode counts by category (hour of the day, day of the week)."""
    plot = Plot(
        p,
        m,
        rect,
        nice_ticks(max(counts, default=0) or 1),
        tr("Episodes"),
        x_title,
        (0, len(counts)),
    )
    ticks = [(i + 0.5, text if i % label_every == 0 else "") for i, text in enumerate(labels)]
    plot.draw_frame(ticks)
    for index, value in enumerate(counts):
        if value:
            box = QRectF(
                QPointF(plot.x(index + 0.12), plot.y(value)),
                QPointF(plot.x(index + 0.88), plot.y(0)),
            )
            _bar(p, m, box, SKY)


def draw_hours(p: QPainter, rect: QRectF, m: Metrics, week_hour: Sequence[Sequence[int]]) -> None:
    counts = [sum(day[hour] for day in week_hour) for hour in range(24)]
    labels = [f"{hour:02d}" for hour in range(24)]
    draw_counts(
        p, rect, m, counts, labels, tr("Hour of the day (00 = midnight to 1 am)"), label_every=3
    )


def draw_weekdays(
    p: QPainter, rect: QRectF, m: Metrics, week_hour: Sequence[Sequence[int]]
) -> None:
    counts = [sum(day) for day in week_hour]
    locale = QLocale()
    labels = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    draw_counts(p, rect, m, counts, labels, tr("Day of the week"))


def regions_height_mm(count: int) -> float:
    return 18 + 5.2 * max(1, count)


def draw_regions(
    p: QPainter,
    rect: QRectF,
    m: Metrics,
    regions: Sequence[chart_data.RegionCount],
    region_label: Callable[[str], str],
    side_labels: dict[str, str],
) -> None:
    """Horizontal bars of episodes per body region, split into left, right and both sides."""
    font = m.scaled_font(TICK_PT)
    metrics = QFontMetricsF(font, m.device)
    names = [region_label(r.region) for r in regions]
    name_width = max((metrics.horizontalAdvance(n) for n in names), default=0.0) + m.mm(1.5)
    ticks = nice_ticks(max((r.total for r in regions), default=0) or 1)
    sides = [s for s in ("left", "right", "both") if any(r.by_side(s) for r in regions)]
    legend = [(side_labels[s], bar_swatch(m, SIDE_FILLS[s])) for s in sides]
    title_metrics = QFontMetricsF(m.scaled_font(TITLE_PT), m.device)
    legend_height = title_metrics.height() + m.mm(1.5)
    bottom = metrics.height() + title_metrics.height() + m.mm(2.5)
    area = QRectF(
        rect.left() + name_width,
        rect.top() + legend_height + m.mm(1),
        rect.width() - name_width - m.mm(3),
        rect.height() - legend_height - m.mm(1) - bottom,
    )
    span = ticks[-1] or 1

    def x(value: float) -> float:
        return area.left() + value / span * area.width()

    # Legend, gridlines and the count axis.
    plot_legend = Plot(
        p,
        m,
        QRectF(area.left(), rect.top(), area.width(), legend_height * 3),
        [0, 1],
        "",
        "",
        (0, 1),
        legend=legend,
    )
    plot_legend._draw_legend()
    p.setFont(font)
    for value in ticks:
        p.setPen(_pen(m, GRID if value else AXIS, 0.4 if value else 0.6))
        p.drawLine(QPointF(x(value), area.top()), QPointF(x(value), area.bottom()))
        p.setPen(QColor(TEXT))
        text = _number(value)
        w = metrics.horizontalAdvance(text)
        p.drawText(QPointF(x(value) - w / 2, area.bottom() + m.mm(0.8) + metrics.ascent()), text)
    p.setPen(_pen(m, AXIS, 0.6))
    p.drawLine(area.bottomLeft(), area.bottomRight())
    title_font = m.scaled_font(TITLE_PT)
    p.setFont(title_font)
    p.setPen(QColor(TEXT))
    p.drawText(
        QRectF(
            area.left(),
            rect.bottom() - title_metrics.height(),
            area.width(),
            title_metrics.height(),
        ),
        int(Qt.AlignmentFlag.AlignHCenter),
        tr("Episodes"),
    )
    if not regions:
        return
    row = area.height() / len(regions)
    p.setFont(font)
    for index, (region, name) in enumerate(zip(regions, names, strict=True)):
        top = area.top() + index * row
        p.setPen(QColor(TEXT))
        p.drawText(
            QRectF(rect.left(), top, name_width - m.mm(1.5), row),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            name,
        )
        start = 0
        for side in ("left", "right", "both"):
            n = region.by_side(side)
            if not n:
                continue
            box = QRectF(
                QPointF(x(start), top + row * 0.18), QPointF(x(start + n), top + row * 0.82)
            )
            _bar(p, m, box, SIDE_FILLS[side])
            start += n
        p.setPen(QColor(TEXT))
        total = _number(region.total)
        p.drawText(
            QPointF(
                x(start) + m.mm(1), top + row / 2 + metrics.ascent() / 2 - metrics.descent() / 2
            ),
            total,
        )
