"""The one way the window changes the diary: `run_action(ctx, text, action)`.

`action` is a plain function from services/actions/ that saves in one transaction and returns a
`Change`. `run_action` runs it as one command on the window's undo stack and tells the notifier
what changed, so every page that shows it refreshes. Ctrl+Z runs the change's `undo` (another
action) and Ctrl+Shift+Z the undo of that: undo, redo and refresh happen here for every kind of
change. If an undo or redo cannot be made because the rows were changed some other way since,
nothing changes, the step leaves the stack and the user is told.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from caregiver_app.services.actions import Action, Change, Stamp, perform
from caregiver_app.ui import prompts
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.service_text import error_text

log = logging.getLogger(__name__)


class ActionCommand(QUndoCommand):
    """One user action on the undo stack. The first redo runs the action itself."""

    def __init__(
        self,
        text: str,
        action: Action,
        notifier: DataNotifier,
        done: Change | None = None,
        stamp: Stamp | None = None,
    ) -> None:
        super().__init__(text)
        self._forward: Action = action
        self._back: Action | None = None
        self._notifier = notifier
        self.change: Change | None = None
        self.error: Exception | None = None
        self._done = done  # already made (in the background): the first redo only announces it
        self._stamp = stamp  # who is logging and when: stamps what the action saves

    def redo(self) -> None:
        if self._done is not None:
            self.change, self._done = self._done, None
            self._back = self.change.undo
            self._announce(self.change)
            return
        first = self.change is None
        try:
            change = perform(self._forward, self._stamp if first else None, self._notifier.origin)
        except Exception as exc:
            self.setObsolete(True)  # the stack drops it; nothing was changed
            if first:
                self.error = exc  # the caller says what went wrong
            else:
                self._could_not(exc)
            return
        if first:
            self.change = change
            if change.same:  # nothing changed: no step to undo, nothing to announce
                self.setObsolete(True)
                return
        self._back = change.undo
        self._announce(change)

    def undo(self) -> None:
        assert self._back is not None
        try:
            change = perform(self._back, origin=self._notifier.origin)
        except Exception as exc:
            self.setObsolete(True)
            self._could_not(exc)
            return
        self._forward = change.undo
        self._announce(change)

    def _announce(self, change: Change) -> None:
        for kind in change.kinds:
            self._notifier.notify(kind, change.person_id)

    def _could_not(self, exc: Exception) -> None:
        log.warning("Could not undo or redo %r (%s)", self.text(), type(exc).__name__)
        prompts.warn(
            QApplication.activeWindow(),
            self.text(),
            QCoreApplication.translate("", "Nothing was changed.") + "\n\n" + error_text(exc),
        )


def run_action(ctx: PageContext, text: str, action: Action) -> Change:
    """Run `action` as one undoable step called `text`, and announce what changed.

    Raises what the action raised (a ValidationError, say) when it could not be made; then
    nothing was changed and nothing was put on the undo stack."""
    command = ActionCommand(text, action, ctx.notifier, stamp=ctx.stamp())
    ctx.undo_stack.push(command)
    if command.error is not None:
        raise command.error
    assert command.change is not None
    return command.change


def record_done(ctx: PageContext, text: str, change: Change) -> None:
    """Put a change already made (e.g. an import run in the background) on the undo stack as
    `text`, and announce it."""

    def nothing() -> Change:  # never run: the command starts from `change`
        raise AssertionError(text)

    ctx.undo_stack.push(ActionCommand(text, nothing, ctx.notifier, done=change))
