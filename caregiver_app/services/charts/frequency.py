"""Page 1's and the Charts page's one frequency figure: episodes a day over the complete days
of a period that the diary covers (today is not over), counting spasms, twitches, cramps and
clonus. Stiffness is a lasting state, not a countable event, so it is given apart as days with
stiffness. A rate always counts the episodes of the same days it divides by. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services.charts.tallies import DAYS_SQL, day_number
from caregiver_app.services.periods import Period
from caregiver_app.store.db import database_proxy

# Both figures read the running totals (migration 3), one row per person and local day, never
# the episodes themselves: `counted_1..3` are the day's episodes by severity of the kinds the
# frequency counts (every kind but stiffness, an unrecorded kind included, as for the scales),
# so what is left of `episodes` is the day's stiffness. (Counting ten years of a
# person's episodes took 100-130 ms each once the diary held 50 people, on the file and the
# server alike: every episode of the period had to be read for its kind.)
_COUNTED_TOTAL = "counted_1 + counted_2 + counted_3"


def _days(person_id: int, period: Period) -> tuple[int, int, int]:
    return person_id, day_number(period.first_day), day_number(period.last_day)


def counted_episodes(person_id: int, period: Period) -> int:
    """Spasms, twitches, cramps and clonus on the local days of `period`."""
    row = database_proxy.execute_sql(
        f"SELECT SUM({_COUNTED_TOTAL}) FROM episode_day WHERE {DAYS_SQL}",
        _days(person_id, period),
    ).fetchone()
    return int(row[0] or 0)


def stiffness_days(person_id: int, period: Period) -> int:
    """Local days of `period` with at least one stiffness entry."""
    row = database_proxy.execute_sql(
        f"SELECT COUNT(*) FROM episode_day WHERE {DAYS_SQL} AND episodes > {_COUNTED_TOTAL}",
        _days(person_id, period),
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
