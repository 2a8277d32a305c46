"""The numbers of the appointment report: honest counts, rates, comparisons and tables."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services import checkins, report_data
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data.episode_log import episode_log
from caregiver_app.services.report_data.factors import Mean, Tally
from caregiver_app.services.report_data.questions import (
    QuestionsPlace,
    load_questions,
    question_list,
    save_questions,
)
from caregiver_app.services.report_data.summary import (
    compare_with_previous,
    covered_period,
    episode_figures,
    top_triggers,
)
from caregiver_app.services.report_data.treatments import treatment_summary

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 25)
LAST_30 = Period(dt.date(2026, 10, 27), TODAY)


def log(
    person: int,
    day: dt.date,
    count: int = 1,
    severity: int = 2,
    pain: int | None = None,
    triggers: tuple[str, ...] = (),
    notes: str = "",
) -> None:
    for k in range(count):
        started = dt.datetime.combine(day, dt.time(8 + k % 12, k // 12), tzinfo=LONDON)
        add_episode(
            person,
            EpisodeData(
                started=started,
                body_region="hand",
                side="left",
                severity=severity,
                pain=pain,
                triggers=triggers,
                notes=notes,
            ),
            now=LATER,
        )


def check_in(person: int, day: dt.date, **values: object) -> None:
    checkins.save(person, day, CheckInData(**values), today=dt.date(2030, 1, 1))  # type: ignore[arg-type]


def days_before(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_counts_and_means_cover_every_episode_including_today(person: int) -> None:
    log(person, days_before(3), 2, severity=1, pain=2)
    log(person, days_before(1), 1, severity=3, pain=8)
    log(person, days_before(1), 1, severity=3, pain=None)
    log(person, TODAY, 2, severity=2, pain=7)
    log(person, days_before(40), 5)  # before the period
    figures = episode_figures(person, LAST_30, TODAY, days_before(60))
    assert figures.episodes == 6
    assert figures.severity_counts == (2, 2, 2)
    assert figures.severity_mean == pytest.approx(2.0)
    assert figures.pain_recorded == 5
    assert figures.pain_mean == pytest.approx((2 + 2 + 8 + 7 + 7) / 5)
    assert figures.pain_high == 3
    assert figures.pain_high_share == pytest.approx(3 / 5)


def test_rates_leave_out_today_because_it_is_not_over(person: int) -> None:
    log(person, days_before(1), 29)
    log(person, TODAY, 10)
    figures = episode_figures(person, LAST_30, TODAY, days_before(100))
    assert figures.includes_incomplete_day
    assert figures.rate_days == 29 and figures.rate_episodes == 29
    assert figures.per_day == pytest.approx(1.0)
    assert figures.per_week == pytest.approx(7.0)


def test_days_before_the_diary_started_are_not_counted_as_quiet_days(person: int) -> None:
    """A year's report of a diary kept for 10 days divides by those 10 days, not by 365."""
    start = days_before(10)
    for n in range(1, 11):
        log(person, days_before(n), 2)
    year = Period(dt.date(2025, 11, 26), TODAY)
    assert covered_period(year, start) == Period(start, TODAY)
    figures = episode_figures(person, year, TODAY, start)
    assert figures.rate_days == 10
    assert figures.per_day == pytest.approx(2.0)
    data = report_data.load_report(person, year, TODAY)
    assert data.covered == Period(start, TODAY) and data.period == year
    # the Penn estimate recalls the last 7 complete days, never a day before the diary
    assert data.scales.period.first_day == max(start, TODAY - dt.timedelta(days=7))
    assert data.factors.rows[0].first_day == start


def test_no_comparison_when_the_diary_did_not_cover_the_previous_period(person: int) -> None:
    log(person, days_before(5), 3)
    figures = episode_figures(person, LAST_30, TODAY, days_before(5))
    comparison = compare_with_previous(person, figures, TODAY, days_before(5))
    assert not comparison.comparable and comparison.figures is None
    assert comparison.rate_change is None
    assert comparison.previous == Period(dt.date(2026, 9, 27), dt.date(2026, 10, 26))


def test_the_change_is_a_percentage_of_the_daily_rate(person: int) -> None:
    first = days_before(70)
    log(person, first)  # the diary starts before the previous period
    log(person, days_before(45), 20)  # previous 30 days: 20 episodes
    log(person, days_before(10), 12)  # this period, complete days: 12 episodes
    log(person, TODAY, 5)  # today: counted, but not in the rate
    figures = episode_figures(person, LAST_30, TODAY, first)
    comparison = compare_with_previous(person, figures, TODAY, first)
    assert comparison.comparable and comparison.figures is not None
    assert comparison.figures.episodes == 20
    assert comparison.rate_change == pytest.approx((12 / 29) / (20 / 30) - 1)


def test_too_few_earlier_episodes_give_counts_not_a_percentage(person: int) -> None:
    first = days_before(70)
    log(person, first)
    log(person, days_before(45), 2)
    log(person, days_before(10), 6)
    figures = episode_figures(person, LAST_30, TODAY, first)
    comparison = compare_with_previous(person, figures, TODAY, first)
    assert comparison.comparable and comparison.rate_change is None


def test_top_triggers_are_shares_of_all_episodes(person: int) -> None:
    from caregiver_app.services import charts

    log(person, days_before(2), 3, triggers=("stress", "poor_sleep"))
    log(person, days_before(2), 1, triggers=("stress",))
    log(person, days_before(2), 4)
    top = top_triggers(charts.trigger_counts(person, LAST_30))
    assert [(t.code, t.episodes) for t in top] == [("stress", 4), ("poor_sleep", 3)]
    assert top[0].share == pytest.approx(0.5)


def test_weekly_factor_rows_follow_calendar_weeks_and_never_count_missing_as_zero(
    person: int,
) -> None:
    period = Period(dt.date(2026, 11, 4), dt.date(2026, 11, 17))  # Wednesday to Tuesday
    check_in(person, dt.date(2026, 11, 4), hours_slept=5.0, stress=8, meals="poor")
    check_in(person, dt.date(2026, 11, 5), hours_slept=7.0, exercises_done=True)
    check_in(person, dt.date(2026, 11, 10), therapy_today=True, therapy_willingness=6)
    log(person, dt.date(2026, 11, 5), 3)
    data = report_data.load_report(person, period, TODAY)
    rows = data.factors.rows
    assert data.factors.unit == "week"
    assert [(r.first_day, r.last_day) for r in rows] == [
        (dt.date(2026, 11, 4), dt.date(2026, 11, 8)),
        (dt.date(2026, 11, 9), dt.date(2026, 11, 15)),
        (dt.date(2026, 11, 16), dt.date(2026, 11, 17)),
    ]
    first = rows[0]
    assert first.episodes == 3 and first.checkin_days == 2
    assert first.sleep == Mean(6.0, 2)
    assert first.stress == Mean(8.0, 1)  # one day recorded stress, not two
    assert first.poor_meals == Tally(1, 1)
    assert first.exercises == Tally(1, 1)
    assert first.therapy == Tally(0, 0)
    assert rows[1].willingness == Mean(6.0, 1)
    assert rows[2].checkin_days == 0 and rows[2].sleep.value is None
    assert data.therapy.therapy == Tally(1, 1)


def test_long_periods_get_a_row_a_month(person: int) -> None:
    log(person, dt.date(2024, 1, 3))
    data = report_data.load_report(person, Period(dt.date(2024, 1, 3), TODAY), TODAY)
    assert data.factors.unit == "month"
    assert data.factors.rows[0].first_day == dt.date(2024, 1, 3)
    assert data.factors.rows[0].last_day == dt.date(2024, 1, 31)
    assert data.factors.rows[-1].first_day == dt.date(2026, 11, 1)


def test_the_log_is_oldest_first_and_keeps_the_most_recent_when_cut(person: int) -> None:
    for n in range(6):
        log(person, days_before(6 - n), notes=f"note {n}")
    full = episode_log(person, LAST_30)
    assert [r.notes for r in full.rows] == [f"note {n}" for n in range(6)]
    assert full.complete and full.total == 6
    cut = episode_log(person, LAST_30, limit=4)
    assert [r.notes for r in cut.rows] == ["note 2", "note 3", "note 4", "note 5"]
    assert not cut.complete and cut.total == 6


def test_an_empty_period_is_empty_not_an_error(person: int) -> None:
    data = report_data.load_report(person, LAST_30, TODAY)
    assert data.is_empty
    assert data.figures.episodes == 0 and data.figures.severity_mean is None
    assert data.log.rows == () and data.triggers == ()


def test_questions_are_kept_per_person_until_an_appointment_is_planned(person: int) -> None:
    assert load_questions(person, TODAY) == ("", QuestionsPlace())
    place = save_questions(person, "Is the dose right?\n\n<b>Splint?</b>\n", TODAY)
    assert place.appointment_id is None
    text, _ = load_questions(person, TODAY)
    assert text == "Is the dose right?\n\n<b>Splint?</b>\n"
    assert question_list(text) == ("Is the dose right?", "<b>Splint?</b>")
    save_questions(person, "  ", TODAY)
    assert load_questions(person, TODAY)[0] == ""


def test_questions_move_to_the_next_appointment_and_keep_their_ticks(person: int) -> None:
    appointments = pytest.importorskip("caregiver_app.services.appointments")
    save_questions(person, "Kept before the visit was planned", TODAY)
    visit = appointments.add_appointment(
        person,
        appointments.AppointmentData(
            day=TODAY + dt.timedelta(days=2),
            clinician="Dr Lee",
            questions=(appointments.QuestionData("Night splint?", asked=True),),
        ),
    )
    text, place = load_questions(person, TODAY)
    assert text == "Night splint?"
    assert place == QuestionsPlace(visit, TODAY + dt.timedelta(days=2), "Dr Lee")
    save_questions(person, "Night splint?\nA new question", TODAY)
    saved = appointments.get_appointment(visit)
    assert [(q.question, q.asked) for q in saved.questions] == [
        ("Night splint?", True),
        ("A new question", False),
    ]
    assert load_questions(person, TODAY)[0] == "Night splint?\nA new question"
    data = report_data.load_report(person, LAST_30, TODAY)
    assert data.questions == ("Night splint?", "A new question")
    assert data.questions_place is not None and data.questions_place.clinician == "Dr Lee"


def test_treatments_appear_when_recorded(person: int) -> None:
    medications = pytest.importorskip("caregiver_app.services.medications")
    injections = pytest.importorskip("caregiver_app.services.injections")
    assert treatment_summary(person, LAST_30, TODAY) is None
    medications.add_medication(
        person,
        medications.MedicationData(
            name="Baclofen",
            dose=10,
            unit="mg",
            how_often="three times a day",
            started_on=dt.date(2026, 11, 1),
        ),
    )
    injections.add_injection(
        person,
        injections.InjectionData(day=dt.date(2026, 10, 2), muscles="wrist flexors", side="left"),
        today=TODAY,
    )
    found = treatment_summary(person, LAST_30, TODAY)
    assert found is not None
    assert [(m.name, m.dose, m.how_often) for m in found.medications] == [
        ("Baclofen", "10 mg", "three times a day")
    ]
    assert found.last_injection is not None
    assert found.last_injection.day == dt.date(2026, 10, 2)
    assert [(mk.day, mk.kind) for mk in found.markers] == [
        (dt.date(2026, 11, 1), "medication_start")
    ]
