"""Named caregivers: the diary's list of them, and who recorded each record and when.

`recorded_by` is the caregiver's name as they gave it; `recorded_at` the moment, in UTC, as ISO
8601 text with whole seconds (`2026-12-07T11:05:00Z`). Both are NULL for records made before
migration 6: not recorded, never guessed. The write path stamps them
(services/actions/stamp.py); files carry them (`fields`, `from_file`); the report counts the
shares (`shares`).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from dataclasses import dataclass
from typing import Any

from caregiver_app.services.import_checks import BadMoment, parse_moment
from caregiver_app.services.messages import Message, UserError, message
from caregiver_app.services.people import has_control_characters
from caregiver_app.services.timeutil import LOCAL_SECONDS_SQL, day_start
from caregiver_app.store.db import database_proxy

MAX_NAME = 80  # characters in a caregiver's name


def clean_name(name: str) -> str:
    """A caregiver's name as stored: one line, blanks at the ends trimmed, runs of blanks made
    one space, no control characters (files and the command line refuse those instead)."""
    kept = "".join(c for c in " ".join(name.split()) if not has_control_characters(c))
    return " ".join(kept.split())


@functools.cache
def account_name() -> str:
    """The computer account's name, read once: who is logging until someone says otherwise
    ("" when the system cannot say)."""
    try:
        return clean_name(getpass.getuser())[:MAX_NAME]
    except (OSError, KeyError, ImportError):
        return ""


def iso_utc(moment: dt.datetime) -> str:
    """`moment` as stored and exported: UTC, whole seconds, e.g. 2026-12-07T11:05:00Z."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def list_caregivers() -> list[str]:
    """Everyone who has logged in this diary, in alphabetical order."""
    cursor = database_proxy.execute_sql("SELECT name FROM caregiver ORDER BY LOWER(name), name")
    return [str(row[0]) for row in cursor.fetchall()]


# --- in files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """Who recorded a record and when, as a file says (None: the file does not say)."""

    by: str | None = None
    at: str | None = None


NOT_SAID = Recorded()


def fields(by: str | None, at: str | None) -> dict[str, Any]:
    """The two keys every exported record carries (null: not recorded)."""
    return {"recorded_by": by, "recorded_at": at}


def from_file(
    by: Any, at: Any, where: list[Message], error: type[UserError] = UserError
) -> Recorded:
    """Check a file's `recorded_by` and `recorded_at` (either may be missing or empty): a name
    of up to 80 characters; a date and time with its offset, kept in UTC. Raises `error`
    naming the field and the value."""
    if by is None or (isinstance(by, str) and not by.strip()):
        return NOT_SAID  # the importing caregiver is stamped instead, moment and all
    if not isinstance(by, str):
        raise error(message("must_be_text"), "recorded_by", where)
    if has_control_characters(by):
        raise error(message("person.name_control"), "recorded_by", where)
    name = clean_name(by)
    if len(name) > MAX_NAME:
        raise error(message("caregiver.name_too_long", limit=MAX_NAME), "recorded_by", where)
    if at is None or (isinstance(at, str) and not at.strip()):
        return Recorded(name, None)
    if not isinstance(at, str):
        raise error(message("must_be_text"), "recorded_at", where)
    if "T" not in at and " " not in at.strip():  # a day alone is not a moment
        raise error(message("not_a_datetime", value=at), "recorded_at", where)
    try:
        moment = parse_moment(at)
    except BadMoment as exc:
        raise error(exc.said, "recorded_at", where) from None
    return Recorded(name, iso_utc(moment))


def keep(table: str, record_id: int, recorded: Recorded) -> None:
    """Give an imported record the stamp its file gave it (nothing when the file gave none)."""
    if recorded.by is not None:
        database_proxy.execute_sql(
            f"UPDATE {table} SET recorded_by = ?, recorded_at = ? WHERE id = ?",
            (recorded.by, recorded.at, record_id),
        )


def stamps(table: str, person_id: int, key: str) -> dict[Any, tuple[str | None, str | None]]:
    """(recorded_by, recorded_at) of a person's records of `table`, by the column `key`."""
    cursor = database_proxy.execute_sql(
        f"SELECT {key}, recorded_by, recorded_at FROM {table} WHERE person_id = ?", (person_id,)
    )
    return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def stamps_of_children(table: str, link: str, parent: str, person_id: int) -> dict[Any, Any]:
    """(recorded_by, recorded_at) by id of the rows of `table` whose `link` column points at a
    row of `parent` that belongs to the person (e.g. the doses of their medications)."""
    cursor = database_proxy.execute_sql(
        f"SELECT c.id, c.recorded_by, c.recorded_at FROM {table} c"
        f" JOIN {parent} p ON p.id = c.{link} WHERE p.person_id = ?",
        (person_id,),
    )
    return {row[0]: (row[1], row[2]) for row in cursor.fetchall()}


def goal_score_stamps(person_id: int) -> dict[Any, Any]:
    """(recorded_by, recorded_at) of the person's goal scores, by (goal id, ISO day)."""
    cursor = database_proxy.execute_sql(
        "SELECT s.goal_id, s.day, s.recorded_by, s.recorded_at FROM goal_score s"
        " JOIN injection_goal g ON g.id = s.goal_id JOIN injection i ON i.id = g.injection_id"
        " WHERE i.person_id = ?",
        (person_id,),
    )
    return {(row[0], str(row[1])): (row[2], row[3]) for row in cursor.fetchall()}


# --- in the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    name: str
    episodes: int
    percent: int  # rounded so the shares add up to 100


def not_recorded(person_id: int, first: dt.date, last: dt.date) -> int:
    """The person's episodes from `first` to `last` that do not say who logged them."""
    row = database_proxy.execute_sql(
        "SELECT COUNT(*) FROM episode WHERE person_id = ? AND recorded_by IS NULL"
        f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?",
        (person_id, day_start(first), day_start(last + dt.timedelta(days=1))),
    ).fetchone()
    return int(row[0])


def shares(person_id: int, first: dt.date, last: dt.date) -> list[Share]:
    """Who logged the person's episodes from `first` to `last` (local days, inclusive), most
    first; episodes not recorded (made before migration 6) are left out of the shares."""
    cursor = database_proxy.execute_sql(
        "SELECT recorded_by, COUNT(*) FROM episode WHERE person_id = ? AND recorded_by IS NOT NULL"
        f" AND {LOCAL_SECONDS_SQL} >= ? AND {LOCAL_SECONDS_SQL} < ?"
        " GROUP BY recorded_by ORDER BY COUNT(*) DESC, LOWER(recorded_by), recorded_by",
        (person_id, day_start(first), day_start(last + dt.timedelta(days=1))),
    )
    counts = [(str(name), int(n)) for name, n in cursor.fetchall()]
    total = sum(n for _, n in counts)
    if not total:
        return []
    # Largest remainder: whole percentages that add up to exactly 100.
    exact = [n * 100 / total for _, n in counts]
    whole = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (whole[i] - exact[i], i))
    for i in order[: 100 - sum(whole)]:
        whole[i] += 1
    return [Share(name, n, p) for (name, n), p in zip(counts, whole, strict=True)]
