"""Therapy is one fact with one record: a logged session and the check-in's "therapy today"
agree, and the report counts each day of therapy once."""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import checkins, therapy
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data.factors import checkin_days, therapy_figures
from caregiver_app.services.therapy import SessionData

MONDAY = dt.date(2026, 11, 2)


def test_a_day_with_a_session_and_a_yes_in_the_check_in_counts_once(person: int) -> None:
    tuesday, wednesday, thursday = (MONDAY + dt.timedelta(days=n) for n in (1, 2, 3))
    checkins.save(person, MONDAY, CheckInData(therapy_today=True))  # and a session below
    therapy.add_session(person, SessionData(MONDAY, "physical", minutes=45))
    checkins.save(person, tuesday, CheckInData(therapy_today=False))  # but a session was logged
    therapy.add_session(person, SessionData(tuesday, "speech"))
    checkins.save(person, wednesday, CheckInData(therapy_today=False))
    therapy.add_session(person, SessionData(thursday, "occupational"))  # no check-in that day
    therapy.add_session(person, SessionData(wednesday, "home_exercise"))  # not a visit
    period = Period(MONDAY, thursday)
    days = checkin_days(person, period)
    assert [d.therapy_today for d in days] == [True, True, False]
    figures = therapy_figures(days, therapy.visit_days(person, MONDAY, thursday))
    assert (figures.therapy.yes, figures.therapy.recorded) == (3, 4)
