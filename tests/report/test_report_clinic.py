"""The report a spasticity clinic reads: page 1 says better or worse, the dose now and since
when, and every figure agrees with a count made straight from the database."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.services import checkins, episodes, falls, injections, medications
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.services.injections import InjectionData
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.periods import Period
from caregiver_app.store.db import database_proxy
from tests.report.conftest import pdf_pages

ZONE = ZoneInfo("Europe/Madrid")
TODAY = dt.date.today()  # every date below is computed from it, so the test passes any day
NOW = dt.datetime.combine(TODAY, dt.time(12, 0), tzinfo=ZONE)


def _episode(day: dt.date, hour: int, region: str = "hand", side: str = "left", **kw: object):
    when = dt.datetime.combine(day, dt.time(hour, 15), tzinfo=ZONE)
    return EpisodeData(started=when, body_region=region, side=side, severity=2, **kw)  # type: ignore[arg-type]


@pytest.fixture
def falling_diary(person: int) -> int:
    """Four months of episodes falling steadily from about 4 a day to 1, some stiffness, a
    few right-calf episodes (not injected), Baclofen 10 mg raised to 15 mg 20 days ago and an
    injection of the left hand 60 days ago."""
    items = []
    for back in range(120, -1, -1):
        day = TODAY - dt.timedelta(days=back)
        for n in range(round(1 + 3 * back / 120)):
            items.append(_episode(day, 8 + n))
        if back % 3 == 0:
            items.append(_episode(day, 20, kind="stiffness"))
        if back % 7 == 0:
            items.append(_episode(day, 21, region="calf", side="right"))
    episodes.insert_validated(person, items)
    baclofen = medications.add_medication(
        person,
        MedicationData(
            name="Baclofen",
            dose=10,
            unit="mg",
            how_often="three times a day",
            purpose="spasms",
            started_on=TODAY - dt.timedelta(days=200),
        ),
    )
    medications.add_dose_change(baclofen, TODAY - dt.timedelta(days=20), 15)
    for back, injured in ((30, False), (5, True)):
        when = dt.datetime.combine(TODAY - dt.timedelta(days=back), dt.time(19, 5), tzinfo=ZONE)
        falls.add_fall(person, when, injured, now=NOW)
    for back in range(1, 41):
        woken = back % 4 == 0
        checkins.save(person, TODAY - dt.timedelta(days=back), CheckInData(woken_by_spasms=woken))
    injections.add_injection(
        person,
        InjectionData(
            day=TODAY - dt.timedelta(days=60),
            muscles="finger flexors",
            side="left",
            regions=("hand",),
            goals=("Open the hand", "Wash the palm"),
        ),
        today=TODAY,
    )
    return person


def _count(sql: str, *params: object) -> int:
    return int(database_proxy.execute_sql(sql, params).fetchone()[0])


LOCAL = "(started_utc + utc_offset_min * 60)"


def _day_start(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days * 86400


def test_page_one_says_the_episodes_fell_and_shows_the_dose_now_and_its_first_day(
    qapp: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment
    from caregiver_app.words import date_text

    period = Period(TODAY - dt.timedelta(days=89), TODAY)
    out = tmp_path / "report.pdf"
    appointment.make_report_pdf(falling_diary, period, out, today=TODAY)
    page = pdf_pages(out)[0]
    assert "No comparison" not in page and "no comparison" not in page
    assert "Fewer " in page and "Fewer: " in page  # the tile and the line
    assert "Baclofen 15 mg, three times a day (45 mg a day)" in page
    assert f"this dose since {date_text(TODAY - dt.timedelta(days=20))}" in page
    assert "Baclofen from 10 mg to 15 mg" in page

    # Every figure, counted straight from the database.
    first, yesterday = period.first_day, TODAY - dt.timedelta(days=1)
    counted = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND COALESCE(kind, '') <> 'stiffness'"
        f" AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(first),
        _day_start(TODAY),
    )
    days = (yesterday - first).days + 1
    assert f"{counted} on the {days} complete days" in page
    stiff = _count(
        f"SELECT COUNT(DISTINCT {LOCAL} / 86400) FROM episode WHERE person_id = ?"
        f" AND kind = 'stiffness' AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(first),
        _day_start(TODAY),
    )
    assert f"Stiffness on {stiff} of those days." in page
    assert f"{counted / days:.1f} episodes a day" in page
    recent = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND COALESCE(kind, '') <> 'stiffness'"
        f" AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(TODAY - dt.timedelta(days=28)),
        _day_start(TODAY),
    )
    before = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND COALESCE(kind, '') <> 'stiffness'"
        f" AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(TODAY - dt.timedelta(days=56)),
        _day_start(TODAY - dt.timedelta(days=28)),
    )
    assert f"{recent / 28:.1f} a day in the last 4 weeks" in page
    assert f"against {before / 28:.1f} in the 4 weeks before" in page
    levels = database_proxy.execute_sql(
        "SELECT COUNT(CASE WHEN severity = 1 THEN 1 END), COUNT(CASE WHEN severity = 2 THEN 1 END),"
        f" COUNT(CASE WHEN severity = 3 THEN 1 END) FROM episode"
        f" WHERE person_id = ? AND {LOCAL} >= ? AND {LOCAL} < ?",
        (falling_diary, _day_start(first), _day_start(TODAY + dt.timedelta(days=1))),
    ).fetchone()
    assert (
        f"All {sum(levels)} episodes of the period, stiffness included: "
        f"mild {levels[0]}, moderate {levels[1]}, severe {levels[2]} ("
    ) in page
    fell = _count("SELECT COUNT(*) FROM fall WHERE person_id = ?", falling_diary)
    hurt = _count("SELECT COUNT(*) FROM fall WHERE person_id = ? AND injured = 1", falling_diary)
    assert f"Falls: {fell}, {hurt} with an injury:" in page
    woken = _count(
        "SELECT COUNT(*) FROM checkin WHERE person_id = ? AND woken_by_spasms = 1 AND day >= ?",
        falling_diary,
        first.isoformat(),
    )
    asked = _count(
        "SELECT COUNT(woken_by_spasms) FROM checkin WHERE person_id = ? AND day >= ?",
        falling_diary,
        first.isoformat(),
    )
    assert f"Woken by spasms on {woken} of {asked} nights" in page
    half = days // 2
    early = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND COALESCE(kind, '') <> 'stiffness'"
        f" AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(first),
        _day_start(first + dt.timedelta(days=half)),
    )
    late = counted - early
    assert (
        f"Fewer: {late / (days - half):.1f} a day in the second half of the diary's days in the"
        f" period" in page
    )
    assert f"against {early / half:.1f} in the first half" in page


def test_the_cycle_counts_only_episodes_in_the_injected_region_and_side(
    qapp: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment

    shot = TODAY - dt.timedelta(days=60)
    cycle = injections.cycle_view(falling_diary, today=TODAY)[-1]
    week_0 = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND body_region = 'hand'"
        f" AND side IN ('left', 'both') AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(shot),
        _day_start(shot + dt.timedelta(days=7)),
    )
    everything = _count(
        f"SELECT COUNT(*) FROM episode WHERE person_id = ? AND {LOCAL} >= ? AND {LOCAL} < ?",
        falling_diary,
        _day_start(shot),
        _day_start(shot + dt.timedelta(days=7)),
    )
    assert cycle.weekly[0] == week_0 < everything
    out = tmp_path / "report.pdf"
    period = Period(TODAY - dt.timedelta(days=89), TODAY)
    appointment.make_report_pdf(falling_diary, period, out, today=TODAY)
    text = " ".join(pdf_pages(out))
    lowest = min(n for n in cycle.weekly if n is not None)
    assert re.search(rf"lowest in week \d+ \({lowest} episodes?,", text)
    assert "Injection cycles" in text and "Goal attainment" in text


def test_the_sample_year_fits_in_about_12_pages_with_the_clinics_measures(
    qapp: object, db: object, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment
    from caregiver_app.services import sample

    person = sample.generate(days=365, seed=7, now=NOW).person_id
    out = tmp_path / "year.pdf"
    pages = appointment.make_report_pdf(
        person, Period(TODAY - dt.timedelta(days=364), TODAY), out, today=TODAY
    )
    assert pages <= 12
    text = " ".join(pdf_pages(out))
    for heading in ("Injection cycles", "Goal attainment", "GAS T-score", "Modified Ashworth"):
        assert heading in text
    assert "Elbow flexors" in text
    assert not re.search(r"\b\d \d{1,2} [A-Z][a-z]{2} \d{4}:", text)  # no "1 8 Sep 2026:" key


ENGLISH = (
    "the", "and", "with", "episodes", "week", "weeks", "from", "injection", "goal", "left",
    "right", "mild", "moderate", "severe", "pain", "page", "made", "period", "stiffness",
    "before", "after", "day", "days", "fewer", "more", "since", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def test_a_spanish_report_from_the_command_line_has_no_english(tmp_path: Path) -> None:
    from tests.report.test_report_cli import cli

    folder = tmp_path / "diary"
    made = cli("demo", "--days", "365", "--language", "es", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    out = tmp_path / "informe.pdf"
    result = cli(
        "report", "--data-dir", str(folder), "--language", "es", "--output", str(out),
        "--from", (TODAY - dt.timedelta(days=364)).isoformat(), "--to", TODAY.isoformat(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_pages(out))
    words = set(re.findall(r"[A-Za-z]+", text))
    assert "Resumen" in text and "Ciclos de inyección" in text
    assert [w for w in ENGLISH if w in words] == []


def test_page_one_and_the_charts_page_show_the_same_frequency_and_penn_score(
    qtbot: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment
    from caregiver_app.ui.pages.charts import load_page_data

    page_data = load_page_data(falling_diary, "90d", None, TODAY)
    rate = page_data.dashboard.frequency.rate
    assert rate is not None
    out = tmp_path / "report.pdf"
    appointment.make_report_pdf(
        falling_diary, Period(TODAY - dt.timedelta(days=89), TODAY), out, today=TODAY
    )
    page = pdf_pages(out)[0]
    assert f"{rate.per_day:.1f} episodes a day" in page
    assert f"{rate.episodes} on the {rate.period.days} complete days" in page
    assert f"Frequency {page_data.scales.psfs_frequency} (estimate)" in page
    assert page_data.scales.period.days == 7


def test_severity_words_agree_in_the_episode_form_the_report_and_learn(
    qapp: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app import labels
    from caregiver_app.report import appointment
    from caregiver_app.resources import resource_path

    out = tmp_path / "report.pdf"
    appointment.make_report_pdf(
        falling_diary, Period(TODAY - dt.timedelta(days=29), TODAY), out, today=TODAY
    )
    page = pdf_pages(out)[0]
    learn = (resource_path("learn") / "03-twitch-spasm-spasticity-clonus.md").read_text()
    for meaning in labels.severity_meanings().values():  # the form's words for each level
        assert meaning in page
        name, words = meaning.split(": ", 1)
        assert f"**{name.lower()}**: {words}" in " ".join(
            learn.replace("1 — ", "").replace("2 — ", "").replace("3 — ", "").split()
        )


def test_goals_print_their_baseline_each_follow_up_and_the_gas_t_score(
    qapp: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment

    [shot] = injections.list_injections(falling_diary)
    first, second = shot.goals
    injections.record_follow_up(shot.id, shot.day, {first.id: -1, second.id: -2}, today=TODAY)
    follow_up = shot.day + dt.timedelta(days=42)
    injections.record_follow_up(shot.id, follow_up, {first.id: 0, second.id: 1}, today=TODAY)
    out = tmp_path / "report.pdf"
    appointment.make_report_pdf(
        falling_diary, Period(TODAY - dt.timedelta(days=89), TODAY), out, today=TODAY
    )
    text = " ".join(pdf_pages(out))
    # Kiresuk-Sherman with rho 0.3: 50 + 10 * (0 + 1) / sqrt(0.7 * 2 + 0.3 * 2 ** 2)
    t_score = 50 + 10 / (0.7 * 2 + 0.3 * 4) ** 0.5
    assert f"GAS T-score {t_score:.1f}" in text
    assert "Open the hand −1 0" in text and "Wash the palm −2 +1" in text
    assert "inter-goal correlation of 0.3" in text


def test_page_one_names_the_next_appointment_even_without_questions(
    qapp: object, falling_diary: int, tmp_path: Path
) -> None:
    from caregiver_app.report import appointment
    from caregiver_app.services import appointments
    from caregiver_app.services.appointments import AppointmentData
    from caregiver_app.words import date_text

    visit = TODAY + dt.timedelta(days=3)
    appointments.add_appointment(falling_diary, AppointmentData(visit, "Spasticity clinic"))
    out = tmp_path / "report.pdf"
    appointment.make_report_pdf(
        falling_diary, Period(TODAY - dt.timedelta(days=29), TODAY), out, today=TODAY
    )
    page = pdf_pages(out)[0]
    assert f"Next appointment: {date_text(visit)}, Spasticity clinic" in page
