"""What the charts count, against a real temporary diary, with numbers worked out by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services import charts, checkins, episodes, people
from caregiver_app.services.charts import tallies
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period
from caregiver_app.store.db import database_proxy, is_server

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def log(
    person: int,
    when: dt.datetime,
    region: str = "hand",
    side: str = "left",
    severity: int = 2,
    pain: int | None = None,
    triggers: tuple[str, ...] = (),
    kind: str = "spasm",
) -> int:
    if when.tzinfo is None:
        when = when.replace(tzinfo=LONDON)
    data = EpisodeData(
        started=when,
        body_region=region,
        side=side,
        severity=severity,
        pain=pain,
        triggers=triggers,
        kind=kind,
    )
    return add_episode(person, data, now=LATER)


def check_in(person: int, day: dt.date, **values: object) -> None:
    checkins.save(person, day, CheckInData(**values), today=dt.date(2030, 1, 1))  # type: ignore[arg-type]


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


# --- episodes per day --------------------------------------------------------------------


def test_days_without_episodes_are_counted_as_zero(person: int) -> None:
    log(person, at(1, 2, 9))
    log(person, at(1, 2, 18))
    log(person, at(1, 5, 7))
    daily = charts.episodes_per_day(person, Period(d(1, 1), d(1, 6)))
    assert daily.counts == (0, 2, 0, 0, 1, 0)
    assert daily.days[0] == d(1, 1) and daily.days[-1] == d(1, 6)
    assert daily.total == 3


def test_rolling_average_is_the_mean_of_the_day_and_the_six_before(person: int) -> None:
    # Jan 1..10 counts: 1 0 2 0 0 3 1 0 0 4 (Jan 1 is the first entry).
    for day, n in zip(range(1, 11), (1, 0, 2, 0, 0, 3, 1, 0, 0, 4), strict=True):
        for k in range(n):
            log(person, at(1, day, 8 + k))
    daily = charts.episodes_per_day(person, Period(d(1, 5), d(1, 10)))
    assert daily.counts == (0, 3, 1, 0, 0, 4)
    # Jan 5 and 6: the 7 days would start on Dec 30 / Dec 31, before the diary began.
    assert daily.rolling[:2] == (None, None)
    assert daily.rolling[2] == pytest.approx(7 / 7)  # Jan 1..7: 1+0+2+0+0+3+1
    assert daily.rolling[3] == pytest.approx(6 / 7)  # Jan 2..8
    assert daily.rolling[4] == pytest.approx(6 / 7)  # Jan 3..9
    assert daily.rolling[5] == pytest.approx(8 / 7)  # Jan 4..10: 0+0+3+1+0+0+4


def test_rolling_average_counts_days_before_the_period(person: int) -> None:
    log(person, at(1, 1))  # the first entry
    for _ in range(7):
        log(person, at(1, 10))
    daily = charts.episodes_per_day(person, Period(d(1, 12), d(1, 17)))
    # Jan 12 looks back to Jan 6..12, which holds the 7 episodes of Jan 10; Jan 17 to Jan 11..17.
    assert daily.rolling == pytest.approx([1.0, 1.0, 1.0, 1.0, 1.0, 0.0])


def test_today_has_a_bar_but_no_average_yet(person: int) -> None:
    for day in range(1, 11):
        log(person, at(1, day))
    daily = charts.episodes_per_day(person, Period(d(1, 8), d(1, 10)), last_complete_day=d(1, 9))
    assert daily.counts == (1, 1, 1)
    assert daily.rolling == (1.0, 1.0, None)
    assert daily.last_rolling == 1.0
    assert daily.is_complete(1) and not daily.is_complete(2)


def test_trailing_mean_by_hand() -> None:
    assert charts.trailing_mean([7, 0, 0, 0, 0, 0, 0, 7, 0], 7) == [
        None, None, None, None, None, None, 1.0, 1.0, 1.0
    ]  # fmt: skip
    assert charts.trailing_mean([3, 3, 3], 2, valid_from=1) == [None, None, 3.0]


# --- severity and pain ---------------------------------------------------------------------


def test_severity_and_pain_per_day_leave_days_without_episodes_out(person: int) -> None:
    log(person, at(3, 2, 8), severity=1, pain=2)
    log(person, at(3, 2, 9), severity=3, pain=None)
    log(person, at(3, 2, 10), severity=2, pain=6)
    log(person, at(3, 4, 10), severity=2, pain=None)
    stats = charts.severity_pain_per_day(person, Period(d(3, 1), d(3, 5)))
    assert [s.day for s in stats] == [d(3, 2), d(3, 4)]
    first, second = stats
    assert (first.episodes, first.severity_mean, first.severity_min, first.severity_max) == (
        3, 2.0, 1, 3,
    )  # fmt: skip
    assert (first.pain_recorded, first.pain_mean, first.pain_min, first.pain_max) == (2, 4.0, 2, 6)
    assert (second.pain_recorded, second.pain_mean, second.pain_min) == (0, None, None)


def test_severity_trend_weighs_every_episode_the_same(person: int) -> None:
    period = Period(d(3, 1), d(3, 9))
    log(person, at(3, 1, 8), severity=3, pain=8)
    for hour in (8, 9, 10):
        log(person, at(3, 2, hour), severity=1, pain=None)
    log(person, at(3, 9, 8), severity=2, pain=4)
    dash = charts.load_dashboard(person, period, today=d(5, 1))
    severity, pain = dash.severity_trend, dash.pain_trend
    assert severity[0] == 3.0
    assert severity[1] == pytest.approx((3 + 1 + 1 + 1) / 4)  # not the mean of day means (2.0)
    assert severity[6] == pytest.approx(1.5)  # Mar 1..7
    assert severity[7] == 1.0  # Mar 2..8: Mar 1 has left the window
    assert severity[8] == 2.0  # Mar 3..9 holds only Mar 9
    assert pain[1] == 8.0  # the three episodes without pain do not count as 0
    assert math.isnan(pain[7])


def test_the_charts_series_match_the_day_by_day_numbers(person: int) -> None:
    """The arrays the Charts page draws say the same as the per-day records, across days
    without episodes, days without pain and the March clock change."""
    period = Period(d(3, 20), d(4, 12))
    for day, hour, severity, pain in [
        (21, 8, 3, 8), (21, 23, 1, None), (23, 9, 2, 4), (29, 1, 1, None), (29, 3, 3, 10),
        (30, 12, 2, 0), (4, 6, 1, 2), (4, 6, 1, None), (4, 11, 3, 7),
    ]:  # fmt: skip
        month = 4 if day < 20 else 3
        log(person, at(month, day, hour), severity=severity, pain=pain)
    dash = charts.load_dashboard(person, period, today=d(5, 1)).prepare()
    stats = {s.day: s for s in dash.day_stats}
    nan = float("nan")
    for i, day in enumerate(period.each_day()):
        s = stats.get(day)
        expected_severity = (nan, nan, nan) if s is None else (
            s.severity_mean, s.severity_min, s.severity_max)  # fmt: skip
        expected_pain = (nan, nan, nan) if s is None or s.pain_mean is None else (
            s.pain_mean, s.pain_min, s.pain_max)  # fmt: skip
        got_severity = tuple(float(a[i]) for a in dash.severity_by_day)
        got_pain = tuple(float(a[i]) for a in dash.pain_by_day)
        assert got_severity == pytest.approx(expected_severity, nan_ok=True), day
        assert got_pain == pytest.approx(expected_pain, nan_ok=True), day


# --- weekday and hour --------------------------------------------------------------------------


def test_weekday_and_hour_grid(person: int) -> None:
    log(person, at(1, 5, 8, 15))  # Monday 08:15
    log(person, at(1, 5, 8, 59))  # Monday 08:59
    log(person, at(1, 11, 23, 59))  # Sunday 23:59
    log(person, at(1, 7, 0, 0))  # Wednesday 00:00
    grid = charts.weekday_hour(person, Period(d(1, 1), d(1, 31)))
    assert len(grid) == 7 and all(len(row) == 24 for row in grid)
    assert grid[0][8] == 2
    assert grid[6][23] == 1
    assert grid[2][0] == 1
    assert sum(map(sum, grid)) == 4


# --- where -------------------------------------------------------------------------------------


def test_regions_keep_left_right_and_both_apart(person: int) -> None:
    for side in ("left", "left", "left", "right", "both"):
        log(person, at(2, 1), region="hand", side=side)
    log(person, at(2, 1), region="calf", side="right")
    rows = charts.by_region_side(person, Period(d(2, 1), d(2, 1)))
    assert rows[0] == charts.RegionCount("hand", left=3, right=1, both=1)
    assert rows[1] == charts.RegionCount("calf", left=0, right=1, both=0)
    assert rows[0].total == 5


# --- triggers ----------------------------------------------------------------------------------


def test_an_episode_with_two_triggers_counts_once_for_each(person: int) -> None:
    log(person, at(2, 3), triggers=("stress", "poor_sleep"))
    log(person, at(2, 3), triggers=("stress",))
    log(person, at(2, 3))
    found = charts.trigger_counts(person, Period(d(2, 1), d(2, 28)))
    assert found.counts == (("stress", 2), ("poor_sleep", 1))
    assert found.episodes == 3
    assert found.without_trigger == 1


# --- daily factors ---------------------------------------------------------------------------


def test_factors_pair_a_checkin_with_that_days_episodes_and_skip_missing_values(
    person: int,
) -> None:
    check_in(person, d(4, 1), hours_slept=5.0, stress=8)
    check_in(person, d(4, 2), hours_slept=8.0)  # stress not recorded
    check_in(person, d(4, 3), stress=2)  # sleep not recorded
    for _ in range(3):
        log(person, at(4, 1))
    log(person, at(4, 3))
    log(person, at(4, 4))  # no check-in that day: not paired
    period = Period(d(4, 1), d(4, 30))
    sleep = charts.factor_days(person, period, "hours_slept")
    assert [(p.day, p.value, p.episodes) for p in sleep] == [(d(4, 1), 5.0, 3), (d(4, 2), 8.0, 0)]
    stress = charts.factor_days(person, period, "stress")
    assert [(p.day, p.value, p.episodes) for p in stress] == [(d(4, 1), 8.0, 3), (d(4, 3), 2.0, 1)]
    next_day = charts.factor_days(person, period, "stress", lag=1)
    assert [(p.day, p.episodes) for p in next_day] == [(d(4, 1), 0), (d(4, 3), 1)]


def test_lagged_pairs_stay_inside_the_period(person: int) -> None:
    check_in(person, d(4, 1), stress=5)
    check_in(person, d(4, 2), stress=5)
    pairs = charts.factor_days(person, Period(d(4, 1), d(4, 2)), "stress", lag=1)
    assert [p.day for p in pairs] == [d(4, 1)]  # Apr 2's next day lies outside


def test_unknown_factor_columns_are_refused(person: int) -> None:
    with pytest.raises(ValueError):
        charts.factor_days(person, Period(d(4, 1), d(4, 2)), "notes; DROP TABLE episode")


def test_trend_line_by_least_squares() -> None:
    fit = charts.linear_fit([1, 2, 3, 4], [3, 5, 7, 9])
    assert fit is not None
    assert (fit.slope, fit.intercept, fit.points) == pytest.approx((2.0, 1.0, 4))
    assert fit.at(10) == pytest.approx(21.0)
    assert charts.linear_fit([1, 2], [1, 2]) is None
    assert charts.linear_fit([5, 5, 5], [1, 2, 3]) is None


# --- local days and daylight saving ---------------------------------------------------------


def test_episodes_after_midnight_on_clock_change_days_land_on_their_local_day(
    person: int,
) -> None:
    log(person, dt.datetime(2026, 3, 29, 0, 30, tzinfo=LONDON))  # GMT, clocks go forward at 1:00
    log(person, dt.datetime(2026, 10, 25, 0, 30, tzinfo=LONDON))  # BST, 23:30 UTC on 24 Oct
    spring = charts.episodes_per_day(person, Period(d(3, 28), d(3, 30)))
    autumn = charts.episodes_per_day(person, Period(d(10, 24), d(10, 26)))
    assert spring.counts == (0, 1, 0)
    assert autumn.counts == (0, 1, 0)
    grid = charts.weekday_hour(person, Period(d(3, 1), d(10, 31)))
    assert grid[6][0] == 2  # both were Sundays, in the hour after midnight


def test_an_episode_entered_at_plus_one_hour_stays_on_its_day(person: int) -> None:
    travelling = dt.timezone(dt.timedelta(hours=1))
    log(person, dt.datetime(2026, 1, 10, 0, 30, tzinfo=travelling))  # 23:30 UTC on 9 Jan
    daily = charts.episodes_per_day(person, Period(d(1, 9), d(1, 10)))
    assert daily.counts == (0, 1)


# --- empty and private -----------------------------------------------------------------------


def test_a_period_with_no_data(person: int) -> None:
    period = Period(d(5, 1), d(5, 30))
    dash = charts.load_dashboard(person, period, today=d(6, 1))
    assert dash.episodes == 0
    assert dash.daily.counts == (0,) * 30
    assert dash.day_stats == () and dash.regions == ()
    assert dash.triggers.counts == () and dash.triggers.episodes == 0
    assert sum(map(sum, dash.week_hour)) == 0
    assert not dash.has_checkins
    assert dash.first_entry is None


def test_one_persons_data_never_mixes_with_anothers(person: int) -> None:
    other = people.create_person(name="Alex Other").id
    log(person, at(6, 1), region="hand", triggers=("cold",))
    log(other, at(6, 1), region="foot", triggers=("stress",))
    log(other, at(6, 2), region="foot")
    check_in(other, d(6, 1), hours_slept=4.0)
    mine = charts.load_dashboard(person, Period(d(6, 1), d(6, 2)), today=d(7, 1))
    assert mine.daily.counts == (1, 0)
    assert [r.region for r in mine.regions] == ["hand"]
    assert mine.triggers.counts == (("cold", 1),)
    assert mine.sleep == ()
    assert charts.first_entry_day(other) == d(6, 1)


def test_first_entry_is_the_earlier_of_episodes_and_checkins(person: int) -> None:
    assert charts.first_entry_day(person) is None
    log(person, at(6, 10))
    assert charts.first_entry_day(person) == d(6, 10)
    check_in(person, d(6, 3), stress=1)
    assert charts.first_entry_day(person) == d(6, 3)


def test_the_counts_come_from_the_day_totals_and_follow_every_change(person: int) -> None:
    other = people.create_person(name="Alex Other").id
    first = log(person, at(7, 5, 23, 30), region="hand", triggers=("cold", "stress"))
    log(person, at(7, 6, 0, 30), region="calf")
    log(other, at(7, 5, 9), region="foot", triggers=("stress",))
    period = Period(d(7, 5), d(7, 6))
    assert charts.trigger_counts(person, period) == charts.TriggerCounts(
        (("stress", 1), ("cold", 1)), 2, 1
    )
    # Moving the evening episode past midnight moves every count with it.
    data = episodes.get_episode(first)
    assert data is not None
    moved = dataclasses.replace(
        data.to_data(), started=at(7, 6, 1, 0).replace(tzinfo=LONDON), triggers=("fatigue",)
    )
    episodes.update_episode(first, moved, now=LATER)
    dash = charts.load_dashboard(person, period, today=d(7, 10))
    assert dash.daily.counts == (0, 2)
    assert dash.week_hour[d(7, 6).weekday()][0:2] == (1, 1)
    assert dash.triggers.counts == (("fatigue", 1),)
    assert {(r.region, r.total) for r in dash.regions} == {("hand", 1), ("calf", 1)}
    episodes.delete_episodes([first])
    dash = charts.load_dashboard(person, period, today=d(7, 10))
    assert dash.daily.counts == (0, 1)
    assert dash.triggers == charts.TriggerCounts((), 1, 1)


def test_ten_years_are_read_as_days_not_as_episodes(person: int) -> None:
    sql = f"SELECT {tallies.DAY_ROW_SQL} FROM episode_day WHERE {tallies.DAYS_SQL}"
    if is_server():
        # The server's planner reads a table this small whole; what matters is that the query
        # can be answered from the primary key, so the whole-table read is ruled out here.
        with database_proxy.atomic():
            database_proxy.execute_sql("SET LOCAL enable_seqscan = off")
            plan = database_proxy.execute_sql(f"EXPLAIN {sql}", (person, 0, 10**6)).fetchall()
        text = " ".join(str(row[0]) for row in plan)
        assert "episode_day_pkey" in text, text
        return
    plan = database_proxy.execute_sql(f"EXPLAIN QUERY PLAN {sql}", (person, 0, 10**6)).fetchall()
    text = " ".join(str(row[-1]) for row in plan)
    assert "episode_day USING PRIMARY KEY" in text, text


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (d(1, 20), d(3, 31)),  # part of a month, then whole months
        (d(2, 1), d(2, 28)),  # exactly one month
        (d(1, 20), d(2, 5)),  # no whole month
        (d(1, 1), d(4, 30)),  # whole months only
        (d(2, 10), d(4, 3)),  # parts at both ends
    ],
)
def test_places_and_triggers_over_months_and_odd_days_match_a_plain_count(
    person: int, first: dt.date, last: dt.date
) -> None:
    other = people.create_person(name="Alex Other").id
    regions, triggers = ("hand", "calf", "face"), ("cold", "stress", "pain")
    for i in range(110):  # one a day from 10 January, late in the evening
        day = d(1, 10) + dt.timedelta(days=i)
        when = dt.datetime(day.year, day.month, day.day, 23, 30)
        log(person, when, region=regions[i % 3], side=("left", "right")[i % 2],
            triggers=triggers[: i % 4])  # fmt: skip
        log(other, when, region="foot", triggers=("cold",))
    period = Period(first, last)
    in_period = [
        day for day in (d(1, 10) + dt.timedelta(days=i) for i in range(110)) if first <= day <= last
    ]
    expected_places: dict[tuple[str, str], int] = {}
    expected_triggers: dict[str, int] = {}
    for day in in_period:
        i = (day - d(1, 10)).days
        key = (regions[i % 3], ("left", "right")[i % 2])
        expected_places[key] = expected_places.get(key, 0) + 1
        for code in triggers[: i % 4]:
            expected_triggers[code] = expected_triggers.get(code, 0) + 1
    places = {
        (r.region, side): r.by_side(side)
        for r in charts.by_region_side(person, period)
        for side in ("left", "right", "both")
        if r.by_side(side)
    }
    assert places == expected_places
    counted = charts.trigger_counts(person, period)
    assert dict(counted.counts) == expected_triggers
    assert counted.episodes == len(in_period)
    assert counted.without_trigger == sum(1 for day in in_period if (day - d(1, 10)).days % 4 == 0)


def test_the_trend_line_slope_has_its_95_percent_range() -> None:
    from caregiver_app.services.charts.factors import linear_fit

    fit = linear_fit([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
    assert fit is not None
    # slope 0.6; residual variance 2.4 / 3; Sxx 10; t(0.975, 3) = 3.182
    assert (fit.slope, fit.slope_low, fit.slope_high) == pytest.approx(
        (0.6, 0.6 - 0.9000, 0.6 + 0.9000), abs=1e-3
    )


def test_the_dashboard_holds_the_treatment_markers_of_its_period(person: int) -> None:
    """The time charts draw markers from the data read in the background, never from the
    database while drawing."""
    from caregiver_app.services import appointments

    for day in (d(2, 27), d(3, 5)):
        appointments.add_appointment(
            person, appointments.AppointmentData(day=day, clinician="Dr O")
        )
    dash = charts.load_dashboard(person, Period(d(3, 1), d(3, 9)), today=d(5, 1))
    assert [(e.kind, e.start) for e in dash.treatments] == [("appointment", d(3, 5))]


def test_weeks_run_monday_to_sunday_and_the_unfinished_one_says_so() -> None:
    from caregiver_app.services.charts.time_series import DailyCounts
    from caregiver_app.services.periods import Period

    # Thursday 3 Dec 2026 to Tuesday 15 Dec 2026: a cut week, a whole one, a week so far.
    period = Period(dt.date(2026, 12, 3), dt.date(2026, 12, 15))
    counts = (1, 0, 2, 0, 3, 0, 0, 0, 0, 4, 1, 5, 6)
    daily = DailyCounts(period, counts, (None,) * 13, last_complete_day=dt.date(2026, 12, 14))
    weeks = daily.weeks()
    assert [(w.first_day.day, w.last_day.day, w.count, w.complete) for w in weeks] == [
        (3, 6, 3, True),
        (7, 13, 8, True),
        (14, 15, 11, False),
    ]
    assert weeks[0].monday == dt.date(2026, 11, 30)
    assert sum(w.count for w in weeks) == sum(counts)
