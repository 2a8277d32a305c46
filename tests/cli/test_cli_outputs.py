"""Files the commands write (export, report, checklist, backup --output): never one of the app's
own files, and whole or not at all, even on a full disk."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.cli.safety_helpers import (
    fill_up,
    fingerprint,
    make_diary,
    one_line,
    tmpfs,
    without_log,
)
from tests.cli.test_cli import cli

TODAY = dt.date.today()
WRITERS = {
    "export": ("export", "--format", "csv"),
    "report": ("report", "--from", str(TODAY - dt.timedelta(days=9)), "--to", str(TODAY)),
    "checklist": ("checklist",),
    "backup": ("backup",),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_diary(tmp_path_factory.mktemp("outputs") / "data")


@pytest.fixture
def diary(base: Path, tmp_path: Path) -> Path:
    """A fresh copy of the module's diary (made once: the demo takes a while)."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(base, data, symlinks=True)
    return data


def own_targets(data: Path) -> dict[str, Path]:
    backup = next((data / "backups").glob("diary-*-manual.sqlite3"))
    return {
        "diary": data / "diary.sqlite3",
        "wal": data / "diary.sqlite3-wal",
        "lock": data / "diary.lock",
        "settings": data / "settings.ini",
        "log": data / "logs" / "caregiver-app.log",
        "new file in logs": data / "logs" / "report.pdf",
        "backup": backup,
        "new file in backups": data / "backups" / "out.csv",
        "set-aside": data / "set-aside" / "diary-2026-01-01-000000-damaged.sqlite3",
        "diary through ..": data / "backups" / ".." / "diary.sqlite3",
    }


CASES = [
    ("export", "diary"),
    ("export", "wal"),
    ("export", "lock"),
    ("export", "settings"),
    ("export", "log"),
    ("export", "new file in backups"),
    ("export", "set-aside"),
    ("export", "diary through .."),
    ("report", "diary"),
    ("report", "new file in logs"),
    ("checklist", "settings"),
    ("checklist", "backup"),
    ("backup", "diary through .."),
    ("backup", "backup"),
]


@pytest.mark.parametrize(("command", "target"), CASES)
def test_an_output_never_replaces_the_apps_own_files(
    diary: Path, tmp_path: Path, command: str, target: str
) -> None:
    output = own_targets(diary)[target]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "keep.txt").write_text("not the app's")
    before = fingerprint(diary, outside)

    result = cli(*WRITERS[command], "--output", str(output), "--data-dir", str(diary))

    assert result.returncode == 1, result.stdout + result.stderr
    line = one_line(result.stderr)
    assert str(output) in line and ("app's own files" in line or "inside the app's" in line)
    assert without_log(fingerprint(diary, outside)) == without_log(before)


def test_an_output_through_a_symbolic_link_to_the_diary_is_refused(
    diary: Path, tmp_path: Path
) -> None:
    link = tmp_path / "innocent.csv"
    link.symlink_to(diary / "diary.sqlite3")
    before = fingerprint(diary)
    result = cli("export", "--format", "json", "--output", str(link), "--data-dir", str(diary))
    assert result.returncode == 1
    assert str(link) in one_line(result.stderr) and "app's own files" in result.stderr
    assert fingerprint(diary) == before and link.is_symlink()


def test_an_output_that_is_a_hard_link_to_the_diary_is_refused(diary: Path, tmp_path: Path) -> None:
    alias = diary.parent / "alias.sqlite3"
    os.link(diary / "diary.sqlite3", alias)
    before = fingerprint(diary)
    result = cli("backup", "--output", str(alias), "--data-dir", str(diary))
    assert result.returncode == 1 and "app's own files" in one_line(result.stderr)
    assert without_log(fingerprint(diary)) == without_log(before)


def test_outputs_elsewhere_in_the_data_folder_are_still_allowed(diary: Path) -> None:
    output = diary / "pat.csv"
    result = cli("export", "--format", "csv", "--output", str(output), "--data-dir", str(diary))
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8").startswith("started_at")


# --- a full disk: never success, no partial file, nothing else changed ---------------------------


@pytest.mark.parametrize("command", ["export", "report", "checklist", "backup"])
def test_a_full_disk_is_never_reported_as_success(
    diary: Path, tmp_path: Path, command: str
) -> None:
    with tmpfs(tmp_path / "usb", "256k") as usb:
        old = usb / "old.out"
        old.write_bytes(b"an earlier file, kept as it was\n" * 10)
        fill_up(usb)
        before = fingerprint(diary, usb)
        for output in (usb / "new.out", old):
            result = cli(*WRITERS[command], "--output", str(output), "--data-dir", str(diary))
            assert result.returncode == 1, result.stdout + result.stderr
            line = one_line(result.stderr)
            assert str(output) in line
            assert any(
                said in line
                for said in ("Nothing was saved", "disk is full", "nothing was overwritten")
            )
            assert "Wrote" not in result.stdout and "Exported" not in result.stdout
        assert sorted(p.name for p in usb.iterdir()) == ["filler", "old.out"]
        assert without_log(fingerprint(diary, usb)) == without_log(before)


def test_pdfs_are_checked_before_they_are_put_in_place(diary: Path, tmp_path: Path) -> None:
    """A disk with a little room: Qt's PDF writer stops half-way without a word; the check sees
    the PDF is cut short and nothing is left."""
    with tmpfs(tmp_path / "usb", "64k") as usb:
        (usb / "filler").write_bytes(b"\0" * (56 * 1024))
        output = usb / "report.pdf"
        result = cli(*WRITERS["report"], "--output", str(output), "--data-dir", str(diary))
        assert result.returncode == 1, result.stdout
        assert "could not be written" in one_line(result.stderr)
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_outputs_are_private_and_complete(diary: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.pdf"
    result = cli(*WRITERS["report"], "--output", str(output), "--data-dir", str(diary))
    assert result.returncode == 0, result.stderr
    data = output.read_bytes()
    assert data.rstrip().endswith(b"%%EOF")
    if os.name == "posix":
        assert output.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
