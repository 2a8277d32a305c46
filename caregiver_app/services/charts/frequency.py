"""Page 1's and the Charts page's one frequency figure: episodes a day over the complete days
of a period that the diary covers (today is not over), counting spasms, twitches, cramps and
clonus. Stiffness is a lasting state, not a countable event, so it is given apart as days with
stiffness. A rate always counts the episodes of the same days it divides by. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start
from caregiver_app.store.db import database_proxy

# The kinds a frequency counts (services.scales and the running totals agree): all but
# stiffness, and an episode whose kind was not recorded (NULL, so not a bare '<>'; COALESCE
# rather than SQLite's `IS NOT 'x'`, which the server does not know).
COUNTED_SQL = "COALESCE(kind, '') <> 'stiffness'"


def _bounds(period: Period) -> tuple[int, int]:
    return day_start(period.first_day), day_start(period.last_day + dt.timedelta(days=1))


def counted_episodes(person_id: int, period: Period) -> int:
    """Spasms, twitches, cramps and clonus on the local days of `period`."""
    start, end = _bounds(period)
    row = database_proxy.execute_sql(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND {COUNTED_SQL}"
        f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
        (person_id, start, end),
    ).fetchone()
    return int(row[0] or 0)


def stiffness_days(person_id: int, period: Period) -> int:
    """Local days of `period` with at least one stiffness entry."""
    start, end = _bounds(period)
    row = database_proxy.execute_sql(
        f"SELECT COUNT(DISTINCT ({LOCAL_SECONDS_SQL}) / 86400) FROM episode WHERE person_id = ?"
        f" AND kind = 'stiffness' AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
        (person_id, start, end),
    ).fetchone()
    return int(row[0] or 0)


@dataclass(frozen=True)
class Rate:
    period: Period
    episodes: int

    @property
    def per_day(self) -> float:
        return self.episodes / self.period.days


def rate(person_id: int, period: Period) -> Rate:
    return Rate(period, counted_episodes(person_id, period))


@dataclass(frozen=True)
class Frequency:
    """Page 1's one frequency figure. `rate` is None when no day of the period is complete."""

    rate: Rate | None
    stiffness_days: int  # on the same complete days


def complete_days(period: Period, today: dt.date, diary_start: dt.date | None) -> Period | None:
    """The days of `period` that are over (before today) and that the diary covers."""
    if diary_start is None:
        return None
    first = max(period.first_day, diary_start)
    last = min(period.last_day, today - dt.timedelta(days=1))
    return Period(first, last) if first <= last else None


def frequency(
    person_id: int, period: Period, today: dt.date, diary_start: dt.date | None
) -> Frequency:
    days = complete_days(period, today, diary_start)
    if days is None:
        return Frequency(None, 0)
    return Frequency(rate(person_id, days), stiffness_days(person_id, days))
