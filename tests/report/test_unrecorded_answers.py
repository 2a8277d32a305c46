"""The report prints what was recorded and says "not recorded" for what was left out: no
"Affected: left side" for a profile that never said, and the episodes of no recorded kind
among those the spasm scales count are numbered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caregiver_app.report import appointment
from caregiver_app.services import people, report_data
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import period_for
from tests.report.conftest import NOW, TODAY, pdf_pages


def test_a_profile_and_episodes_left_blank_print_as_not_recorded(
    qapp: object, tmp_path: Path, db: object
) -> None:
    maria = people.create_person(name="Maria")
    for days_ago, kind in ((2, None), (3, None), (4, "spasm")):
        add_episode(
            maria.id,
            EpisodeData(NOW - dt.timedelta(days=days_ago), "hand", "left", 2, kind=kind),
            now=NOW,
        )
    path = tmp_path / "report.pdf"
    data = report_data.load_report(maria.id, period_for("7d", TODAY), TODAY)
    appointment.write_report_pdf(data, path, "a4")
    text = " ".join(pdf_pages(path))
    assert "Affected:" not in text and "Stroke" not in text
    assert "Cause not recorded" in text and "Affected side not recorded" in text
    assert "Counted episodes with no kind recorded: 2." in text
    assert "Not recorded" in text  # the kind column of the episode log
