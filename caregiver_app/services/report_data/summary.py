"""Page 1's headline figures: how many episodes and how bad (`EpisodeFigures`), better or
worse than the previous period (`Comparison`), and the most frequent triggers. The package's
docstring says which days the counts and the rates cover, and when a change is a percentage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import charts
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start
from caregiver_app.store.db import database_proxy
from caregiver_app.store.dialect import flag, real

HIGH_PAIN = 7
MIN_EPISODES_FOR_PERCENT = 5


# --- episodes: how many, how bad ---------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFigures:
    """Episodes of a period. `per_day`/`per_week` use the `rate_days` complete days only."""

    period: Period
    episodes: int
    severity_counts: tuple[int, int, int]  # mild, moderate, severe
    severity_mean: float | None
    pain_recorded: int  # episodes with a pain score
    pain_mean: float | None
    pain_high: int  # episodes with pain of HIGH_PAIN or more
    rate_days: int  # complete days the rates use
    rate_episodes: int  # episodes on those days
    includes_incomplete_day: bool  # the period reaches today (or later): rates leave it out

    @property
    def per_day(self) -> float | None:
        return self.rate_episodes / self.rate_days if self.rate_days else None

    @property
    def per_week(self) -> float | None:
        return None if self.per_day is None else self.per_day * 7

    @property
    def pain_high_share(self) -> float | None:
        return self.pain_high / self.pain_recorded if self.pain_recorded else None


def _range(period: Period) -> tuple[int, int]:
    return day_start(period.first_day), day_start(period.last_day + dt.timedelta(days=1))


def covered_period(period: Period, diary_start: dt.date | None) -> Period | None:
    """The days of `period` from the diary's first entry on; None when it has none yet."""
    if diary_start is None or diary_start > period.last_day:
        return None
    return Period(max(period.first_day, diary_start), period.last_day)


def episode_figures(
    person_id: int, period: Period, today: dt.date, diary_start: dt.date | None = None
) -> EpisodeFigures:
    """Counts over `period`; rates over its complete days from `diary_start` (when later)."""
    start, end = _range(period)
    row = database_proxy.execute_sql(
        f"SELECT COUNT(*), SUM({flag('severity = 1')}), SUM({flag('severity = 2')}),"
        f" SUM({flag('severity = 3')}), AVG({real('severity')}),"
        f" COUNT(pain), AVG({real('pain')}), SUM({flag('pain >= ?')})"
        " FROM episode WHERE person_id = ?"
        f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
        (HIGH_PAIN, person_id, start, end),
    ).fetchone()
    total = int(row[0] or 0)
    first_day = period.first_day if diary_start is None else max(period.first_day, diary_start)
    last_complete = min(period.last_day, today - dt.timedelta(days=1))
    if last_complete < first_day:
        rate_days, rate_episodes = 0, 0
    elif last_complete == period.last_day and first_day == period.first_day:
        rate_days, rate_episodes = period.days, total
    else:
        complete = Period(first_day, last_complete)
        c_start, c_end = _range(complete)
        rate_days = complete.days
        rate_episodes = int(
            database_proxy.execute_sql(
                f"SELECT COUNT(*) FROM episode WHERE person_id = ?"
                f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
                (person_id, c_start, c_end),
            ).fetchone()[0]
        )
    return EpisodeFigures(
        period=period,
        episodes=total,
        severity_counts=(int(row[1] or 0), int(row[2] or 0), int(row[3] or 0)),
        severity_mean=None if row[4] is None else float(row[4]),
        pain_recorded=int(row[5] or 0),
        pain_mean=None if row[6] is None else float(row[6]),
        pain_high=int(row[7] or 0),
        rate_days=rate_days,
        rate_episodes=rate_episodes,
        includes_incomplete_day=period.last_day >= today,
    )


# --- better or worse ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """This period against the previous one of the same length."""

    previous: Period
    figures: EpisodeFigures | None  # None when not comparable
    comparable: bool  # the diary already existed on the previous period's first day
    diary_start: dt.date | None
    rate_change: float | None  # e.g. -0.18 for 18% fewer a day; None when not meaningful

    @property
    def show_percent(self) -> bool:
        return self.rate_change is not None


def compare_with_previous(
    person_id: int,
    current: EpisodeFigures,
    today: dt.date,
    diary_start: dt.date | None,
) -> Comparison:
    previous = current.period.previous()
    if diary_start is None or diary_start > previous.first_day:
        return Comparison(previous, None, False, diary_start, None)
    before = episode_figures(person_id, previous, today, diary_start)
    change: float | None = None
    now_rate, old_rate = current.per_day, before.per_day
    if (
        now_rate is not None
        and old_rate is not None
        and old_rate > 0
        and before.rate_episodes >= MIN_EPISODES_FOR_PERCENT
    ):
        change = now_rate / old_rate - 1
    return Comparison(previous, before, True, diary_start, change)


# --- where and why -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerShare:
    code: str
    episodes: int
    share: float  # of all episodes in the period


def top_triggers(counts: charts.TriggerCounts, limit: int = 3) -> list[TriggerShare]:
    if counts.episodes == 0:
        return []
    return [TriggerShare(code, n, n / counts.episodes) for code, n in counts.counts[:limit]]
