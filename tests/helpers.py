"""Small builders shared by tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from caregiver_app.services.episodes import EpisodeData

LONDON_WINTER = dt.timezone(dt.timedelta(0))


def at(
    year: int, month: int, day: int, hour: int = 9, minute: int = 0, offset_min: int = 0
) -> dt.datetime:
    return dt.datetime(
        year, month, day, hour, minute, tzinfo=dt.timezone(dt.timedelta(minutes=offset_min))
    )


def episode(started: dt.datetime | None = None, **changes: Any) -> EpisodeData:
    values: dict[str, Any] = {
        "started": started or at(2026, 11, 2, 9),
        "body_region": "hand",
        "side": "left",
        "severity": 2,
    }
    values.update(changes)
    return EpisodeData(**values)
