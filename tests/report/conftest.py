"""Shared setup for the report tests: a sample diary and the text of a PDF, page by page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

NOW = dt.datetime(2026, 11, 25, 14, 30, tzinfo=ZoneInfo("Europe/London"))
TODAY = NOW.date()


@pytest.fixture
def sample_person(db: object) -> int:
    """Four months of made-up diary (episodes, check-ins, treatments) ending on NOW."""
    from caregiver_app.services import sample

    return sample.generate(days=120, seed=7, now=NOW).person_id


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext, in drawing order), whitespace squeezed and
    ligatures spelt out. Skips the test when poppler's pdftotext is not installed."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pages]
