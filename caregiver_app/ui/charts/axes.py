"""The axes of the charts along the calendar: whole-number counts, and dates along days.

x is "local seconds" (the wall-clock time counted as if it were UTC); a day is `DAY` of them.
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFont, QFontMetrics

from caregiver_app.services.timeutil import day_of, day_start
from caregiver_app.words import qdate

DAY = 86400.0


class LeftAxis(pg.AxisItem):
    """A left axis whose end labels are drawn: with a grid, pyqtgraph drops any tick label that
    reaches past the axis's own height, so 0 and 10 of a 0-10 scale went missing."""

    OVERFLOW = 14  # pixels a label may reach above or below the axis (more for large text)

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        # Counts, severity and pain need no scale: without this, a chart waiting for its data
        # read 'Episodes per day (x0.001)'.
        self.enableAutoSIPrefix(False)

    def _updateWidth(self) -> None:
        """pyqtgraph leaves 0.8 of the title's height for it, which keeps a few pixels between
        the title and the tick labels at the usual size and none at 200 % text: add back what
        it lacks (nothing at the printed size)."""
        super()._updateWidth()
        if self.isVisible() and self.fixedWidth is None and self.label.isVisible():
            extra = max(0, round(self.label.boundingRect().height() * 0.2 - 5))
            if extra:
                self.setMaximumWidth(self.maximumWidth() + extra)
                self.setMinimumWidth(self.minimumWidth() + extra)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            half = QFontMetrics(self.style.get("tickFont") or QFont()).height() / 2 + 2
            overflow = max(self.OVERFLOW, half)
            rect = rect.adjusted(0, -overflow, 0, overflow)
        return rect


class CountAxis(LeftAxis):
    """A left axis for counts: whole numbers only."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = [(sp, off) for sp, off in super().tickSpacing(minVal, maxVal, size) if sp >= 1]
        return levels or [(1.0, 0.0)]


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    monday = first + dt.timedelta(days=-first.weekday() % 7)
    return [monday + dt.timedelta(weeks=i) for i in range((last - monday).days // 7 + 1)]


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of months from first to last (first itself when it is one)."""
    index = first.year * 12 + first.month - 1 + (first.day > 1)
    found = []
    while (day := dt.date(index // 12, index % 12 + 1, 1)) <= last:
        found.append(day)
        index += 1
    return found


class DayAxis(pg.AxisItem):
    """Dates along x (local seconds): ticks on days, Mondays, month starts or years, chosen so
    the labels never overlap; the year is shown on the first label and on each January."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.enableAutoSIPrefix(False)  # seconds are never shown: no '(x1e+09)' after a title
        self._labels: dict[float, str] = {}

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        self._labels = {}
        if size <= 0 or maxVal <= minVal:
            return []
        first = day_of(int(math.ceil(minVal / DAY) * DAY))
        last = day_of(int(maxVal))
        if last < first:
            return []
        px_per_day = size / ((maxVal - minVal) / DAY)
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        need = metrics.horizontalAdvance("30 Sep") + 18
        # Only a few weeks of single days are ever listed; months and years are stepped to
        # directly (listing ten years of days on every repaint was a good part of its cost).
        days = _days(first, last) if px_per_day * 14 >= need else []
        majors: list[dt.date]
        minors: list[dt.date] = []
        if px_per_day >= need:
            majors = days
        elif px_per_day * 2 >= need:
            majors = days[::2] if first.toordinal() % 2 == 0 else days[1::2]
        elif px_per_day * 14 >= need:
            mondays = [d for d in days if d.weekday() == 0]
            majors = (
                mondays
                if px_per_day * 7 >= need
                else [d for d in mondays if (d.toordinal() // 7) % 2 == 0]
            )
            minors = days if px_per_day >= 4 else mondays
        else:
            month_px = px_per_day * 30.4
            step = next((m for m in (1, 2, 3, 6) if month_px * m >= need), 0)
            months = _month_starts(first, last)
            if step:
                majors = [d for d in months if (d.month - 1) % step == 0]
                minors = _mondays(first, last) if px_per_day * 7 >= 6 else []
            else:
                year_px = px_per_day * 365.25
                years = next((y for y in (1, 2, 5, 10, 20, 50) if year_px * y >= need), 100)
                majors = [d for d in months if d.month == 1 and d.year % years == 0]
                minors = months if px_per_day * 30 >= 6 else []
        monthly = bool(majors) and all(d.day == 1 for d in majors)
        yearly = monthly and all(d.month == 1 for d in majors) and len(majors) > 1
        for index, day in enumerate(majors):
            if yearly:
                text = str(day.year)
            elif monthly:
                fmt = "MMM yyyy" if index == 0 or day.month == 1 else "MMM"
                text = QLocale().toString(qdate(day), fmt)
            else:
                text = QLocale().toString(qdate(day), "d MMM")
            self._labels[float(day_start(day))] = text
        if monthly and not yearly and majors and (majors[0] - first).days * px_per_day >= need:
            # Name the first, partial month too, so the left edge is not unlabelled.
            self._labels[float(day_start(first))] = QLocale().toString(qdate(first), "d MMM")
            majors.insert(0, first)
        # Day labels sit under the middle of their day's bar; weeks, months and years start
        # at their first midnight.
        offset = DAY / 2 if px_per_day * 2 >= need else 0.0
        if offset:
            self._labels = {x + offset: text for x, text in self._labels.items()}
            minors = [*_days(first, last), last + dt.timedelta(days=1)]  # midnights between
        major_x = [float(day_start(d)) + offset for d in majors]
        minor_x = [float(day_start(d)) for d in minors if float(day_start(d)) not in self._labels]
        return [(7 * DAY, major_x), (DAY, minor_x)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(float(v), "") for v in values]


def date_axis() -> DayAxis:
    return DayAxis()
