"""Daily factors from the check-ins (sleep, stress, fluids...) paired with episode counts, and
the straight lines fitted through them. No Qt.

A missing check-in value means "not recorded": such days are left out of every comparison, never
counted as 0. A pair's episode day must lie in the period (and not after the last complete day,
when one is given), so every count covers a whole, known day.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import mul
from typing import NamedTuple

from caregiver_app.services.charts.tallies import awake_counts, counts_by_date, day_table, execute
from caregiver_app.services.periods import Period

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
    rows = execute(
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
    pairs the night before day D with day D's episodes, and only those from waking on count
    (`tallies.awake_counts`)."""
    if column not in FACTOR_COLUMNS:
        raise ValueError(f"'{column}' is not a check-in factor.")
    if column == "hours_slept":
        counts = awake_counts(person_id, period.first_day, period.last_day)
    else:
        counts = counts_by_date(day_table(person_id, period.first_day, period.last_day))
    checkins = load_checkins(person_id, period.first_day, period.last_day)
    return pair_factor(checkins, counts.__getitem__, period, column, lag, last_complete_day)


# --- trend lines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """A straight line fitted by least squares: y = slope * x + intercept."""

    slope: float
    intercept: float
    points: int
    slope_low: float | None = None  # the slope's 95% likely range (t distribution, n - 2)
    slope_high: float | None = None

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
    intercept = mean_y - slope * mean_x
    residual = math.fsum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys, strict=True))
    spread = t_95(n - 2) * math.sqrt(residual / (n - 2) / sxx)
    return Fit(slope, intercept, n, slope - spread, slope + spread)


def t_95(df: int) -> float:
    """The two-sided 95% quantile of Student's t with `df` degrees of freedom (exact to about
    0.01 from 3 on: a Cornish-Fisher expansion of the normal quantile)."""
    exact = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776}
    if df in exact:
        return exact[df]
    z = 1.959964
    return (
        z
        + (z**3 + z) / (4 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
    )


def factor_fit(points: Sequence[FactorPoint]) -> Fit | None:
    """Trend of episodes against a numeric factor (text values are skipped)."""
    numeric = [p for p in points if not isinstance(p.value, str)]
    return linear_fit([float(p.value) for p in numeric], [float(p.episodes) for p in numeric])
