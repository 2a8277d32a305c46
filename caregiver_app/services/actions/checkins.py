"""The daily check-in as an action returning the `Change` that undoes it."""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import checkins
from caregiver_app.services.actions.change import CHECKINS, Change, recorded
from caregiver_app.services.actions.undo import scope
from caregiver_app.services.checkins import CheckInData


def save_checkin(
    person_id: int, day: dt.date, data: CheckInData, today: dt.date | None = None
) -> Change:
    """Create or replace the check-in of `day`. Raises ValidationError."""
    return recorded(
        [CHECKINS],
        person_id,
        [scope("checkin", person_id=person_id, day=day.isoformat())],
        lambda: checkins.save(person_id, day, data, today),
    )
