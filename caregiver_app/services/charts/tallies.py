"""Reading the running totals of migration 3: the SQL every chart's numbers share. No Qt.

`episode_day` holds one row per person and local day (episodes, counts per severity, pain score
and hour...); `episode_month_place` and `episode_month_trigger` count per person and month, by
place and by trigger. A day is the local day number `(started_utc + utc_offset_min * 60) / 86400`
(days since 1970-01-01, see `timeutil`); a month is `202611` for November 2026. `day_table` reads
a person's days; `by_month` adds the whole months of a tally to the days either side, counted
from the episodes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import day_start
from caregiver_app.store.db import database_proxy
from caregiver_app.store.dialect import real

EPOCH = dt.date(1970, 1, 1)
EPOCH_ORDINAL = EPOCH.toordinal()  # date.fromordinal(day + this) is the day's date, fast
DAYS_SQL = "person_id = ? AND day >= ? AND day <= ?"  # a person's days first..last (day numbers)


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def day_numbers(first: dt.date, last: dt.date) -> tuple[int, int]:
    return day_number(first), day_number(last)


def execute(sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, list(params)).fetchall())


def _lowest(prefix: str, values: Sequence[int]) -> str:
    """SQL: the lowest value whose count column `<prefix>_<value>` is not 0 (NULL if none)."""
    whens = " ".join(f"WHEN {prefix}_{v} <> 0 THEN {v}" for v in values)
    return f"CASE {whens} END"


_SEVERITIES = (1, 2, 3)
_PAINS = tuple(range(11))
_PAIN_N = " + ".join(f"pain_{v}" for v in _PAINS)
_PAIN_SUM = " + ".join(f"{v} * pain_{v}" for v in _PAINS[1:])
DAY_ROW_SQL = (
    "day, episodes,"
    f" {real('severity_1 + 2 * severity_2 + 3 * severity_3')} / episodes,"
    f" {_lowest('severity', _SEVERITIES)}, {_lowest('severity', _SEVERITIES[::-1])},"
    f" {_PAIN_N}, CASE WHEN {_PAIN_N} > 0 THEN {real(_PAIN_SUM)} / ({_PAIN_N}) END,"
    f" {_lowest('pain', _PAINS)}, {_lowest('pain', _PAINS[::-1])}"
)


def _month_number(day: dt.date) -> int:
    """As in the monthly tallies: 202611 for November 2026."""
    return day.year * 100 + day.month


def _whole_months(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first day of the first whole month in first..last and the day after the last
    whole month; None when first..last holds no whole month."""
    start = (
        first if first.day == 1 else (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    )
    after = last + dt.timedelta(days=1)
    end = after if after.day == 1 else after.replace(day=1)
    return (start, end) if start < end else None


def by_month(
    person_id: int, period: Period, months_sql: str, episodes_sql: str
) -> dict[tuple[Any, ...], int]:
    """Counts keyed by the leading columns of two queries that give the same counts: whole
    months from a monthly tally (`months_sql`: person, first and last month number) and the
    days either side from the episodes (`episodes_sql`: person, [start, end) local seconds)."""
    found: dict[tuple[Any, ...], int] = {}

    def tally(sql: str, params: Sequence[object]) -> None:
        for *key, n in execute(sql, params):
            found[tuple(key)] = found.get(tuple(key), 0) + int(n)

    def from_episodes(first: dt.date, last: dt.date) -> None:
        tally(episodes_sql, (person_id, day_start(first), day_start(last + dt.timedelta(days=1))))

    months = _whole_months(period.first_day, period.last_day)
    if months is None:
        from_episodes(period.first_day, period.last_day)
        return found
    start, end = months
    last_month = _month_number(end - dt.timedelta(days=1))
    tally(months_sql, (person_id, _month_number(start), last_month))
    if period.first_day < start:
        from_episodes(period.first_day, start - dt.timedelta(days=1))
    if end <= period.last_day:
        from_episodes(end, period.last_day)
    return found


DayTable = dict[
    int, tuple[Any, ...]
]  # day number -> (episodes, severity avg/min/max, pain n/avg/min/max)


def day_table(person_id: int, first: dt.date, last: dt.date) -> DayTable:
    """Per local day (days since 1970-01-01) of first..last: count, severity and pain. Days
    without episodes are absent."""
    rows = execute(
        f"SELECT {DAY_ROW_SQL} FROM episode_day WHERE {DAYS_SQL}",
        (person_id, *day_numbers(first, last)),
    )
    return {int(r[0]): tuple(r[1:]) for r in rows}


def counts_by_date(table: DayTable) -> Counter[dt.date]:
    """Episodes by local day from a day table (a Counter: 0 for days without episodes)."""
    date = dt.date.fromordinal
    return Counter({date(dn + EPOCH_ORDINAL): row[0] for dn, row in table.items()})


WAKING_HOUR = 7  # episodes before 7:00 may have broken the night: see `awake_counts`


def awake_counts(person_id: int, first: dt.date, last: dt.date) -> Counter[dt.date]:
    """Episodes by local day from `WAKING_HOUR` on. The "after a short night" comparison uses
    these: an episode between midnight and waking may have caused the short night rather than
    followed it."""
    night = " + ".join(f"hour_{h:02d}" for h in range(WAKING_HOUR))
    rows = execute(
        f"SELECT day, episodes - ({night}) FROM episode_day WHERE {DAYS_SQL}",
        (person_id, *day_numbers(first, last)),
    )
    date = dt.date.fromordinal
    return Counter({date(int(dn) + EPOCH_ORDINAL): int(n) for dn, n in rows})
