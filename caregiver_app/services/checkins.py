"""The daily check-in: one per person per local day, saved in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any

from caregiver_app.services import codes
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import CheckIn

MAX_NOTES = 5000


@dataclass(frozen=True)
class CheckInData:
    """One day's check-in. Every value is optional: None means "not recorded"."""

    hours_slept: float | None = None  # last night
    sleep_quality: str | None = None  # poor | fair | good
    fluids_glasses: int | None = None
    stress: int | None = None  # 0-10
    meals: str | None = None  # poor | fair | good
    exercises_done: bool | None = None
    therapy_today: bool | None = None
    therapy_willingness: int | None = None  # 0-10
    mood: str | None = None
    woken_by_spasms: bool | None = None  # spasms woke them last night
    notes: str = ""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CheckInData))


def validate(day: dt.date, data: CheckInData, today: dt.date | None = None) -> list[Problem]:
    today = today or dt.date.today()
    problems: list[Problem] = []
    if day > today:
        problems.append(Problem.of("day", "day_not_come"))
    if data.hours_slept is not None and not (0 <= data.hours_slept <= 24):
        problems.append(Problem.of("hours_slept", "checkin.hours_slept"))
    if data.sleep_quality is not None and data.sleep_quality not in codes.SLEEP_QUALITY:
        problems.append(
            Problem.of("sleep_quality", "checkin.poor_fair_good", value=data.sleep_quality)
        )
    if data.fluids_glasses is not None and not (0 <= data.fluids_glasses <= 40):
        problems.append(Problem.of("fluids_glasses", "checkin.fluids"))
    for name in ("stress", "therapy_willingness"):
        value = getattr(data, name)
        if value is not None and not (codes.SCORE_MIN <= value <= codes.SCORE_MAX):
            problems.append(Problem.of(name, "checkin.scale"))
    if data.meals is not None and data.meals not in codes.MEALS:
        problems.append(Problem.of("meals", "checkin.poor_fair_good", value=data.meals))
    if data.mood is not None and data.mood not in codes.MOODS:
        problems.append(Problem.of("mood", "checkin.mood", value=data.mood))
    if len(data.notes) > MAX_NOTES:
        problems.append(Problem.of("notes", "notes_too_long", limit=MAX_NOTES))
    problems += Problem.of_text("notes", data.notes)
    return problems


def _from_model(row: CheckIn) -> CheckInData:
    def as_bool(value: Any) -> bool | None:
        return None if value is None else bool(value)

    return CheckInData(
        hours_slept=row.hours_slept,
        sleep_quality=row.sleep_quality,
        fluids_glasses=row.fluids_glasses,
        stress=row.stress,
        meals=row.meals,
        exercises_done=as_bool(row.exercises_done),
        therapy_today=as_bool(row.therapy_today),
        therapy_willingness=row.therapy_willingness,
        mood=row.mood,
        woken_by_spasms=as_bool(row.woken_by_spasms),
        notes=row.notes or "",
    )


def get(person_id: int, day: dt.date) -> CheckInData | None:
    row = CheckIn.get_or_none((CheckIn.person == person_id) & (CheckIn.day == day))
    return _from_model(row) if row is not None else None


def save(person_id: int, day: dt.date, data: CheckInData, today: dt.date | None = None) -> None:
    """Create or replace the check-in of `day` (one transaction). Raises ValidationError."""
    problems = validate(day, data, today)
    if problems:
        raise ValidationError(problems)
    values = asdict(data)
    with database_proxy.atomic():
        (
            CheckIn.insert(person=person_id, day=day, **values)
            .on_conflict(conflict_target=[CheckIn.person, CheckIn.day], update=values)
            .execute()
        )


def all_for_person(person_id: int) -> list[tuple[dt.date, CheckInData]]:
    rows = CheckIn.select().where(CheckIn.person == person_id).order_by(CheckIn.day)
    result = []
    for row in rows:
        day = row.day if isinstance(row.day, dt.date) else dt.date.fromisoformat(row.day)
        result.append((day, _from_model(row)))
    return result


def days_done(person_id: int, first: dt.date, last: dt.date) -> set[dt.date]:
    rows = CheckIn.select(CheckIn.day).where(
        (CheckIn.person == person_id) & (CheckIn.day >= first) & (CheckIn.day <= last)
    )
    return {r.day if isinstance(r.day, dt.date) else dt.date.fromisoformat(r.day) for r in rows}
