"""Actions that bring many records in at once: importing a file and making sample data.

Both only add rows, so undo removes exactly the rows they added (found by id: every table hands
out ids above the largest one it has) and redo puts them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from caregiver_app.services import exchange, people, sample
from caregiver_app.services.actions.change import (
    ACTIVE_PERSON,
    CHECKINS,
    EPISODES,
    EQUIPMENT,
    PEOPLE,
    TREATMENTS,
    Change,
    recorded,
)
from caregiver_app.services.actions.rows import Scope, scope, scopes, tree_of
from caregiver_app.store.db import database_proxy
from caregiver_app.translatable import Translate, unchanged

EVERYTHING = (PEOPLE, ACTIVE_PERSON, EPISODES, CHECKINS, EQUIPMENT, TREATMENTS)


def _largest_ids() -> dict[str, int]:
    """The largest id in each table that belongs to a person."""
    found: dict[str, int] = {}
    for _, child in tree_of("person").children:
        row = database_proxy.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {child.table}")
        found[child.table] = int(row.fetchone()[0])
    return found


def _added_since(person_id: int, largest: dict[str, int]) -> list[Scope]:
    """The person (when new) or the rows added to them since `largest` was read."""
    if person_id > largest.get("person", 0):
        return [scope("person", id=person_id)]
    added: list[Scope] = []
    for link, child in tree_of("person").children:
        cursor = database_proxy.execute_sql(
            f"SELECT id FROM {child.table} WHERE {link} = ? AND id > ? ORDER BY id",
            (person_id, largest[child.table]),
        )
        added += scopes(child.table, "id", [row[0] for row in cursor.fetchall()])
    return added


def _adding(write: Callable[[], int]) -> Change:
    """Run `write` (which adds rows and returns whose they are) as an undoable change."""
    largest: dict[str, int] = {}
    whose: list[int] = []

    def run() -> list[Scope]:
        largest.update(_largest_ids())
        row = database_proxy.execute_sql("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()
        largest["person"] = int(row[0])
        whose.append(write())
        return _added_since(whose[0], largest)

    change = recorded(EVERYTHING, None, [scope("setting", key=people.ACTIVE_KEY)], run)
    return Change(change.kinds, whose[0], change.undo, (whose[0],), change.same)


def import_file(
    path: Path, person_name: str | None = None, now: dt.datetime | None = None
) -> tuple[Change, exchange.ImportResult]:
    """Import a CSV or JSON file all or nothing (see `exchange.import_file`); raises ImportFailed."""
    results: list[exchange.ImportResult] = []

    def write() -> int:
        results.append(exchange.import_file(path, person_name, now))
        return results[0].person_id

    return _adding(write), results[0]


def make_sample(
    days: int = 180,
    seed: int = 1,
    now: dt.datetime | None = None,
    say: Translate = unchanged,
) -> tuple[Change, sample.SampleResult]:
    """Add a made-up person with `days` days of diary (see `sample.generate`)."""
    results: list[sample.SampleResult] = []

    def write() -> int:
        results.append(sample.generate(days=days, seed=seed, now=now, say=say))
        return results[0].person_id

    return _adding(write), results[0]
