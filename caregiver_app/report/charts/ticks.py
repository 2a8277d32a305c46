"""The ticks of the axes: round numbers for counts, and dates at natural places (days,
Mondays, month starts, years) for time, both written in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale

from caregiver_app.services.periods import Period


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """0 and round steps (1, 2, 5 × 10^k) up to at least `top`, at most `most` + 1 values."""
    top = max(top, 1e-9)
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 2.5, 5, 10) if power >= 10 else (1, 2, 5, 10)
    step = next(s * power for s in steps if s * power >= raw)
    if step < 1 and top >= 1:
        step = 1.0
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def axis_number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(round(value))
    return QLocale().toString(value, "f", 1)


def _date(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def date_ticks(period: Period, room: int) -> list[tuple[dt.date, str]]:
    """At most `room` dated ticks at natural places: days, Mondays, month starts, years."""
    first, last = period.first_day, period.last_day
    days = list(period.each_day()) if period.days <= 800 else []
    candidates: list[tuple[list[dt.date], str]] = []
    if days:
        for step in (1, 2):
            candidates.append((days[::step], "d MMM"))
        mondays = [d for d in days if d.weekday() == 0]
        candidates.append((mondays, "d MMM"))
        candidates.append((mondays[::2], "d MMM"))
    month_starts: list[dt.date] = []
    cursor = first.replace(day=1)
    while cursor <= last:
        if cursor >= first:
            month_starts.append(cursor)
        cursor = (cursor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    for step in (1, 2, 3, 6):
        chosen = [d for d in month_starts if (d.month - 1) % step == 0]
        candidates.append((chosen, "MMM yyyy"))
    years = [d for d in month_starts if d.month == 1]
    for step in (1, 2, 5, 10):
        candidates.append(([d for d in years if d.year % step == 0], "yyyy"))
    for ticks, pattern in candidates:
        if 2 <= len(ticks) <= room or (ticks and len(ticks) <= room and period.days < 14):
            return [(d, _date(d, pattern)) for d in ticks]
    return [(first, _date(first, "d MMM yyyy"))]
