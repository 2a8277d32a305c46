"""`caregiver-app report`, run as a scheduled task would run it: a separate process, no display."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.conftest import pdf_pages


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CAREGIVER_APP_DATA_DIR", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("diary")
    made = cli("demo", "--days", "60", "--seed", "3", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    return folder


def test_the_command_writes_the_report_as_a_pdf(diary: Path, tmp_path: Path) -> None:
    today = dt.date.today()
    first = today - dt.timedelta(days=29)
    out = tmp_path / "summary.pdf"
    result = cli(
        "report",
        "--data-dir",
        str(diary),
        "--from",
        first.isoformat(),
        "--to",
        today.isoformat(),
        "--output",
        str(out),
        "--paper",
        "letter",
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # health information: private
    pages = pdf_pages(out)
    assert f"({len(pages)} pages)" in result.stdout
    assert "Appointment summary" in pages[0] and "Sam (sample)" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert not list(tmp_path.glob(".report-*"))  # no half-written file left behind


def test_a_one_page_report_says_1_page(diary: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = cli(
        "report", "--data-dir", str(diary), "--from", "2000-01-01", "--to", "2000-01-31",
        "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(pdf_pages(out)) == 1
    assert "(1 page) to" in result.stdout


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("2026-13-01", "2026-12-31", "is not a date written YYYY-MM-DD"),
        ("01/11/2026", "2026-11-30", "is not a date written YYYY-MM-DD"),
        ("2026-11-20", "2026-11-01", "is after --to"),
        ("2099-01-01", "2099-02-01", "is in the future"),
        ("2999-01-01", "2999-02-01", "is outside the dates the diary takes"),
    ],
)
def test_bad_dates_are_usage_errors(
    diary: Path, tmp_path: Path, first: str, last: str, message: str
) -> None:
    out = tmp_path / "never.pdf"
    result = cli(
        "report", "--data-dir", str(diary), "--from", first, "--to", last, "--output", str(out)
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_an_unknown_person_is_an_error_that_names_who_is_there(diary: Path, tmp_path: Path) -> None:
    result = cli(
        "report",
        "--data-dir",
        str(diary),
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
        "--person",
        "Nobody",
        "--output",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 1
    assert "No one called 'Nobody'" in result.stderr and "Sam (sample)" in result.stderr


def test_the_log_option_chooses_the_episode_log(diary: Path, tmp_path: Path) -> None:
    today = dt.date.today()
    first = (today - dt.timedelta(days=44)).isoformat()
    texts = {}
    for choice in ("none", "14d", "all"):
        out = tmp_path / f"{choice}.pdf"
        result = cli(
            "report", "--data-dir", str(diary), "--from", first, "--to", today.isoformat(),
            "--output", str(out), "--log", choice,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        texts[choice] = " ".join(pdf_pages(out))
    assert "Episode log" not in texts["none"]
    assert "The episodes of the last 14 days of the period" in texts["14d"]
    assert "Every episode of the period" in texts["all"]
    assert len(texts["none"]) < len(texts["14d"]) < len(texts["all"])


def test_the_language_comes_from_the_option_else_the_windows_setting(
    diary: Path, tmp_path: Path
) -> None:
    today = dt.date.today().isoformat()
    out = tmp_path / "list.pdf"
    result = cli("checklist", "--data-dir", str(diary), "--output", str(out), "--language", "es")
    assert result.returncode == 0, result.stderr
    spanish = " ".join(pdf_pages(out))
    english = cli("checklist", "--data-dir", str(diary), "--output", str(out), "--language", "en")
    assert english.returncode == 0, english.stderr
    assert " ".join(pdf_pages(out)) != spanish and "Página" in spanish
    assert "Eating and drinking" not in spanish and "Comer y beber" in spanish
    settings = diary / "settings.ini"
    settings.write_text("[appearance]\nlanguage=es\n")
    try:
        out = tmp_path / "informe.pdf"
        result = cli(
            "report", "--data-dir", str(diary), "--from", today, "--to", today,
            "--output", str(out),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Resumen para la cita" in pdf_pages(out)[0]
    finally:
        settings.unlink()


def test_a_goal_score_date_is_printed_on_one_line(tmp_path: Path) -> None:
    """ "13 May 2026" broken over three lines above a score reads as three headings."""
    folder = tmp_path / "year"
    made = cli("demo", "--days", "365", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    today = dt.date.today()
    out = tmp_path / "year.pdf"
    result = cli(
        "report", "--data-dir", str(folder), "--from", str(today - dt.timedelta(days=364)),
        "--to", str(today), "--output", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    layout = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    headers = [line for line in layout.splitlines() if "Goal (the expected outcome" in line]
    assert headers
    for line in headers:
        assert re.search(r"Baseline\s+\d{1,2} [A-Z][a-z]{2,3} \d{4}\s*$", line), line
