"""Everything the Charts page shows, read in one go (`load_dashboard`), and the per-day series
worked out from it once, off the GUI thread (`Dashboard.prepare`). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from caregiver_app.services.charts.factors import (
    CheckinTable,
    FactorPoint,
    Fit,
    factor_fit,
    load_checkins,
    pair_factor,
)
from caregiver_app.services.charts.frequency import Frequency, frequency
from caregiver_app.services.charts.patterns import (
    RegionCount,
    TriggerCounts,
    by_region_side,
    trigger_counts,
    weekday_hour,
)
from caregiver_app.services.charts.tallies import awake_counts, counts_by_date, day_table
from caregiver_app.services.charts.time_series import (
    ROLLING_WINDOW,
    DailyCounts,
    DayStats,
    daily_counts_of,
    day_stats_of,
    first_entry_day,
)
from caregiver_app.services.periods import Period
from caregiver_app.services.timeline import TimelineEvent, timeline_events
from caregiver_app.store.db import database_proxy


class DaySeries(NamedTuple):
    """A value for every day of a period, with that day's range; NaN where there is none."""

    mean: np.ndarray
    low: np.ndarray
    high: np.ndarray


# --- everything the Charts page shows, in one go ----------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    person_id: int
    period: Period
    first_entry: dt.date | None
    daily: DailyCounts
    day_stats: tuple[DayStats, ...]
    week_hour: tuple[tuple[int, ...], ...]
    regions: tuple[RegionCount, ...]
    triggers: TriggerCounts
    sleep: tuple[FactorPoint, ...]  # episodes from waking on (tallies.awake_counts)
    stress: tuple[FactorPoint, ...]
    fluids: tuple[FactorPoint, ...]
    willingness: tuple[FactorPoint, ...]
    checkins: CheckinTable = field(default_factory=CheckinTable)  # for insights, not read twice
    # Episodes a day over the complete days the diary covers: the Charts page's and page 1's
    # one frequency figure (services.charts.frequency).
    frequency: Frequency = field(default_factory=lambda: Frequency(None, 0))
    treatments: tuple[TimelineEvent, ...] = ()  # markers and bands on the time charts

    @property
    def episodes(self) -> int:
        return self.daily.total

    @property
    def has_checkins(self) -> bool:
        return self.checkins.days > 0

    @cached_property
    def counts_by_day(self) -> Counter[dt.date]:
        """Episodes on each day of the period (0 for any other day)."""
        return Counter(dict(zip(self.period.each_day(), self.daily.counts, strict=True)))

    # Derived series, worked out once (the Charts page calls `prepare` off the GUI thread,
    # so switching periods only draws). Arrays of floats for every day of the period, NaN
    # where there is no value: ten years are 3,650 values a series, which the charts draw as
    # they are.

    @cached_property
    def _day_columns(self) -> np.ndarray:
        """Per day of the period: episodes, severity mean/min/max, pain count/mean/min/max."""
        columns = np.full((self.period.days, 8), np.nan)
        if self.day_stats:
            start = self.period.first_day.toordinal()
            index = np.fromiter((s.day.toordinal() - start for s in self.day_stats), dtype=int)
            columns[index] = np.array([s[1:] for s in self.day_stats], dtype=float)
        return columns

    @cached_property
    def severity_by_day(self) -> DaySeries:
        """Mean, lowest and highest severity for every day of the period (NaN: no episodes)."""
        c = self._day_columns
        return DaySeries(c[:, 1], c[:, 2], c[:, 3])

    @cached_property
    def pain_by_day(self) -> DaySeries:
        """Mean, lowest and highest pain for every day of the period (NaN: no score)."""
        c = self._day_columns
        return DaySeries(c[:, 5], c[:, 6], c[:, 7])

    def _trend(self, weights: np.ndarray, means: np.ndarray) -> np.ndarray:
        """For each day, the mean of `means` weighted by `weights` (episodes, or episodes
        with a pain score) over the ROLLING_WINDOW days ending that day, so each episode
        weighs the same; days before the period are not looked at; NaN where those days
        hold no value."""
        w = np.nan_to_num(weights)
        totals = np.cumsum(np.nan_to_num(means) * w)
        counts = np.cumsum(w)
        totals[ROLLING_WINDOW:] -= totals[:-ROLLING_WINDOW].copy()
        counts[ROLLING_WINDOW:] -= counts[:-ROLLING_WINDOW].copy()
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, totals / np.where(counts > 0, counts, 1), np.nan)

    @cached_property
    def severity_trend(self) -> np.ndarray:
        c = self._day_columns
        return self._trend(c[:, 0], c[:, 1])

    @cached_property
    def pain_trend(self) -> np.ndarray:
        c = self._day_columns
        return self._trend(c[:, 4], c[:, 5])

    @cached_property
    def fits(self) -> dict[str, Fit | None]:
        """The trend line of episodes against each charted factor, by check-in column."""
        return {
            "hours_slept": factor_fit(self.sleep),
            "stress": factor_fit(self.stress),
            "fluids_glasses": factor_fit(self.fluids),
        }

    def prepare(self) -> Dashboard:
        """Work out every derived series now (call it off the GUI thread); returns self."""
        for name in ("severity_by_day", "pain_by_day", "severity_trend", "pain_trend", "fits"):
            getattr(self, name)
        return self


def load_dashboard(person_id: int, period: Period, today: dt.date | None = None) -> Dashboard:
    """Every chart's numbers for one person and period, read in one transaction (so they agree
    with each other even while another window writes) with one scan per kind of grouping.
    `today` (default: the computer's date) is not over yet: it gets no 7-day average."""
    today = today or dt.date.today()
    lead_in = period.first_day - dt.timedelta(days=ROLLING_WINDOW - 1)
    with database_proxy.atomic():
        first = first_entry_day(person_id)
        table = day_table(person_id, lead_in, period.last_day)
        daily = daily_counts_of(table, period, first, today - dt.timedelta(days=1))
        checkins = load_checkins(person_id, period.first_day, period.last_day)
        by_day = counts_by_date(table)
        awake = awake_counts(person_id, period.first_day, period.last_day)

        def pairs(column: str, counts: Counter[dt.date] = by_day) -> tuple[FactorPoint, ...]:
            return tuple(pair_factor(checkins, counts.__getitem__, period, column))

        return Dashboard(
            person_id=person_id,
            period=period,
            first_entry=first,
            daily=daily,
            day_stats=tuple(day_stats_of(table, period)),
            week_hour=weekday_hour(person_id, period),
            regions=tuple(by_region_side(person_id, period)),
            triggers=trigger_counts(person_id, period),
            sleep=pairs("hours_slept", awake),
            stress=pairs("stress"),
            fluids=pairs("fluids_glasses"),
            willingness=pairs("therapy_willingness"),
            checkins=checkins,
            frequency=frequency(person_id, period, today, first),
            treatments=tuple(timeline_events(person_id, period.first_day, period.last_day)),
        )
