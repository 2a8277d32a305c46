"""One undoable command for every change to a treatment record: add, edit, remove.

The first redo runs the change; afterwards redo and undo put back an exact snapshot of the
record (with its children and ids) from after or before the change. A change that fails (a
problem the form did not catch, a record removed meanwhile) makes the command obsolete, so it
never sits on the undo stack, and keeps the error for the caller to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from caregiver_app.services import records
from caregiver_app.services.records import Snapshot, Tree
from caregiver_app.ui.notifier import TREATMENTS, DataNotifier

log = logging.getLogger(__name__)


class ChangeRecord(QUndoCommand):
    def __init__(
        self,
        text: str,
        tree: Tree,
        record_id: int | None,
        change: Callable[[], int | list[int] | None],
        notifier: DataNotifier,
        person_id: int,
    ) -> None:
        """`change()` does the work (one transaction) and returns the id of the record it
        changed or added, or the ids of several records of the same kind it added."""
        super().__init__(text)
        self.tree = tree
        self.record_ids: list[int] = [record_id] if record_id is not None else []
        self._change = change
        self._notifier = notifier
        self._person_id = person_id
        self._before: dict[int, Snapshot | None] = {}
        self._after: dict[int, Snapshot | None] = {}
        self._done = False
        self.error: Exception | None = None

    @property
    def record_id(self) -> int | None:
        return self.record_ids[0] if self.record_ids else None

    @classmethod
    def removal(
        cls, text: str, tree: Tree, record_id: int, notifier: DataNotifier, person_id: int
    ) -> ChangeRecord:
        def remove() -> int:
            records.put(tree, record_id, None)
            return record_id

        return cls(text, tree, record_id, remove, notifier, person_id)

    def redo(self) -> None:
        if not self._done:
            try:
                self._before = {i: records.take(self.tree, i) for i in self.record_ids}
                result = self._change()
            except Exception as exc:  # shown by the caller; the command is dropped
                self.error = exc
                self.setObsolete(True)
                return
            found = result if isinstance(result, list) else [] if result is None else [result]
            self.record_ids += [i for i in found if i not in self.record_ids]
            self._after = {i: records.take(self.tree, i) for i in self.record_ids}
            self._done = True
        else:
            self._put([(i, self._after[i]) for i in self.record_ids])
        self._notifier.notify(TREATMENTS, self._person_id)

    def undo(self) -> None:
        self._put([(i, self._before.get(i)) for i in self.record_ids])
        self._notifier.notify(TREATMENTS, self._person_id)

    def _put(self, items: list[tuple[int, Snapshot | None]]) -> None:
        """Put snapshots back (one transaction). If that is no longer possible, e.g. the person
        was removed meanwhile, nothing changes and the reason is logged."""
        try:
            records.put_many(self.tree, items)
        except Exception:
            log.exception("Could not %s %r", "undo or redo", self.text())


def push(stack: QUndoStack, command: ChangeRecord) -> Exception | None:
    """Push `command`; return the error when the change could not be made (nothing changed)."""
    stack.push(command)
    return command.error
