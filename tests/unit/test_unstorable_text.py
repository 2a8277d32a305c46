"""Text the diary cannot hold (a NUL character, code 0, which a PostgreSQL server refuses) is
refused with a clear message naming the field, the same on the file and on the server, and
nothing is half-saved. Before, the file kept a NUL and the server failed with its own error."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import peewee
import pytest

from caregiver_app.services import checkins, equipment, exchange, falls, medications, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import ValidationError, add_episode
from caregiver_app.services.exchange import ImportFailed
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.messages import UserError
from tests.helpers import at, episode

NOW = at(2026, 11, 25, 20)
NUL = "before\x00after"
REFUSED = "contains a NUL character (code 0), so it cannot be saved"


def rows(db: peewee.Database) -> dict[str, int]:
    tables = ("person", "episode", "checkin", "fall", "medication", "equipment_state")
    return {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


WRITES: dict[str, tuple[str, Callable[[int], object]]] = {
    "episode": ("notes", lambda p: add_episode(p, episode(notes=NUL), now=NOW)),
    "check-in": (
        "notes",
        lambda p: checkins.save(p, dt.date(2026, 11, 2), CheckInData(notes=NUL), NOW.date()),
    ),
    "fall": ("note", lambda p: falls.add_fall(p, at(2026, 11, 2, 9), False, NUL, now=NOW)),
    "medication": (
        "side_effects",
        lambda p: medications.add_medication(p, MedicationData("Baclofen", side_effects=NUL)),
    ),
    "person": ("notes", lambda p: people.create_person("Robin", notes=NUL, make_active=False)),
    "equipment note": ("note", lambda p: equipment.set_note(p, "sock-aid", NUL)),
}


@pytest.mark.parametrize("kind", list(WRITES))
def test_a_nul_character_in_a_form_is_refused_by_name(
    db: peewee.Database, person: int, kind: str
) -> None:
    field, write = WRITES[kind]
    before = rows(db)
    with pytest.raises((ValidationError, UserError)) as caught:
        write(person)
    problems = getattr(caught.value, "problems", None)
    if problems is not None:
        assert [(p.field, p.message) for p in problems] == [(field, REFUSED)]
    else:
        assert caught.value.field == field and str(caught.value.problem) == REFUSED  # type: ignore[union-attr]
    assert rows(db) == before


def test_a_nul_character_in_a_file_is_refused_by_name(
    db: peewee.Database, person: int, tmp_path: Path
) -> None:
    add_episode(person, episode(notes="plain"), now=NOW)
    document = exchange.person_json(person)
    document["episodes"][0]["notes"] = NUL  # written as \u0000, as JSON allows
    path = tmp_path / "diary.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = rows(db)
    with pytest.raises(ImportFailed) as caught:
        exchange.import_file(path, "Reader", now=NOW)
    assert str(caught.value).endswith(f"episode 1, field 'notes': {REFUSED}"), str(caught.value)
    assert rows(db) == before
