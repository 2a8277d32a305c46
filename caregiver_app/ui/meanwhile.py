"""Saving a form whose record someone else may have changed meanwhile (services/actions/
meanwhile.py): `save_checked` runs the save with the copy the form started from and, when the
record changed, shows both versions (dialogs/changed_meanwhile.py) and does what was chosen.

The outcome tells the form what to do: SAVED (close), KEPT_THEIRS (close; nothing written) or
BACK (stay open with what was typed). Forms that close only after saving raise `NotSaved` from
their save function, which says whether to close.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caregiver_app.services.actions import Action, Change, ChangedMeanwhile
from caregiver_app.services.actions.undo import Rows
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.changed_meanwhile import ChangedMeanwhileDialog, Choice


class Outcome(enum.Enum):
    SAVED = "saved"
    KEPT_THEIRS = "kept_theirs"
    BACK = "back"


class NotSaved(Exception):
    """Raised by a form's save function when nothing was saved on purpose: `close` says whether
    the form closes (their version kept) or stays open with what was typed."""

    def __init__(self, close: bool) -> None:
        super().__init__("kept theirs" if close else "back to the form")
        self.close = close


def ask(
    parent: QWidget | None, error: ChangedMeanwhile, today: dt.date, can_save_new: bool
) -> Choice:
    """Show both versions and return what the user chose (Escape: back to the form)."""
    dialog = ChangedMeanwhileDialog(error, today, can_save_new, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def save_checked(
    parent: QWidget | None,
    ctx: PageContext,
    text: str,
    since: Rows,
    edit: Callable[[Rows], Change],
    add: Action | None = None,
) -> Outcome:
    """Run `edit(since)` as the undoable step `text`; it writes nothing and raises
    ChangedMeanwhile when the record is no longer `since`, and then the user chooses. Saving
    over theirs runs `edit` again with their version as the copy, so a third save in between is
    caught the same way. `add` saves the form as a new record (offered when the record was
    deleted meanwhile). Raises what the action raised for any other reason."""
    while True:
        try:
            run_action(ctx, text, functools.partial(edit, since))
            return Outcome.SAVED
        except ChangedMeanwhile as error:
            choice = ask(parent, error, ctx.clock.today(), add is not None)
            if choice is Choice.SAVE_MINE:
                since = error.theirs
                continue
            if choice is Choice.SAVE_AS_NEW and add is not None:
                run_action(ctx, text, add)
                return Outcome.SAVED
            if choice in (Choice.KEEP_THEIRS, Choice.DISCARD):
                return Outcome.KEPT_THEIRS
            return Outcome.BACK


def raise_unless_saved(outcome: Outcome) -> None:
    """For a form's save function: NotSaved unless the form was saved."""
    if outcome is not Outcome.SAVED:
        raise NotSaved(close=outcome is Outcome.KEPT_THEIRS)
