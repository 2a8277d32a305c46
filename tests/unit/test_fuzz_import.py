"""Importing any file: it all goes in, or nothing does and the message names the place and field.
Nothing ever crashes, and whatever goes in can be shown and exported again."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import peewee
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from caregiver_app.services import checkins, episodes, exchange, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.exchange import CSV_COLUMNS, ImportFailed
from caregiver_app.services.import_checks import FORMULA_STARTS
from tests.helpers import at, episode

NOW = at(2026, 11, 25, 21)
# Where an error can be: the file, a line of a CSV file, or an entry of a JSON file, perhaps
# inside a section and an entry (e.g. "treatments, medication 1 ('Baclofen'), dose change 2").
PLACE = re.compile(
    r"^(the file|line \d+|person|episodes|checkins|episode \d+|check-in \d+|[a-z_ ]+( #\d+)?"
    r"|.+\.(csv|json))(, [A-Za-z_ -]+ #?\d+( \(.*\))?|, column [a-z_]+)*(, field '[a-z_]+')?:"
)
reuse_db = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def count_rows(database: peewee.SqliteDatabase) -> dict[str, int]:
    tables = [t for t in database.get_tables() if t not in ("schema_version", "sqlite_sequence")]
    return {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def assert_clear(exc: ImportFailed) -> None:
    message = str(exc)
    assert PLACE.match(message), f"no place named in: {message!r}"


def import_text(
    tmp_path: Path, text: str, suffix: str, person_name: str | None = None
) -> exchange.ImportResult:
    path = tmp_path / f"import{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return exchange.import_file(path, person_name, now=NOW)


def check_all_or_nothing(
    db: peewee.SqliteDatabase, tmp_path: Path, text: str, suffix: str
) -> exchange.ImportResult | None:
    before = count_rows(db)
    try:
        # Into a new person each time, as "import into someone new" does.
        result = import_text(tmp_path, text, suffix, person_name="Fuzz Import")
    except ImportFailed as exc:
        assert_clear(exc)
        assert count_rows(db) == before, "a failed import saved something"
        return None
    # What went in can be shown and exported again.
    for row in episodes.episodes_for_person(result.person_id):
        assert row.started.tzinfo is not None
    exchange.person_json(result.person_id)
    exchange.episodes_csv(result.person_id)
    people.delete_person(result.person_id)
    return result


# --- CSV -------------------------------------------------------------------------------------------

cell_values = {
    "started_at": st.one_of(
        st.datetimes(dt.datetime(1, 1, 2), dt.datetime(9999, 12, 30)).map(dt.datetime.isoformat),
        st.sampled_from(
            [
                "2026-03-29T07:45:00+01:00",
                "0001-01-01T00:00:00+14:00",
                "9999-12-31T23:59:59-12:00",
                "2026-02-30T08:00:00",
                "yesterday",
                "",
            ]
        ),
        st.text(max_size=20),
    ),
    "duration_seconds": st.one_of(
        st.integers(-(10**20), 10**20).map(str), st.sampled_from(["", "1.5", "9" * 5000])
    ),
    "severity": st.one_of(st.integers(-5, 5).map(str), st.sampled_from(["", "two", "2.0"])),
    "pain": st.one_of(st.integers(-5, 15).map(str), st.just("")),
    "body_region": st.sampled_from(["hand", "calf", "HAND", "", "elbow ", "wing"]),
    "side": st.sampled_from(["left", "right", "both", "up", ""]),
    "kind": st.sampled_from(["spasm", "twitch", "", "hiccup"]),
    "triggers": st.sampled_from(["", "stress", "stress;poor_sleep", "stress;;", "joy", ";"]),
    "relief": st.sampled_from(["", "rest", "rest;massage", "magic"]),
    "activity": st.sampled_from(["", "eating", "flying"]),
    "observed_by": st.sampled_from(["", "caregiver", "person", "neighbour"]),
    "notes": st.text(max_size=40),
    "recorded_by": st.one_of(st.text(max_size=90), st.sampled_from(["", "Ana", "=cmd", "'=x"])),
}


@st.composite
def csv_files(draw: st.DrawFn) -> str:
    columns = draw(
        st.lists(st.sampled_from(CSV_COLUMNS), min_size=1, max_size=len(CSV_COLUMNS), unique=True)
    )
    if draw(st.booleans()):
        columns = [c for c in CSV_COLUMNS if c in columns or c in exchange.REQUIRED_CSV_COLUMNS]
    rows = draw(
        st.lists(
            st.fixed_dictionaries({c: cell_values[c] for c in columns}), min_size=0, max_size=6
        )
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow(columns)
    for row in rows:
        values = [row[c] for c in columns]
        shape = draw(st.sampled_from(["ok", "ok", "ok", "short", "long"]))
        if shape == "short" and len(values) > 1:
            values = values[:-1]
        elif shape == "long":
            values = [*values, "extra"]
        writer.writerow(values)
    return out.getvalue()


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
@example('started_at,body_region,side,severity\n"unclosed')
@example("\ufeffstarted_at,body_region,side,severity\n")
@example("started_at,body_region,side,severity,started_at\n")
def test_any_text_parses_as_csv_or_names_the_line(text: str) -> None:
    try:
        exchange.parse_csv(text, now=NOW)
    except ImportFailed as exc:
        assert_clear(exc)


@settings(max_examples=400, deadline=None)
@given(csv_files())
def test_generated_csv_parses_or_names_the_line_and_field(text: str) -> None:
    try:
        parsed = exchange.parse_csv(text, now=NOW)
    except ImportFailed as exc:
        assert_clear(exc)
        assert str(exc).startswith("line ")
        return
    for data in parsed:
        assert not episodes.validate(data, NOW)


@reuse_db
@given(text=csv_files())
@example(text="started_at,body_region,side,severity\n0001-01-01T00:00:00+14:00,hand,left,2\n")
@example(text="started_at,body_region,side,severity\n9999-12-31T23:59:59-12:00,hand,left,2\n")
def test_a_csv_import_goes_in_whole_or_not_at_all(
    db: peewee.SqliteDatabase, person: int, tmp_path: Path, text: str
) -> None:
    check_all_or_nothing(db, tmp_path, text, ".csv")


# --- JSON ------------------------------------------------------------------------------------------


def exported_document(person: int) -> dict[str, Any]:
    episodes.add_episode(
        person,
        episode(
            started=at(2026, 7, 1, 8, 5, offset_min=60),
            duration_seconds=75,
            pain=6,
            triggers=("stress",),
            relief=("rest",),
            notes="a note",
        ),
        now=NOW,
    )
    checkins.save(person, dt.date(2026, 11, 20), CheckInData(hours_slept=5.5), today=NOW.date())
    return exchange.person_json(person)


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**30), 10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(["\ud800", "0001-01-01T00:00:00+14:00", "2026-02-30", "hand", "left"]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def places(document: Any, prefix: tuple[str, ...] = (), depth: int = 4) -> list[tuple[str, ...]]:
    """Every key path in the exported document, down to `depth` (list items by position)."""
    found: list[tuple[str, ...]] = []
    if depth == 0:
        return found
    items = (
        document.items()
        if isinstance(document, dict)
        else enumerate(document)
        if isinstance(document, list)
        else []
    )
    for key, value in items:
        path = (*prefix, str(key))
        found.append(path)
        found.extend(places(value, path, depth - 1))
    return found


def mutate(document: dict[str, Any], path: tuple[str, ...], value: Any, delete: bool) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[int(key)] if isinstance(target, list) else target.get(key)
        if not isinstance(target, dict | list):
            return
    last = path[-1]
    if isinstance(target, list):
        index = int(last)
        if delete:
            del target[index]
        else:
            target[index] = value
    elif delete:
        target.pop(last, None)
    else:
        target[last] = value


@reuse_db
@given(data=st.data())
def test_a_damaged_json_diary_goes_in_whole_or_not_at_all(
    db: peewee.SqliteDatabase, person: int, tmp_path: Path, data: st.DataObject
) -> None:
    """Any part of an exported diary (every section, other features' too) replaced by any value
    or removed, up to three changes at once."""
    original = tmp_path / "original.json"
    if not original.exists():
        original.write_text(json.dumps(exported_document(person)))
    document = json.loads(original.read_text())
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        path = data.draw(st.sampled_from(places(document)), label="where")
        if data.draw(st.booleans(), label="remove"):
            mutate(document, path, None, delete=True)
        else:
            mutate(document, path, data.draw(json_values, label="value"), delete=False)
    text = json.dumps(document)  # a broken character is written as an escape, e.g. \ud800
    check_all_or_nothing(db, tmp_path, text, ".json")


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_is_refused_with_a_place(value: Any) -> None:
    try:
        text = json.dumps(value)
    except (ValueError, UnicodeEncodeError):
        assume(False)
    with pytest.raises(ImportFailed) as caught:
        exchange.parse_json(text, now=NOW)
    assert_clear(caught.value)


def test_text_that_cannot_be_stored_is_refused_by_name(
    db: peewee.SqliteDatabase, person: int, tmp_path: Path
) -> None:
    document = exported_document(person)
    document["episodes"][0]["notes"] = "half a character: \ud800"
    text = json.dumps(document)  # \ud800 written as an escape, as other programs may
    before = count_rows(db)
    with pytest.raises(ImportFailed, match=r"episode 1, field 'notes'"):
        import_text(tmp_path, text, ".json")
    assert count_rows(db) == before


# --- dates anywhere on the calendar, and numbers of any size ---------------------------------


def as_needed_document(taken_at: str, dose: Any) -> dict[str, Any]:
    return {
        "format": "caregiver-app-diary",
        "format_version": 1,
        "person": {"name": "Dose"},
        "treatments": {
            "version": 1,
            "medications": [
                {
                    "name": "Diazepam",
                    "schedule": "as_needed",
                    "doses_taken": [{"taken_at": taken_at, "dose": dose, "note": ""}],
                }
            ],
        },
    }


offsets = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)


@reuse_db
@given(
    when=st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31), timezones=offsets),
    dose=st.one_of(
        st.none(),
        st.integers(-(10**400), 10**400),
        st.floats(allow_nan=False),
    ),
)
@example(when=dt.datetime(1, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))), dose=None)
@example(when=dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-5))), dose=None)
@example(when=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dose=10**400)
def test_a_dose_at_any_time_and_of_any_size_goes_in_whole_or_not_at_all(
    db: peewee.SqliteDatabase, person: int, tmp_path: Path, when: dt.datetime, dose: Any
) -> None:
    """Whatever goes in can be exported again (a dose in year 1 once broke every export)."""
    text = json.dumps(as_needed_document(when.isoformat(), dose))
    check_all_or_nothing(db, tmp_path, text, ".json")


DEEP = "[" * 50_000 + "]" * 50_000


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
@example(DEEP)
@example('{"format": "caregiver-app-diary", "format_version": 1, "x": ' + DEEP + "}")
@example('{"format": "caregiver-app-diary", "format_version": ' + "9" * 5000 + "}")
@example('{"format": "caregiver-app-diary", "format_version": 1e400}')
@example('{"format": "caregiver-app-diary", "format_version": NaN}')
@example('{"format": "caregiver-app-diary", "format_version": "1"}')
@example('\ufeff{"format": "caregiver-app-diary"}')
def test_any_text_as_json_is_refused_with_a_place(text: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        exchange.parse_json(text, now=NOW)
    assert_clear(caught.value)


@reuse_db
@given(created=st.integers(-(10**30), 10**30))
@example(created=10**19)
@example(created=2**63)
def test_an_own_equipment_item_made_at_any_time_goes_in_whole_or_not_at_all(
    db: peewee.SqliteDatabase, person: int, tmp_path: Path, created: int
) -> None:
    document = {
        "format": "caregiver-app-diary",
        "format_version": 1,
        "person": {"name": "Kit"},
        "equipment": {
            "version": 1,
            "states": [],
            "custom_items": [{"activity": "eating", "name": "Cup", "created_utc": created}],
        },
    }
    check_all_or_nothing(db, tmp_path, json.dumps(document), ".json")


# --- spreadsheet formulas ----------------------------------------------------------------------

formula_texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "'", '"', ",", ";", " "]),
        # A NUL is refused, not kept (test_unstorable_text.py).
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    ),
    max_size=30,
)


@reuse_db
@given(note=formula_texts)
@example(note='=HYPERLINK("http://x")')
@example(note="'=1+1")
@example(note="''@SUM(A1)")
@example(note="'plain")
@example(note="\r")
def test_csv_export_import_export_gives_back_every_note_exactly(
    db: peewee.SqliteDatabase, tmp_path: Path, note: str
) -> None:
    """A note a spreadsheet would run is written with a ' in front, and that ' comes off again
    on import: the note is exactly as typed, and no cell of the file starts a formula."""
    writer = people.create_person(name="Writer", make_active=False).id
    try:
        episodes.add_episode(writer, episode(started=at(2026, 7, 1, 8), notes=note), now=NOW)
        first = exchange.episodes_csv(writer)
        cell = next(csv.DictReader(io.StringIO(first, newline="")))["notes"]
        assert not cell.startswith(FORMULA_STARTS)
        path = tmp_path / "notes.csv"
        path.write_text(first, encoding="utf-8", newline="")
        result = exchange.import_file(path, "Reader", now=NOW)
        try:
            [row] = episodes.episodes_for_person(result.person_id)
            assert row.notes == note
            assert exchange.episodes_csv(result.person_id) == first
        finally:
            people.delete_person(result.person_id)
    finally:
        people.delete_person(writer)
