"""The command line, run as a user would run it: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app import __version__


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "CAREGIVER_APP_DATA_DIR"}
    full_env.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
    )


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"caregiver-app {__version__}"


def test_demo_then_export_and_import_round_trip(tmp_path: Path) -> None:
    data, empty = tmp_path / "data", tmp_path / "empty"
    made = cli("demo", "--days", "20", "--seed", "5", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    assert "Added sample person" in made.stdout
    assert oct((data).stat().st_mode & 0o777) == "0o700"
    assert oct((data / "diary.sqlite3").stat().st_mode & 0o777) == "0o600"

    first = tmp_path / "first.json"
    assert (
        cli(
            "--data-dir", str(data), "export", "--format", "json", "--output", str(first)
        ).returncode
        == 0
    )
    imported = cli("import", str(first), "--data-dir", str(empty))
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.json"
    assert (
        cli(
            "export", "--format", "json", "--output", str(second), "--data-dir", str(empty)
        ).returncode
        == 0
    )
    assert json.loads(second.read_text()) == json.loads(first.read_text())
    assert second.read_bytes() == first.read_bytes()


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path) -> None:
    result = cli("demo", "--days", "3", env={"CAREGIVER_APP_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "diary.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("demo", "--days", "0"), "--days: '0' must be 1 or more"),
        (("demo", "--days", "many"), "'many' is not a whole number"),
        (("export", "--format", "xml", "--output", "x"), "invalid choice: 'xml'"),
        (("--open", "nowhere"), "invalid choice: 'nowhere'"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli(*args, "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert message in result.stderr


def test_a_bad_import_exits_1_names_the_line_and_saves_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "started_at,body_region,side,severity\n2026-01-01T08:00:00,hand,left,2\n2026-01-02T08:00:00,hand,up,2\n"
    )
    result = cli("import", str(bad), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert "line 3, column side: 'up'" in result.stderr
    assert "Nothing was imported" in result.stderr
    out = tmp_path / "out.csv"
    assert (
        cli(
            "export", "--format", "csv", "--output", str(out), "--data-dir", str(tmp_path / "d")
        ).returncode
        == 1
    )


def test_export_of_an_unknown_person_exits_1(tmp_path: Path) -> None:
    cli("demo", "--days", "2", "--data-dir", str(tmp_path))
    result = cli(
        "export",
        "--format",
        "csv",
        "--output",
        str(tmp_path / "x.csv"),
        "--person",
        "Nobody",
        "--data-dir",
        str(tmp_path),
    )
    assert result.returncode == 1
    assert "No one called 'Nobody'" in result.stderr
    assert "Sam (sample)" in result.stderr


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    result = cli("demo", "--data-dir", str(file))
    assert result.returncode == 1
    assert "is a file, not a folder" in result.stderr


def test_a_damaged_diary_is_reported_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "diary.sqlite3").write_bytes(b"garbage" * 1000)
    result = cli("demo", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "cannot be opened" in result.stderr
    assert (tmp_path / "diary.sqlite3").read_bytes() == b"garbage" * 1000
