"""Better or worse: page 1's comparisons of the one frequency figure
(`services.charts.frequency`, which the Charts page shows too).

- A rate always counts the episodes of the same days it divides by.
- Better or worse is always answered once the period holds `MIN_DAYS` complete days of the
  diary: the last 4 weeks against the 4 weeks before (when the diary reaches back that far),
  and the whole period against the one before it (when the diary reaches back that far) or
  else the first half of the diary's days in the period against the second half.
- Each comparison is a rate ratio with a 95 % likely range from the two Poisson counts
  (log ratio ± 1.96 · √(1/a + 1/b), with 0.5 added to a count of 0). A range that includes
  1 (no change) reads "no clear change".
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from caregiver_app.services.charts.frequency import (
    Frequency,
    Rate,
    complete_days,
    frequency,
    rate,
)
from caregiver_app.services.periods import Period

__all__ = ["Change", "Frequency", "changes", "compare", "complete_days", "frequency"]

MIN_DAYS = 14  # complete days of the diary a period needs before it is compared
RECENT_DAYS = 28
Z95 = 1.959964


@dataclass(frozen=True)
class Change:
    """One comparison: `now` against `before`. `kind` says which: "recent" (the last 4 weeks
    against the 4 before), "previous" (the period against the one before it) or "halves"
    (the second half of the diary's days in the period against the first half)."""

    kind: str
    now: Rate
    before: Rate
    ratio: float
    low: float
    high: float

    @property
    def direction(self) -> str:
        """ "fewer", "more" or "same" (no clear change: the likely range includes none)."""
        if self.high < 1:
            return "fewer"
        if self.low > 1:
            return "more"
        return "same"


def compare(kind: str, now: Rate, before: Rate) -> Change:
    a = now.episodes if now.episodes else 0.5
    b = before.episodes if before.episodes else 0.5
    ratio = (a / now.period.days) / (b / before.period.days)
    spread = Z95 * math.sqrt(1 / a + 1 / b)
    return Change(kind, now, before, ratio, ratio * math.exp(-spread), ratio * math.exp(spread))


def changes(
    person_id: int, period: Period, today: dt.date, diary_start: dt.date | None
) -> tuple[Change, ...]:
    """The comparisons of the module docstring, most recent first; () when the period holds
    fewer than `MIN_DAYS` complete days of the diary."""
    days = complete_days(period, today, diary_start)
    if days is None or diary_start is None or days.days < MIN_DAYS:
        return ()
    found: list[Change] = []
    recent = Period(days.last_day - dt.timedelta(days=RECENT_DAYS - 1), days.last_day)
    earlier = recent.previous()
    if earlier.first_day >= diary_start and recent.days < days.days:
        found.append(compare("recent", rate(person_id, recent), rate(person_id, earlier)))
    previous = period.previous()
    if previous.first_day >= diary_start and days.first_day == period.first_day:
        found.append(compare("previous", rate(person_id, days), rate(person_id, previous)))
    else:
        half = days.days // 2
        first = Period(days.first_day, days.first_day + dt.timedelta(days=half - 1))
        second = Period(first.last_day + dt.timedelta(days=1), days.last_day)
        found.append(compare("halves", rate(person_id, second), rate(person_id, first)))
    return tuple(found)
