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

Callers import from this package (`from caregiver_app.services import charts`, then
`charts.load_dashboard`...); inside it, by what a reader looks for:

- `tallies`: the SQL every chart shares, reading the running totals by day and by month.
- `time_series`: episodes per day and their 7-day average, severity and pain per day, the first
  entry day.
- `patterns`: when (weekday and hour), where (body region and side) and triggers.
- `factors`: check-in factors paired with episode counts, and straight-line fits.
- `dashboard`: all of it for the Charts page in one transaction, and the derived series.
"""

from caregiver_app.services.charts.dashboard import Dashboard, DaySeries, load_dashboard
from caregiver_app.services.charts.factors import (
    FACTOR_COLUMNS,
    CheckinTable,
    FactorPoint,
    Fit,
    factor_days,
    factor_fit,
    linear_fit,
    load_checkins,
    pair_factor,
)
from caregiver_app.services.charts.patterns import (
    RegionCount,
    TriggerCounts,
    by_region_side,
    trigger_counts,
    weekday_hour,
)
from caregiver_app.services.charts.tallies import DayTable
from caregiver_app.services.charts.time_series import (
    ROLLING_WINDOW,
    DailyCounts,
    DayStats,
    episode_counts,
    episodes_per_day,
    first_entry_day,
    severity_pain_per_day,
    trailing_mean,
)

__all__ = [
    "FACTOR_COLUMNS",
    "ROLLING_WINDOW",
    "CheckinTable",
    "DailyCounts",
    "Dashboard",
    "DaySeries",
    "DayStats",
    "DayTable",
    "FactorPoint",
    "Fit",
    "RegionCount",
    "TriggerCounts",
    "by_region_side",
    "episode_counts",
    "episodes_per_day",
    "factor_days",
    "factor_fit",
    "first_entry_day",
    "linear_fit",
    "load_checkins",
    "load_dashboard",
    "pair_factor",
    "severity_pain_per_day",
    "trailing_mean",
    "trigger_counts",
    "weekday_hour",
]
