"""Importing from the command line never changes or doubles what the diary holds, and every
file it refuses gets one clear line, exit status 1 (2 for usage), and an unchanged diary."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caregiver_app import cli
from caregiver_app.services import (
    checkins,
    clinician_scores,
    episodes,
    equipment,
    medications,
    people,
    therapy,
)
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.clinician_scores import ScoreData
from caregiver_app.services.medications import MedicationData
from caregiver_app.store import db as store_db
from tests.helpers import at, episode

DAY = dt.date(2026, 10, 1)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # argparse: a usage error
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def dump(data: Path) -> list[str]:
    """Everything in the diary, as SQL (WAL included), to compare before and after."""
    conn = sqlite3.connect(f"{(data / 'diary.sqlite3').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_diary(data: Path, fill: Callable[[int], None]) -> None:
    data.mkdir(parents=True, exist_ok=True)
    store_db.open_database(data / "diary.sqlite3")
    try:
        fill(people.create_person(name="Sam", birth_year=1950).id)
    finally:
        store_db.close_database()


def sam_has_a_little_of_everything(person: int) -> None:
    episodes.add_episode(person, episode(started=at(2026, 10, 1, 9), notes="first"))
    checkins.save(person, DAY, CheckInData(stress=3, notes="calm day"), today=DAY)
    therapy.set_minutes(person, DAY, 20, 300, today=DAY)
    clinician_scores.add_score(person, ScoreData(DAY, "elbow_flexors", "left", "2"), today=DAY)
    medications.add_medication(
        person, MedicationData("Baclofen", dose=10.0, unit="mg", started_on=DAY)
    )
    equipment.set_status(person, "rocker-knife", "ordered", today=DAY)
    equipment.set_note(person, "rocker-knife", "ref 123")


def export_json(capsys: pytest.CaptureFixture[str], data: Path, path: Path) -> dict[str, Any]:
    code, _, err = run(
        capsys, "export", "--format", "json", "--output", str(path), "--data-dir", str(data)
    )
    assert code == 0, err
    return json.loads(path.read_text(encoding="utf-8"))


def test_an_import_never_changes_what_the_diary_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    make_diary(data, sam_has_a_little_of_everything)
    document = export_json(capsys, data, tmp_path / "sam.json")
    # The same file, saying other things about the same day, item and record.
    document["person"]["birth_year"] = 1960
    document["checkins"][0]["stress"] = 9
    state = next(s for s in document["equipment"]["states"] if s["item"] == "rocker-knife")
    state.update(status="not_considered", status_changed_on=None, note="")
    treatments = document["treatments"]
    treatments["daily_minutes"][0]["splint"] = 60
    treatments["mas_scores"][0]["score"] = "4"
    treatments["medications"][0]["dose"] = 20.0
    treatments["medications"][0]["doses_taken"] = []
    new_day = {"day": "2026-10-02", "stress": 5}
    document["checkins"].append(
        {**{k: None for k in document["checkins"][0]}, **new_day, "notes": ""}
    )
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")

    before = dump(data)
    code, out, err = run(capsys, "import", str(changed), "--data-dir", str(data))
    assert code == 0, err
    assert out.strip() == (
        "Imported into Sam: 1 check-in added; skipped 1 episode already in the diary, "
        "1 check-in, 1 day of exercise and splint minutes for days that already have one "
        "(kept the diary's), 1 profile detail, 1 medication, 1 Ashworth score, 1 equipment "
        "status where the diary says otherwise (kept the diary's)."
    )
    after = dump(data)
    assert [line for line in before if line not in after] == []  # nothing changed or removed
    added = [line for line in after if line not in before]
    # only the new day's check-in, and who imported it joins the diary's caregivers
    assert len(added) == 2 and "2026-10-02" in added[1]
    assert added[0].startswith('INSERT INTO "caregiver" VALUES(1,')

    store_db.open_database(data / "diary.sqlite3")
    try:
        sam = people.find_by_name("Sam")
        assert sam is not None and sam.birth_year == 1950
        knife = equipment.entry_for(sam.id, equipment.load_catalogue(), "rocker-knife")
        assert knife is not None
        assert (knife.status, knife.changed_on, knife.note) == ("ordered", DAY, "ref 123")
    finally:
        store_db.close_database()


def test_importing_the_same_file_twice_never_doubles_the_diary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, data = tmp_path / "source", tmp_path / "data"
    code, _, err = run(capsys, "demo", "--days", "30", "--data-dir", str(source))
    assert code == 0, err
    whole = tmp_path / "whole.json"
    log = tmp_path / "log.csv"
    document = export_json(capsys, source, whole)
    code, _, err = run(
        capsys, "export", "--format", "csv", "--output", str(log), "--data-dir", str(source)
    )
    assert code == 0, err
    n_episodes = len(document["episodes"])

    code, out, _ = run(capsys, "import", str(whole), "--data-dir", str(data))
    assert code == 0 and f"{n_episodes} episodes" in out and "skipped" not in out
    once = dump(data)
    for path in (whole, log):
        code, out, err = run(capsys, "import", str(path), "--data-dir", str(data))
        assert code == 0, err
        assert out.startswith(
            f"Imported into Sam (sample): nothing new added; skipped {n_episodes} episodes"
        )
        assert out.strip().endswith(" already in the diary.")
        assert dump(data) == once
        if path == whole:
            assert f", {len(document['checkins'])} check-ins, " in out


def test_a_file_half_old_and_half_new_adds_only_the_new_half(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    header = "started_at,body_region,side,severity,notes\n"
    rows = [f"2026-11-{day:02d}T08:00:00+00:00,hand,left,2,day {day}\n" for day in range(1, 21)]
    old, both = tmp_path / "old.csv", tmp_path / "both.csv"
    old.write_text(header + "".join(rows[:10]), encoding="utf-8")
    both.write_text(header + "".join(rows), encoding="utf-8")
    data = tmp_path / "data"
    assert run(capsys, "import", str(old), "--data-dir", str(data))[0] == 0
    code, out, err = run(capsys, "import", str(both), "--data-dir", str(data))
    assert code == 0, err
    assert out.strip() == (
        "Imported into Imported diary: 10 episodes added; skipped 10 episodes already in the diary."
    )
    twin = tmp_path / "twin.csv"  # the same episode twice, as a diary may hold it
    twin.write_text(header + rows[0] + rows[0], encoding="utf-8")
    code, out, _ = run(capsys, "import", str(twin), "--data-dir", str(data))
    assert "1 episode added; skipped 1 episode already in the diary" in out
    store_db.open_database(data / "diary.sqlite3")
    try:
        notes = [row.notes for row in episodes.episodes_for_person(1)]
    finally:
        store_db.close_database()
    assert sorted(notes) == sorted([f"day {day}" for day in range(1, 21)] + ["day 1"])


def test_treatments_already_in_the_diary_are_not_added_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, data = tmp_path / "source", tmp_path / "data"
    assert run(capsys, "demo", "--days", "200", "--seed", "4", "--data-dir", str(source))[0] == 0
    whole = tmp_path / "whole.json"
    document = export_json(capsys, source, whole)
    assert run(capsys, "import", str(whole), "--data-dir", str(data))[0] == 0
    first = export_json(capsys, data, tmp_path / "first.json")
    # A session and an as-needed dose the diary does not have yet, and everything else again.
    document["treatments"]["therapy_sessions"].append(
        {
            "day": "2026-01-02",
            "kind": "speech",
            "minutes": 30,
            "willingness": 5,
            "pain": 0,
            "notes": "",
        }
    )
    medication = next(
        m for m in document["treatments"]["medications"] if m["schedule"] == "as_needed"
    )
    medication["doses_taken"].append(
        {"taken_at": "2026-01-02T08:00:00+00:00", "dose": None, "note": ""}
    )
    more = tmp_path / "more.json"
    more.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, "import", str(more), "--data-dir", str(data))
    assert code == 0, err
    assert out.startswith("Imported into Sam (sample): 1 as-needed dose, 1 therapy session added;")
    skipped = out.split("; skipped ")[1]
    for kind in ("medications", "injections", "goal scores", "Ashworth scores", "appointments"):
        assert f" {kind}, " in skipped or f" {kind} already" in skipped, kind
    assert skipped.strip().endswith(" already in the diary.")
    second = export_json(capsys, data, tmp_path / "second.json")
    for section in ("injections", "mas_scores", "appointments", "daily_minutes"):
        assert second["treatments"][section] == first["treatments"][section]
    assert (
        len(second["treatments"]["therapy_sessions"])
        == len(first["treatments"]["therapy_sessions"]) + 1
    )


# --- refused: one clear line, exit status 1 (2 for usage), the diary unchanged ----------------


@pytest.fixture
def diary(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    make_diary(data, sam_has_a_little_of_everything)
    return data


def refused(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str], status: int = 1
) -> str:
    before = dump(data)
    code, out, err = run(capsys, *args, "--data-dir", str(data))
    assert code == status, err
    assert out == ""
    lines = err.strip().splitlines()
    if status == 1:
        assert len(lines) == 1, err
    else:  # usage errors print the usage first, then one line
        assert lines[0].startswith("usage: ") and lines[-1].startswith("caregiver-app "), err
    assert "Traceback" not in err
    assert dump(data) == before
    return lines[-1]


def diary_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "caregiver-app-diary",
        "format_version": 1,
        "person": {"name": "Sam"},
    }
    document.update(changes)
    return document


def write_json(tmp_path: Path, document: Any) -> str:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def as_needed(taken_at: str, dose: Any = None) -> dict[str, Any]:
    return {
        "treatments": {
            "version": 1,
            "medications": [
                {
                    "name": "Diazepam",
                    "schedule": "as_needed",
                    "doses_taken": [{"taken_at": taken_at, "dose": dose, "note": ""}],
                }
            ],
        }
    }


@pytest.mark.parametrize(
    "taken_at",
    ["0001-01-01T00:30:00+05:00", "9999-12-31T23:00:00-05:00", "1899-12-31T23:00:00+00:00"],
)
def test_a_dose_dated_out_of_range_is_refused_and_export_still_works(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path, taken_at: str
) -> None:
    line = refused(
        capsys, diary, ["import", write_json(tmp_path, diary_document(**as_needed(taken_at)))]
    )
    assert line == (
        "caregiver-app import: Nothing was imported. treatments, medication 1 ('Diazepam'), "
        f"dose taken 1, field 'taken_at': {taken_at} is outside the dates this diary takes "
        "(1900-01-01 to 2100-12-31); check the year."
    )
    export_json(capsys, diary, tmp_path / "out.json")


@pytest.mark.parametrize("happened_at", ["0001-01-01T00:00:00+14:00", "2101-01-01T08:00:00+00:00"])
def test_a_fall_dated_out_of_range_is_refused(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path, happened_at: str
) -> None:
    """Falls get the same 1900-2100 rule as every other date an import takes."""
    fall = {"happened_at": happened_at, "injured": False, "note": ""}
    line = refused(capsys, diary, ["import", write_json(tmp_path, diary_document(falls=[fall]))])
    assert line == (
        "caregiver-app import: Nothing was imported. falls, fall 1, field 'happened_at': "
        f"{happened_at} is outside the dates this diary takes (1900-01-01 to 2100-12-31); "
        "check the year."
    )


def test_a_far_date_already_in_a_diary_exports_without_a_traceback(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path
) -> None:
    """A diary filled before imports checked dates (a dose in year 0 on the clock)."""
    conn = sqlite3.connect(diary / "diary.sqlite3")
    with conn:
        conn.execute(
            "INSERT INTO medication_dose_taken (medication_id, taken_utc, utc_offset_min, note)"
            " VALUES (1, ?, 300, '')",
            (int(dt.datetime(1, 1, 1, tzinfo=dt.UTC).timestamp()) - 60,),
        )
    conn.close()
    document = export_json(capsys, diary, tmp_path / "out.json")
    assert document["treatments"]["medications"][0]["doses_taken"][0]["taken_at"].startswith(
        "0001-01-01"
    )


DEEP = (
    '{"format": "caregiver-app-diary", "format_version": 1, "person": {"name": "A"}, "x": '
    + "[" * 100_000
    + "]" * 100_000
    + "}"
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (DEEP, "the file: lists or objects in the file are nested hundreds deep"),
        (
            '{"format": "caregiver-app-diary", "format_version": 1, "person": {"name": "A", "birth_year": '
            + "9" * 5000
            + "}}",
            "line 1: a number in the file has more than 20 digits (999999999999...).",
        ),
        (
            json.dumps(diary_document(**as_needed("2026-01-01T08:00:00+00:00", 10**400))),
            "more than 20 digits",
        ),
        (
            json.dumps(diary_document(**as_needed("2026-01-01T08:00:00+00:00", 10**19))),
            "field 'dose': The dose must be at most 1000000.",
        ),
        (  # a float too big to hold: "inf" once read
            json.dumps(diary_document(**as_needed("2026-01-01T08:00:00+00:00", 12345))).replace(
                "12345", "1e400"
            ),
            "line 1: 1e400 is too large a number for this diary.",
        ),
        (
            json.dumps(diary_document(**as_needed("2026-01-01T08:00:00+00:00", -2))),
            "field 'dose': The dose must be more than 0.",
        ),
        (
            json.dumps(
                diary_document(
                    equipment={
                        "version": 1,
                        "states": [],
                        "custom_items": [
                            {
                                "activity": "eating",
                                "name": "Cup",
                                "created_utc": 10**19,
                                "status": "not_considered",
                            }
                        ],
                    }
                )
            ),
            "field 'created_utc': 10000000000000000000 is outside the dates this diary takes",
        ),
        (
            '{"format": "caregiver-app-diary", "format_version": NaN, "person": {"name": "A"}}',
            "NaN is not a number JSON allows",
        ),
        (
            '[{"started_at": "2026-01-01T08:00:00"}]',
            "the file: the file is a list, not a diary exported by this app",
        ),
        (
            '{"format": "caregiver-app-diary", "format_version": "1", "person": {"name": "A"}}',
            "the file, field 'format_version': '1' is text; format_version is a whole number, e.g. 1.",
        ),
        (
            json.dumps(diary_document(person={"name": "x" * 101})),
            "person, field 'name': The name is longer than 100 characters.",
        ),
        (  # a section from a newer app would be left out without a word
            json.dumps(diary_document(seizures=[{"at": "2026-01-01T08:00:00+00:00"}])),
            "the file: the section(s) 'seizures' are not ones this app knows (a newer app may "
            "have made the file); update the app and import again, so nothing is left out.",
        ),
        (  # an escape sequence in a name would recolour the terminal that prints it
            json.dumps(diary_document(person={"name": "Sam\u001b[31m"})),
            "person, field 'name': The name cannot hold line breaks, tabs or other control "
            "characters.",
        ),
    ],
)
def test_files_that_used_to_end_in_a_traceback_get_one_clear_line(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    line = refused(capsys, diary, ["import", str(path), "--person", "Someone New"])
    assert line.startswith("caregiver-app import: Nothing was imported. ")
    assert expected in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["import", "FILE", "--person", "   "],
            "argument --person: the name is blank; give the person's name",
        ),
        (["import", "FILE", "--person", "x" * 101], "a name has at most 100"),
        (["import", "FILE", "--person", "Evil\x1b[31mred"], "a name is one line"),
        (["export", "--format", "csv", "--output", "OUT", "--person", "Sam\nBo"], "one line"),
        (["export", "--format", "csv", "--output", "OUT", "--person", ""], "the name is blank"),
        (
            ["report", "--from", "0001-01-01", "--to", "2026-01-01", "--output", "OUT"],
            "argument --from: '0001-01-01' is outside the dates the diary takes (1900-01-01 to 2100-12-31)",
        ),
        (
            ["report", "--from", "2026-01-01", "--to", "9999-12-31", "--output", "OUT"],
            "argument --to",
        ),
    ],
)
def test_bad_arguments_are_usage_errors(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("started_at,body_region,side,severity\n2026-01-01T08:00:00+00:00,hand,left,2\n")
    args = [str(good) if a == "FILE" else str(tmp_path / "out") if a == "OUT" else a for a in args]
    line = refused(capsys, diary, args, status=2)
    assert expected in line


# --- what the file is, and what to do about it ------------------------------------------------

CSV_HEADER = "started_at,body_region,side,severity,notes\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"started_at;body_region;side;severity\n2026-01-01T08:00:00;hand;left;2\n",
            "line 1: the columns are separated by semicolons (;), not commas. In your "
            "spreadsheet choose Save As, 'CSV UTF-8 (comma delimited)', and import that file.",
        ),
        (
            CSV_HEADER.encode("utf-16"),
            "this file is UTF-16 text. In your spreadsheet choose Save As",
        ),
        (CSV_HEADER.encode("utf-16-be"), "this file is UTF-16 text."),
        (CSV_HEADER.encode("utf-16-le"), "this file is UTF-16 text."),
        (
            (CSV_HEADER + "2026-01-01T08:00:00+00:00,hand,left,2,Café\n").encode("latin-1"),
            "this file is not UTF-8 text (line 2 has the byte 0xE9); it may be "
            "Latin-1 or Windows text. "
            "In your spreadsheet choose Save As, 'CSV UTF-8 (comma delimited)'",
        ),
        (
            b"PK\x03\x04" + b"\x00" * 100,
            "this is a spreadsheet workbook (.xlsx) or another zipped file",
        ),
        (
            b"SQLite format 3\x00" + b"\x00" * 100,
            "this is a diary backup (an SQLite file), not an export. To bring a backup back, use "
            "Restore (Settings > Data and backups, or 'caregiver-app restore FILE').",
        ),
        (
            (
                CSV_HEADER
                + '2026-01-01T08:00:00+00:00,hand,left,2,"ok"\n' * 5
                + '2026-01-02T08:00:00+00:00,hand,left,2,"never closed\nmore\nmore\n'
            ).encode(),
            'line 7: a quoted field starts on this line and its closing quote (") is missing.',
        ),
        (
            (
                CSV_HEADER
                + "2026-01-01T08:00:00+00:00,hand,left,2,ok\n" * 2
                + '2026-01-02T08:00:00+00:00,hand,left,2,"'
                + "x" * 200_000
                + '"\n'
            ).encode(),
            "line 4: a field on this line is longer than 131,072 characters.",
        ),
        (
            (
                CSV_HEADER
                + "2026-01-01T08:00:00+00:00,hand,left,2,ok\n" * 6
                + "2026-01-02T08:00:00+00:00,elbow_left,left,2,\n"
            ).encode(),
            "line 8, column body_region: 'elbow_left' is not a place this diary knows; use one of "
            "face, neck, shoulder, upper_arm, elbow, forearm, wrist, hand, fingers, trunk, hip, "
            "thigh, knee, calf, ankle, foot, toes.",
        ),
        (  # no new, empty person and no "success" for a file with nothing in it
            (CSV_HEADER + "\r\n\r\n").encode(),
            "line 1: the file holds only the header line, no episodes.",
        ),
        (  # blank lines (a spreadsheet's empty rows) still count as lines of the file
            (
                CSV_HEADER
                + "2026-01-01T08:00:00+00:00,hand,left,2,ok\n\n\n"
                + '2026-01-02T08:00:00+00:00,hand,left,2,"two\nlines"\n\r\n'
                + "2026-01-02T09:00:00+00:00,elbow_left,left,2,\n"
            ).encode(),
            "line 8, column body_region: 'elbow_left' is not a place this diary knows",
        ),
        (
            (CSV_HEADER + "2026-03-29T01:30:00,hand,left,2,\n").encode(),
            "line 2, column started_at: 2026-03-29T01:30:00 does not exist on this computer's "
            "clock (the clocks went forward then); check the time or add the UTC offset, e.g. "
            "2026-03-29T01:30:00+00:00.",
        ),
    ],
)
def test_a_file_that_is_not_what_import_reads_is_named_with_what_to_do(
    capsys: pytest.CaptureFixture[str],
    diary: Path,
    tmp_path: Path,
    content: bytes,
    expected: str,
    in_london: None,
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    line = refused(capsys, diary, ["import", str(path)])
    assert line.startswith("caregiver-app import: Nothing was imported. ")
    assert expected in line


def test_a_json_diary_with_a_byte_order_mark_imports(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path
) -> None:
    document = diary_document(checkins=[{"day": "2026-10-05", "mood": "good"}])
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    code, out, err = run(capsys, "import", str(path), "--data-dir", str(diary))
    assert code == 0, err
    assert out.strip() == "Imported into Sam: 1 check-in added."


def test_times_keep_their_clock_reading(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An offset with seconds keeps the clock time; a time the clocks skipped is refused above."""
    path = tmp_path / "in.csv"
    path.write_text(CSV_HEADER + "2026-01-01T08:00:00+05:30:15,hand,left,2,\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run(capsys, "import", str(path), "--data-dir", str(data))[0] == 0
    out = tmp_path / "out.csv"
    assert (
        run(capsys, "export", "--format", "csv", "--output", str(out), "--data-dir", str(data))[0]
        == 0
    )
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("2026-01-01T08:00:00+05:30,")


def test_a_header_edited_in_a_spreadsheet_still_names_the_columns(
    capsys: pytest.CaptureFixture[str], diary: Path, tmp_path: Path
) -> None:
    """Capitals and spaces around a column name do not hide it; an unknown column is named as
    written in the file."""
    path = tmp_path / "edited.csv"
    path.write_text(
        "Started_At, Body_Region , SIDE,severity\n2026-01-01T08:00:00+00:00,hand,left,2\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", str(path), "--data-dir", str(diary))
    assert code == 0, err
    assert out.strip() == "Imported into Sam: 1 episode added."
    path.write_text("started_at,body_region,side,severity, Mood \n", encoding="utf-8")
    line = refused(capsys, diary, ["import", str(path)])
    assert line.endswith("line 1: unknown column(s) Mood.")
