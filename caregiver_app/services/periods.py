"""Periods of local calendar days that charts and reports look at.

A `Period` is inclusive at both ends: `Period(1 Nov, 30 Nov)` is 30 days. The presets count back
from `today` and include it: "7d" is today and the 6 days before it; "1y" runs from the day
after the same date one year earlier (365 days, or 366 across a 29 February); "all" runs from
the person's first episode or check-in to today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

PRESETS: tuple[str, ...] = ("7d", "30d", "90d", "1y", "all", "custom")
DEFAULT_PRESET = "30d"
# Not a fixed length: from the day of the last appointment to today (see services/appointments).
SINCE_APPOINTMENT = "since_appointment"

_PRESET_DAYS = {"7d": 7, "30d": 30, "90d": 90}


@dataclass(frozen=True, order=True)
class Period:
    """The local calendar days from `first_day` to `last_day`, both included."""

    first_day: dt.date
    last_day: dt.date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(
                f"The period ends ({self.last_day}) before it starts ({self.first_day})."
            )

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one starts."""
        last = self.first_day - dt.timedelta(days=1)
        return Period(last - dt.timedelta(days=self.days - 1), last)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first_day <= day <= self.last_day

    def each_day(self) -> Iterator[dt.date]:
        for offset in range(self.days):
            yield self.first_day + dt.timedelta(days=offset)

    def index_of(self, day: dt.date) -> int:
        """0 for the first day of the period, 1 for the next, and so on."""
        return (day - self.first_day).days


def _one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def period_for(
    preset: str,
    today: dt.date,
    first_entry_day: dt.date | None = None,
    custom: tuple[dt.date, dt.date] | None = None,
) -> Period:
    """The period a preset stands for on `today`.

    "all" starts at `first_entry_day` (today when there are no entries yet, or when the first
    entry is dated after today). "custom" needs `custom` = (first, last); dates given the wrong
    way round are swapped.
    """
    if preset in _PRESET_DAYS:
        return Period(today - dt.timedelta(days=_PRESET_DAYS[preset] - 1), today)
    if preset == "1y":
        return Period(_one_year_before(today) + dt.timedelta(days=1), today)
    if preset == "all":
        first = first_entry_day if first_entry_day is not None else today
        return Period(min(first, today), today)
    if preset == "custom":
        if custom is None:
            raise ValueError("A custom period needs its first and last day.")
        first, last = custom
        return Period(min(first, last), max(first, last))
    raise ValueError(f"Unknown period '{preset}'; expected one of {', '.join(PRESETS)}.")
