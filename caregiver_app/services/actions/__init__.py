"""Every user action that changes the diary, as a plain function returning a `Change`.

One module per kind of data: `episodes` (episodes and check-ins), `equipment`, `people`,
`treatments`, `questions`, `diary` (import and sample data). Each action saves through the
services beside this package and copies the rows it touches (`undo.py`), so its `Change` says
what changed and how to undo it (`change.py`). The window runs actions through one undo command
(ui/actions.py), which also announces the change; the command line calls `perform`.
"""

from caregiver_app.services.actions.change import (
    ACTIVE_PERSON,
    CHECKINS,
    EPISODES,
    EQUIPMENT,
    PEOPLE,
    TREATMENTS,
    Action,
    Change,
    perform,
)
from caregiver_app.services.actions.meanwhile import ChangedMeanwhile, opened
from caregiver_app.services.actions.stamp import Stamp
from caregiver_app.services.actions.undo import StaleChange

__all__ = [
    "ACTIVE_PERSON",
    "CHECKINS",
    "EPISODES",
    "EQUIPMENT",
    "PEOPLE",
    "TREATMENTS",
    "Action",
    "Change",
    "ChangedMeanwhile",
    "StaleChange",
    "Stamp",
    "opened",
    "perform",
]
