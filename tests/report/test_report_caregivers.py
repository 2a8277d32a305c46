"""Page 1 of the report says who logged the period's episodes when more than one person did,
as shares that agree with a count straight from the database file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.report.conftest import pdf_pages
from tests.report.test_report_cli import cli


def test_page_1_shares_the_episodes_between_the_people_who_logged_them(tmp_path: Path) -> None:
    data = tmp_path / "diary"
    made = cli("demo", "--days", "30", "--seed", "3", "--data-dir", str(data), "--caregiver", "Ana")
    assert made.returncode == 0, made.stderr
    today = dt.date.today()
    first = today - dt.timedelta(days=13)
    rows = ["started_at,body_region,side,severity"]  # a file from before: no recorded_by
    for n in range(9):
        day = first + dt.timedelta(days=n)
        rows.append(f"{day.isoformat()}T03:1{n}:00+00:00,hand,left,2")
    csv_file = tmp_path / "night.csv"
    csv_file.write_text("\n".join(rows) + "\n")
    added = cli(
        "import", str(csv_file), "--person", "Sam (sample)", "--caregiver", "Ben",
        "--data-dir", str(data),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    out = tmp_path / "summary.pdf"
    result = cli(
        "report", "--data-dir", str(data), "--from", first.isoformat(), "--to",
        today.isoformat(), "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    with sqlite3.connect(data / "diary.sqlite3") as conn:
        counts = dict(
            conn.execute(
                "SELECT recorded_by, COUNT(*) FROM episode"
                " WHERE date(started_utc + utc_offset_min * 60, 'unixepoch') BETWEEN ? AND ?"
                " GROUP BY recorded_by",
                (first.isoformat(), today.isoformat()),
            ).fetchall()
        )
    assert set(counts) == {"Ana", "Ben"} and counts["Ben"] == 9
    total = counts["Ana"] + counts["Ben"]
    ben = round(counts["Ben"] * 100 / total)
    page_1 = pdf_pages(out)[0]
    assert f"Logged by Ana {100 - ben}%, Ben {ben}%." in page_1


def test_episodes_from_before_names_were_kept_are_said_not_guessed(person: int) -> None:
    from caregiver_app.report.appointment.summary import logged_by_text
    from caregiver_app.services import episodes
    from caregiver_app.services.actions import Stamp, perform
    from caregiver_app.services.actions import episodes as episode_actions
    from caregiver_app.services.periods import Period
    from caregiver_app.services.report_data import load_report
    from tests.helpers import at, episode

    when = at(2026, 11, 20, 9)
    for day, who in ((2, "Ana"), (3, "Ana"), (4, "Ben")):
        perform(
            lambda d=day: episode_actions.add_episode(person, episode(at(2026, 11, d, 9))),
            Stamp(who, when),
        )
    period = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    named = load_report(person, period, today=dt.date(2026, 12, 1))
    assert logged_by_text(named) == "Logged by Ana 67%, Ben 33%."
    episodes.add_episode(person, episode(at(2026, 11, 5, 9)))  # as before migration 6: no name
    report = load_report(person, period, today=dt.date(2026, 12, 1))
    assert logged_by_text(report) == "Logged by Ana 67%, Ben 33%; not recorded: 1 episode."
    alone = load_report(
        person, Period(dt.date(2026, 11, 2), dt.date(2026, 11, 3)), today=dt.date(2026, 12, 1)
    )
    assert logged_by_text(alone) == ""  # one person logged them: nothing to share out
