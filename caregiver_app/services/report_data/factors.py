"""The check-ins of the period: the therapy figures and the table of daily factors, a row a
week (a month beyond a year). A value that was not recorded is unknown, never 0: each `Mean`
and `Tally` says how many days it covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from caregiver_app.services import charts, therapy
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import week_start
from caregiver_app.store.db import database_proxy

WEEKLY_UP_TO_DAYS = 371  # up to a year (53 weeks) the factor table has a row a week, then a month


@dataclass(frozen=True)
class CheckInDay:
    day: dt.date
    hours_slept: float | None
    fluids_glasses: int | None
    stress: int | None
    meals: str | None
    exercises_done: bool | None
    therapy_today: bool | None
    therapy_willingness: int | None


def checkin_days(person_id: int, period: Period) -> list[CheckInDay]:
    """The check-ins of the period; "therapy today" is yes on a day with a logged PT, OT or
    speech session (the session is the record of it; see services/therapy.py)."""
    visit = "'" + "', '".join(therapy.VISIT_KINDS) + "'"
    rows = database_proxy.execute_sql(
        "SELECT day, hours_slept, fluids_glasses, stress, meals, exercises_done,"
        " CASE WHEN EXISTS (SELECT 1 FROM therapy_session s WHERE s.person_id = c.person_id"
        f" AND s.day = c.day AND s.kind IN ({visit})) THEN 1 ELSE therapy_today END,"
        " therapy_willingness FROM checkin c WHERE person_id = ? AND day >= ? AND day <= ?"
        " ORDER BY day",
        (person_id, period.first_day.isoformat(), period.last_day.isoformat()),
    ).fetchall()

    def flag(value: Any) -> bool | None:
        return None if value is None else bool(value)

    return [
        CheckInDay(
            day=dt.date.fromisoformat(str(r[0])),
            hours_slept=None if r[1] is None else float(r[1]),
            fluids_glasses=r[2],
            stress=r[3],
            meals=r[4],
            exercises_done=flag(r[5]),
            therapy_today=flag(r[6]),
            therapy_willingness=r[7],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Tally:
    """Yes on `yes` of the `recorded` days that recorded it."""

    yes: int
    recorded: int


@dataclass(frozen=True)
class Mean:
    """The mean of the `days` days that recorded a value (None when none did)."""

    value: float | None
    days: int


def _mean(values: Sequence[float | int | None]) -> Mean:
    known = [float(v) for v in values if v is not None]
    return Mean(sum(known) / len(known) if known else None, len(known))


def _tally(values: Sequence[bool | None]) -> Tally:
    known = [v for v in values if v is not None]
    return Tally(sum(1 for v in known if v), len(known))


@dataclass(frozen=True)
class Therapy:
    checkin_days: int
    therapy: Tally
    exercises: Tally
    willingness: Mean


def therapy_figures(days: Sequence[CheckInDay], visit_days: Collection[dt.date] = ()) -> Therapy:
    """`visit_days`: days with a logged therapy session; each day with therapy counts once,
    whether the check-in said so, a session was logged, or both."""
    answered = {d.day: d.therapy_today for d in days if d.therapy_today is not None}
    answered.update(dict.fromkeys(visit_days, True))
    return Therapy(
        checkin_days=len(days),
        therapy=_tally(list(answered.values())),
        exercises=_tally([d.exercises_done for d in days]),
        willingness=_mean([d.therapy_willingness for d in days]),
    )


@dataclass(frozen=True)
class FactorRow:
    """One week (or month) of daily factors, clipped to the period."""

    first_day: dt.date
    last_day: dt.date
    episodes: int
    checkin_days: int
    sleep: Mean  # hours
    fluids: Mean  # glasses
    stress: Mean  # 0-10
    poor_meals: Tally  # days with poor meals, of the days that recorded meals
    exercises: Tally
    therapy: Tally
    willingness: Mean  # 0-10

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class FactorTable:
    unit: str  # "week" or "month"
    rows: tuple[FactorRow, ...]


def _buckets(period: Period, unit: str) -> list[Period]:
    result: list[Period] = []
    start = period.first_day
    while start <= period.last_day:
        if unit == "week":
            end = week_start(start) + dt.timedelta(days=6)
        else:
            following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = following - dt.timedelta(days=1)
        end = min(end, period.last_day)
        result.append(Period(start, end))
        start = end + dt.timedelta(days=1)
    return result


def factor_table(
    period: Period, days: Sequence[CheckInDay], daily: charts.DailyCounts
) -> FactorTable:
    unit = "week" if period.days <= WEEKLY_UP_TO_DAYS else "month"
    by_day: dict[dt.date, CheckInDay] = {d.day: d for d in days}
    rows: list[FactorRow] = []
    for bucket in _buckets(period, unit):
        inside = [by_day[d] for d in bucket.each_day() if d in by_day]
        first, last = period.index_of(bucket.first_day), period.index_of(bucket.last_day)
        rows.append(
            FactorRow(
                first_day=bucket.first_day,
                last_day=bucket.last_day,
                episodes=sum(daily.counts[first : last + 1]),
                checkin_days=len(inside),
                sleep=_mean([d.hours_slept for d in inside]),
                fluids=_mean([d.fluids_glasses for d in inside]),
                stress=_mean([d.stress for d in inside]),
                poor_meals=_tally([None if d.meals is None else d.meals == "poor" for d in inside]),
                exercises=_tally([d.exercises_done for d in inside]),
                therapy=_tally([d.therapy_today for d in inside]),
                willingness=_mean([d.therapy_willingness for d in inside]),
            )
        )
    return FactorTable(unit, tuple(rows))
