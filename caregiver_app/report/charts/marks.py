"""What the charts are drawn with: pens sized in points, bars, point markers, and the
legend's swatches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.palette import AXIS


def pen(m: Metrics, colour: str, points: float, dashed: bool = False) -> QPen:
    result = QPen(QColor(colour), m.pt(points))
    result.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashed:
        result.setStyle(Qt.PenStyle.DashLine)
    return result


def bar_swatch(
    m: Metrics, fill: str, outline: str = AXIS, dashed: bool = False
) -> Callable[[QPainter, QRectF], None]:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen(m, outline, 0.4, dashed))
        p.setBrush(QBrush(QColor(fill)))
        p.drawRect(r)

    return paint


def line_swatch(
    m: Metrics,
    colour: str,
    width_pt: float,
    dashed: bool = False,
    dot: bool = False,
    shape: str = "circle",
) -> Callable[[QPainter, QRectF], None]:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen(m, colour, width_pt, dashed))
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        if dot:
            marker(p, m, QPointF(r.center().x(), r.center().y()), colour, shape)

    return paint


def marker(p: QPainter, m: Metrics, at: QPointF, colour: str, shape: str) -> None:
    size = m.mm(0.75)
    p.setPen(pen(m, colour, 0.5))
    p.setBrush(QBrush(QColor("#FFFFFF") if shape == "circle" else QColor(colour)))
    if shape == "circle":
        p.drawEllipse(at, size, size)
    else:
        p.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))


def bar(
    p: QPainter, m: Metrics, rect: QRectF, fill: str, outline: str = AXIS, dashed: bool = False
) -> None:
    p.setPen(pen(m, outline, 0.3, dashed) if rect.width() > m.mm(0.6) else Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(fill)))
    p.drawRect(rect)
