"""Where on the body: episodes per body region, split into left, right and both sides."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.marks import bar, bar_swatch, pen
from caregiver_app.report.charts.palette import AXIS, GRID, SIDE_FILLS, TEXT, TICK_PT, TITLE_PT
from caregiver_app.report.charts.plot import Plot
from caregiver_app.report.charts.ticks import axis_number, nice_ticks
from caregiver_app.services import charts as chart_data
from caregiver_app.words import tr


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
    plot_legend.draw_legend()
    p.setFont(font)
    for value in ticks:
        p.setPen(pen(m, GRID if value else AXIS, 0.4 if value else 0.6))
        p.drawLine(QPointF(x(value), area.top()), QPointF(x(value), area.bottom()))
        p.setPen(QColor(TEXT))
        text = axis_number(value)
        w = metrics.horizontalAdvance(text)
        p.drawText(QPointF(x(value) - w / 2, area.bottom() + m.mm(0.8) + metrics.ascent()), text)
    p.setPen(pen(m, AXIS, 0.6))
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
            bar(p, m, box, SIDE_FILLS[side])
            start += n
        p.setPen(QColor(TEXT))
        total = axis_number(region.total)
        p.drawText(
            QPointF(
                x(start) + m.mm(1), top + row / 2 + metrics.ascent() / 2 - metrics.descent() / 2
            ),
            total,
        )
