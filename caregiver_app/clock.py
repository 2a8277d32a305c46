"""Where "now" and "today" come from: one clock, passed in, so tests can fix the time.

Code that needs the date or time takes a `Clock` (or a date) as a parameter instead of calling
`datetime.now()` itself. The window and the command line use `SystemClock`; tests use
`FixedClock`, so they pass on any date, in any time zone.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current local time, aware of its UTC offset."""
        ...

    def today(self) -> dt.date:
        """Today's local date."""
        ...


class SystemClock:
    """The computer's clock and time zone."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def today(self) -> dt.date:
        return dt.date.today()


class FixedClock:
    """A clock that always says the same time (tests, benchmarks)."""

    def __init__(self, when: dt.datetime) -> None:
        self._when = when if when.tzinfo else when.astimezone()

    def now(self) -> dt.datetime:
        return self._when

    def today(self) -> dt.date:
        return self._when.date()


SYSTEM_CLOCK = SystemClock()
