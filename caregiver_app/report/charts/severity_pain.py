"""The severity and pain chart: mean pain above mean severity, on one time axis."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.bins import StatBin, bin_unit, stat_bins
from caregiver_app.report.charts.marks import bar_swatch, line_swatch, marker, pen
from caregiver_app.report.charts.palette import BLUE, VERMILLION
from caregiver_app.report.charts.plot import Plot, period_x_ticks
from caregiver_app.report.charts.ticks import axis_number
from caregiver_app.services import charts as chart_data
from caregiver_app.services.periods import Period
from caregiver_app.words import tr


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
        y_labels=lambda v: names.get(v, axis_number(v)),
        legend=[(tr("Mean severity"), line_swatch(m, BLUE, 1.0, dot=False))],
    )
    # Both panels share their left edge, so their dates line up.
    left = max(pain.area.left(), severity.area.left())
    for plot in (pain, severity):
        plot.area.setLeft(left)
    pain.draw_frame(period_x_ticks(pain, period))
    severity.draw_frame(period_x_ticks(severity, period))
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
    p.setPen(pen(m, colour, 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            p.drawLine(a, b)
    if len(points) <= 120:
        for point in points:
            if point is not None:
                marker(p, m, point, colour, shape)
