"""The injection cycle chart: episodes a week after each injection, the cycles lined up on
their injection day, the usual peak weeks and the usual wearing-off weeks shaded. Each cycle
is a line of its own colour, dash and marker, so the chart reads in grey too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.marks import bar_swatch, line_swatch, marker, pen
from caregiver_app.report.charts.palette import BLACK, BLUE, ORANGE
from caregiver_app.report.charts.plot import Plot
from caregiver_app.report.charts.ticks import nice_ticks
from caregiver_app.words import tr

PEAK_FILL = "#DCEBDD"  # pale green: the usual peak
WEAR_FILL = "#EDEDED"  # pale grey: the usual wearing off
# Oldest to newest: the newest cycle is the darkest, solid line with square markers.
STYLES = ((ORANGE, True, "circle"), (BLUE, True, "circle"), (BLACK, False, "square"))
HATCH = "#8A949C"  # the wearing-off weeks are hatched, so they differ from the peak in grey


def draw_cycles(
    p: QPainter,
    rect: QRectF,
    m: Metrics,
    cycles: Sequence[tuple[str, Sequence[int | None]]],
    peak: tuple[int, int],
    wearing_off: int,
) -> None:
    """`cycles`: (label, episodes in week 0, 1, ...) oldest first; the newest is drawn last
    and boldest. Week N is N weeks after the injection, as in the window's cycle view."""
    weeks = max((len(w) for _, w in cycles), default=0)
    top = max((n for _, w in cycles for n in w if n is not None), default=0)
    styles = STYLES[-len(cycles) :] if cycles else STYLES
    legend = [
        (tr("Usual peak"), bar_swatch(m, PEAK_FILL)),
        (tr("Usual wearing off"), _hatched_swatch(m)),
    ]
    for i, (label, _) in enumerate(cycles):
        colour, dashed, shape = styles[i % len(styles)]
        width = 1.6 if i == len(cycles) - 1 else 1.0
        legend.append((label, line_swatch(m, colour, width, dashed, True, shape)))
    plot = Plot(
        p,
        m,
        rect,
        nice_ticks(top or 1),
        tr("Episodes a week"),
        tr("Weeks after the injection (week 0 is the injection day and the 6 days after it)"),
        (0, weeks),
        legend=legend,
    )
    area = plot.area
    p.setPen(Qt.PenStyle.NoPen)
    # Week w is drawn from x = w to w + 1, so weeks 4 to 6 span x = 4 to 7.
    shades = ((peak[0], peak[1] + 1, PEAK_FILL), (wearing_off, weeks, WEAR_FILL))
    for first, last, colour in shades:
        if first >= weeks:
            continue
        box = QRectF(
            QPointF(plot.x(first), area.top()), QPointF(plot.x(min(last, weeks)), area.bottom())
        )
        p.setBrush(QBrush(QColor(colour)))
        p.drawRect(box)
        if colour == WEAR_FILL:
            p.setBrush(QBrush(QColor(HATCH), Qt.BrushStyle.BDiagPattern))
            p.drawRect(box)
    plot.draw_frame([(w + 0.5, str(w)) for w in range(weeks)])
    for index, (_, weekly) in enumerate(cycles):
        colour, dashed, shape = styles[index % len(styles)]
        width = 1.6 if index == len(cycles) - 1 else 1.0
        p.setPen(pen(m, colour, width, dashed))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(plot.line_through(weekly))
        for week, value in enumerate(weekly):
            if value is not None:
                marker(p, m, QPointF(plot.x(week + 0.5), plot.y(value)), colour, shape)


def _hatched_swatch(m: Metrics) -> Callable[[QPainter, QRectF], None]:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen(m, HATCH, 0.4))
        p.setBrush(QBrush(QColor(WEAR_FILL)))
        p.drawRect(r)
        p.setBrush(QBrush(QColor(HATCH), Qt.BrushStyle.BDiagPattern))
        p.drawRect(r)

    return paint
