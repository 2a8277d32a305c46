"""The daily check-in page."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from caregiver_app.services import checkins
from caregiver_app.services.checkins import CheckInData
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.checkin import CheckInPage


def make_page(qtbot: QtBot, ctx: PageContext) -> CheckInPage:
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_todays_check_in_is_saved_and_undoable(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    page = make_page(qtbot, ctx)
    assert "No check-in" in page.state_label.text()
    page.hours.setValue(5.5)
    page.stress.buttons[8].click()
    page.meals.buttons["poor"].click()
    page.therapy.buttons[True].click()
    page.willingness.buttons[3].click()
    assert "not saved" in page.state_label.text()
    page.save_button.click()
    saved = checkins.get(person, dt.date.today())
    assert saved == CheckInData(
        hours_slept=5.5, stress=8, meals="poor", therapy_today=True, therapy_willingness=3
    )
    assert "Saved" in page.state_label.text()
    ctx.undo_stack.undo()
    assert checkins.get(person, dt.date.today()) is None


def test_an_earlier_day_shows_and_edits_its_own_values(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    checkins.save(person, yesterday, CheckInData(hours_slept=8.0, mood="good"))
    page = make_page(qtbot, ctx)
    page.prev_button.click()
    assert page.day() == yesterday
    assert page.hours.value() == 8.0 and page.mood.value() == "good"
    page.fluids.setValue(6)
    page.today_button.click()  # moving away keeps what was typed
    assert checkins.get(person, yesterday) == CheckInData(
        hours_slept=8.0, mood="good", fluids_glasses=6
    )
    assert page.hours.value() == -0.5  # today: nothing recorded yet


def test_unrecorded_values_stay_unknown_not_zero(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = make_page(qtbot, ctx)
    page.notes.setPlainText("Quiet day")
    page.save()
    assert checkins.get(person, dt.date.today()) == CheckInData(notes="Quiet day")


def test_the_next_day_button_stops_at_today(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    page = make_page(qtbot, ctx)
    assert not page.next_button.isEnabled()
    page.set_day(dt.date.today() + dt.timedelta(days=5))
    assert page.day() == dt.date.today()


def test_a_night_woken_by_spasms_is_saved_and_read_back(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = make_page(qtbot, ctx)
    page.woken.buttons[True].click()
    page.save_button.click()
    saved = checkins.get(person, dt.date.today())
    assert saved is not None and saved.woken_by_spasms is True
    again = make_page(qtbot, ctx)
    assert again.woken.value() is True


def test_a_day_with_a_logged_therapy_session_shows_it_instead_of_asking(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    from caregiver_app.services import therapy
    from caregiver_app.services.therapy import SessionData

    page = make_page(qtbot, ctx)
    assert page.therapy.isVisible() and not page.therapy_logged.isVisible()
    therapy.add_session(person, SessionData(dt.date.today(), "occupational", minutes=30))
    ctx.notifier.notify("treatments", person)
    assert not page.therapy.isVisible()
    assert page.therapy_logged.text() == (
        "✓ Yes: Occupational therapy (30 min). Logged on the Therapy tab of Treatments."
    )
