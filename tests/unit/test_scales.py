"""Penn Spasm Frequency Scale and spasm count estimated from the diary, with the recall period."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services import checkins, scales
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
PERIOD = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 10))


def log(person: int, when: dt.date, severity: int = 2, kind: str = "spasm", hour: int = 9) -> None:
    started = dt.datetime.combine(when, dt.time(hour), tzinfo=LONDON)
    add_episode(
        person,
        EpisodeData(started=started, body_region="calf", side="left", severity=severity, kind=kind),
        now=LATER,
    )


@pytest.mark.parametrize(
    ("per_hour", "score"),
    [(0, 0), (0.01, 2), (0.99, 2), (1.0, 3), (10.0, 3), (10.01, 4)],
)
def test_frequency_score_from_spasms_per_waking_hour(per_hour: float, score: int) -> None:
    assert scales.psfs_frequency(per_hour) == score


def test_severity_is_the_most_common_and_a_tie_goes_to_the_more_severe() -> None:
    assert scales.psfs_severity((5, 1, 1)) == 1
    assert scales.psfs_severity((2, 2, 0)) == 2
    assert scales.psfs_severity((0, 0, 0)) is None


def test_scores_from_a_logged_period(person: int) -> None:
    first = PERIOD.first_day
    for n in range(10):
        when = first + dt.timedelta(days=n)
        for k in range(3):
            log(person, when, severity=1 if k == 0 else 2, hour=8 + k)
        log(person, when, kind="stiffness", severity=3, hour=7)  # not counted
    log(person, first, severity=3, hour=20)
    log(person, first + dt.timedelta(days=1), severity=3, hour=20)
    today = dt.date(2026, 11, 11)
    checkins.save(person, first, CheckInData(hours_slept=6.0), today=today)
    checkins.save(person, first + dt.timedelta(days=1), CheckInData(hours_slept=10.0), today=today)
    found = scales.scale_scores(person, PERIOD, today=today)
    assert found.episodes == 32
    assert found.severity_counts == (10, 20, 2)
    assert found.waking_hours == 16.0 and found.waking_hours_from_checkins
    assert found.per_waking_hour == pytest.approx(32 / (10 * 16))
    assert found.psfs_frequency == 2
    assert found.psfs_severity == 2
    assert found.severity_mean == pytest.approx((10 + 40 + 6) / 32)
    assert found.spasms_per_day == pytest.approx(3.2)
    assert found.period == PERIOD and not found.includes_today
    notes = " ".join(str(note) for note in found.notes)  # English, as the command line says it
    assert "taking 16.0 waking hours a day from the sleep in check-ins" in notes
    assert "cannot tell" in notes and "score 1" in notes


def test_today_is_left_out_and_the_recall_period_says_so(person: int) -> None:
    today = dt.date(2026, 11, 10)
    log(person, today, hour=1)
    found = scales.scale_scores(person, PERIOD, today=today)
    assert found.period == Period(PERIOD.first_day, dt.date(2026, 11, 9))
    assert found.episodes == 0
    assert not found.includes_today
    assert "scales.today_incomplete" not in [note.code for note in found.notes]


def test_only_today_is_used_when_nothing_else_is_in_the_period_and_the_notes_say_so(
    person: int,
) -> None:
    today = dt.date(2026, 11, 10)
    log(person, today, hour=1)
    found = scales.scale_scores(person, Period(today, today), today=today)
    assert found.period == Period(today, today) and found.includes_today
    assert found.episodes == 1
    assert found.notes[-1].code == "scales.today_incomplete"


def test_no_spasms_scores_zero_with_no_severity(person: int) -> None:
    found = scales.scale_scores(person, PERIOD, today=dt.date(2026, 12, 1))
    assert (found.psfs_frequency, found.psfs_severity, found.spasms_per_day) == (0, None, 0.0)
    assert not found.waking_hours_from_checkins
    assert "assuming 16 waking hours" in " ".join(str(note) for note in found.notes)
