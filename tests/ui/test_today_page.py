"""The Today page's week cards: this week against the same days last week, in plain words."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from caregiver_app.clock import FixedClock
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.today import TodayPage

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = dt.datetime(2026, 12, 9, 20, 0, tzinfo=LONDON)


def log(person: int, day: dt.date, hour: int = 9) -> None:
    started = dt.datetime.combine(day, dt.time(hour), tzinfo=LONDON)
    add_episode(
        person,
        EpisodeData(started=started, body_region="hand", side="left", severity=2),
        now=WEDNESDAY,
    )


def week_caption(qtbot: QtBot, ctx: PageContext) -> tuple[str, str, str]:
    page = TodayPage(dataclasses.replace(ctx, clock=FixedClock(WEDNESDAY)), *[lambda: None] * 3)
    qtbot.addWidget(page)
    page.show()
    card = page.week_card
    return card.number.text(), card.caption.text(), page.last_week_card.number.text()


@pytest.mark.parametrize(
    ("this_week", "last_week", "words"),
    [
        (1, 3, "2 fewer than the same days last week (3)."),
        (4, 3, "1 more than the same days last week (3)."),
        (3, 3, "As many as on the same days last week (3)."),
    ],
)
def test_this_week_is_compared_with_the_same_days_last_week_in_words(
    qtbot: QtBot, ctx: PageContext, person: int, this_week: int, last_week: int, words: str
) -> None:
    monday = WEDNESDAY.date() - dt.timedelta(days=2)
    for n in range(this_week):
        log(person, monday + dt.timedelta(days=n % 3), hour=8 + n)
    for n in range(last_week):
        log(person, monday - dt.timedelta(days=7 - n % 3), hour=8 + n)
    log(person, monday - dt.timedelta(days=3))  # last Friday: in last week, not in its same days
    number, caption, last = week_caption(qtbot, ctx)
    assert number == str(this_week)
    assert caption == f"Monday to today. {words}"
    assert last == str(last_week + 1)
