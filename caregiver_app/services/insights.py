"""Plain-words comparisons between daily check-in factors and the number of episodes.

For each factor (short sleep, high stress, low fluids, poor meals, no exercises) we compare the
average number of episodes a day on days WITH the factor against days WITHOUT it. Only days
whose check-in records the factor are used: a missing value is unknown, never "without".
Days that are not over yet (today, or later) are left out, because their count is incomplete.

Which day's episodes (the lag) is declared here, once per factor, before looking at any data,
and the text says which; we never try both and show the stronger one:

- short sleep: lag 0. A check-in's `hours_slept` is the night BEFORE its day, so lag 0 already
  means "episodes on the day after a short night".
- high stress, low fluids, poor meals: lag 0, the same day.
- no exercises: lag 1, the next day. Exercises mostly aim at the next hours and days, and a
  day full of spasms is itself a reason to skip them, which would make a same-day comparison
  look worse than it is.

`compare_factor(..., lag=...)` gives the other lag for anyone who wants to look on purpose.

Statistics. Let E1 episodes fall on n1 days with the factor and E0 on n0 days without. The
rates are E1/n1 and E0/n0 and the rate ratio RR = (E1/n1) / (E0/n0). Its 95% confidence
interval is the Poisson (log-normal, Wald) interval exp(ln RR ± 1.96 · SE) with
SE = sqrt(φ · (1/E1 + 1/E0)), widened for over-dispersion: φ = max(1, X² / (n1 + n0 − 2)),
where X² is the Pearson statistic Σ (y − mean of its group)² / (mean of its group) over all
days. Episodes cluster (a bad day brings many), so a plain Poisson interval would be too
narrow; this quasi-Poisson widening keeps us from claiming more than the days carry. When one
group has no episodes at all, 0.5 is added to both counts for the interval only. At least 14
days with and 14 days without are required; below that we say exactly what is missing.

Short sleep counts only the episodes from waking (`tallies.WAKING_HOUR`) on: one between
midnight and waking may have caused the short night rather than followed it.

The text is built here in English for now (the page shows it as is; translating it means
moving the templates to the UI layer).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from caregiver_app.services import insight_text
from caregiver_app.services.charts import (
    CheckinTable,
    Dashboard,
    FactorPoint,
    episode_counts,
    factor_days,
    load_checkins,
    pair_factor,
)
from caregiver_app.services.charts.tallies import awake_counts
from caregiver_app.services.periods import Period

MIN_DAYS = 14  # days with and days without, before a difference is claimed or denied
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Factor:
    code: str
    column: str
    lag: int  # the pre-declared lag
    test: Callable[[float | str], bool]
    learn_trigger: str | None  # the trigger code whose Learn page explains this factor
    # Count only the episodes from waking on (an episode in the night may cause the factor
    # rather than follow it).
    from_waking: bool = False


def _text_is(expected: str) -> Callable[[float | str], bool]:
    return lambda value: value == expected


FACTORS: tuple[Factor, ...] = (
    Factor(
        code="short_sleep",
        column="hours_slept",
        lag=0,
        test=lambda v: not isinstance(v, str) and v < 6,
        learn_trigger="poor_sleep",
        from_waking=True,
    ),
    Factor(
        code="high_stress",
        column="stress",
        lag=0,
        test=lambda v: not isinstance(v, str) and v >= 7,
        learn_trigger="stress",
    ),
    Factor(
        code="low_fluids",
        column="fluids_glasses",
        lag=0,
        test=lambda v: not isinstance(v, str) and v < 6,
        learn_trigger="dehydration",
    ),
    Factor(
        code="poor_meals",
        column="meals",
        lag=0,
        test=_text_is("poor"),
        learn_trigger="poor_diet",
    ),
    Factor(
        code="no_exercises",
        column="exercises_done",
        lag=1,
        test=lambda v: not isinstance(v, str) and v == 0,
        learn_trigger=None,
    ),
)
FACTORS_BY_CODE = {f.code: f for f in FACTORS}


@dataclass(frozen=True)
class Insight:
    factor: str
    title: str
    lag: int  # 0: same day (for sleep: the night before); 1: the next day
    learn_trigger: str | None
    enough_data: bool
    days_with: int
    days_without: int
    episodes_with: int
    episodes_without: int
    rate_with: float | None  # episodes a day
    rate_without: float | None
    ratio: float | None  # rate_with / rate_without; None when it cannot be computed
    ci_low: float | None  # 95% confidence interval of the ratio
    ci_high: float | None
    clear: bool  # the interval excludes 1 (no difference)
    dispersion: float  # the over-dispersion factor φ used to widen the interval (>= 1)
    needed_with: int  # more days needed before a comparison is made
    needed_without: int
    text: str


@dataclass(frozen=True)
class RateRatio:
    ratio: float | None
    ci_low: float | None
    ci_high: float | None
    dispersion: float


def rate_ratio(with_days: Sequence[int], without_days: Sequence[int]) -> RateRatio:
    """The rate ratio of episodes a day and its over-dispersion-widened 95% interval (see the
    module docstring). Both groups must have at least one day."""
    n1, n0 = len(with_days), len(without_days)
    if n1 == 0 or n0 == 0:
        raise ValueError("Both groups need at least one day.")
    e1, e0 = sum(with_days), sum(without_days)
    if e1 + e0 == 0:
        return RateRatio(None, None, None, 1.0)
    pearson = 0.0
    for group in (with_days, without_days):
        mean = sum(group) / len(group)
        if mean > 0:
            pearson += sum((y - mean) ** 2 for y in group) / mean
    dof = n1 + n0 - 2
    phi = max(1.0, pearson / dof) if dof > 0 else 1.0
    ratio = (e1 / n1) / (e0 / n0) if e0 > 0 else None
    c1, c0 = (float(e1), float(e0)) if e1 > 0 and e0 > 0 else (e1 + 0.5, e0 + 0.5)
    log_rr = math.log((c1 / n1) / (c0 / n0))
    se = math.sqrt(phi * (1 / c1 + 1 / c0))
    return RateRatio(ratio, math.exp(log_rr - Z_95 * se), math.exp(log_rr + Z_95 * se), phi)


def compare_factor(
    factor: Factor, points: Sequence[FactorPoint], lag: int | None = None
) -> Insight:
    """Compare episodes on days with and without `factor` from already paired `points`."""
    lag = factor.lag if lag is None else lag
    with_days: list[int] = []
    without_days: list[int] = []
    test = factor.test
    for p in points:
        (with_days if test(p.value) else without_days).append(p.episodes)
    n1, n0 = len(with_days), len(without_days)
    e1, e0 = sum(with_days), sum(without_days)
    need1, need0 = max(0, MIN_DAYS - n1), max(0, MIN_DAYS - n0)
    insight = Insight(
        factor=factor.code,
        title=insight_text.title(factor.code),
        lag=lag,
        learn_trigger=factor.learn_trigger,
        enough_data=False,
        days_with=n1,
        days_without=n0,
        episodes_with=e1,
        episodes_without=e0,
        rate_with=e1 / n1 if n1 else None,
        rate_without=e0 / n0 if n0 else None,
        ratio=None,
        ci_low=None,
        ci_high=None,
        clear=False,
        dispersion=1.0,
        needed_with=need1,
        needed_without=need0,
        text="",
    )
    if need1 or need0:
        return replace(insight, text=insight_text.describe(insight))
    result = rate_ratio(with_days, without_days)
    clear = (
        result.ci_low is not None
        and result.ci_high is not None
        and (result.ci_low > 1 or result.ci_high < 1)
    )
    compared = replace(
        insight,
        enough_data=True,
        ratio=result.ratio,
        ci_low=result.ci_low,
        ci_high=result.ci_high,
        clear=clear,
        dispersion=result.dispersion,
    )
    return replace(compared, text=insight_text.describe(compared))


def factor_insight(
    person_id: int,
    period: Period,
    factor: Factor,
    lag: int | None = None,
    today: dt.date | None = None,
) -> Insight:
    """One factor's comparison over `period`, leaving out today and later days (not over)."""
    lag = factor.lag if lag is None else lag
    today = today or dt.date.today()
    points = factor_days(
        person_id, period, factor.column, lag, last_complete_day=today - dt.timedelta(days=1)
    )
    return compare_factor(factor, points, lag)


def from_tables(
    checkins: CheckinTable,
    count: Callable[[dt.date], int],
    period: Period,
    today: dt.date,
    awake: Callable[[dt.date], int] | None = None,
) -> list[Insight]:
    """Every factor at its pre-declared lag, from check-ins and episode counts already read;
    `awake` counts a day's episodes from waking on, for factors `from_waking` (default: `count`)."""
    last = today - dt.timedelta(days=1)
    return [
        compare_factor(
            f,
            pair_factor(
                checkins,
                (awake or count) if f.from_waking else count,
                period,
                f.column,
                f.lag,
                last,
            ),
        )
        for f in FACTORS
    ]


def from_dashboard(dash: Dashboard, today: dt.date | None = None) -> list[Insight]:
    """The comparisons for the Charts page, from the numbers it has already read."""
    today = today or dt.date.today()
    last = today - dt.timedelta(days=1)
    # The Charts page has already paired these factors with the same day's episodes.
    paired = {"hours_slept": dash.sleep, "stress": dash.stress, "fluids_glasses": dash.fluids}
    counts = dash.counts_by_day.__getitem__  # the pairs only look up days of the period
    found = []
    for f in FACTORS:
        if f.lag == 0 and f.column in paired:
            points = [p for p in paired[f.column] if p.day <= last]
        else:
            points = pair_factor(dash.checkins, counts, dash.period, f.column, f.lag, last)
        found.append(compare_factor(f, points))
    return found


def insights(person_id: int, period: Period, today: dt.date | None = None) -> list[Insight]:
    """Every factor's comparison at its pre-declared lag, in the order of `FACTORS`."""
    counts = episode_counts(person_id, period)
    awake = awake_counts(person_id, period.first_day, period.last_day)
    checkins = load_checkins(person_id, period.first_day, period.last_day)
    return from_tables(
        checkins,
        lambda d: counts.get(d, 0),
        period,
        today or dt.date.today(),
        awake=lambda d: awake.get(d, 0),
    )
