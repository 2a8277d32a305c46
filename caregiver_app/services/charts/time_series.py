"""The charts over time: episodes per day with their 7-day average, severity and pain per day,
and the day the diary starts. No Qt.

A day without episodes counts 0 episodes but has no severity or pain (None, never 0). The 7-day
average is not given where its window starts before the person's first entry, nor for days that
are not over yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from caregiver_app.services.charts.tallies import (
    EPOCH,
    EPOCH_ORDINAL,
    DayTable,
    day_number,
    day_table,
    execute,
)
from caregiver_app.services.periods import Period

ROLLING_WINDOW = 7


# --- when the diary starts ------------------------------------------------------------------


def first_entry_day(person_id: int) -> dt.date | None:
    """The local day of the person's first episode or check-in, or None when there is neither."""
    row = execute("SELECT MIN(day) FROM episode_day WHERE person_id = ?", (person_id,))
    first_episode = EPOCH + dt.timedelta(days=int(row[0][0])) if row[0][0] is not None else None
    row = execute("SELECT MIN(day) FROM checkin WHERE person_id = ?", (person_id,))
    first_checkin = dt.date.fromisoformat(str(row[0][0])) if row and row[0][0] else None
    found = [d for d in (first_episode, first_checkin) if d is not None]
    return min(found) if found else None


# --- episodes per day -----------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    """Episodes in one week's days inside a period (`first_day` to `last_day`, included)."""

    first_day: dt.date
    last_day: dt.date
    count: int
    complete: bool

    @property
    def monday(self) -> dt.date:
        return self.first_day - dt.timedelta(days=self.first_day.weekday())


@dataclass(frozen=True)
class DailyCounts:
    """Episodes on each day of a period (zero-filled) and their trailing 7-day average.

    `rolling[i]` is the mean number of episodes a day over the 7 days ending on day i (that
    day and the 6 before it, which may lie before the period). It is None when that window
    starts before the person's first entry, because the diary did not exist on those days,
    and for days after `last_complete_day` (today is not over, so its count is not final).
    """

    period: Period
    counts: tuple[int, ...]
    rolling: tuple[float | None, ...]
    last_complete_day: dt.date | None = None

    def is_complete(self, index: int) -> bool:
        """False for today and later days (their count may still grow)."""
        day = self.period.first_day + dt.timedelta(days=index)
        return self.last_complete_day is None or day <= self.last_complete_day

    def weeks(self) -> tuple[WeekCount, ...]:
        """The episodes of each week (Monday to Sunday) in the period, oldest first. The first
        and last weeks may be cut by the period; a week with a day not over is not complete."""
        found: list[WeekCount] = []
        for index, count in enumerate(self.counts):
            day = self.period.first_day + dt.timedelta(days=index)
            complete = self.is_complete(index)
            if found and day.weekday() != 0:
                last = found[-1]
                found[-1] = WeekCount(
                    last.first_day, day, last.count + count, last.complete and complete
                )
            else:
                found.append(WeekCount(day, day, count, complete))
        return tuple(found)

    @property
    def last_rolling(self) -> float | None:
        """The most recent 7-day average of a complete day."""
        return next((v for v in reversed(self.rolling) if v is not None), None)

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def days(self) -> list[dt.date]:
        return list(self.period.each_day())


def trailing_mean(
    values: Sequence[int], window: int = ROLLING_WINDOW, valid_from: int = 0
) -> list[float | None]:
    """Mean of each run of `window` values ending at i; None where the run starts before
    `valid_from` (or before the start of `values`)."""
    result: list[float | None] = []
    running = 0
    for i, value in enumerate(values):
        running += value
        if i >= window:
            running -= values[i - window]
        start = i - window + 1
        result.append(running / window if start >= max(0, valid_from) else None)
    return result


def daily_counts_of(
    table: DayTable, period: Period, first_entry: dt.date | None, last_complete_day: dt.date | None
) -> DailyCounts:
    lead = ROLLING_WINDOW - 1
    base = day_number(period.first_day) - lead
    extended = [
        int(table[base + i][0]) if base + i in table else 0 for i in range(period.days + lead)
    ]
    first = period.first_day - dt.timedelta(days=lead)
    valid_from = lead if first_entry is None else max(0, (first_entry - first).days)
    rolling = trailing_mean(extended, ROLLING_WINDOW, valid_from)[lead:]
    if last_complete_day is not None:
        complete = max(0, min(period.days, (last_complete_day - period.first_day).days + 1))
        rolling[complete:] = [None] * (period.days - complete)
    return DailyCounts(period, tuple(extended[lead:]), tuple(rolling), last_complete_day)


def episodes_per_day(
    person_id: int,
    period: Period,
    first_entry: dt.date | None = None,
    last_complete_day: dt.date | None = None,
) -> DailyCounts:
    """Episodes per local day of `period`, with the trailing 7-day average.

    `first_entry` (the person's first entry day) decides where the average may start; it is
    looked up when not given. Days after `last_complete_day` (usually yesterday) get no
    average, because they are not over.
    """
    if first_entry is None:
        first_entry = first_entry_day(person_id)
    first = period.first_day - dt.timedelta(days=ROLLING_WINDOW - 1)
    table = day_table(person_id, first, period.last_day)
    return daily_counts_of(table, period, first_entry, last_complete_day)


# --- severity and pain per day --------------------------------------------------------------


class DayStats(NamedTuple):
    """Severity (1-3) and pain (0-10) on one day that had episodes. Pain may be unrecorded.
    (A named tuple: ten years make thousands of them, and tuples are made fastest.)"""

    day: dt.date
    episodes: int
    severity_mean: float
    severity_min: int
    severity_max: int
    pain_recorded: int  # episodes with a pain score
    pain_mean: float | None
    pain_min: int | None
    pain_max: int | None


def day_stats_of(table: DayTable, period: Period) -> list[DayStats]:
    # The day table's SQL already gives each column its type (int counts and bounds, float
    # means, NULL for no pain score), so rows become DayStats as they are.
    first, last = day_number(period.first_day), day_number(period.last_day)
    make, date = DayStats._make, dt.date.fromordinal
    return [
        make((date(dn + EPOCH_ORDINAL), *r))
        for dn, r in sorted(table.items())
        if first <= dn <= last
    ]


def severity_pain_per_day(person_id: int, period: Period) -> list[DayStats]:
    """One entry per day of `period` that had episodes, oldest first. Days without episodes
    are left out (they have no severity), never given 0."""
    return day_stats_of(day_table(person_id, period.first_day, period.last_day), period)


def episode_counts(person_id: int, period: Period) -> dict[dt.date, int]:
    """Episodes per local day of `period`; days without episodes are absent (count 0)."""
    table = day_table(person_id, period.first_day, period.last_day)
    return {EPOCH + dt.timedelta(days=dn): int(row[0]) for dn, row in table.items()}
