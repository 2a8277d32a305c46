"""Treatments on the time charts: labelled markers (dose changes, injections, appointments,
clinician scores) and shaded bands (an injection's usual peak and wearing-off weeks).

The events are read with the rest of the Charts page's data, in the background
(`Dashboard.treatments`); this module only draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from caregiver_app.services.timeline import TimelineEvent
from caregiver_app.services.timeutil import day_start
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.text import tr

DAY = 86400
MARKERS = {"dose_change", "injection", "appointment", "mas"}
BANDS = {"injection_peak": style.GREEN, "injection_wearing_off": style.ORANGE}
MAX_LABELLED = 12  # beyond this many markers, labels would overlap: hover shows them instead
LABEL_ROWS = 4  # labels of nearby markers go one under the other, up to this many rows
LABEL_GAP = 6  # pixels between labels on one row


def kind_name(kind: str) -> str:
    return {
        "dose_change": tr("Dose change"),
        "injection": tr("Injection"),
        "appointment": tr("Appointment"),
        "mas": tr("Clinician scores"),
        "injection_peak": tr("Usual peak of an injection (weeks 4-6)"),
        "injection_wearing_off": tr("Usual wearing off (from week 12)"),
    }.get(kind, kind)


def short_name(kind: str) -> str:
    return {
        "dose_change": tr("Dose"),
        "injection": tr("Injection"),
        "appointment": tr("Visit"),
        "mas": tr("Scores"),
    }.get(kind, kind)


def _x(day: dt.date) -> float:
    return float(day_start(day) + DAY / 2)


class TreatmentMarkers:
    """Keeps the marker items of one plot, so they can be replaced when the data change."""

    def __init__(self, plot: pg.PlotItem, pen_scale: float = 1.0, labels: bool = True) -> None:
        self.plot = plot
        self.pen_scale = pen_scale
        self.labels = labels  # stacked plots label only the top one
        self.items: list[pg.GraphicsObject] = []
        self.events: list[TimelineEvent] = []
        self.labelled: list[pg.InfiniteLine] = []
        box = plot.getViewBox()
        box.sigResized.connect(self.place_labels)
        box.sigXRangeChanged.connect(self.place_labels)

    def clear(self) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.events = []
        self.labelled = []

    def show(
        self, events: Sequence[TimelineEvent], first_day: dt.date, last_day: dt.date
    ) -> list[TimelineEvent]:
        """Draw the treatment events of the period [first_day, last_day]; returns those drawn."""
        self.clear()
        markers = [e for e in events if e.kind in MARKERS]
        for event in events:
            if event.kind in BANDS and event.end is not None:
                start = max(event.start, first_day)
                end = min(event.end, last_day)
                colour = QColor(BANDS[event.kind])
                colour.setAlpha(40)
                band = pg.LinearRegionItem(
                    values=(float(day_start(start)), float(day_start(end) + DAY)),
                    movable=False,
                    brush=pg.mkBrush(colour),
                    pen=pg.mkPen(None),
                )
                band.setZValue(-20)
                band.setToolTip(f"{kind_name(event.kind)}: {event.label}")
                self._add(band, event)
        by_day: dict[dt.date, list[TimelineEvent]] = {}
        for event in markers:
            by_day.setdefault(event.start, []).append(event)
        labelled = self.labels and len(by_day) <= MAX_LABELLED
        for day, same_day in by_day.items():
            pen = pg.mkPen(style.PURPLE, width=1.5 * self.pen_scale, style=Qt.PenStyle.DashLine)
            names = list(dict.fromkeys(short_name(e.kind) for e in same_day))
            line = pg.InfiniteLine(
                pos=_x(day),
                angle=90,
                movable=False,
                pen=pen,
                label=" + ".join(names) if labelled else None,
                labelOpts={"position": 0.93, "color": style.PURPLE, "fill": (255, 255, 255, 220)},
            )
            line.setZValue(-10)
            line.setToolTip(
                "\n".join(f"{kind_name(e.kind)} · {day.isoformat()}: {e.label}" for e in same_day)
            )
            self.plot.addItem(line, ignoreBounds=True)
            self.items.append(line)
            self.events.extend(same_day)
            if labelled:
                self.labelled.append(line)
        self.place_labels()
        return self.events

    def place_labels(self) -> None:
        """Labels of markers close together go on rows one under the other, so none is drawn
        over another (they were cut off mid-word where the next one began)."""
        if not self.labelled:
            return
        box = self.plot.getViewBox()
        height = box.height()
        if height <= 0:
            return
        centre = box.mapViewToDevice(box.viewRect().center())
        spans: list[tuple[float, float]] = []
        row_height = 0.0
        for line in self.labelled:
            x = box.mapViewToDevice(QPointF(line.value(), 0)).x()
            size = line.label.textItem.boundingRect()
            row_height = max(row_height, size.height())
            # pyqtgraph puts the text right of the line in the left half, left of it beyond
            on_right = centre is None or x < centre.x()
            spans.append((x, x + size.width()) if on_right else (x - size.width(), x))
        rows = label_rows(spans, LABEL_ROWS, LABEL_GAP)
        for line, row in zip(self.labelled, rows, strict=True):
            below_top = (row + 0.6) * (row_height + 2) + 4
            line.label.setPosition(max(0.05, 1 - below_top / height))

    def _add(self, item: pg.GraphicsObject, event: TimelineEvent) -> None:
        self.plot.addItem(item, ignoreBounds=True)
        self.items.append(item)
        self.events.append(event)


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
