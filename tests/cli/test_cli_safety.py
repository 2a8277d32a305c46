"""backup, restore and check from the command line, and the lock that keeps to one writer."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli import cli


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def episodes_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM episode").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def diary(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    made = cli("demo", "--days", "10", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    return data


def test_backup_list_and_save_a_copy(diary: Path, tmp_path: Path) -> None:
    made = cli("backup", "--data-dir", str(diary))
    assert made.returncode == 0, made.stderr
    assert "contains health information" in made.stdout
    backups = list((diary / "backups").glob("diary-*-manual.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in made.stdout
    listed = cli("backup", "--list", "--data-dir", str(diary))
    assert listed.returncode == 0 and "manual" in listed.stdout and str(backups[0]) in listed.stdout

    copy = tmp_path / "usb" / "diary copy.sqlite3"
    copy.parent.mkdir()
    saved = cli("backup", "--output", str(copy), "--data-dir", str(diary))
    assert saved.returncode == 0, saved.stderr
    assert episodes_in(copy) == episodes_in(diary / "diary.sqlite3")
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600
    again = cli("backup", "--output", str(copy), "--data-dir", str(diary))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_restore_keeps_the_current_diary_and_check_then_passes(diary: Path, tmp_path: Path) -> None:
    copy = tmp_path / "small.sqlite3"
    small = tmp_path / "small"
    assert cli("demo", "--days", "2", "--seed", "9", "--data-dir", str(small)).returncode == 0
    assert cli("backup", "--output", str(copy), "--data-dir", str(small)).returncode == 0
    before = episodes_in(diary / "diary.sqlite3")

    restored = cli("restore", str(copy), "--data-dir", str(diary))
    assert restored.returncode == 0, restored.stderr
    assert "kept as a backup" in restored.stdout
    assert episodes_in(diary / "diary.sqlite3") == episodes_in(copy)
    kept = list((diary / "backups").glob("diary-*-before-restore.sqlite3"))
    assert len(kept) == 1 and episodes_in(kept[0]) == before

    checked = cli("check", "--data-dir", str(diary))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "integrity check: ok" in checked.stdout
    assert "Result: everything is fine." in checked.stdout


@pytest.mark.parametrize("content", [b"garbage" * 1000, b""])
def test_a_bad_file_is_not_restored_and_nothing_changes(
    diary: Path, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = files_in(diary)
    result = cli("restore", str(bad), "--data-dir", str(diary))
    assert result.returncode == 1
    assert "Nothing was changed" in result.stderr
    after = files_in(diary)
    after.pop("logs/caregiver-app.log", None)
    before.pop("logs/caregiver-app.log", None)
    assert after == before


def test_check_reports_a_damaged_diary_with_exit_status_1_and_changes_nothing(
    diary: Path,
) -> None:
    db_path = diary / "diary.sqlite3"
    with open(db_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)
    before = db_path.read_bytes()
    result = cli("check", "--data-dir", str(diary))
    assert result.returncode == 1
    assert "PROBLEM: diary.sqlite3 is damaged" in result.stdout
    assert "problem(s) found" in result.stdout
    assert db_path.read_bytes() == before
    demo = cli("demo", "--data-dir", str(diary))
    assert demo.returncode == 1 and "cannot be opened" in demo.stderr
    assert "caregiver-app restore FILE" in demo.stderr
    assert db_path.read_bytes() == before


def test_check_of_a_folder_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    result = cli("check", "--data-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("backup", "--list", "--output", "x"), "not allowed with argument"),
        (("restore",), "the following arguments are required: FILE"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = cli(*args, "--data-dir", str(tmp_path))
    assert result.returncode == 2 and message in result.stderr


@pytest.fixture
def window_open(diary: Path) -> Iterator[subprocess.Popen[str]]:
    """Another copy of the app holding the data folder's lock, as the window does."""
    code = (
        "import sys\n"
        "from caregiver_app.store import lock\n"
        "lock.DiaryLock(sys.argv[1], 'the Caregiver Dashboard window').acquire()\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(diary)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait()
    proc.stdout.close()


def test_commands_that_write_refuse_while_the_window_is_open(
    diary: Path, tmp_path: Path, window_open: subprocess.Popen[str]
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert cli("backup", "--output", str(copy), "--data-dir", str(diary)).returncode == 0
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("started_at,body_region,side,severity\n2026-01-01T08:00:00,hand,left,2\n")
    before = (diary / "diary.sqlite3").read_bytes()
    for args in (("demo",), ("import", str(csv_file)), ("restore", str(copy))):
        result = cli(*args, "--data-dir", str(diary))
        assert result.returncode == 1, args
        assert "already open" in result.stderr and "the Caregiver Dashboard window" in result.stderr
        assert f"process {window_open.pid}" in result.stderr
    assert (diary / "diary.sqlite3").read_bytes() == before
    # Reading is fine while the window is open.
    export = tmp_path / "out.csv"
    assert (
        cli(
            "export", "--format", "csv", "--output", str(export), "--data-dir", str(diary)
        ).returncode
        == 0
    )
    checked = cli("check", "--data-dir", str(diary))
    assert checked.returncode == 0 and "in use by: the Caregiver Dashboard window" in checked.stdout
