"""Falls: when (UTC seconds plus the local offset at entry, like an episode), whether the
person was hurt, and a note. Quick to log from Today; counted on page 1 of the report; a list
of their own in the JSON export (`SECTION`), imported by the import rule: what is new is added,
an exact duplicate is skipped, a fall already in the diary is never changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from caregiver_app.services import caregivers
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.services.import_checks import BadMoment, parse_moment
from caregiver_app.services.import_merge import Tally
from caregiver_app.services.messages import UserError, message
from caregiver_app.services.periods import Period
from caregiver_app.services.timeutil import (
    day_start,
    from_stored,
    iso_local,
    now_local,
    to_stored,
)
from caregiver_app.store.db import database_proxy

SECTION = "falls"
TREE = Tree("fall")  # for undo (services/actions)
MAX_NOTE = 2000
_LOCAL = "(happened_utc + utc_offset_min * 60)"


@dataclass(frozen=True)
class Fall:
    id: int
    happened_utc: int
    utc_offset_min: int
    injured: bool
    note: str

    @property
    def happened(self) -> dt.datetime:
        return from_stored(self.happened_utc, self.utc_offset_min)


def validate(when: dt.datetime, note: str, now: dt.datetime | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if when.tzinfo is None:
        problems.append(Problem.of("happened", "episode.no_time_zone"))
    elif when > (now or now_local()) + dt.timedelta(minutes=1):
        problems.append(Problem.of("happened", "episode.future"))
    if len(note) > MAX_NOTE:
        problems.append(Problem.of("note", "too_long", limit=MAX_NOTE))
    problems += Problem.of_text("note", note)
    return problems


def add_fall(
    person_id: int,
    when: dt.datetime,
    injured: bool,
    note: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Record a fall (one transaction); return its id. Raises ValidationError."""
    problems = validate(when, note, now)
    if problems:
        raise ValidationError(problems)
    utc, offset = to_stored(when)
    with database_proxy.atomic():
        cursor = database_proxy.execute_sql(
            "INSERT INTO fall (person_id, happened_utc, utc_offset_min, injured, note)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (person_id, utc, offset, int(injured), note.strip()),
        )
        return int(cursor.fetchall()[0][0])


def list_falls(person_id: int, period: Period | None = None) -> list[Fall]:
    """The falls on the local days of `period` (all when None), oldest first."""
    sql = "SELECT id, happened_utc, utc_offset_min, injured, note FROM fall WHERE person_id = ?"
    params: list[object] = [person_id]
    if period is not None:
        sql += f" AND {_LOCAL} >= ? AND {_LOCAL} < ?"
        params += [day_start(period.first_day), day_start(period.last_day) + 86400]
    sql += " ORDER BY happened_utc, id"
    rows = database_proxy.execute_sql(sql, params).fetchall()
    return [Fall(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows]


# --- the JSON export's section ----------------------------------------------------------------


def export_person(person_id: int) -> list[dict[str, Any]]:
    stamped = caregivers.stamps("fall", person_id, "id")
    return [
        {
            "happened_at": iso_local(f.happened_utc, f.utc_offset_min),
            "injured": f.injured,
            "note": f.note,
            **caregivers.fields(*stamped[f.id]),
        }
        for f in list_falls(person_id)
    ]


def _parse(number: int, raw: Any) -> tuple[int, int, bool, str]:
    where = [message("place.fall", number=number)]  # the importer names the section
    if not isinstance(raw, Mapping):
        raise UserError(message("must_be_object"), "", where)
    text = raw.get("happened_at")
    if not isinstance(text, str):
        code = "missing" if text is None else "must_be_text"
        raise UserError(message(code), "happened_at", where)
    try:
        when = parse_moment(text)  # 1900-2100, a local time the clock skipped refused
    except BadMoment as exc:
        raise UserError(exc.said, "happened_at", where) from None
    injured, note = raw.get("injured", False), raw.get("note", "")
    if not isinstance(injured, bool):
        raise UserError(message("wrong_type", value=repr(injured)), "injured", where)
    if not isinstance(note, str):
        raise UserError(message("must_be_text"), "note", where)
    problems = validate(when, note, dt.datetime(9998, 1, 1, tzinfo=dt.UTC))
    if problems:
        raise UserError.from_problem(problems[0], where)
    return (*to_stored(when), injured, note.strip())


def import_person(person_id: int, data: Sequence[Any], tally: Tally) -> None:
    """Add the falls that are not already in the diary (in the caller's transaction), by the
    import rule (services/import_merge.py): a fall is identified by all of its details (the
    moment, injured or not, the note), so an exact duplicate is skipped and nothing in the
    diary is ever changed."""
    if not isinstance(data, list):
        raise UserError(message("must_be_list"), "")  # the importer names the section
    parsed = [
        (_parse(number, raw), _recorded(number, raw)) for number, raw in enumerate(data, start=1)
    ]
    existing = [
        (f.happened_utc, f.utc_offset_min, f.injured, f.note) for f in list_falls(person_id)
    ]
    new = tally.new_by_identity("fall", parsed, lambda p: p[0], existing)
    for (utc, offset, injured, note), recorded in new:
        database_proxy.execute_sql(
            "INSERT INTO fall (person_id, happened_utc, utc_offset_min, injured, note,"
            " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (person_id, utc, offset, int(injured), note, recorded.by, recorded.at),
        )


def _recorded(number: int, raw: Mapping[str, Any]) -> caregivers.Recorded:
    """Who recorded the fall and when, as the file says (recorded_by; not part of what the
    fall is, so a fall re-imported with another name is still the same fall)."""
    where = [message("place.fall", number=number)]
    return caregivers.from_file(raw.get("recorded_by"), raw.get("recorded_at"), where)
