"""The episode log, the report's appendix: the period's episodes, oldest first, cut to the
most recent `LOG_LIMIT` when there are more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import episodes
from caregiver_app.services.episodes import EpisodeFilter, EpisodeRow
from caregiver_app.services.periods import Period

LOG_LIMIT = 1000  # episodes in the appendix; the most recent ones when there are more


@dataclass(frozen=True)
class EpisodeLog:
    rows: tuple[EpisodeRow, ...]  # oldest first
    total: int  # episodes in the period; more than len(rows) when the log was cut
    period: Period | None = None  # the days it covers; None: no log

    @property
    def complete(self) -> bool:
        return len(self.rows) == self.total


LOG_CHOICES = {"none": 0, "14d": 14, "all": None}  # the command line's and the page's choice


def log_period(period: Period, days: int | None) -> Period | None:
    """The days the log covers: the last `days` of `period` (None: all; 0: no log)."""
    if days is None:
        return period
    if days <= 0:
        return None
    return Period(
        max(period.first_day, period.last_day - dt.timedelta(days=days - 1)), period.last_day
    )


def episode_log(person_id: int, period: Period | None, limit: int = LOG_LIMIT) -> EpisodeLog:
    """The period's episodes, oldest first; only the most recent `limit` when there are more.
    No period: no log."""
    if period is None:
        return EpisodeLog((), 0, None)
    ids = episodes.query_ids(
        EpisodeFilter(person_id, first_day=period.first_day, last_day=period.last_day),
        descending=True,
    )
    chosen = ids[:limit]
    found = episodes.fetch_rows(chosen)
    rows = [found[i] for i in reversed(chosen) if i in found]
    return EpisodeLog(tuple(rows), len(ids), period)
