"""Therapy: sessions with how willing the person was to take part, and daily minutes at home.

Willingness to take part (0-10) is what twitching most threatens, so each session records it
with the pain felt during the session. Minutes of home exercise and of splint wear are kept per
local day, one row per person per day.

One fact, one record: a therapy session (physical, occupational or speech) is the record that
there was therapy that day. The check-in's "therapy today" is a quick yes/no for days without
a logged session; on a day with one, the check-in shows the session instead of asking, and the
report counts the day once, from the session (`VISIT_KINDS`, `visit_days`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import DailyMinutes, TherapySession

TREE = Tree("therapy_session")
MINUTES_TREE = Tree("daily_minutes")


@dataclass(frozen=True)
class SessionData:
    day: dt.date
    kind: str  # physical | occupational | speech | home_exercise
    minutes: int | None = None
    willingness: int | None = None  # 0 not at all .. 10 fully
    pain: int | None = None  # 0 no pain .. 10 worst imaginable, during the session
    notes: str = ""


@dataclass(frozen=True)
class Session:
    id: int
    person_id: int
    data: SessionData


@dataclass(frozen=True)
class DayMinutes:
    day: dt.date
    home_exercise: int | None
    splint: int | None


@dataclass(frozen=True)
class Summary:
    """Sessions in a period: how many, total minutes, average willingness and pain."""

    sessions: int
    minutes: int
    mean_willingness: float | None
    mean_pain: float | None


def validate(data: SessionData, today: dt.date | None = None) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_not_future(problems, "day", data.day, today or dt.date.today())
    tc.check_code(problems, "kind", data.kind, tc.THERAPY_KINDS)
    tc.check_range(problems, "minutes", data.minutes, 1, tc.MAX_MINUTES)
    tc.check_range(problems, "willingness", data.willingness, tc.SCORE_MIN, tc.SCORE_MAX)
    tc.check_range(problems, "pain", data.pain, tc.SCORE_MIN, tc.SCORE_MAX)
    tc.check_text(problems, "notes", data.notes, limit=tc.MAX_NOTES)
    return problems


# The kinds of session the check-in's "Therapy today (PT, OT or speech)" asks about.
VISIT_KINDS: tuple[str, ...] = ("physical", "occupational", "speech")


def visits_on(person_id: int, day: dt.date) -> list[Session]:
    """The therapy sessions (PT, OT or speech) logged on `day`."""
    return [s for s in list_sessions(person_id, day, day) if s.data.kind in VISIT_KINDS]


def visit_days(person_id: int, first_day: dt.date, last_day: dt.date) -> set[dt.date]:
    """The days of first_day..last_day with a logged PT, OT or speech session."""
    return {
        s.data.day
        for s in list_sessions(person_id, first_day, last_day)
        if s.data.kind in VISIT_KINDS
    }


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _session(row: TherapySession) -> Session:
    data = SessionData(
        day=tc.as_date(row.day),  # type: ignore[arg-type]
        kind=row.kind,
        minutes=row.minutes,
        willingness=row.willingness,
        pain=row.pain,
        notes=row.notes,
    )
    return Session(row.id, tc.fk(row, "person"), data)


def get_session(session_id: int) -> Session | None:
    row = TherapySession.get_or_none(TherapySession.id == session_id)
    return _session(row) if row is not None else None


def list_sessions(
    person_id: int, first_day: dt.date | None = None, last_day: dt.date | None = None
) -> list[Session]:
    """Sessions in the days [first_day, last_day] (both optional), oldest first."""
    query = TherapySession.select().where(TherapySession.person == person_id)
    if first_day is not None:
        query = query.where(TherapySession.day >= first_day)
    if last_day is not None:
        query = query.where(TherapySession.day <= last_day)
    return [_session(row) for row in query.order_by(TherapySession.day, TherapySession.id)]


def _columns(data: SessionData) -> dict[str, object]:
    return {
        "day": data.day,
        "kind": data.kind,
        "minutes": data.minutes,
        "willingness": data.willingness,
        "pain": data.pain,
        "notes": data.notes,
    }


def add_session(person_id: int, data: SessionData, today: dt.date | None = None) -> int:
    _raise(validate(data, today))
    with database_proxy.atomic():
        return int(TherapySession.insert(person=person_id, **_columns(data)).execute())


def update_session(session_id: int, data: SessionData, today: dt.date | None = None) -> None:
    _raise(validate(data, today))
    with database_proxy.atomic():
        TherapySession.update(**_columns(data)).where(TherapySession.id == session_id).execute()


def summary(person_id: int, first_day: dt.date, last_day: dt.date) -> Summary:
    sessions = list_sessions(person_id, first_day, last_day)
    willing = [s.data.willingness for s in sessions if s.data.willingness is not None]
    pain = [s.data.pain for s in sessions if s.data.pain is not None]
    return Summary(
        sessions=len(sessions),
        minutes=sum(s.data.minutes or 0 for s in sessions),
        mean_willingness=sum(willing) / len(willing) if willing else None,
        mean_pain=sum(pain) / len(pain) if pain else None,
    )


# --- daily minutes ------------------------------------------------------------------------------


def validate_minutes(
    day: dt.date, home_exercise: int | None, splint: int | None, today: dt.date | None = None
) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_not_future(problems, "day", day, today or dt.date.today())
    tc.check_range(problems, "home_exercise", home_exercise, 0, tc.MAX_MINUTES)
    tc.check_range(problems, "splint", splint, 0, tc.MAX_MINUTES)
    return problems


def minutes_id(person_id: int, day: dt.date) -> int | None:
    """The id of the day's row, if there is one (for undo)."""
    row = DailyMinutes.get_or_none((DailyMinutes.person == person_id) & (DailyMinutes.day == day))
    return row.id if row is not None else None


def get_minutes(person_id: int, day: dt.date) -> DayMinutes | None:
    row = DailyMinutes.get_or_none((DailyMinutes.person == person_id) & (DailyMinutes.day == day))
    if row is None:
        return None
    return DayMinutes(tc.as_date(row.day), row.home_exercise, row.splint)  # type: ignore[arg-type]


def set_minutes(
    person_id: int,
    day: dt.date,
    home_exercise: int | None,
    splint: int | None,
    today: dt.date | None = None,
) -> int | None:
    """Save the day's minutes (one transaction); return the row's id. Both None removes the day."""
    _raise(validate_minutes(day, home_exercise, splint, today))
    with database_proxy.atomic():
        existing = minutes_id(person_id, day)
        if home_exercise is None and splint is None:
            if existing is not None:
                DailyMinutes.delete().where(DailyMinutes.id == existing).execute()
            return existing
        if existing is None:
            return int(
                DailyMinutes.insert(
                    person=person_id, day=day, home_exercise=home_exercise, splint=splint
                ).execute()
            )
        DailyMinutes.update(home_exercise=home_exercise, splint=splint).where(
            DailyMinutes.id == existing
        ).execute()
        return existing


def list_minutes(
    person_id: int, first_day: dt.date | None = None, last_day: dt.date | None = None
) -> list[DayMinutes]:
    """Days with minutes recorded, oldest first."""
    query = DailyMinutes.select().where(DailyMinutes.person == person_id)
    if first_day is not None:
        query = query.where(DailyMinutes.day >= first_day)
    if last_day is not None:
        query = query.where(DailyMinutes.day <= last_day)
    return [
        DayMinutes(tc.as_date(r.day), r.home_exercise, r.splint)  # type: ignore[arg-type]
        for r in query.order_by(DailyMinutes.day)
    ]
