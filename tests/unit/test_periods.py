"""Periods of days the charts and reports look at: presets count back from today and include it."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services.periods import Period, period_for

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("preset", "first", "days"),
    [
        ("7d", dt.date(2026, 11, 18), 7),
        ("30d", dt.date(2026, 10, 26), 30),
        ("90d", dt.date(2026, 8, 27), 90),
        ("1y", dt.date(2025, 11, 25), 365),
    ],
)
def test_presets_end_today_and_include_it(preset: str, first: dt.date, days: int) -> None:
    period = period_for(preset, TODAY)
    assert period == Period(first, TODAY)
    assert period.days == days


def test_one_year_across_a_leap_day_has_366_days() -> None:
    assert period_for("1y", dt.date(2028, 3, 1)).days == 366
    assert period_for("1y", dt.date(2028, 2, 29)) == Period(
        dt.date(2027, 3, 1), dt.date(2028, 2, 29)
    )


def test_all_starts_at_the_first_entry_or_today_without_entries() -> None:
    assert period_for("all", TODAY, dt.date(2024, 1, 5)) == Period(dt.date(2024, 1, 5), TODAY)
    assert period_for("all", TODAY, None) == Period(TODAY, TODAY)
    assert period_for("all", TODAY, TODAY + dt.timedelta(days=3)) == Period(TODAY, TODAY)


def test_custom_dates_the_wrong_way_round_are_swapped() -> None:
    a, b = dt.date(2026, 3, 1), dt.date(2026, 2, 1)
    assert period_for("custom", TODAY, custom=(a, b)) == Period(b, a)
    with pytest.raises(ValueError):
        period_for("custom", TODAY)
    with pytest.raises(ValueError):
        period_for("fortnight", TODAY)


def test_previous_is_the_same_length_just_before() -> None:
    period = Period(dt.date(2026, 10, 26), TODAY)
    assert period.previous() == Period(dt.date(2026, 9, 26), dt.date(2026, 10, 25))
    assert period.previous().days == period.days


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        Period(TODAY, TODAY - dt.timedelta(days=1))


def test_days_are_listed_in_order_including_both_ends() -> None:
    period = Period(dt.date(2026, 2, 27), dt.date(2026, 3, 2))
    assert list(period.each_day()) == [
        dt.date(2026, 2, 27), dt.date(2026, 2, 28), dt.date(2026, 3, 1), dt.date(2026, 3, 2)
    ]  # fmt: skip
    assert dt.date(2026, 3, 1) in period
    assert dt.date(2026, 3, 3) not in period
