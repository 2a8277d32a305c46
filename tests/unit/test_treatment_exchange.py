"""Treatments in the JSON diary file, and in the sample diary."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import statistics
from pathlib import Path

import pytest

from caregiver_app.services import (
    appointments,
    exchange,
    injections,
    medications,
    sample,
    therapy,
)
from caregiver_app.store import db as store_db
from tests.helpers import at

NOW = at(2026, 11, 25, 20)


def make_demo_file(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    result = sample.generate(days=200, seed=4, now=NOW)
    path = tmp_path / "first.json"
    exchange.export_file(result.person_id, path, "json")
    return path, json.loads(path.read_text())


def reopen(path: Path) -> None:
    store_db.close_database()
    store_db.open_database(path)


def test_export_import_export_keeps_every_treatment(db: object, tmp_path: Path) -> None:
    first, document = make_demo_file(tmp_path)
    section = document["treatments"]
    assert isinstance(section, dict)
    for key in ("medications", "injections", "therapy_sessions", "mas_scores", "appointments"):
        assert section[key], key
    (tmp_path / "empty").mkdir()
    reopen(tmp_path / "empty" / "diary.sqlite3")
    result = exchange.import_file(first, now=NOW)
    second = tmp_path / "second.json"
    exchange.export_file(result.person_id, second, "json")
    assert second.read_text() == first.read_text()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("medications", 1, "dose"), -1, "medication 2 ('Baclofen'), field 'dose'"),
        (
            ("medications", 2, "doses_taken", 0, "taken_at"),
            "soon",
            "dose taken 1, field 'taken_at'",
        ),
        (("injections", 0, "goals", 1, "scores", 0, "score"), 5, "goal 2, score 1, field 'score'"),
        (("therapy_sessions", 3, "willingness"), 11, "therapy session 4, field 'willingness'"),
        (("mas_scores", 0, "score"), "1.5", "Ashworth score 1, field 'score'"),
        (("appointments", 0, "clinician"), "", "appointment 1, field 'clinician'"),
        (("daily_minutes", 0, "day"), "yesterday", "daily minutes 1, field 'day'"),
        (("appointments", 1, "purpose"), "\ud800", "appointment 2, field 'purpose'"),
    ],
)
def test_a_bad_entry_imports_nothing_and_is_named(
    db: object, tmp_path: Path, path: tuple[object, ...], value: object, expected: str
) -> None:
    first, document = make_demo_file(tmp_path)
    target: object = document["treatments"]
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    first.write_text(json.dumps(document))
    (tmp_path / "empty").mkdir()
    reopen(tmp_path / "empty" / "diary.sqlite3")
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(first, now=NOW)
    assert expected in str(caught.value)
    assert store_db.database_proxy.execute_sql("SELECT COUNT(*) FROM person").fetchone()[0] == 0


def test_the_sample_has_injection_cycles_that_dip_and_wear_off(db: object) -> None:
    result = sample.generate(days=365, seed=1, now=NOW)
    cycles = injections.cycle_view(result.person_id, today=NOW.date())
    assert len(cycles) == 3
    gaps = {(b.day - a.day).days for a, b in itertools.pairwise(cycles)}
    assert gaps == {84}
    weeks = [[c.weekly[w] for c in cycles[:2]] for w in range(12)]
    early = statistics.mean(n for w in (0, 1) for n in weeks[w] if n is not None)
    peak = statistics.mean(n for w in (4, 5, 6, 7) for n in weeks[w] if n is not None)
    late = statistics.mean(n for w in (10, 11) for n in weeks[w] if n is not None)
    assert peak < 0.75 * early and peak < 0.75 * late


def test_the_sample_has_medications_therapy_scores_and_a_coming_visit(db: object) -> None:
    result = sample.generate(days=180, seed=1, now=NOW)
    meds = medications.list_medications(result.person_id)
    assert {m.data.schedule for m in meds} == {"regular", "as_needed"}
    baclofen = next(m for m in meds if m.name == "Baclofen")
    assert baclofen.dose_on(NOW.date()) == 15.0 and baclofen.dose_changes
    assert medications.doses_taken(result.person_id)
    sessions = therapy.list_sessions(result.person_id)
    assert sessions and all(s.data.willingness is not None for s in sessions)
    coming = appointments.next_appointment(result.person_id, NOW.date())
    assert coming is not None and coming.day > NOW.date() and coming.questions
    days = {s.data.day for s in sessions}
    checkin_days = {
        dt.date.fromisoformat(row[0])
        for row in store_db.database_proxy.execute_sql(
            "SELECT day FROM checkin WHERE person_id = ? AND therapy_today = 1",
            (result.person_id,),
        ).fetchall()
    }
    assert checkin_days <= days  # a session on every day the check-in says "therapy"
