"""What an action changed and how to undo it (like Anki's `OpChanges`).

An *action* is a plain function with no arguments that changes the diary and returns a `Change`:
which kinds of data changed (so the window knows which pages to refresh), for whom, and `undo`,
another action that puts things back and returns the `Change` that redoes them. `perform` runs
an action in one transaction. Most actions are built with `recorded`, which copies the rows the
action touches before and after (undo.py), so undo and redo put back exact copies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from caregiver_app.services import live
from caregiver_app.services.actions.meanwhile import ChangedMeanwhile
from caregiver_app.services.actions.stamp import Stamp, stamp_changes, stamping
from caregiver_app.services.actions.undo import Rows, Scope, empty, lock, put, take
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy

# Kinds of data, as the window's notifier announces them.
EPISODES = "episodes"
CHECKINS = "checkins"
PEOPLE = "people"
ACTIVE_PERSON = "active_person"
EQUIPMENT = "equipment"
TREATMENTS = "treatments"  # medications, injections, therapy, scores, appointments, questions


@dataclass(frozen=True)
class Change:
    """What an action changed (`kinds` of data of `person_id`), and the action that undoes it.

    `ids` are the records the action added or changed, for the caller to select; `same` says
    the rows came out as they were (e.g. a status chosen again), so there is nothing to undo."""

    kinds: tuple[str, ...]
    person_id: int | None
    undo: Action = field(repr=False, compare=False)
    ids: tuple[int, ...] = ()
    same: bool = False


Action = Callable[[], Change]


def perform(action: Action, stamp: Stamp | None = None, origin: str = live.THIS_PROCESS) -> Change:
    """Run `action` in one transaction: all of it is saved, or nothing. The records it adds or
    changes say they were recorded by `stamp.by` at `stamp.at` (stamp.py); undo and redo put
    back the copies they hold, stamps and all. On a server, the other computers are told what
    changed in the same transaction (live.py), as sent by `origin`. On the file the write lock
    is taken at once (dialect.write_transaction), so two saves at once run one after the other."""
    with dialect.write_transaction(database_proxy.obj), stamping(stamp):
        change = action()
        if not change.same:
            # Which person is active is this computer's view, not news for the others.
            shared = [kind for kind in change.kinds if kind != ACTIVE_PERSON]
            live.send(shared, change.person_id, origin)
        return change


def recorded(
    kinds: Sequence[str],
    person_id: int | None,
    scopes: Sequence[Scope],
    write: Callable[[], Sequence[Scope] | None],
    ids: Callable[[], Sequence[int]] | None = None,
    since: Rows | None = None,
) -> Change:
    """Run `write` (which touches the rows in `scopes`, plus the scopes it returns: what it
    added) and return a Change whose undo puts back the copies from before.

    `since` is the copy of the record the form started from (meanwhile.py `opened`; its scope
    says which rows are the record): when they are no longer that, nothing is written and
    ChangedMeanwhile carries both versions."""
    with database_proxy.atomic():
        theirs = None
        if since is not None:
            lock(since.scope)
            now = take(since.scope)
            if now != since:
                theirs = now
            if theirs is not None and not theirs.part.rows:
                raise ChangedMeanwhile(theirs, None)  # deleted meanwhile: nothing to write over
        before = [take(s) for s in scopes]
        added = list(write() or ())
        before += [empty(s) for s in added]
        after = [take(s) for s in (*scopes, *added)]
        if theirs is not None:  # what saving would have stored, shown beside theirs; undone
            raise ChangedMeanwhile(theirs, take(theirs.scope))
        if stamp_changes(before, after):
            after = [take(s) for s in (*scopes, *added)]
    found = tuple(ids()) if ids is not None else _ids_of(added)
    back = _putting(kinds, person_id, before, after, found)
    return Change(tuple(kinds), person_id, back, found, same=before == after)


def _ids_of(added: Sequence[Scope]) -> tuple[int, ...]:
    return tuple(v for s in added for c, v in s.where if c == "id" and isinstance(v, int))


def _putting(
    kinds: Sequence[str],
    person_id: int | None,
    target: list[Rows],
    current: list[Rows],
    ids: tuple[int, ...],
) -> Action:
    """The action that turns `current` into `target`; its undo turns it back."""

    def putting() -> Change:
        with database_proxy.atomic():
            for there, wanted in zip(current, target, strict=True):
                put(wanted, there)
        return Change(
            tuple(kinds), person_id, _putting(kinds, person_id, current, target, ids), ids
        )

    return putting
