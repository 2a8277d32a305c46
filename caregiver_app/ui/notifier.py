"""One small notifier that says what changed, so pages can refresh themselves."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

# The kinds of data a change names (services/actions/change.py).
from caregiver_app.services.actions import (
    ACTIVE_PERSON,
    CHECKINS,
    EPISODES,
    EQUIPMENT,
    PEOPLE,
    TREATMENTS,
)

__all__ = [
    "ACTIVE_PERSON",
    "CHECKINS",
    "EPISODES",
    "EQUIPMENT",
    "PEOPLE",
    "TREATMENTS",
    "DataNotifier",
]


class DataNotifier(QObject):
    """`changed(topic, person_id)`: e.g. ("episodes", 3) after an episode of person 3 changed.

    `origin` names this window's changes to the other computers on a server diary, so the window
    ignores their echo (services/live.py)."""

    changed = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.origin = uuid.uuid4().hex

    def notify(self, topic: str, person_id: int | None) -> None:
        self.changed.emit(topic, person_id or 0)
