"""Clinician scores: the Modified Ashworth Scale (MAS) per muscle group and side, at a visit.

Scores are 0, 1, 1+, 2, 3 and 4, stored as that text so "1+" is never turned into a number that
was not given. For charts, `series` places them at their rank (0 to 5): the scale is ordinal,
so equal steps are the honest drawing. A muscle group and side has at most one score a day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import MasScore

TREE = Tree("mas_score")


@dataclass(frozen=True)
class ScoreData:
    day: dt.date
    muscle_group: str
    side: str  # left | right
    score: str  # 0 | 1 | 1+ | 2 | 3 | 4
    clinician: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Score:
    id: int
    person_id: int
    data: ScoreData


def validate(
    person_id: int,
    data: ScoreData,
    today: dt.date | None = None,
    replacing: int | None = None,
) -> list[Problem]:
    """Problems with `data`; `replacing` is the id of the score being edited, if any."""
    problems: list[Problem] = []
    tc.check_not_future(problems, "day", data.day, today or dt.date.today())
    tc.check_code(problems, "muscle_group", data.muscle_group, tc.MUSCLE_GROUPS)
    tc.check_code(problems, "side", data.side, tc.MAS_SIDES)
    tc.check_code(problems, "score", data.score, tc.MAS_SCORES)
    tc.check_text(problems, "clinician", data.clinician)
    tc.check_text(problems, "notes", data.notes, limit=tc.MAX_NOTES)
    clash = MasScore.select(MasScore.id).where(
        (MasScore.person == person_id)
        & (MasScore.day == data.day)
        & (MasScore.muscle_group == data.muscle_group)
        & (MasScore.side == data.side)
    )
    if replacing is not None:
        clash = clash.where(MasScore.id != replacing)
    if clash.exists():
        problems.append(Problem.of("muscle_group", "score.same_day"))
    return problems


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _score(row: MasScore) -> Score:
    data = ScoreData(
        day=tc.as_date(row.day),  # type: ignore[arg-type]
        muscle_group=row.muscle_group,
        side=row.side,
        score=row.score,
        clinician=row.clinician,
        notes=row.notes,
    )
    return Score(row.id, tc.fk(row, "person"), data)


def get_score(score_id: int) -> Score | None:
    row = MasScore.get_or_none(MasScore.id == score_id)
    return _score(row) if row is not None else None


def list_scores(
    person_id: int, first_day: dt.date | None = None, last_day: dt.date | None = None
) -> list[Score]:
    """Scores oldest first; within a day in the order of the muscle groups, left before right."""
    query = MasScore.select().where(MasScore.person == person_id)
    if first_day is not None:
        query = query.where(MasScore.day >= first_day)
    if last_day is not None:
        query = query.where(MasScore.day <= last_day)
    found = [_score(row) for row in query]
    order = {code: index for index, code in enumerate(tc.MUSCLE_GROUPS)}
    return sorted(
        found,
        key=lambda s: (s.data.day, order.get(s.data.muscle_group, 99), s.data.side, s.id),
    )


def _columns(data: ScoreData) -> dict[str, object]:
    return {
        "day": data.day,
        "muscle_group": data.muscle_group,
        "side": data.side,
        "score": data.score,
        "clinician": data.clinician.strip(),
        "notes": data.notes,
    }


def add_score(person_id: int, data: ScoreData, today: dt.date | None = None) -> int:
    _raise(validate(person_id, data, today))
    with database_proxy.atomic():
        return int(MasScore.insert(person=person_id, **_columns(data)).execute())


def add_visit(person_id: int, scores: list[ScoreData], today: dt.date | None = None) -> list[int]:
    """Save several scores from one visit together (one transaction); return their ids."""
    problems: list[Problem] = []
    seen: set[tuple[dt.date, str, str]] = set()
    for data in scores:
        problems.extend(validate(person_id, data, today))
        key = (data.day, data.muscle_group, data.side)
        if key in seen:
            problems.append(Problem.of("muscle_group", "score.listed_twice"))
        seen.add(key)
    _raise(problems)
    with database_proxy.atomic():
        return [
            int(MasScore.insert(person=person_id, **_columns(data)).execute()) for data in scores
        ]


def update_score(score_id: int, data: ScoreData, today: dt.date | None = None) -> None:
    existing = get_score(score_id)
    if existing is None:
        raise ValidationError([Problem.of("score", "score.gone")])
    _raise(validate(existing.person_id, data, today, replacing=score_id))
    with database_proxy.atomic():
        MasScore.update(**_columns(data)).where(MasScore.id == score_id).execute()


def series(person_id: int) -> dict[tuple[str, str], list[tuple[dt.date, str]]]:
    """(muscle group, side) -> [(day, score)] oldest first, for a chart over time."""
    result: dict[tuple[str, str], list[tuple[dt.date, str]]] = {}
    for score in list_scores(person_id):
        key = (score.data.muscle_group, score.data.side)
        result.setdefault(key, []).append((score.data.day, score.data.score))
    return result
