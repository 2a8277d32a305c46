"""The bars of a period's time axis: a bar a day for up to 3 months, then a bar a week, and
from 3 years a bar a month; and the numbers each bar shows. No painting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from caregiver_app.services import charts as chart_data
from caregiver_app.services.periods import Period

DAILY_UP_TO_DAYS = 92  # longer periods show a bar a week, and from 3 years a bar a month
WEEKLY_UP_TO_DAYS = 3 * 366


@dataclass(frozen=True)
class Bin:
    """Days first..last of the period shown as one bar."""

    first: dt.date
    last: dt.date
    value: float | None  # episodes that day, or the mean a day over the bin's complete days
    partial: bool = False  # includes a day that is not over (today)


def bin_unit(period: Period) -> str:
    if period.days <= DAILY_UP_TO_DAYS:
        return "day"
    return "week" if period.days <= WEEKLY_UP_TO_DAYS else "month"


def _bin_periods(period: Period, unit: str) -> list[Period]:
    result: list[Period] = []
    start = period.first_day
    while start <= period.last_day:
        if unit == "day":
            end = start
        elif unit == "week":
            end = start + dt.timedelta(days=6 - start.weekday())
        else:
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        end = min(end, period.last_day)
        result.append(Period(start, end))
        start = end + dt.timedelta(days=1)
    return result


def episode_bins(daily: chart_data.DailyCounts, today: dt.date) -> list[Bin]:
    """Episodes a day: one bar a day for up to 3 months, else the mean a day of each week (or
    month) over its complete days, so a week that is not over does not look quiet."""
    period = daily.period
    unit = bin_unit(period)
    bins: list[Bin] = []
    for part in _bin_periods(period, unit):
        first, last = period.index_of(part.first_day), period.index_of(part.last_day)
        if unit == "day":
            bins.append(
                Bin(part.first_day, part.last_day, daily.counts[first], part.last_day >= today)
            )
            continue
        complete = [
            daily.counts[i]
            for i in range(first, last + 1)
            if period.first_day + dt.timedelta(days=i) < today
        ]
        value = sum(complete) / len(complete) if complete else None
        bins.append(Bin(part.first_day, part.last_day, value, len(complete) < part.days))
    return bins


@dataclass(frozen=True)
class StatBin:
    first: dt.date
    last: dt.date
    severity: float | None
    pain: float | None
    pain_low: int | None
    pain_high: int | None


def stat_bins(period: Period, days: Sequence[chart_data.DayStats]) -> list[StatBin]:
    """Mean severity and pain of each bar's days (weighted by episodes), and the pain range."""
    unit = bin_unit(period)
    by_day = {d.day: d for d in days}
    result: list[StatBin] = []
    for part in _bin_periods(period, unit):
        found = [by_day[d] for d in part.each_day() if d in by_day]
        episodes = sum(d.episodes for d in found)
        with_pain = [d for d in found if d.pain_mean is not None and d.pain_recorded]
        pain_n = sum(d.pain_recorded for d in with_pain)
        result.append(
            StatBin(
                part.first_day,
                part.last_day,
                sum(d.severity_mean * d.episodes for d in found) / episodes if episodes else None,
                sum(float(d.pain_mean or 0) * d.pain_recorded for d in with_pain) / pain_n
                if pain_n
                else None,
                min(int(d.pain_min) for d in with_pain if d.pain_min is not None)
                if with_pain
                else None,
                max(int(d.pain_max) for d in with_pain if d.pain_max is not None)
                if with_pain
                else None,
            )
        )
    return result
