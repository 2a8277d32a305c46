"""The daily check-in as an action returning the `Change` that undoes it."""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import checkins
from caregiver_app.services.actions.change import CHECKINS, Change, recorded
from caregiver_app.services.actions.undo import Rows, Scope, scope
from caregiver_app.services.checkins import CheckInData


def save_checkin(
    person_id: int,
    day: dt.date,
    data: CheckInData,
    today: dt.date | None = None,
    since: Rows | None = None,
) -> Change:
    """Create or replace the check-in of `day`. Raises ValidationError. `since`: the copy of
    the day's check-in the form started from (`opened`); when it is no longer that (someone
    saved that day meanwhile), raises ChangedMeanwhile and writes nothing."""
    return recorded(
        [CHECKINS],
        person_id,
        [day_scope(person_id, day)],
        lambda: checkins.save(person_id, day, data, today),
        since=since,
    )


def day_scope(person_id: int, day: dt.date) -> Scope:
    """The check-in of one day, as a form keeps a copy of it."""
    return scope("checkin", person_id=person_id, day=day.isoformat())
