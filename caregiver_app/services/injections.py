"""Injection treatments (such as botulinum toxin): the injection, its goals, follow-up scores, cycles.

Goals agreed with the clinician are scored at follow-ups with Goal Attainment Scaling (-2 much
less than expected, -1 less, 0 as expected, +1 more, +2 much more). A score recorded on the
injection day itself is the goal's baseline (usually -1, or -2 when nothing was possible). Editing an injection keeps
each goal's scores: goals are matched by position.

`cycle_view` lines the cycles up: episodes per week counted from each injection day, so
"it wears off at week 9" can be seen and shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import codes
from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import GoalScore, InjectionGoal
from caregiver_app.store.models import Injection as InjectionModel

TREE = Tree(
    "injection", (("injection_id", Tree("injection_goal", (("goal_id", Tree("goal_score")),))),)
)
MAX_GOALS = 10
CYCLE_WEEKS = 16  # weeks drawn after each injection
USUAL_PEAK_WEEKS = (4, 6)  # the usual peak effect, weeks 4 to 6 after the injection
USUAL_WEARING_OFF_WEEK = 12  # the effect usually wears off from about week 12


@dataclass(frozen=True)
class InjectionData:
    day: dt.date
    muscles: str  # free text: "elbow and wrist flexors"
    side: str  # left | right | both
    product: str = ""
    dose: str = ""  # free text: "200 units"
    clinician: str = ""
    notes: str = ""
    goals: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # body region codes injected; () when not known


@dataclass(frozen=True)
class Goal:
    id: int
    position: int
    goal: str
    scores: tuple[tuple[dt.date, int], ...]  # (follow-up day, GAS score), oldest first

    def score_on(self, day: dt.date) -> int | None:
        return dict(self.scores).get(day)


@dataclass(frozen=True)
class Injection:
    id: int
    person_id: int
    data: InjectionData
    goals: tuple[Goal, ...]

    @property
    def day(self) -> dt.date:
        return self.data.day

    def follow_up_days(self) -> list[dt.date]:
        """Days with goal scores after the injection day (a score on the injection day itself
        is the goal's baseline)."""
        return sorted({day for goal in self.goals for day, _ in goal.scores if day > self.day})

    def baseline(self, goal: Goal) -> int | None:
        """The goal's baseline: its score recorded on the injection day, if any."""
        return goal.score_on(self.day)


@dataclass(frozen=True)
class Cycle:
    """Episodes per week after one injection. Week w is local days [day + 7w, day + 7w + 7).

    `weekly[w]` is None for a week that is not over yet or that reaches the next injection day
    (from then on the episodes belong to the next cycle).
    """

    injection_id: int
    day: dt.date
    muscles: str
    side: str
    product: str
    weekly: tuple[int | None, ...]
    next_day: dt.date | None  # the next injection, if any
    regions: tuple[str, ...] = ()  # the regions counted; () = all (the injection names none)
    before_per_week: float | None = None  # the same episodes, a week, in the 4 weeks before


def validate(data: InjectionData, today: dt.date | None = None) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_not_future(problems, "day", data.day, today or dt.date.today())
    tc.check_text(problems, "muscles", data.muscles, required=True)
    tc.check_code(problems, "side", data.side, tc.INJECTION_SIDES)
    for region in data.regions:
        tc.check_code(problems, "regions", region, codes.BODY_REGIONS)
    for name in ("product", "dose", "clinician"):
        tc.check_text(problems, name, getattr(data, name))
    tc.check_text(problems, "notes", data.notes, limit=tc.MAX_NOTES)
    if len(data.goals) > MAX_GOALS:
        problems.append(Problem.of("goals", "injection.too_many_goals", limit=MAX_GOALS))
    for goal in data.goals:
        tc.check_text(problems, "goals", goal, required=True)
    return problems


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


# --- reading ----------------------------------------------------------------------------------


def _goals(injection_id: int) -> tuple[Goal, ...]:
    rows = list(
        InjectionGoal.select()
        .where(InjectionGoal.injection == injection_id)
        .order_by(InjectionGoal.position, InjectionGoal.id)
    )
    scores: dict[int, list[tuple[dt.date, int]]] = {row.id: [] for row in rows}
    if rows:
        for score in (
            GoalScore.select()
            .where(GoalScore.goal.in_(list(scores)))
            .order_by(GoalScore.day, GoalScore.id)
        ):
            scores[tc.fk(score, "goal")].append((tc.as_date(score.day), score.score))  # type: ignore[arg-type]
    return tuple(Goal(r.id, r.position, r.goal, tuple(scores[r.id])) for r in rows)


def _injection(row: InjectionModel) -> Injection:
    goals = _goals(row.id)
    data = InjectionData(
        day=tc.as_date(row.day),  # type: ignore[arg-type]
        muscles=row.muscles,
        side=row.side,
        product=row.product,
        dose=row.dose,
        clinician=row.clinician,
        notes=row.notes,
        goals=tuple(goal.goal for goal in goals),
        regions=tuple(code for code in row.regions.split(",") if code),
    )
    return Injection(row.id, tc.fk(row, "person"), data, goals)


def get_injection(injection_id: int) -> Injection | None:
    row = InjectionModel.get_or_none(InjectionModel.id == injection_id)
    return _injection(row) if row is not None else None


def list_injections(person_id: int) -> list[Injection]:
    """Every injection of a person, oldest first."""
    rows = (
        InjectionModel.select()
        .where(InjectionModel.person == person_id)
        .order_by(InjectionModel.day, InjectionModel.id)
    )
    return [_injection(row) for row in rows]


# --- writing ----------------------------------------------------------------------------------


def _columns(data: InjectionData) -> dict[str, object]:
    return {
        "day": data.day,
        "muscles": data.muscles.strip(),
        "side": data.side,
        "product": data.product.strip(),
        "dose": data.dose.strip(),
        "clinician": data.clinician.strip(),
        "notes": data.notes,
        "regions": ",".join(data.regions),
    }


def _write_goals(injection_id: int, goals: tuple[str, ...]) -> None:
    """Goals by position: existing ones keep their id (and so their scores)."""
    existing = list(
        InjectionGoal.select()
        .where(InjectionGoal.injection == injection_id)
        .order_by(InjectionGoal.position, InjectionGoal.id)
    )
    for position, text in enumerate(goals):
        if position < len(existing):
            InjectionGoal.update(position=position, goal=text.strip()).where(
                InjectionGoal.id == existing[position].id
            ).execute()
        else:
            InjectionGoal.insert(
                injection=injection_id, position=position, goal=text.strip()
            ).execute()
    for row in existing[len(goals) :]:
        InjectionGoal.delete().where(InjectionGoal.id == row.id).execute()


def add_injection(person_id: int, data: InjectionData, today: dt.date | None = None) -> int:
    """Save an injection with its goals (one transaction); return its id."""
    _raise(validate(data, today))
    with database_proxy.atomic():
        injection_id = int(InjectionModel.insert(person=person_id, **_columns(data)).execute())
        _write_goals(injection_id, data.goals)
    return injection_id


def update_injection(injection_id: int, data: InjectionData, today: dt.date | None = None) -> None:
    """Change an injection. A goal removed from the end loses its scores with it."""
    _raise(validate(data, today))
    with database_proxy.atomic():
        InjectionModel.update(**_columns(data)).where(InjectionModel.id == injection_id).execute()
        _write_goals(injection_id, data.goals)


def validate_follow_up(
    injection: Injection,
    day: dt.date,
    scores: dict[int, int | None],
    today: dt.date | None = None,
) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_not_future(problems, "day", day, today or dt.date.today())
    if day < injection.day:
        problems.append(Problem.of("day", "injection.follow_up_before"))
    goal_ids = {goal.id for goal in injection.goals}
    for goal_id, score in scores.items():
        if goal_id not in goal_ids:
            problems.append(Problem.of("goal", "injection.goal_elsewhere"))
        tc.check_range(problems, "score", score, tc.GAS_MIN, tc.GAS_MAX)
    return problems


def record_follow_up(
    injection_id: int,
    day: dt.date,
    scores: dict[int, int | None],
    today: dt.date | None = None,
) -> None:
    """Set each goal's score (goal id -> -2..+2, or None to clear) at the follow-up on `day`."""
    injection = get_injection(injection_id)
    if injection is None:
        raise ValidationError([Problem.of("injection", "injection.gone")])
    _raise(validate_follow_up(injection, day, scores, today))
    with database_proxy.atomic():
        for goal_id, score in scores.items():
            GoalScore.delete().where((GoalScore.goal == goal_id) & (GoalScore.day == day)).execute()
            if score is not None:
                GoalScore.insert(goal=goal_id, day=day, score=score).execute()


# --- the cycle view ------------------------------------------------------------------------------


def episode_filter_sql(regions: tuple[str, ...], side: str) -> tuple[str, list[object]]:
    """SQL (an AND clause) and its parameters keeping the episodes an injection can act on:
    in one of its `regions` and on its side (an episode on "both" sides counts for either
    side; an injection on "both" counts every side). No regions: every region counts."""
    clause, params = "", list[object]()
    if regions:
        clause += f" AND body_region IN ({', '.join('?' * len(regions))})"
        params += list(regions)
    if side in ("left", "right"):
        clause += " AND side IN (?, 'both')"
        params.append(side)
    return clause, params


def cycle_view(
    person_id: int,
    injection_id: int | None = None,
    weeks: int = CYCLE_WEEKS,
    today: dt.date | None = None,
) -> list[Cycle]:
    """Episodes per week after each injection (or only `injection_id`), oldest cycle first.

    Weeks count local calendar days from the injection day (week 0 is the injection day and
    the six days after it), the same local days the rest of the app counts by. Only episodes
    in the injected regions and on the injected side count (`episode_filter_sql`).
    """
    today = today or dt.date.today()
    injections = list_injections(person_id)
    days = sorted({injection.day for injection in injections})
    cycles: list[Cycle] = []
    for injection in injections:
        if injection_id is not None and injection.id != injection_id:
            continue
        later = [day for day in days if day > injection.day]
        next_day = later[0] if later else None
        start = day_start(injection.day)
        where, params = episode_filter_sql(injection.data.regions, injection.data.side)
        sql = (
            f"SELECT ({LOCAL_SECONDS_SQL} - ?) / 604800 AS w, COUNT(*) FROM episode"
            f" WHERE person_id = ? AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?"
            f"{where} GROUP BY w"
        )
        end = start + weeks * 7 * 86400
        counts = dict(
            database_proxy.execute_sql(sql, (start, person_id, start, end, *params)).fetchall()
        )
        weekly: list[int | None] = []
        for week in range(weeks):
            first = injection.day + dt.timedelta(days=7 * week)
            last = first + dt.timedelta(days=6)
            over = last < today
            mine = next_day is None or last < next_day
            weekly.append(int(counts.get(week, 0)) if over and mine else None)
        data = injection.data
        cycles.append(
            Cycle(
                injection.id,
                data.day,
                data.muscles,
                data.side,
                data.product,
                tuple(weekly),
                next_day,
                data.regions,
                _before_per_week(person_id, start, where, params),
            )
        )
    return cycles


def _before_per_week(person_id: int, start: int, where: str, params: list[object]) -> float:
    """The same episodes a week in the 4 weeks before an injection (its baseline)."""
    sql = (
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND {LOCAL_SECONDS_SQL} >= ?"
        f" AND {LOCAL_SECONDS_SQL} < ?{where}"
    )
    found = database_proxy.execute_sql(sql, (person_id, start - 28 * 86400, start, *params))
    return int(found.fetchone()[0]) / 4
