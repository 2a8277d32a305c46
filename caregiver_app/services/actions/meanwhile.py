"""Two people editing one record: the second save is told, never silently written over the first.

A form keeps a copy of the record as it was when opened (`opened`: the row with every row that
hangs off it, e.g. an episode's triggers). An edit action given that copy as `since` (change.py
`recorded`) locks the record, reads it again inside its one transaction and, when it differs
from the copy (someone saved or deleted it meanwhile, from another window, the command line or
another computer), writes nothing and raises `ChangedMeanwhile` with both versions: `theirs` as
stored now (with who recorded it and when) and `yours` as the save would have left it. The form
shows both; to save over theirs it runs the action again with `since=theirs`, so a third change
in between is caught the same way.

No schema change is needed: the copies are the undo copies (undo.py), compared whole.
"""

from __future__ import annotations

from typing import Any

from caregiver_app.services.actions.undo import Part, Rows, Scope, Tree, scope, take
from caregiver_app.services.messages import UserError, message


class ChangedMeanwhile(UserError):
    """The record is no longer as the form found it; nothing was written.

    `theirs` is the record as stored now (no rows: it was deleted), `yours` what saving would
    have stored (None when it was deleted: there was nothing to save over)."""

    def __init__(self, theirs: Rows, yours: Rows | None) -> None:
        super().__init__(message("change.gone" if not theirs.part.rows else "change.meanwhile"))
        self.theirs = theirs
        self.yours = yours

    @property
    def gone(self) -> bool:
        return not self.theirs.part.rows

    @property
    def recorded_by(self) -> str | None:
        """Who saved their version (None: not known, e.g. a record from before names were kept)."""
        value = top_value(self.theirs.part, "recorded_by")
        return str(value) if value else None

    @property
    def recorded_at(self) -> str | None:
        """When they saved it (ISO 8601 text in UTC), when known."""
        value = top_value(self.theirs.part, "recorded_at")
        return str(value) if value else None


def top_value(part: Part, column: str) -> Any:
    """`column` of the first top row of `part` (None when there is no row or no such column)."""
    if not part.rows or column not in part.columns:
        return None
    return part.rows[0][part.columns.index(column)]


def opened(table: str | Tree, **where: Any) -> Rows:
    """The copy a form keeps of the record it opens, e.g. `opened("episode", id=7)`: the row
    with every row that hangs off it, or, given a `Tree`, the rows of that tree only (e.g. a
    medication without the doses taken, which its form does not change)."""
    if isinstance(table, Tree):
        return take(Scope(table, tuple(where.items())))
    return take(scope(table, **where))
