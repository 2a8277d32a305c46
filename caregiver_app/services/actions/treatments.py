"""Actions on treatment records (medications and their doses, injections and goal scores,
therapy sessions and minutes, Ashworth scores, appointments and their questions), each returning
the `Change` that undoes it. A record is copied with every row that hangs off it."""

from __future__ import annotations

from collections.abc import Callable

from caregiver_app.services.actions.change import TREATMENTS, Change, recorded
from caregiver_app.services.actions.undo import Rows, Scope, Tree, delete, scope


def change_record(
    person_id: int,
    tree: Tree,
    record_id: int | None,
    write: Callable[[], int | list[int] | None],
    since: Rows | None = None,
) -> Change:
    """`write()` changes the record `record_id` of `tree.table` (None: it adds one) and returns
    the id of the record it changed or added, or the ids of the several it added. `since`: the
    copy of the record the form started from (meanwhile.py); when the record is no longer that,
    raises ChangedMeanwhile and writes nothing."""

    def run() -> list[Scope]:
        result = write()
        found = result if isinstance(result, list) else [] if result is None else [result]
        return [scope(tree.table, id=i) for i in found if i != record_id]

    known = [scope(tree.table, id=record_id)] if record_id is not None else []
    ids = [record_id] if record_id is not None else []
    change = recorded([TREATMENTS], person_id, known, run, since=since if known else None)
    return Change(change.kinds, person_id, change.undo, (*ids, *change.ids), change.same)


def remove_record(person_id: int, tree: Tree, record_id: int) -> Change:
    """Remove a record with everything that hangs off it."""
    where = scope(tree.table, id=record_id)
    return recorded([TREATMENTS], person_id, [where], lambda: delete(where))
