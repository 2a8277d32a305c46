"""Plain-words comparisons of check-in factors with episodes: honest numbers, honest words."""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services import checkins, insights
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
START = dt.date(2026, 5, 1)
TODAY = dt.date(2026, 7, 1)
PERIOD = Period(START, TODAY)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def episodes_on(person: int, when: dt.date, count: int) -> None:
    for k in range(count):
        started = dt.datetime.combine(when, dt.time(8 + k % 12, k // 12), tzinfo=LONDON)
        add_episode(
            person,
            EpisodeData(started=started, body_region="hand", side="left", severity=2),
            now=LATER,
        )


def check_in(person: int, when: dt.date, **values: object) -> None:
    checkins.save(person, when, CheckInData(**values), today=dt.date(2030, 1, 1))  # type: ignore[arg-type]


def sleep_insight(person: int, today: dt.date = TODAY) -> insights.Insight:
    factor = insights.FACTORS_BY_CODE["short_sleep"]
    return insights.factor_insight(person, PERIOD, factor, today=today)


def test_thirteen_short_nights_are_not_enough_and_it_says_what_is_missing(person: int) -> None:
    for n in range(13):
        check_in(person, day(n), hours_slept=5.0)
    for n in range(13, 27):
        check_in(person, day(n), hours_slept=7.5)
    found = sleep_insight(person)
    assert not found.enough_data
    assert (found.days_with, found.days_without, found.needed_with) == (13, 14, 1)
    assert found.ratio is None and found.ci_low is None
    assert found.text == "Not enough data yet. 1 more night under 6 hours is needed."


def test_missing_days_on_both_sides_are_named(person: int) -> None:
    check_in(person, day(0), hours_slept=4.0)
    check_in(person, day(1), stress=9)  # no sleep recorded: unknown, not "without"
    found = sleep_insight(person)
    assert (found.days_with, found.days_without) == (1, 0)
    assert found.text == (
        "Not enough data yet. 13 more nights under 6 hours and "
        "14 more nights of 6 hours or more are needed."
    )


def test_a_clear_difference_gives_the_ratio_its_range_and_the_days_behind_it(
    person: int,
) -> None:
    for n in range(14):
        check_in(person, day(n), hours_slept=5.0)
        episodes_on(person, day(n), 6)
    for n in range(14, 28):
        check_in(person, day(n), hours_slept=8.0)
        episodes_on(person, day(n), 2)
    found = sleep_insight(person)
    assert found.enough_data and found.clear
    assert (found.days_with, found.days_without) == (14, 14)
    assert (found.rate_with, found.rate_without, found.ratio) == (6.0, 2.0, 3.0)
    se = math.sqrt(1 / 84 + 1 / 28)  # no spread within groups, so no widening
    assert found.ci_low == pytest.approx(3 * math.exp(-1.959964 * se))
    assert found.ci_high == pytest.approx(3 * math.exp(1.959964 * se))
    assert found.text == (
        "From 7:00 on days after a night under 6 hours, there were on average 6.0 episodes a "
        "day, compared with 2.0 from 7:00 after a night of 6 hours or more (3.0 times as many; "
        "likely range 2.0 to 4.6; based on 14 and 14 days). This is a link, not proof of a "
        "cause."
    )


def test_episodes_between_midnight_and_waking_are_not_counted_after_a_short_night(
    person: int,
) -> None:
    """A spasm at 3:00 may have caused the short night; it is not counted as its result."""
    for n in range(28):
        check_in(person, day(n), hours_slept=5.0 if n < 14 else 8.0)
        episodes_on(person, day(n), 2)
        if n < 14:
            night = dt.datetime.combine(day(n), dt.time(3, 10), tzinfo=LONDON)
            add_episode(
                person,
                EpisodeData(started=night, body_region="hand", side="left", severity=2),
                now=LATER,
            )
    found = sleep_insight(person)
    assert (found.rate_with, found.rate_without) == (2.0, 2.0)
    assert not found.clear


def test_no_difference_says_the_data_do_not_show_one(person: int) -> None:
    for n in range(28):
        check_in(person, day(n), stress=8 if n % 2 else 3)
        episodes_on(person, day(n), 3)
    factor = insights.FACTORS_BY_CODE["high_stress"]
    found = insights.factor_insight(person, PERIOD, factor, today=TODAY)
    assert found.enough_data and not found.clear
    assert found.ratio == pytest.approx(1.0)
    assert found.ci_low is not None and found.ci_low < 1 < (found.ci_high or 0)
    assert "The data do not show a clear difference" in found.text
    assert "proof" not in found.text and "times as many;" not in found.text


def test_today_is_left_out_because_it_is_not_over(person: int) -> None:
    for n in range(5):
        check_in(person, day(n), hours_slept=5.0)
    for n in range(5, 10):
        check_in(person, day(n), hours_slept=8.0)
    assert sleep_insight(person, today=day(9)).days_without == 4
    assert sleep_insight(person, today=day(10)).days_without == 5


def test_no_exercises_is_compared_with_the_next_days_episodes(person: int) -> None:
    for n in range(0, 56, 2):
        check_in(person, day(n), exercises_done=(n % 4 == 0))
        episodes_on(person, day(n + 1), 1 if n % 4 == 0 else 4)
    factor = insights.FACTORS_BY_CODE["no_exercises"]
    assert factor.lag == 1
    found = insights.factor_insight(person, PERIOD, factor, today=TODAY)
    assert (found.days_with, found.days_without) == (14, 14)
    assert (found.rate_with, found.rate_without) == (4.0, 1.0)
    assert found.text.startswith("On days after a day without exercises")
    same_day = insights.factor_insight(person, PERIOD, factor, lag=0, today=TODAY)
    assert same_day.rate_with == 0.0


def test_every_factor_is_reported_once_at_its_declared_lag(person: int) -> None:
    found = insights.insights(person, PERIOD, today=TODAY)
    assert [i.factor for i in found] == [f.code for f in insights.FACTORS]
    assert [i.lag for i in found] == [0, 0, 0, 0, 1]
    assert all(not i.enough_data for i in found)


def test_poor_meals_and_low_fluids_use_their_thresholds(person: int) -> None:
    for n in range(28):
        check_in(
            person, day(n), meals="poor" if n < 14 else "fair", fluids_glasses=5 if n < 14 else 6
        )
    by_code = {i.factor: i for i in insights.insights(person, PERIOD, today=TODAY)}
    assert (by_code["poor_meals"].days_with, by_code["poor_meals"].days_without) == (14, 14)
    assert (by_code["low_fluids"].days_with, by_code["low_fluids"].days_without) == (14, 14)
    assert "no episodes" in by_code["poor_meals"].text


def test_rate_ratio_interval_is_widened_when_days_are_uneven() -> None:
    result = insights.rate_ratio([0, 10, 0, 10, 0], [1, 1, 1, 1, 1])
    # Pearson X² = (16+36+16+36+16)/4 = 30 on 8 degrees of freedom: φ = 3.75.
    assert result.dispersion == pytest.approx(3.75)
    se = math.sqrt(3.75 * (1 / 20 + 1 / 5))
    assert result.ratio == pytest.approx(4.0)
    assert result.ci_low == pytest.approx(4 * math.exp(-1.959964 * se))
    assert result.ci_high == pytest.approx(4 * math.exp(1.959964 * se))


def test_rate_ratio_with_no_episodes_on_one_side_still_has_a_range() -> None:
    result = insights.rate_ratio([2, 3, 2, 3, 2], [0, 0, 0, 0, 0])
    assert result.ratio is None  # infinitely many times as many cannot be shown
    assert result.ci_low is not None and result.ci_low > 1
