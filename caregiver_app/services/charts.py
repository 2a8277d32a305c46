"""What the charts show, counted by SQLite: per day, per weekday and hour, per place, per trigger.

Every function takes a person and a `Period` of local calendar days and returns plain data
(dataclasses, tuples, lists), so the Charts page and a printed report draw the same numbers;
only the Dashboard's derived per-day series are numpy arrays, which the charts draw as they
are. The counts come from the running totals of migration 3 (`episode_day` per day,
`episode_month_place` and `episode_month_trigger` per month, the days at either end of a
period from the episodes), which SQLite triggers keep equal to the episodes in the same
transaction as every change, so ten years are a few thousand rows, not 100,000. A day is the
local day number `(started_utc + utc_offset_min * 60) / 86400` ("local seconds", see
`timeutil`).

Conventions that matter for honest charts:
- A day without episodes counts 0 episodes; a day without episodes has no severity or pain
  (None, never 0).
- A missing check-in value means "not recorded": such days are left out of every comparison
  with daily factors, never counted as 0.
- A person's data is never mixed with another's: every query is limited to one person.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import mul
from typing import Any, NamedTuple

import numpy as np

from caregiver_app.services import codes
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start
from caregiver_app.store.db import database_proxy

ROLLING_WINDOW = 7
_EPOCH = dt.date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()  # date.fromordinal(day + this) is the day's date, fast
_DAYS = "person_id = ? AND day >= ? AND day <= ?"  # a person's days first..last (day numbers)

# Check-in columns that can be paired with episode counts (never interpolated from user input).
FACTOR_COLUMNS: tuple[str, ...] = (
    "hours_slept",
    "stress",
    "fluids_glasses",
    "meals",
    "exercises_done",
    "therapy_today",
    "therapy_willingness",
)


def _day_number(day: dt.date) -> int:
    return (day - _EPOCH).days


def _days(first: dt.date, last: dt.date) -> tuple[int, int]:
    return _day_number(first), _day_number(last)


def _execute(sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, list(params)).fetchall())


def _lowest(prefix: str, values: Sequence[int]) -> str:
    """SQL: the lowest value whose count column `<prefix>_<value>` is not 0 (NULL if none)."""
    whens = " ".join(f"WHEN {prefix}_{v} THEN {v}" for v in values)
    return f"CASE {whens} END"


_SEVERITIES = (1, 2, 3)
_PAINS = tuple(range(11))
_PAIN_N = " + ".join(f"pain_{v}" for v in _PAINS)
_PAIN_SUM = " + ".join(f"{v} * pain_{v}" for v in _PAINS[1:])
_DAY_ROW = (
    "day, episodes,"
    " (severity_1 + 2 * severity_2 + 3 * severity_3) * 1.0 / episodes,"
    f" {_lowest('severity', _SEVERITIES)}, {_lowest('severity', _SEVERITIES[::-1])},"
    f" {_PAIN_N}, CASE WHEN {_PAIN_N} > 0 THEN ({_PAIN_SUM}) * 1.0 / ({_PAIN_N}) END,"
    f" {_lowest('pain', _PAINS)}, {_lowest('pain', _PAINS[::-1])}"
)
_HOURS = ", ".join(f"SUM(hour_{h:02d})" for h in range(24))
_IN_RANGE = f"person_id = ? AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?"


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


def _by_month(
    person_id: int, period: Period, months_sql: str, episodes_sql: str
) -> dict[tuple[Any, ...], int]:
    """Counts keyed by the leading columns of two queries that give the same counts: whole
    months from a monthly tally (`months_sql`: person, first and last month number) and the
    days either side from the episodes (`episodes_sql`: person, [start, end) local seconds)."""
    found: dict[tuple[Any, ...], int] = {}

    def tally(sql: str, params: Sequence[object]) -> None:
        for *key, n in _execute(sql, params):
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


# --- when the diary starts ------------------------------------------------------------------


def first_entry_day(person_id: int) -> dt.date | None:
    """The local day of the person's first episode or check-in, or None when there is neither."""
    row = _execute("SELECT MIN(day) FROM episode_day WHERE person_id = ?", (person_id,))
    first_episode = _EPOCH + dt.timedelta(days=int(row[0][0])) if row[0][0] is not None else None
    row = _execute("SELECT MIN(day) FROM checkin WHERE person_id = ?", (person_id,))
    first_checkin = dt.date.fromisoformat(str(row[0][0])) if row and row[0][0] else None
    found = [d for d in (first_episode, first_checkin) if d is not None]
    return min(found) if found else None


# --- episodes per day -----------------------------------------------------------------------


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


DayTable = dict[
    int, tuple[Any, ...]
]  # day number -> (episodes, severity avg/min/max, pain n/avg/min/max)


def _day_table(person_id: int, first: dt.date, last: dt.date) -> DayTable:
    """Per local day (days since 1970-01-01) of first..last: count, severity and pain. Days
    without episodes are absent."""
    rows = _execute(
        f"SELECT {_DAY_ROW} FROM episode_day WHERE {_DAYS}", (person_id, *_days(first, last))
    )
    return {int(r[0]): tuple(r[1:]) for r in rows}


def _daily_counts(
    table: DayTable, period: Period, first_entry: dt.date | None, last_complete_day: dt.date | None
) -> DailyCounts:
    lead = ROLLING_WINDOW - 1
    base = _day_number(period.first_day) - lead
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
    table = _day_table(person_id, first, period.last_day)
    return _daily_counts(table, period, first_entry, last_complete_day)


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


def _day_stats(table: DayTable, period: Period) -> list[DayStats]:
    # The day table's SQL already gives each column its type (int counts and bounds, float
    # means, NULL for no pain score), so rows become DayStats as they are.
    first, last = _day_number(period.first_day), _day_number(period.last_day)
    make, date = DayStats._make, dt.date.fromordinal
    return [
        make((date(dn + _EPOCH_ORDINAL), *r))
        for dn, r in sorted(table.items())
        if first <= dn <= last
    ]


def severity_pain_per_day(person_id: int, period: Period) -> list[DayStats]:
    """One entry per day of `period` that had episodes, oldest first. Days without episodes
    are left out (they have no severity), never given 0."""
    return _day_stats(_day_table(person_id, period.first_day, period.last_day), period)


# --- weekday and hour -----------------------------------------------------------------------


def weekday_hour(person_id: int, period: Period) -> tuple[tuple[int, ...], ...]:
    """Episodes by local weekday (rows, 0 = Monday) and hour of the day (columns, 0-23)."""
    rows = _execute(
        f"SELECT (day + 3) % 7 AS weekday, {_HOURS} FROM episode_day WHERE {_DAYS} GROUP BY weekday",
        (person_id, *_days(period.first_day, period.last_day)),
    )
    grid = [[0] * 24 for _ in range(7)]
    for weekday, *hours in rows:
        grid[int(weekday)] = [int(n) for n in hours]
    return tuple(tuple(row) for row in grid)


# --- where ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionCount:
    region: str
    left: int
    right: int
    both: int

    @property
    def total(self) -> int:
        return self.left + self.right + self.both

    def by_side(self, side: str) -> int:
        return {"left": self.left, "right": self.right, "both": self.both}[side]


def by_region_side(person_id: int, period: Period) -> list[RegionCount]:
    """Episodes per body region with left, right and both sides kept apart; regions without
    episodes are left out; the most frequent first (ties in the order of `codes.BODY_REGIONS`)."""
    rows = _by_month(
        person_id,
        period,
        "SELECT body_region, side, SUM(episodes) FROM episode_month_place"
        " WHERE person_id = ? AND month >= ? AND month <= ? GROUP BY body_region, side",
        f"SELECT body_region, side, COUNT(*) FROM episode WHERE {_IN_RANGE}"
        " GROUP BY body_region, side",
    )
    table: dict[str, dict[str, int]] = {}
    for (region, side), n in rows.items():
        table.setdefault(str(region), {})[str(side)] = n
    found = [
        RegionCount(region, sides.get("left", 0), sides.get("right", 0), sides.get("both", 0))
        for region, sides in table.items()
    ]

    def order(rc: RegionCount) -> tuple[int, int, str]:
        known = codes.BODY_REGIONS.index(rc.region) if rc.region in codes.BODY_REGIONS else 999
        return (-rc.total, known, rc.region)

    return sorted(found, key=order)


# --- triggers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerCounts:
    """How often each suspected trigger was noted. An episode with two triggers counts once
    for each, so the counts can add up to more than `episodes`."""

    counts: tuple[tuple[str, int], ...]  # (code, episodes), most frequent first
    episodes: int  # episodes in the period
    without_trigger: int  # episodes with no trigger noted


def trigger_counts(person_id: int, period: Period) -> TriggerCounts:
    rows = _by_month(
        person_id,
        period,
        "SELECT code, SUM(episodes) FROM episode_month_trigger"
        " WHERE person_id = ? AND month >= ? AND month <= ? GROUP BY code",
        "SELECT t.code, COUNT(*) FROM episode JOIN episode_trigger t ON t.episode_id = episode.id"
        f" WHERE {_IN_RANGE} GROUP BY t.code",
    )

    def order(item: tuple[str, int]) -> tuple[int, int, str]:
        code, n = item
        known = codes.TRIGGERS.index(code) if code in codes.TRIGGERS else 999
        return (-n, known, code)

    found = sorted(((str(code), n) for (code,), n in rows.items()), key=order)
    days = (person_id, *_days(period.first_day, period.last_day))
    total = _execute(
        f"SELECT SUM(episodes), SUM(with_trigger) FROM episode_day WHERE {_DAYS}", days
    )
    episodes, with_trigger = (int(v or 0) for v in total[0])
    return TriggerCounts(tuple(found), episodes, episodes - with_trigger)


# --- daily factors from check-ins -----------------------------------------------------------


class FactorPoint(NamedTuple):
    """A check-in value on `day` and the number of episodes on `day + lag`."""

    day: dt.date
    value: float | str
    episodes: int


@dataclass(frozen=True)
class CheckinTable:
    """The check-ins of some days: for each factor column, its recorded (day, value) pairs,
    oldest first (days that left it unrecorded are not listed), and how many check-ins there
    were in all."""

    values: dict[str, list[tuple[dt.date, float | str]]] = field(default_factory=dict)
    days: int = 0


def load_checkins(person_id: int, first: dt.date, last: dt.date) -> CheckinTable:
    """Every check-in of first..last with its recorded factor values (NULLs left out)."""
    rows = _execute(
        f"SELECT day, {', '.join(FACTOR_COLUMNS)} FROM checkin"
        " WHERE person_id = ? AND day >= ? AND day <= ? ORDER BY day",
        (person_id, first.isoformat(), last.isoformat()),
    )
    days = [dt.date.fromisoformat(row[0]) for row in rows]
    # Numbers stay as SQLite gives them (int or float); text stays text.
    values = {
        column: [(day, row[i]) for day, row in zip(days, rows, strict=True) if row[i] is not None]
        for i, column in enumerate(FACTOR_COLUMNS, start=1)
    }
    return CheckinTable(values, len(rows))


def pair_factor(
    checkins: CheckinTable,
    counts: Callable[[dt.date], int],
    period: Period,
    column: str,
    lag: int = 0,
    last_complete_day: dt.date | None = None,
) -> list[FactorPoint]:
    """Days of `period` whose check-in records `column`, each with `counts(day + lag)`.

    Only pairs whose episode day also lies in the period (and is not after
    `last_complete_day`, when given) are kept, so every count covers a whole, known day.
    """
    if column not in FACTOR_COLUMNS:
        raise ValueError(f"'{column}' is not a check-in factor.")
    last_episode_day = period.last_day
    if last_complete_day is not None:
        last_episode_day = min(last_episode_day, last_complete_day)
    shift = dt.timedelta(days=lag)
    first = period.first_day
    last = last_episode_day - shift
    recorded = checkins.values.get(column, [])
    if lag == 0:
        return [FactorPoint(day, v, counts(day)) for day, v in recorded if first <= day <= last]
    return [FactorPoint(day, v, counts(day + shift)) for day, v in recorded if first <= day <= last]


def factor_days(
    person_id: int,
    period: Period,
    column: str,
    lag: int = 0,
    last_complete_day: dt.date | None = None,
) -> list[FactorPoint]:
    """Days of `period` whose check-in has `column` recorded, each with the episodes on the
    day `lag` days later; oldest first (see `pair_factor`). For `hours_slept`, lag 0 already
    pairs the night before day D with day D's episodes."""
    if column not in FACTOR_COLUMNS:
        raise ValueError(f"'{column}' is not a check-in factor.")
    table = _day_table(person_id, period.first_day, period.last_day)
    checkins = load_checkins(person_id, period.first_day, period.last_day)
    return pair_factor(
        checkins, _counter(table).__getitem__, period, column, lag, last_complete_day
    )


def episode_counts(person_id: int, period: Period) -> dict[dt.date, int]:
    """Episodes per local day of `period`; days without episodes are absent (count 0)."""
    table = _day_table(person_id, period.first_day, period.last_day)
    return {_EPOCH + dt.timedelta(days=dn): int(row[0]) for dn, row in table.items()}


def _counter(table: DayTable) -> Counter[dt.date]:
    """Episodes by local day from a day table (a Counter: 0 for days without episodes)."""
    date = dt.date.fromordinal
    return Counter({date(dn + _EPOCH_ORDINAL): row[0] for dn, row in table.items()})


# --- trend lines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """A straight line fitted by least squares: y = slope * x + intercept."""

    slope: float
    intercept: float
    points: int

    def at(self, x: float) -> float:
        return self.slope * x + self.intercept


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> Fit | None:
    """Least-squares line through (xs, ys); None with fewer than 3 points or when every x is
    the same (no line can be fitted)."""
    if len(xs) != len(ys):
        raise ValueError("xs and ys differ in length.")
    n = len(xs)
    if n < 3:
        return None
    mean_x = math.fsum(xs) / n
    mean_y = math.fsum(ys) / n
    dx = [x - mean_x for x in xs]
    sxx = math.fsum(map(mul, dx, dx))
    if sxx <= 1e-12 * max(1.0, abs(mean_x)) ** 2:
        return None
    dy = [y - mean_y for y in ys]
    sxy = math.fsum(map(mul, dx, dy))
    slope = sxy / sxx
    return Fit(slope, mean_y - slope * mean_x, n)


def factor_fit(points: Sequence[FactorPoint]) -> Fit | None:
    """Trend of episodes against a numeric factor (text values are skipped)."""
    numeric = [p for p in points if not isinstance(p.value, str)]
    return linear_fit([float(p.value) for p in numeric], [float(p.episodes) for p in numeric])


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
    sleep: tuple[FactorPoint, ...]
    stress: tuple[FactorPoint, ...]
    fluids: tuple[FactorPoint, ...]
    willingness: tuple[FactorPoint, ...]
    checkins: CheckinTable = field(default_factory=CheckinTable)  # for insights, not read twice

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
        table = _day_table(person_id, lead_in, period.last_day)
        daily = _daily_counts(table, period, first, today - dt.timedelta(days=1))
        checkins = load_checkins(person_id, period.first_day, period.last_day)
        by_day = _counter(table)

        def pairs(column: str) -> tuple[FactorPoint, ...]:
            return tuple(pair_factor(checkins, by_day.__getitem__, period, column))

        return Dashboard(
            person_id=person_id,
            period=period,
            first_entry=first,
            daily=daily,
            day_stats=tuple(_day_stats(table, period)),
            week_hour=weekday_hour(person_id, period),
            regions=tuple(by_region_side(person_id, period)),
            triggers=trigger_counts(person_id, period),
            sleep=pairs("hours_slept"),
            stress=pairs("stress"),
            fluids=pairs("fluids_glasses"),
            willingness=pairs("therapy_willingness"),
            checkins=checkins,
        )
