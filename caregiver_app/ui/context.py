"""What pages are given: the notifier, settings, the undo stack, who the active person is and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from caregiver_app.clock import SYSTEM_CLOCK, Clock
from caregiver_app.services.actions import Stamp
from caregiver_app.ui.caregiver import caregiver_name
from caregiver_app.ui.notifier import DataNotifier


@dataclass
class PageContext:
    notifier: DataNotifier
    settings: QSettings
    undo_stack: QUndoStack
    active_person_id: Callable[[], int | None]
    clock: Clock = field(default=SYSTEM_CLOCK)

    def stamp(self) -> Stamp | None:
        """Who is logging on this computer (Settings) and now: what a change is stamped with."""
        name = caregiver_name(self.settings)
        return Stamp(name, self.clock.now()) if name else None
