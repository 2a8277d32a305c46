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
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caregiver_app.services.actions import ChangedMeanwhile
from caregiver_app.services.actions.undo import Rows
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
    since: Rows,
    save: Callable[[Rows], object],
    today: dt.date,
    save_new: Callable[[], object] | None = None,
) -> Outcome:
    """`save(since)` saves the form as one undoable step, or raises ChangedMeanwhile having
    written nothing; then the user chooses. Saving over theirs runs `save` again with their
    version as the copy, so a third save in between is caught the same way. `save_new` saves
    the form as a new record (offered when the record was deleted meanwhile)."""
    while True:
        try:
            save(since)
            return Outcome.SAVED
        except ChangedMeanwhile as error:
            choice = ask(parent, error, today, save_new is not None)
            if choice is Choice.SAVE_MINE:
                since = error.theirs
                continue
            if choice is Choice.SAVE_AS_NEW and save_new is not None:
                save_new()
                return Outcome.SAVED
            if choice in (Choice.KEEP_THEIRS, Choice.DISCARD):
                return Outcome.KEPT_THEIRS
            return Outcome.BACK


def raise_unless_saved(outcome: Outcome) -> None:
    """For a form's save function: NotSaved unless the form was saved."""
    if outcome is not Outcome.SAVED:
        raise NotSaved(close=outcome is Outcome.KEPT_THEIRS)
