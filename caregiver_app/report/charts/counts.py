"""Episode counts by category: by hour of the day and by day of the week."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtGui import QPainter

from caregiver_app.report.blocks import Metrics
from caregiver_app.report.charts.marks import bar
from caregiver_app.report.charts.palette import SKY
from caregiver_app.report.charts.plot import Plot
from caregiver_app.report.charts.ticks import nice_ticks
from caregiver_app.words import tr


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
            bar(p, m, box, SKY)


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
