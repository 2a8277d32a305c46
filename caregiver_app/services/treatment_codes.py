"""Stable codes for treatments, therapy and clinician scores, and the checks they all share.

Codes never change meaning; new ones are only appended. The window shows translated labels
(caregiver_app/ui/treatments/labels.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from caregiver_app.services.episodes import Problem

SCHEDULES: tuple[str, ...] = ("regular", "as_needed")
PURPOSES: tuple[str, ...] = ("spasms", "pain", "sleep", "mood", "seizures", "bladder", "other")
INJECTION_SIDES: tuple[str, ...] = ("left", "right", "both")
THERAPY_KINDS: tuple[str, ...] = ("physical", "occupational", "speech", "home_exercise")

# Modified Ashworth Scale (Bohannon and Smith, 1987), in order. "1+" lies between 1 and 2.
MAS_SCORES: tuple[str, ...] = ("0", "1", "1+", "2", "3", "4")
# Where each score is drawn on a chart's 0-5 axis: equal steps, as the scale is ordinal.
MAS_RANK: dict[str, int] = {score: rank for rank, score in enumerate(MAS_SCORES)}
MAS_SIDES: tuple[str, ...] = ("left", "right")
MUSCLE_GROUPS: tuple[str, ...] = (
    "shoulder_adductors", "elbow_flexors", "elbow_extensors", "forearm_pronators",
    "wrist_flexors", "finger_flexors", "thumb_flexors", "hip_adductors", "hip_flexors",
    "knee_flexors", "knee_extensors", "ankle_plantarflexors", "toe_flexors",
)  # fmt: skip

GAS_MIN, GAS_MAX = -2, 2  # Goal Attainment Scaling: 0 is the expected outcome
SCORE_MIN, SCORE_MAX = 0, 10  # willingness and pain
MAX_TEXT = 200  # names, units, products, clinicians, goals, questions
MAX_NOTES = 5000
MAX_MINUTES = 24 * 60
MAX_DOSE = 1_000_000.0


def as_date(value: Any) -> dt.date | None:
    """A date from what SQLite hands back (a date or ISO text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def fk(row: Any, field: str) -> int:
    """The id a peewee row's foreign key holds, without loading the other row."""
    return int(row.__data__[field])


def check_text(
    problems: list[Problem],
    field: str,
    value: str,
    *,
    required: bool = False,
    limit: int = MAX_TEXT,
) -> None:
    if required and not value.strip():
        problems.append(Problem.of(field, "required"))
    elif len(value) > limit:
        problems.append(Problem.of(field, "too_long", limit=limit))
    problems += Problem.of_text(field, value)


def check_code(problems: list[Problem], field: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        problems.append(Problem.of(field, "not_one_of", value=value, allowed=", ".join(allowed)))


def check_range(
    problems: list[Problem], field: str, value: int | None, low: int, high: int
) -> None:
    if value is not None and not (low <= value <= high):
        problems.append(Problem.of(field, "whole_number_range", low=low, high=high))


def check_dose(problems: list[Problem], field: str, value: float | None) -> None:
    if value is not None and not value > 0:
        problems.append(Problem.of(field, "dose_positive"))
    elif value is not None and value > MAX_DOSE:
        problems.append(Problem.of(field, "dose_too_big", limit=f"{MAX_DOSE:.0f}"))


def check_not_future(
    problems: list[Problem], field: str, day: dt.date, today: dt.date | None
) -> None:
    if today is not None and day > today:
        problems.append(Problem.of(field, "day_not_come"))
