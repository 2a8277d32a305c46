"""The clinic's own measures in the report: injection cycles, goal attainment, Ashworth scores.

- Cycles come from `injections.cycle_view`, so the report and the window count the same
  episodes: only those in the injected body regions and on the injected side. For each cycle
  the report says when episodes began to fall (the first week under `FALL_SHARE` of the 4 weeks
  before the injection, a week), the lowest week, and the week they came back (the first week
  after the lowest at `FALL_SHARE` of that level or more).
- Goal Attainment Scaling: each goal's baseline (its score on the injection day, when one was
  recorded) and follow-up scores (−2 to +2; 0 is the expected outcome, the goal as written). With two goals or more scored on a day, the GAS T-score of that day
  (Kiresuk and Sherman, 1968), goals weighted equally, with the usual inter-goal correlation
  ρ = 0.3:  T = 50 + 10 · Σx / √((1 − ρ) · n + ρ · n²).
- Modified Ashworth Scale: the latest score of each muscle group and side, beside the one
  before it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from caregiver_app.services.periods import Period

FALL_SHARE = 0.8
GAS_RHO = 0.3
MAX_CYCLES = 3


@dataclass(frozen=True)
class CycleLine:
    day: dt.date
    muscles: str
    regions: tuple[str, ...]  # () when the injection names none: then every region counts
    side: str
    weekly: tuple[int | None, ...]  # episodes in week w after the injection; None: not over
    before_per_week: float  # the same episodes a week in the 4 weeks before
    fell_week: int | None
    lowest_week: int | None
    back_week: int | None
    next_day: dt.date | None = None  # the next injection, when there was one

    @property
    def lowest(self) -> int | None:
        return None if self.lowest_week is None else self.weekly[self.lowest_week]


def _summarise(weekly: tuple[int | None, ...], before: float) -> tuple[int | None, ...]:
    known = [(w, n) for w, n in enumerate(weekly) if n is not None]
    if not known:
        return None, None, None
    lowest_week = min(known, key=lambda item: (item[1], item[0]))[0]
    level = FALL_SHARE * before
    fell = next((w for w, n in known if before > 0 and n < level), None)
    back = next(
        (w for w, n in known if w > lowest_week and before > 0 and n >= level and fell is not None),
        None,
    )
    return fell, lowest_week, back


def cycle_lines(person_id: int, period: Period, today: dt.date) -> tuple[CycleLine, ...]:
    """The cycles of the injections up to the period's end, the last `MAX_CYCLES` of them."""
    from caregiver_app.services import injections

    found = []
    for cycle in injections.cycle_view(person_id, today=today):
        if cycle.day > period.last_day:
            continue
        if cycle.next_day is not None and cycle.next_day < period.first_day:
            continue
        before = cycle.before_per_week or 0.0
        fell, lowest, back = _summarise(cycle.weekly, before)
        found.append(
            CycleLine(
                cycle.day,
                cycle.muscles,
                cycle.regions,
                cycle.side,
                cycle.weekly,
                before,
                fell,
                lowest,
                back,
                cycle.next_day,
            )
        )
    return tuple(found[-MAX_CYCLES:])


@dataclass(frozen=True)
class GoalLine:
    goal: str
    scores: tuple[tuple[dt.date, int], ...]  # follow-up scores, after the injection day
    baseline: int | None = None  # the score on the injection day, when it was recorded


@dataclass(frozen=True)
class GoalSet:
    injection_day: dt.date
    goals: tuple[GoalLine, ...]
    t_scores: tuple[tuple[dt.date, float], ...]  # follow-up days with two goals or more scored


def gas_t_score(scores: list[int], rho: float = GAS_RHO) -> float:
    n = len(scores)
    return 50 + 10 * sum(scores) / math.sqrt((1 - rho) * n + rho * n * n)


def goal_sets(person_id: int, period: Period) -> tuple[GoalSet, ...]:
    """The goals of the injections of the period (or the last one before it), with scores."""
    from caregiver_app.services import injections

    done = [i for i in injections.list_injections(person_id) if i.day <= period.last_day]
    chosen = [i for i in done if i.day >= period.first_day] or done[-1:]
    sets = []
    for injection in chosen[-MAX_CYCLES:]:
        if not injection.goals:
            continue
        days = injection.follow_up_days()
        t_scores = []
        for day in days:
            scored = [s for g in injection.goals if (s := g.score_on(day)) is not None]
            if len(scored) >= 2:
                t_scores.append((day, gas_t_score(scored)))
        lines = tuple(
            GoalLine(
                g.goal,
                tuple((d, s) for d, s in g.scores if d > injection.day),
                injection.baseline(g),
            )
            for g in injection.goals
        )
        sets.append(GoalSet(injection.day, lines, tuple(t_scores)))
    return tuple(sets)


@dataclass(frozen=True)
class AshworthLine:
    muscle_group: str
    side: str
    latest: tuple[dt.date, str]
    previous: tuple[dt.date, str] | None


def ashworth_lines(person_id: int, last_day: dt.date) -> tuple[AshworthLine, ...]:
    """The latest score of each muscle group and side up to `last_day`, with the one before."""
    from caregiver_app.services import clinician_scores, treatment_codes

    by_key: dict[tuple[str, str], list[tuple[dt.date, str]]] = {}
    for score in clinician_scores.list_scores(person_id, last_day=last_day):
        data = score.data
        by_key.setdefault((data.muscle_group, data.side), []).append((data.day, data.score))
    order = {code: i for i, code in enumerate(treatment_codes.MUSCLE_GROUPS)}
    lines = [
        AshworthLine(group, side, found[-1], found[-2] if len(found) > 1 else None)
        for (group, side), found in by_key.items()
    ]
    return tuple(sorted(lines, key=lambda a: (order.get(a.muscle_group, 99), a.side)))


@dataclass(frozen=True)
class Clinical:
    cycles: tuple[CycleLine, ...] = ()
    goals: tuple[GoalSet, ...] = ()
    ashworth: tuple[AshworthLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.cycles or self.goals or self.ashworth)


def clinical(person_id: int, period: Period, today: dt.date) -> Clinical:
    try:
        return Clinical(
            cycle_lines(person_id, period, today),
            goal_sets(person_id, period),
            ashworth_lines(person_id, min(today, period.last_day)),
        )
    except ImportError:  # a build without the treatments services
        return Clinical()
