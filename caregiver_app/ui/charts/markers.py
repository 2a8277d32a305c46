"""Treatments on the time charts: lettered markers (dose changes, injections, appointments,
clinician scores) and shaded bands (an injection's usual peak and wearing-off weeks).

Each marker day gets a letter (A, B, ... Z, AA, ...), drawn in a strip of its own above the
plot, never over the data; letters of markers close together go on rows one under the other,
so none covers another. The card lists the key under the chart: "A · Wed 18 Feb 2026 ·
Injection: wrist flexors (left side)", the side in the reader's language. The events are read with the rest of the Charts page's
data, in the background (`Dashboard.treatments`); this module only draws them.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSimpleTextItem, QSizePolicy

from caregiver_app.labels import affected_sides
from caregiver_app.services.timeline import TimelineEvent
from caregiver_app.services.timeutil import day_start
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.text import date_text
from caregiver_app.words import tr

DAY = 86400
MARKERS = {"dose_change", "injection", "appointment", "mas"}
BANDS = {"injection_peak": style.GREEN, "injection_wearing_off": style.ORANGE}
LABEL_GAP = 6  # pixels between letters on one row
ROW_GAP = 2


def letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the name of the marker `index` (0-based)."""
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = letters[rest] + name
    return name


def kind_name(kind: str) -> str:
    return {
        "dose_change": tr("Dose change"),
        "injection": tr("Injection"),
        "appointment": tr("Appointment"),
        "mas": tr("Clinician scores"),
        "injection_peak": tr("Usual peak of an injection (weeks 4-6)"),
        "injection_wearing_off": tr("Usual wearing off (from week 12)"),
    }.get(kind, kind)


def _x(day: dt.date) -> float:
    return float(day_start(day) + DAY / 2)


class MarkerStrip(pg.GraphicsWidget):
    """The row above a plot that holds the markers' letters (as tall as their rows need)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_height(0)

    def set_height(self, height: float) -> None:
        if self.maximumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size().width(), self.size().height())


class TreatmentMarkers:
    """Keeps the marker items of one plot, so they can be replaced when the data change.

    With a `strip`, the markers' letters are drawn there; without (the lower of stacked
    plots), the plot has the lines only.
    """

    def __init__(
        self,
        plot: pg.PlotItem,
        c: style.ChartColours,
        pen_scale: float = 1.0,
        strip: MarkerStrip | None = None,
    ) -> None:
        self.plot = plot
        self.c = c
        self.pen_scale = pen_scale
        self.strip = strip
        self.items: list[pg.GraphicsObject] = []
        self.events: list[TimelineEvent] = []
        self.days: list[tuple[str, dt.date, list[TimelineEvent]]] = []  # letter, day, events
        self.lines: list[pg.InfiniteLine] = []
        self.letters: list[QGraphicsSimpleTextItem] = []
        self._ticks: list[QGraphicsLineItem] = []
        box = plot.getViewBox()
        box.sigResized.connect(self.place_labels)
        box.sigXRangeChanged.connect(self.place_labels)

    def clear(self) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        for label in [*self.letters, *self._ticks]:
            if label.scene() is not None:
                label.scene().removeItem(label)
        self.items = []
        self.events = []
        self.days = []
        self.lines = []
        self.letters = []
        self._ticks = []
        if self.strip is not None:
            self.strip.set_height(0)

    def show(
        self, events: Sequence[TimelineEvent], first_day: dt.date, last_day: dt.date
    ) -> list[TimelineEvent]:
        """Draw the treatment events of the period [first_day, last_day]; returns those drawn."""
        self.clear()
        for event in events:
            if event.kind in BANDS and event.end is not None:
                start = max(event.start, first_day)
                end = min(event.end, last_day)
                fill = QColor(self.c.series(BANDS[event.kind]))
                fill.setAlpha(self.c.band_alpha)
                band = pg.LinearRegionItem(
                    values=(float(day_start(start)), float(day_start(end) + DAY)),
                    movable=False,
                    brush=pg.mkBrush(fill),
                    pen=pg.mkPen(None),
                )
                band.setZValue(-20)
                band.setToolTip(f"{kind_name(event.kind)}: {event.label}")
                self._add(band, event)
        by_day: dict[dt.date, list[TimelineEvent]] = {}
        for event in events:
            if event.kind in MARKERS:
                by_day.setdefault(event.start, []).append(event)
        colour = self.c.series(style.PURPLE)
        for index, (day, same_day) in enumerate(sorted(by_day.items())):
            name = letter(index)
            pen = pg.mkPen(colour, width=1.5 * self.pen_scale, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(pos=_x(day), angle=90, movable=False, pen=pen)
            line.setZValue(-10)
            line.setToolTip("\n".join(f"{name} · {date_text(day)} · {what(e)}" for e in same_day))
            self.plot.addItem(line, ignoreBounds=True)
            self.items.append(line)
            self.lines.append(line)
            self.events.extend(same_day)
            self.days.append((name, day, same_day))
            if self.strip is not None:
                text = QGraphicsSimpleTextItem(name, self.strip)
                text.setFont(self.c.font(style.TICK_PT, bold=True))
                text.setBrush(QBrush(QColor(colour)))
                text.setToolTip(line.toolTip())
                tick = QGraphicsLineItem(self.strip)
                tick.setPen(pen)
                self.letters.append(text)
                self._ticks.append(tick)
        self.place_labels()
        return self.events

    def key(self) -> list[str]:
        """One line a marker: "A · Wed 18 Feb 2026 · Injection: wrist flexors (left side)"."""
        return [f"{name} · {key_entry(day, events)}" for name, day, events in self.days]

    def place_labels(self) -> None:
        """Letters over their lines, in the strip; letters of markers close together go on
        rows one under the other, so none is drawn over another."""
        if self.strip is None or not self.letters:
            return
        box = self.plot.getViewBox()
        if box.width() <= 0:
            return
        left, right = box.sceneBoundingRect().left(), box.sceneBoundingRect().right()
        spans: list[tuple[float, float]] = []
        xs: list[float] = []
        row_height = QFontMetrics(self.c.font(style.TICK_PT, bold=True)).height()
        for line, text in zip(self.lines, self.letters, strict=True):
            x = box.mapViewToScene(QPointF(line.value(), 0)).x()
            width = text.boundingRect().width()
            inside = left <= x <= right
            text.setVisible(inside)
            xs.append(x)
            spans.append((x - width / 2, x + width / 2) if inside else (-1e9, -1e9))
        rows = label_rows(spans, max(1, len(spans)), LABEL_GAP)
        shown = [row for row, text in zip(rows, self.letters, strict=True) if text.isVisible()]
        used = max(shown, default=-1) + 1
        self.strip.set_height(used * (row_height + ROW_GAP) + 8 if used else 0)
        origin = self.strip.mapFromScene(QPointF(0, 0))
        bottom = used * (row_height + ROW_GAP) + 8
        for x, (span_left, _), row, text, tick in zip(
            xs, spans, rows, self.letters, self._ticks, strict=True
        ):
            top = row * (row_height + ROW_GAP) + 2
            text.setPos(span_left + origin.x(), top)
            tick.setVisible(text.isVisible())
            tick.setLine(x + origin.x(), top + row_height, x + origin.x(), bottom)

    def _add(self, item: pg.GraphicsObject, event: TimelineEvent) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self.items.append(item)
        self.events.append(event)


def what(event: TimelineEvent) -> str:
    """ "Injection: wrist flexors (left side)" (clinician scores by name only: their label holds
    the stored codes, which the Treatments page shows in words). An injection's side is a code,
    said here in words ('lado izquierdo' in Spanish, where the code 'left' used to show)."""
    if event.kind == "mas":
        return kind_name(event.kind)
    words = event.label
    side = affected_sides().get(event.code, "") if event.kind.startswith("injection") else ""
    if side:
        side = side[:1].lower() + side[1:]
        words = f"{words} ({side})" if words else side
    return f"{kind_name(event.kind)}: {words}" if words else kind_name(event.kind)


def key_entry(day: dt.date, events: list[TimelineEvent]) -> str:
    """ "Wed 18 Feb 2026 · Injection: wrist flexors (left side); Appointment: Dr Okafor"."""
    return f"{date_text(day, weekday=True)} · " + "; ".join(what(e) for e in events)


def label_rows(spans: list[tuple[float, float]], rows: int, gap: float) -> list[int]:
    """The row (0 = top) for each label spanning (left, right) pixels: the first row where it
    clears the labels already there by `gap`; if none, the row whose labels end soonest."""
    ends = [float("-inf")] * rows
    chosen = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: spans[i][0]):
        left, right = spans[index]
        free = [row for row in range(rows) if ends[row] + gap <= left]
        row = free[0] if free else min(range(rows), key=lambda r: ends[r])
        chosen[index] = row
        ends[row] = max(ends[row], right)
    return chosen
