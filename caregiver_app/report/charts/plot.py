"""`Plot`, the frame a chart draws in: the plotting area inside its rectangle, with room
for tick labels, axis titles and a legend; and the dated ticks of a period's time axis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.marks import pen
from caregiver_app.report.charts.palette import AXIS, GRID, TEXT, TICK_PT, TITLE_PT
from caregiver_app.report.charts.ticks import axis_number, date_ticks
from caregiver_app.services.periods import Period


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
        y_labels: Callable[[float], str] = axis_number,
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

    def line_through(self, values: Sequence[float | None]) -> QPainterPath:
        """A line through the middle of each slot that has a value, broken where one is missing."""
        path = QPainterPath()
        drawing = False
        for index, value in enumerate(values):
            if value is None:
                drawing = False
                continue
            point = QPointF(self.x(index + 0.5), self.y(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        return path

    def draw_frame(self, x_ticks: Sequence[tuple[float, str]]) -> None:
        p, m, area = self.p, self.m, self.area
        p.setFont(self.tick_font)
        for value in self.y_ticks:
            y = self.y(value)
            p.setPen(pen(m, GRID, 0.4))
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
        p.setPen(pen(m, AXIS, 0.6))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        label_top = area.bottom() + m.mm(0.8)
        for value, text in x_ticks:
            x = self.x(value)
            p.setPen(pen(m, AXIS, 0.6))
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
        self.draw_legend()

    def draw_legend(self) -> None:
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


def period_x_ticks(plot: Plot, period: Period) -> list[tuple[float, str]]:
    room = max(
        2, int(plot.area.width() / (plot.tick_metrics.horizontalAdvance("00 MMM 0000") * 1.15))
    )
    return [
        (period.index_of(d) + 0.5 if period.days <= 62 else period.index_of(d), text)
        for d, text in date_ticks(period, room)
    ]
