"""The episode log: validation, saving, deletion, filtered queries and counts.

Every function that writes is one transaction. Queries for the Episodes table are split in two
so that 100,000 episodes stay quick: `query_ids` returns just the ordered ids that match a
filter, and `fetch_rows` loads the few rows a view is showing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from caregiver_app.services import codes
from caregiver_app.services.messages import Problem as Problem
from caregiver_app.services.messages import ValidationError as ValidationError
from caregiver_app.services.timeutil import (
    LOCAL_SECONDS_SQL,
    day_start,
    from_stored,
    now_local,
    to_stored,
    week_start,
)
from caregiver_app.store import day_totals, dialect
from caregiver_app.store.db import database_proxy

MAX_DURATION_SECONDS = 24 * 3600
MAX_NOTES = 5000


@dataclass(frozen=True)
class EpisodeData:
    """What the caregiver enters for one episode. `started` is an aware datetime."""

    started: dt.datetime
    body_region: str
    side: str
    severity: int | None
    kind: str | None = None  # None: not recorded
    duration_seconds: int | None = None
    pain: int | None = None
    triggers: tuple[str, ...] = ()
    relief: tuple[str, ...] = ()
    activity: str | None = None
    observed_by: str | None = None
    notes: str = ""
    # Who recorded it and when (UTC, ISO 8601), as an imported file says; the forms leave them
    # None and the write path stamps the caregiver logging (services/actions/stamp.py). Not
    # part of what the episode is (import_merge compares the fields above).
    recorded_by: str | None = None
    recorded_at: str | None = None


@dataclass(frozen=True)
class EpisodeRow:
    id: int
    person_id: int
    started_utc: int
    utc_offset_min: int
    duration_seconds: int | None
    body_region: str
    side: str
    kind: str | None
    severity: int
    pain: int | None
    activity: str | None
    observed_by: str | None
    notes: str
    triggers: tuple[str, ...] = ()
    relief: tuple[str, ...] = ()
    recorded_by: str | None = None  # None: not recorded (made before migration 6)
    recorded_at: str | None = None

    @property
    def started(self) -> dt.datetime:
        """Aware, on the clock as it was when the episode was entered."""
        return from_stored(self.started_utc, self.utc_offset_min)

    def to_data(self) -> EpisodeData:
        return EpisodeData(
            started=self.started,
            body_region=self.body_region,
            side=self.side,
            severity=self.severity,
            kind=self.kind,
            duration_seconds=self.duration_seconds,
            pain=self.pain,
            triggers=self.triggers,
            relief=self.relief,
            activity=self.activity,
            observed_by=self.observed_by,
            notes=self.notes,
        )


def validate(data: EpisodeData, now: dt.datetime | None = None) -> list[Problem]:
    """Every problem with `data`, each naming its field in plain words; empty when it can be saved."""
    now = now or now_local()
    problems: list[Problem] = []
    if data.started.tzinfo is None:
        problems.append(Problem.of("started", "episode.no_time_zone"))
    elif data.started > now + dt.timedelta(minutes=1):
        problems.append(Problem.of("started", "episode.future"))
    if data.duration_seconds is not None:
        if data.duration_seconds < 0:
            problems.append(Problem.of("duration", "episode.duration_negative"))
        elif data.duration_seconds > MAX_DURATION_SECONDS:
            problems.append(Problem.of("duration", "episode.duration_over_a_day"))
    if data.body_region not in codes.BODY_REGIONS:
        problems.append(Problem.of("body_region", "episode.region"))
    if data.side not in codes.SIDES:
        problems.append(Problem.of("side", "episode.side"))
    if data.kind is not None and data.kind not in codes.KINDS:
        problems.append(Problem.of("kind", "episode.kind", value=data.kind))
    if data.severity not in codes.SEVERITIES:
        problems.append(Problem.of("severity", "episode.severity"))
    if data.pain is not None and not (codes.PAIN_MIN <= data.pain <= codes.PAIN_MAX):
        problems.append(Problem.of("pain", "episode.pain"))
    for code in data.triggers:
        if code not in codes.TRIGGERS:
            problems.append(Problem.of("triggers", "episode.trigger", value=code))
    for code in data.relief:
        if code not in codes.RELIEF:
            problems.append(Problem.of("relief", "episode.remedy", value=code))
    if data.activity is not None and data.activity not in codes.ACTIVITIES:
        problems.append(Problem.of("activity", "episode.activity", value=data.activity))
    if data.observed_by is not None and data.observed_by not in codes.OBSERVED_BY:
        problems.append(Problem.of("observed_by", "episode.observer", value=data.observed_by))
    if len(data.notes) > MAX_NOTES:
        problems.append(Problem.of("notes", "notes_too_long", limit=MAX_NOTES))
    problems += Problem.of_text("notes", data.notes)
    return problems


def _columns(data: EpisodeData) -> dict[str, Any]:
    started_utc, offset = to_stored(data.started)
    return {
        "started_utc": started_utc,
        "utc_offset_min": offset,
        "duration_seconds": data.duration_seconds,
        "body_region": data.body_region,
        "side": data.side,
        "kind": data.kind,
        "severity": data.severity,
        "pain": data.pain,
        "activity": data.activity,
        "observed_by": data.observed_by,
        "notes": data.notes,
    }


_INSERT_SQL = (
    "INSERT INTO episode (person_id, started_utc, utc_offset_min, duration_seconds, body_region,"
    " side, kind, severity, pain, activity, observed_by, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    " RETURNING id"
)


_INSERT_WITH_ID_SQL = (
    "INSERT INTO episode (id, person_id, started_utc, utc_offset_min, duration_seconds,"
    " body_region, side, kind, severity, pain, activity, observed_by, notes, recorded_by,"
    " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _insert_codes(episode_id: int, triggers: Iterable[str], relief: Iterable[str]) -> None:
    db = database_proxy
    for code in dict.fromkeys(triggers):
        db.execute_sql(
            "INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", (episode_id, code)
        )
    for code in dict.fromkeys(relief):
        db.execute_sql(
            "INSERT INTO episode_relief (episode_id, code) VALUES (?, ?)", (episode_id, code)
        )


def add_episode(person_id: int, data: EpisodeData, now: dt.datetime | None = None) -> int:
    """Save one episode (one transaction); return its id. Raises ValidationError."""
    problems = validate(data, now)
    if problems:
        raise ValidationError(problems)
    cols = _columns(data)
    with database_proxy.atomic():
        cursor = database_proxy.execute_sql(_INSERT_SQL, (person_id, *cols.values()))
        episode_id = int(cursor.fetchall()[0][0])
        _insert_codes(episode_id, data.triggers, data.relief)
    return episode_id


BULK_EPISODES = 2000  # from this many, the person's totals are counted once at the end


def insert_validated(person_id: int, items: Sequence[EpisodeData]) -> int:
    """Insert many already-validated episodes at once (one transaction); return how many."""
    if len(items) >= BULK_EPISODES:
        with day_totals.counted_at_the_end(database_proxy, person_id):  # type: ignore[arg-type]
            return _insert_validated(person_id, items)
    return _insert_validated(person_id, items)


def _insert_validated(person_id: int, items: Sequence[EpisodeData]) -> int:
    with database_proxy.atomic():
        ids = dialect.new_ids(database_proxy, "episode", len(items))
        rows: list[tuple[Any, ...]] = []
        trigger_rows: list[tuple[int, str]] = []
        relief_rows: list[tuple[int, str]] = []
        for episode_id, data in zip(ids, items, strict=True):
            rows.append(
                (
                    episode_id,
                    person_id,
                    *_columns(data).values(),
                    data.recorded_by,
                    data.recorded_at,
                )
            )
            trigger_rows.extend((episode_id, code) for code in dict.fromkeys(data.triggers))
            relief_rows.extend((episode_id, code) for code in dict.fromkeys(data.relief))
        insert_with_codes(_INSERT_WITH_ID_SQL, rows, trigger_rows, relief_rows)
    return len(rows)


def insert_with_codes(
    episode_sql: str,
    rows: Sequence[Sequence[Any]],
    trigger_rows: Sequence[tuple[int, str]],
    relief_rows: Sequence[tuple[int, str]],
) -> None:
    """Write many episodes with their ids (`episode_sql`, one row each) and their trigger and
    relief codes, in the caller's transaction."""
    db = database_proxy
    dialect.execute_many(db, episode_sql, rows)
    dialect.execute_many(
        db, "INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", trigger_rows
    )
    dialect.execute_many(
        db, "INSERT INTO episode_relief (episode_id, code) VALUES (?, ?)", relief_rows
    )


def update_episode(episode_id: int, data: EpisodeData, now: dt.datetime | None = None) -> None:
    problems = validate(data, now)
    if problems:
        raise ValidationError(problems)
    cols = _columns(data)
    assignments = ", ".join(f"{name} = ?" for name in cols)
    with database_proxy.atomic():
        database_proxy.execute_sql(
            f"UPDATE episode SET {assignments} WHERE id = ?", (*cols.values(), episode_id)
        )
        database_proxy.execute_sql(
            "DELETE FROM episode_trigger WHERE episode_id = ?", (episode_id,)
        )
        database_proxy.execute_sql("DELETE FROM episode_relief WHERE episode_id = ?", (episode_id,))
        _insert_codes(episode_id, data.triggers, data.relief)


def _row_sql() -> str:
    """The query of whole episode rows; a row's codes come joined by ';' (in no order)."""
    codes_of = dialect.joined(database_proxy, "code", "';'")
    return (
        "SELECT e.id, e.person_id, e.started_utc, e.utc_offset_min, e.duration_seconds,"
        " e.body_region, e.side, e.kind, e.severity, e.pain, e.activity, e.observed_by, e.notes,"
        f" (SELECT {codes_of} FROM episode_trigger t WHERE t.episode_id = e.id),"
        f" (SELECT {codes_of} FROM episode_relief r WHERE r.episode_id = e.id),"
        " e.recorded_by, e.recorded_at"
        " FROM episode e"
    )


def _split(joined: str | None, order: Sequence[str]) -> tuple[str, ...]:
    if not joined:
        return ()
    present = set(joined.split(";"))
    return tuple(code for code in order if code in present) + tuple(
        sorted(present.difference(order))
    )


def _row(v: Sequence[Any]) -> EpisodeRow:
    return EpisodeRow(
        id=v[0],
        person_id=v[1],
        started_utc=v[2],
        utc_offset_min=v[3],
        duration_seconds=v[4],
        body_region=v[5],
        side=v[6],
        kind=v[7],
        severity=v[8],
        pain=v[9],
        activity=v[10],
        observed_by=v[11],
        notes=v[12],
        triggers=_split(v[13], codes.TRIGGERS),
        relief=_split(v[14], codes.RELIEF),
        recorded_by=v[15],
        recorded_at=v[16],
    )


def fetch_rows(ids: Sequence[int]) -> dict[int, EpisodeRow]:
    """The rows for `ids` (any order), keyed by id; ids that no longer exist are left out."""
    result: dict[int, EpisodeRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = database_proxy.execute_sql(f"{_row_sql()} WHERE e.id IN ({marks})", chunk)
        for values in cursor.fetchall():
            result[values[0]] = _row(values)
    return result


def get_episode(episode_id: int) -> EpisodeRow | None:
    return fetch_rows([episode_id]).get(episode_id)


def episodes_for_person(person_id: int) -> list[EpisodeRow]:
    """Every episode of a person, oldest first (for export)."""
    cursor = database_proxy.execute_sql(
        f"{_row_sql()} WHERE e.person_id = ? ORDER BY e.started_utc, e.id", (person_id,)
    )
    return [_row(values) for values in cursor.fetchall()]


# --- deletion (undone by services/actions, which copies the rows first) ------------------


def caregivers(person_id: int) -> list[str]:
    """The names of everyone who recorded an episode of the person, in alphabetical order."""
    # GROUP BY, not DISTINCT: the server orders a DISTINCT list only by what it selects.
    cursor = database_proxy.execute_sql(
        "SELECT recorded_by FROM episode WHERE person_id = ? AND recorded_by IS NOT NULL"
        " GROUP BY recorded_by ORDER BY LOWER(recorded_by), recorded_by",
        (person_id,),
    )
    return [str(row[0]) for row in cursor.fetchall()]


def delete_episodes(ids: Sequence[int]) -> int:
    """Delete episodes with their triggers and what helped (one transaction); return how many."""
    deleted = 0
    with database_proxy.atomic():
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            cursor = database_proxy.execute_sql(f"DELETE FROM episode WHERE id IN ({marks})", chunk)
            deleted += cursor.rowcount
    return deleted


# --- filtered queries ----------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFilter:
    """What the Episodes page (or a click on a chart) asks for. None means "any"."""

    person_id: int
    first_day: dt.date | None = None  # inclusive, local calendar days
    last_day: dt.date | None = None  # inclusive
    body_region: str | None = None
    side: str | None = None
    kind: str | None = None
    severity: int | None = None
    trigger: str | None = None
    text: str = ""
    weekday: int | None = None  # 0 Monday .. 6 Sunday
    hour: int | None = None  # 0..23
    recorded_by: str | None = None  # the caregiver who recorded it


SORT_COLUMNS: dict[str, str] = {
    "started": f"{LOCAL_SECONDS_SQL}",
    "body_region": "body_region",
    "side": "side",
    "kind": "kind",
    "severity": "severity",
    "pain": "pain",
    "duration": "duration_seconds",
    "notes": "notes",
    "recorded_by": "recorded_by",
}


def _where(flt: EpisodeFilter) -> tuple[str, list[Any]]:
    clauses = ["person_id = ?"]
    params: list[Any] = [flt.person_id]
    if flt.first_day is not None:
        clauses.append(f"{LOCAL_SECONDS_SQL} >= ?")
        params.append(day_start(flt.first_day))
    if flt.last_day is not None:
        clauses.append(f"{LOCAL_SECONDS_SQL} < ?")
        params.append(day_start(flt.last_day + dt.timedelta(days=1)))
    for column in ("body_region", "side", "kind", "severity"):
        value = getattr(flt, column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if flt.recorded_by is not None:
        clauses.append("recorded_by = ?")
        params.append(flt.recorded_by)
    if flt.trigger is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM episode_trigger t WHERE t.episode_id = episode.id AND t.code = ?)"
        )
        params.append(flt.trigger)
    for word in flt.text.split():
        # Matched whatever the case of A-Z, as SQLite's LIKE does, also on the server, whose LIKE
        # minds case (see dialect.fold_case).
        clauses.append("LOWER(notes) LIKE ? ESCAPE '\\'")
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{dialect.fold_case(escaped)}%")
    if flt.weekday is not None:
        # 1970-01-01 was a Thursday (weekday 3).
        clauses.append(f"(({LOCAL_SECONDS_SQL} / 86400) + 3) % 7 = ?")
        params.append(flt.weekday)
    if flt.hour is not None:
        clauses.append(f"({LOCAL_SECONDS_SQL} % 86400) / 3600 = ?")
        params.append(flt.hour)
    return " AND ".join(clauses), params


def query_ids(flt: EpisodeFilter, sort: str = "started", descending: bool = True) -> list[int]:
    """Ids of the matching episodes in display order (newest first by default)."""
    where, params = _where(flt)
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["started"])
    # A missing value (no pain score, no kind) counts as the smallest, as SQLite sorts it; the
    # server sorts NULL as the largest unless told.
    direction = "DESC NULLS LAST" if descending else "ASC NULLS FIRST"
    sql = (
        f"SELECT id FROM episode WHERE {where} "
        f"ORDER BY {column} {direction}, {LOCAL_SECONDS_SQL} {direction}, id {direction}"
    )
    return [row[0] for row in database_proxy.execute_sql(sql, params).fetchall()]


def count(flt: EpisodeFilter) -> int:
    where, params = _where(flt)
    return int(
        database_proxy.execute_sql(
            f"SELECT COUNT(*) FROM episode WHERE {where}", params
        ).fetchone()[0]
    )


# --- Today's figures -------------------------------------------------------------------------


@dataclass(frozen=True)
class TodayCounts:
    today: int
    this_week: int  # Monday to today
    last_week: int  # all of last week, Monday to Sunday
    last_week_to_date: int  # last week, Monday to the same weekday as today
    week_days: tuple[int, ...] = field(default=())  # this week's counts per day, Monday first


def today_counts(person_id: int, today: dt.date | None = None) -> TodayCounts:
    today = today or dt.date.today()
    monday = week_start(today)
    last_monday = monday - dt.timedelta(days=7)
    sql = (
        f"SELECT ({LOCAL_SECONDS_SQL} - ?) / 86400 AS d, COUNT(*) FROM episode "
        f"WHERE person_id = ? AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ? GROUP BY d"
    )
    start = day_start(last_monday)
    end = day_start(today + dt.timedelta(days=1))
    per_day = dict(database_proxy.execute_sql(sql, (start, person_id, start, end)).fetchall())
    days_into_week = today.weekday()
    this_week_days = tuple(per_day.get(7 + i, 0) for i in range(days_into_week + 1))
    return TodayCounts(
        today=per_day.get(7 + days_into_week, 0),
        this_week=sum(this_week_days),
        last_week=sum(per_day.get(i, 0) for i in range(7)),
        last_week_to_date=sum(per_day.get(i, 0) for i in range(days_into_week + 1)),
        week_days=this_week_days,
    )


def last_location(person_id: int) -> tuple[str, str] | None:
    """(body_region, side) of the latest episode in time (not the last one entered), to preselect
    in the form as "same as last time"."""
    row = database_proxy.execute_sql(
        "SELECT body_region, side FROM episode WHERE person_id = ?"
        f" ORDER BY {LOCAL_SECONDS_SQL} DESC, id DESC LIMIT 1",
        (person_id,),
    ).fetchone()
    return (row[0], row[1]) if row else None


def recent(person_id: int, limit: int = 5) -> list[EpisodeRow]:
    ids = [
        r[0]
        for r in database_proxy.execute_sql(
            f"SELECT id FROM episode WHERE person_id = ? ORDER BY {LOCAL_SECONDS_SQL} DESC, id DESC LIMIT ?",
            (person_id, limit),
        ).fetchall()
    ]
    rows = fetch_rows(ids)
    return [rows[i] for i in ids if i in rows]
