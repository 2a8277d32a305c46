"""Falls and nights woken by spasms: saved, exported as JSON and imported back, never
overwriting and never doubling what is already in the diary; the CSV stays the episode log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caregiver_app.services import checkins, exchange, falls
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import ValidationError
from caregiver_app.store import db as store_db
from tests.helpers import at

NOW = at(2026, 11, 25, 21)


def fill(person: int) -> None:
    falls.add_fall(person, at(2026, 11, 3, 7, 40, offset_min=60), False, now=NOW)
    falls.add_fall(person, at(2026, 11, 20, 21, 5), True, "Bruised the left hip", now=NOW)
    checkins.save(
        person, dt.date(2026, 11, 20), CheckInData(woken_by_spasms=True), today=NOW.date()
    )
    checkins.save(
        person, dt.date(2026, 11, 21), CheckInData(woken_by_spasms=False), today=NOW.date()
    )


def test_falls_and_nights_woken_go_out_and_come_back_in_the_json_file(
    person: int, tmp_path: Path
) -> None:
    fill(person)
    first = tmp_path / "first.json"
    exchange.export_file(person, first, "json")
    document = json.loads(first.read_text())
    assert [f["injured"] for f in document["falls"]] == [False, True]
    assert document["falls"][0]["happened_at"] == "2026-11-03T07:40:00+01:00"
    assert [c["woken_by_spasms"] for c in document["checkins"]] == [True, False]
    (tmp_path / "empty").mkdir()
    store_db.close_database()
    store_db.open_database(tmp_path / "empty" / "diary.sqlite3")
    result = exchange.import_file(first, now=NOW)
    second = tmp_path / "second.json"
    exchange.export_file(result.person_id, second, "json")
    assert second.read_text() == first.read_text()
    assert "fall" not in exchange.episodes_csv(result.person_id).splitlines()[0]


def test_importing_the_same_falls_again_adds_none_twice(person: int, tmp_path: Path) -> None:
    fill(person)
    path = tmp_path / "diary.json"
    exchange.export_file(person, path, "json")
    result = exchange.import_file(path, now=NOW)
    assert len(falls.list_falls(person)) == 2
    assert result.tally.same["fall"] == 2 and result.tally.added["fall"] == 0


def test_a_fall_in_the_future_is_refused_with_its_field(person: int) -> None:
    with pytest.raises(ValidationError) as caught:
        falls.add_fall(person, NOW + dt.timedelta(hours=2), False, now=NOW)
    assert caught.value.problems[0].field == "happened"
    assert falls.list_falls(person) == []


@pytest.mark.parametrize(
    ("falls_value", "place"),
    [
        ('"yesterday"', "falls: must be a list"),
        ('[{"happened_at": "2026-11-03T07:40:00+01:00", "injured": "no"}]', "falls, fall 1"),
    ],
)
def test_a_bad_falls_section_names_its_place_once(
    person: int, tmp_path: Path, falls_value: str, place: str
) -> None:
    fill(person)
    good = tmp_path / "good.json"
    exchange.export_file(person, good, "json")
    text = good.read_text()
    start = text.index('"falls"')
    end = text.index("]", start) + 1
    bad = tmp_path / "bad.json"
    bad.write_text(text[:start] + f'"falls": {falls_value}' + text[end:])
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(bad, "Someone new", now=NOW)
    said = str(caught.value)
    assert place in said
    assert "falls, falls" not in said
