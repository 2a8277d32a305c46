"""The forms' checks: any values give a list of problems naming their fields, never a crash;
what passes is saved exactly, what fails saves nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.services import checkins, codes, episodes, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, Problem, ValidationError

NOW = dt.datetime(2026, 11, 25, 21, 0, tzinfo=dt.UTC)
EPISODE_FIELDS = {"started", *(f.name for f in fields(EpisodeData)), "duration"}
CHECKIN_FIELDS = {"day", *(f.name for f in fields(CheckInData))}
PROFILE_FIELDS = {"name", "birth_year", "cause", "affected_side", "event_date"}

reuse_db = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def codes_or_junk(valid: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(valid), st.text(max_size=12))


def some_int(low: int, high: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(low, high), st.integers(-(10**12), 10**12))


offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
# What the form's date-and-time field can hold (QDateTimeEdit starts at 1752), as entered: to
# the minute in the form, to the second on import (the diary keeps whole seconds).
starts = st.one_of(
    st.datetimes(
        min_value=dt.datetime(1752, 9, 14),
        max_value=dt.datetime(2030, 1, 1),
        timezones=offsets,
    ),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2030, 1, 1)),  # naive
).map(lambda when: when.replace(microsecond=0))
episode_data = st.builds(
    EpisodeData,
    started=starts,
    body_region=codes_or_junk(codes.BODY_REGIONS),
    side=codes_or_junk(codes.SIDES),
    severity=st.one_of(st.none(), some_int(1, 3)),
    kind=codes_or_junk(codes.KINDS),
    duration_seconds=st.one_of(st.none(), some_int(0, 24 * 3600)),
    pain=st.one_of(st.none(), some_int(0, 10)),
    triggers=st.lists(codes_or_junk(codes.TRIGGERS), max_size=4).map(tuple),
    relief=st.lists(codes_or_junk(codes.RELIEF), max_size=3).map(tuple),
    activity=st.one_of(st.none(), codes_or_junk(codes.ACTIVITIES)),
    observed_by=st.one_of(st.none(), codes_or_junk(codes.OBSERVED_BY)),
    notes=st.one_of(st.text(max_size=60), st.text(min_size=4990, max_size=5010)),
)


def count_rows(database: peewee.SqliteDatabase) -> tuple[int, ...]:
    return tuple(
        database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("person", "episode", "episode_trigger", "episode_relief", "checkin")
    )


@reuse_db
@given(data=episode_data)
def test_any_episode_is_saved_exactly_or_refused_with_named_fields(
    db: peewee.SqliteDatabase, person: int, data: EpisodeData
) -> None:
    problems = episodes.validate(data, NOW)
    assert all(p.field in EPISODE_FIELDS and p.message.strip() for p in problems)
    before = count_rows(db)
    if problems:
        with pytest.raises(ValidationError) as caught:
            episodes.add_episode(person, data, now=NOW)
        assert caught.value.problems == problems
        assert count_rows(db) == before
        return
    episode_id = episodes.add_episode(person, data, now=NOW)
    row = episodes.get_episode(episode_id)
    assert row is not None
    saved = row.to_data()
    assert saved.started == data.started if data.started.tzinfo else True
    assert saved.notes == data.notes and saved.severity == data.severity
    assert set(saved.triggers) == set(data.triggers) and set(saved.relief) == set(data.relief)


checkin_data = st.builds(
    CheckInData,
    hours_slept=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    sleep_quality=st.one_of(st.none(), codes_or_junk(codes.SLEEP_QUALITY)),
    fluids_glasses=st.one_of(st.none(), some_int(0, 40)),
    stress=st.one_of(st.none(), some_int(0, 10)),
    meals=st.one_of(st.none(), codes_or_junk(codes.MEALS)),
    exercises_done=st.one_of(st.none(), st.booleans()),
    therapy_today=st.one_of(st.none(), st.booleans()),
    therapy_willingness=st.one_of(st.none(), some_int(0, 10)),
    mood=st.one_of(st.none(), codes_or_junk(codes.MOODS)),
    notes=st.one_of(st.text(max_size=60), st.text(min_size=4990, max_size=5010)),
)


@reuse_db
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), data=checkin_data)
def test_any_check_in_is_saved_exactly_or_refused_with_named_fields(
    db: peewee.SqliteDatabase, person: int, day: dt.date, data: CheckInData
) -> None:
    today = NOW.date()
    problems = checkins.validate(day, data, today)
    assert all(p.field in CHECKIN_FIELDS and p.message.strip() for p in problems)
    before = count_rows(db)
    if problems:
        with pytest.raises(ValidationError):
            checkins.save(person, day, data, today=today)
        assert count_rows(db) == before
        return
    checkins.save(person, day, data, today=today)
    assert checkins.get(person, day) == data


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(max_size=120),
    birth_year=st.one_of(st.none(), some_int(1900, 2026)),
    cause=codes_or_junk(codes.CAUSES),
    affected_side=codes_or_junk(codes.AFFECTED_SIDES),
    event_date=st.one_of(st.none(), st.dates()),
)
def test_any_profile_gets_named_problems_or_none(
    name: str, birth_year: int | None, cause: str, affected_side: str, event_date: dt.date | None
) -> None:
    problems = people.validate_profile(
        name, birth_year, cause, affected_side, event_date, today=NOW.date()
    )
    assert all(p.field in PROFILE_FIELDS and p.message.strip() for p in problems)
    if not name.strip():
        assert Problem("name", "Enter a name.") in problems
