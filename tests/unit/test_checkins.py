"""The daily check-in: one per day, editable, nothing guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services import checkins
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import ValidationError

TODAY = dt.date(2026, 11, 25)


def test_a_check_in_is_saved_and_replaced_for_the_same_day(person: int) -> None:
    checkins.save(person, TODAY, CheckInData(hours_slept=5.5, stress=8), today=TODAY)
    checkins.save(
        person, TODAY, CheckInData(hours_slept=7.0, meals="good", exercises_done=False), today=TODAY
    )
    assert checkins.get(person, TODAY) == CheckInData(
        hours_slept=7.0, meals="good", exercises_done=False
    )
    assert len(checkins.all_for_person(person)) == 1


def test_an_earlier_day_can_be_filled_in(person: int) -> None:
    earlier = TODAY - dt.timedelta(days=3)
    checkins.save(person, earlier, CheckInData(fluids_glasses=6), today=TODAY)
    assert checkins.get(person, earlier) == CheckInData(fluids_glasses=6)
    assert checkins.get(person, TODAY) is None


@pytest.mark.parametrize(
    ("day", "data", "field"),
    [
        (TODAY + dt.timedelta(days=1), CheckInData(), "day"),
        (TODAY, CheckInData(hours_slept=25), "hours_slept"),
        (TODAY, CheckInData(stress=11), "stress"),
        (TODAY, CheckInData(meals="great"), "meals"),
        (TODAY, CheckInData(therapy_willingness=-1), "therapy_willingness"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(
    person: int, day: dt.date, data: CheckInData, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        checkins.save(person, day, data, today=TODAY)
    assert caught.value.problems[0].field == field
    assert checkins.all_for_person(person) == []
