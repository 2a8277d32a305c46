"""Who recorded a record and when: stamped in one place, as an action saves.

The caller of an action (the window's undo command, the command line) says who is logging and
when, as a `Stamp` given to `perform`. While the action runs, `recorded` (change.py) compares
the rows it touched before and after and stamps the new and changed records of the tables in
`STAMPED` before it copies them for undo, so undo and redo put back exact copies, stamps and
all. An action run without copies (the command line's import and sample data) stamps the rows
it added (`stamp_added`). A new record that already names who recorded it (an imported file's
`recorded_by`) keeps it. The names used are added to the diary's list of caregivers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from caregiver_app.services.actions.undo import Part, Rows
from caregiver_app.services.caregivers import account_name as account_name
from caregiver_app.services.caregivers import clean_name as clean_name
from caregiver_app.services.caregivers import iso_utc
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy

# The tables whose records say who recorded them (migration 6); children such as an episode's
# triggers or an appointment's questions belong to their parent's stamp.
STAMPED = (
    "episode", "checkin", "fall", "equipment_state", "medication",
    "medication_dose_change", "medication_dose_taken", "injection", "goal_score",
    "therapy_session", "daily_minutes", "mas_score", "appointment",
)  # fmt: skip


@dataclass(frozen=True)
class Stamp:
    """Who is logging (`by`) and when (`at`, aware)."""

    by: str
    at: dt.datetime

    @property
    def at_text(self) -> str:
        return iso_utc(self.at)


_current: ContextVar[Stamp | None] = ContextVar("stamp", default=None)


@contextlib.contextmanager
def stamping(stamp: Stamp | None) -> Iterator[None]:
    """Stamp what actions save inside the block with `stamp` (None: leave records unstamped)."""
    token = _current.set(stamp)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> Stamp | None:
    return _current.get()


def note_caregiver(name: str | None) -> None:
    """Add `name` to the diary's list of caregivers (nothing if it is there, in any case)."""
    if name:
        # Names are unique whatever their case; two computers adding the same name at once:
        # the second finds it there (ON CONFLICT) instead of failing.
        database_proxy.execute_sql(
            "INSERT INTO caregiver (name) SELECT ? WHERE NOT EXISTS"
            " (SELECT 1 FROM caregiver WHERE LOWER(name) = ?) ON CONFLICT DO NOTHING",
            (name, dialect.fold_case(name)),
        )


def stamp_changes(before: Sequence[Rows], after: Sequence[Rows]) -> bool:
    """Stamp the records in `after` that are new or differ from `before` (with their children);
    True when any was stamped (the caller copies the rows again)."""
    stamp = current()
    if stamp is None:
        return False
    found: dict[str, set[int]] = {}
    kept_names: set[str] = set()
    for old, new in zip(before, after, strict=True):
        _walk(old.part, new.part, old.scope.tree.children, found, kept_names)
    for name in kept_names:
        note_caregiver(name)
    if not any(found.values()):
        return False
    note_caregiver(stamp.by)
    for table, ids in found.items():
        _stamp_ids(table, sorted(ids), stamp)
    return True


def _walk(
    old: Part,
    new: Part,
    links: Sequence[tuple[str, Any]],
    found: dict[str, set[int]],
    kept: set[str],
) -> None:
    if new.table in STAMPED and "id" in new.columns:
        at = new.columns.index("id")
        by = new.columns.index("recorded_by")
        was = {row[at]: row for row in old.rows}
        moved = _changed_children(old, new, links)
        for row in new.rows:
            before = was.get(row[at])
            if before is None:
                if row[by] is None:
                    found.setdefault(new.table, set()).add(row[at])
                else:
                    kept.add(row[by])
            elif (before != row or row[at] in moved) and row[by] == before[by]:
                found.setdefault(new.table, set()).add(row[at])
    for (_, tree), old_child, new_child in zip(links, old.children, new.children, strict=True):
        _walk(old_child, new_child, tree.children, found, kept)


def _changed_children(old: Part, new: Part, links: Sequence[tuple[str, Any]]) -> set[Any]:
    """The ids of the rows of `new` whose children differ from before."""
    moved: set[Any] = set()
    for (link, _), old_child, new_child in zip(links, old.children, new.children, strict=True):
        at = new_child.columns.index(link)
        old_rows = {r for r in old_child.rows}
        new_rows = {r for r in new_child.rows}
        moved |= {r[at] for r in old_rows ^ new_rows}
    return moved


def _stamp_ids(table: str, ids: list[int], stamp: Stamp) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        database_proxy.execute_sql(
            f"UPDATE {table} SET recorded_by = ?, recorded_at = ? WHERE id IN ({marks})",
            (stamp.by, stamp.at_text, *chunk),
        )


def high_water() -> dict[str, int]:
    """The highest id in each stamped table, to find afterwards what an action added."""
    marks: dict[str, int] = {}
    for table in STAMPED:
        row = database_proxy.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()
        marks[table] = int(row[0] or 0)
    return marks


def stamp_added(marks: dict[str, int]) -> None:
    """Stamp the records added since `marks` that do not name who recorded them."""
    stamp = current()
    if stamp is None:
        return
    names: set[str] = set()
    stamped = 0
    for table, mark in marks.items():
        cursor = database_proxy.execute_sql(
            f"SELECT DISTINCT recorded_by FROM {table} WHERE id > ? AND recorded_by IS NOT NULL",
            (mark,),
        )
        names |= {str(row[0]) for row in cursor.fetchall()}
        stamped += database_proxy.execute_sql(
            f"UPDATE {table} SET recorded_by = ?, recorded_at = ?"
            " WHERE id > ? AND recorded_by IS NULL",
            (stamp.by, stamp.at_text, mark),
        ).rowcount
    if stamped:
        names.add(stamp.by)
    for name in sorted(names):
        note_caregiver(name)
