"""What pages are given: the notifier, settings, the undo stack and who the active person is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from caregiver_app.ui.notifier import DataNotifier


@dataclass
class PageContext:
    notifier: DataNotifier
    settings: QSettings
    undo_stack: QUndoStack
    active_person_id: Callable[[], int | None]
