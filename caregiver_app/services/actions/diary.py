"""Actions that bring many records in at once: importing a file and making sample data.

Into a new person, undo removes that person with everything that came in; into someone already
in the diary, undo puts back the copy of their whole diary from before (an import may also
replace, say, an equipment status). The command line passes `undoable=False` and skips the
copies. `by` says who is logging (stamp.py); a file's own `recorded_by` is kept. Each runs
through `perform`, so a server tells the other computers (`origin`: who sent it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from caregiver_app.services import exchange, live, people, sample
from caregiver_app.services.actions import stamp
from caregiver_app.services.actions.change import (
    ACTIVE_PERSON,
    CHECKINS,
    EPISODES,
    EQUIPMENT,
    PEOPLE,
    TREATMENTS,
    Change,
    perform,
    recorded,
)
from caregiver_app.services.actions.undo import Scope, scope
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy
from caregiver_app.translatable import Translate, unchanged

EVERYTHING = (PEOPLE, ACTIVE_PERSON, EPISODES, CHECKINS, EQUIPMENT, TREATMENTS)


def _not_undoable() -> Change:
    raise RuntimeError("made without undo (undoable=False)")


def _adding(
    write: Callable[[], int],
    into: int | None,
    undoable: bool,
    by: stamp.Stamp | None,
    origin: str,
) -> Change:
    """Run `write` (which adds rows to the person `into`, or to a new person, and returns whose
    they are) as one change, the records it adds stamped with `by` (when given), announced to
    other computers as sent by `origin`."""

    def adding() -> Change:
        # On a server, two imports (or sample data) from two computers at once run one after
        # the other, whole: each waits here, before it writes anything, for the other to end.
        dialect.one_bulk_change_at_a_time(database_proxy)
        return _adding_stamped(write, into, undoable)

    return perform(adding, by, origin)


def _adding_stamped(write: Callable[[], int], into: int | None, undoable: bool) -> Change:
    if not undoable:
        marks = stamp.high_water()
        whose = write()
        stamp.stamp_added(marks)
        return Change(EVERYTHING, whose, _not_undoable, (whose,))
    found: list[int] = []

    def run() -> list[Scope]:
        found.append(write())
        return [scope("person", id=found[0])] if found[0] != into else []

    where = [scope("setting", key=people.active_key())]
    if into is not None:
        where.append(scope("person", id=into))
    change = recorded(EVERYTHING, into, where, run)
    return Change(change.kinds, found[0], change.undo, (found[0],), change.same)


def _import_target(person_name: str | None) -> int | None:
    """Who an import adds to when it does not make a new person (as `exchange.import_file`)."""
    if person_name and person_name.strip():
        found = people.find_by_name(person_name)
    else:
        found = people.get_active()
    return found.id if found is not None else None


def import_file(
    path: Path,
    person_name: str | None = None,
    now: dt.datetime | None = None,
    *,
    undoable: bool = True,
    by: stamp.Stamp | None = None,
    origin: str = live.THIS_PROCESS,
) -> tuple[Change, exchange.ImportResult]:
    """Import a CSV or JSON file all or nothing (see `exchange.import_file`); raises ImportFailed."""
    results: list[exchange.ImportResult] = []

    def write() -> int:
        results.append(exchange.import_file(path, person_name, now))
        return results[0].person_id

    return _adding(write, _import_target(person_name), undoable, by, origin), results[0]


def make_sample(
    days: int = 180,
    seed: int = 1,
    now: dt.datetime | None = None,
    say: Translate = unchanged,
    *,
    undoable: bool = True,
    by: stamp.Stamp | None = None,
    origin: str = live.THIS_PROCESS,
) -> tuple[Change, sample.SampleResult]:
    """Add a made-up person with `days` days of diary (see `sample.generate`)."""
    results: list[sample.SampleResult] = []

    def write() -> int:
        results.append(sample.generate(days=days, seed=seed, now=now, say=say))
        return results[0].person_id

    return _adding(write, None, undoable, by, origin), results[0]
