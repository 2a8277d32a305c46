"""The episodes chart: episodes a day (or the mean a day of each week or month), the 7-day
average, and numbered treatment markers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.bins import bin_unit, episode_bins
from caregiver_app.report.charts.marks import bar, bar_swatch, line_swatch, pen
from caregiver_app.report.charts.palette import BLACK, PALE_SKY, SKY, VERMILLION
from caregiver_app.report.charts.plot import Plot, period_x_ticks
from caregiver_app.report.charts.ticks import nice_ticks
from caregiver_app.services import charts as chart_data
from caregiver_app.services.periods import Period
from caregiver_app.words import tr


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
    plot.draw_frame(period_x_ticks(plot, period))
    gap = 0.15 if unit == "day" else 0.08
    for b in bins:
        if b.value is None:
            continue
        left = period.index_of(b.first) + gap
        right = period.index_of(b.last) + 1 - gap
        box = QRectF(QPointF(plot.x(left), plot.y(b.value)), QPointF(plot.x(right), plot.y(0)))
        if unit == "day" and b.partial:
            bar(p, m, box, PALE_SKY, SKY, dashed=True)
        else:
            bar(p, m, box, SKY)
    if unit == "day":
        p.setPen(pen(m, BLACK, 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(plot.line_through(daily.rolling))
    _draw_markers(p, m, plot, period, markers)


def _draw_markers(
    p: QPainter, m: Metrics, plot: Plot, period: Period, markers: Sequence[tuple[dt.date, str]]
) -> None:
    font = m.scaled_font(6.5, bold=True)
    metrics = QFontMetricsF(font, m.device)
    p.setFont(font)
    for number, (day, label) in enumerate(markers, start=1):
        x = plot.x(period.index_of(day) + 0.5)
        p.setPen(pen(m, VERMILLION, 0.8, dashed=True))
        p.drawLine(QPointF(x, plot.area.top()), QPointF(x, plot.area.bottom()))
        text = label or str(number)
        size = max(metrics.horizontalAdvance(text), metrics.height()) + m.mm(0.6)
        box = QRectF(x - size / 2, plot.area.top(), size, metrics.height() + m.mm(0.3))
        p.setPen(pen(m, VERMILLION, 0.5))
        p.setBrush(QBrush(QColor("#FFFFFF")))
        p.drawRect(box)
        p.setPen(QColor(BLACK))
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
