"""Named caregivers on the command line: `--caregiver NAME` on the commands that write, the
computer account's name without it; exports say who recorded every record; an import keeps
the file's names, and export, import into an empty diary and export give the same bytes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.services.caregivers import account_name
from tests.cli.test_cli_import import run

OLD_CSV = (
    "started_at,duration_seconds,body_region,side,kind,severity,pain,triggers,relief,activity,"
    "observed_by,notes\r\n"
    "2026-10-01T08:00:00+01:00,30,hand,left,spasm,2,,,,,,before names\r\n"
    "2026-10-02T21:15:00+01:00,,calf,right,cramp,3,6,cold,,,,\r\n"
)


def records(document: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every record of an exported diary (every object that says who recorded it or should),
    with where it is."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(document, dict):
        if "recorded_by" in document or any(
            k in document for k in ("started_at", "day", "taken_at", "happened_at", "item")
        ):
            found.append((where, document))
        for key, value in document.items():
            found += records(value, f"{where}.{key}")
    elif isinstance(document, list):
        for value in document:
            found += records(value, where)
    return found


def test_an_old_csv_imports_and_its_episodes_say_the_caregiver_who_imported_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    old = tmp_path / "old.csv"
    old.write_text(OLD_CSV)
    code, out, err = run(capsys, "import", str(old), "--caregiver", "Ben", "--data-dir", str(data))
    assert code == 0, err
    assert "2 episodes" in out
    exported = tmp_path / "diary.json"
    code, _, err = run(
        capsys, "export", "--format", "json", "--output", str(exported), "--data-dir", str(data)
    )
    assert code == 0, err
    episodes = json.loads(exported.read_text())["episodes"]
    assert [(e["notes"], e["recorded_by"]) for e in episodes] == [
        ("before names", "Ben"),
        ("", "Ben"),
    ]
    assert all(e["recorded_at"].endswith("Z") for e in episodes)

    as_csv = tmp_path / "episodes.csv"
    code, _, err = run(
        capsys, "export", "--format", "csv", "--output", str(as_csv), "--data-dir", str(data)
    )
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(as_csv.read_text(), newline="")))
    assert rows[0][-1] == "recorded_by" and [r[-1] for r in rows[1:]] == ["Ben", "Ben"]


def test_without_caregiver_the_records_say_the_computer_account(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    old = tmp_path / "old.csv"
    old.write_text(OLD_CSV)
    assert run(capsys, "import", str(old), "--data-dir", str(data))[0] == 0
    exported = tmp_path / "diary.json"
    run(capsys, "export", "--format", "json", "--output", str(exported), "--data-dir", str(data))
    names = {e["recorded_by"] for e in json.loads(exported.read_text())["episodes"]}
    assert names == {account_name() or None}


def test_export_import_export_gives_the_same_bytes_and_keeps_who_recorded_everything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    code, _, err = run(
        capsys, "demo", "--days", "40", "--caregiver", "Ana", "--data-dir", str(first)
    )
    assert code == 0, err
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    run(capsys, "export", "--format", "json", "--output", str(one), "--data-dir", str(first))
    code, _, err = run(capsys, "import", str(one), "--caregiver", "Ben", "--data-dir", str(second))
    assert code == 0, err
    run(capsys, "export", "--format", "json", "--output", str(two), "--data-dir", str(second))
    assert two.read_bytes() == one.read_bytes()

    found = records(json.loads(one.read_text()))
    kinds = {where for where, _ in found}
    assert {".episodes", ".checkins", ".falls", ".treatments.medications"} <= kinds
    assert {".treatments.therapy_sessions", ".treatments.appointments"} <= kinds
    assert {where for where, r in found if r.get("recorded_by") != "Ana"} == set()


@pytest.mark.parametrize(
    ("name", "said"),
    [("   ", "the name is blank"), ("x" * 81, "at most 80"), ("Ana\x1b[2J", "control character")],
)
def test_a_bad_caregiver_name_is_a_usage_error_that_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, said: str
) -> None:
    code, _, err = run(capsys, "demo", "--caregiver", name, "--data-dir", str(tmp_path / "d"))
    assert code == 2 and said in err
    assert not (tmp_path / "d" / "diary.sqlite3").exists()
