"""The diary's own files from the command line: reading never creates a diary, folders the app
did not make keep their permissions, planted symbolic links are never followed, read-only media
can be checked and exported, and a FIFO is not an import file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.safety_helpers import fingerprint, make_diary, one_line, read_only, without_log
from tests.cli.test_cli import cli

TODAY = dt.date.today()
READERS = {
    "export": ("export", "--format", "json"),
    "report": ("report", "--from", str(TODAY - dt.timedelta(days=9)), "--to", str(TODAY)),
    "checklist": ("checklist",),
}
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and links are POSIX")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_diary(tmp_path_factory.mktemp("files") / "data")


@pytest.fixture
def diary(base: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(base, data, symlinks=True)
    return data


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- commands that only read never create a diary -------------------------------------------------


@pytest.mark.parametrize("command", sorted(READERS))
def test_reading_a_deleted_diary_points_to_the_newest_backup_and_creates_nothing(
    diary: Path, tmp_path: Path, command: str
) -> None:
    (diary / "diary.sqlite3").unlink()
    newest = next((diary / "backups").glob("diary-*-manual.sqlite3"))
    before = fingerprint(diary)
    output = tmp_path / "out.file"

    result = cli(*READERS[command], "--output", str(output), "--data-dir", str(diary))

    assert result.returncode == 1, result.stdout + result.stderr
    line = one_line(result.stderr)
    assert "missing" in line and f"caregiver-app restore {newest}" in line
    assert not (diary / "diary.sqlite3").exists() and not output.exists()
    assert fingerprint(diary) == before
    # ... so the window still offers to restore it, and check says so too.
    checked = cli("check", "--data-dir", str(diary))
    assert checked.returncode == 1
    assert f"caregiver-app restore {newest}" in checked.stdout
    assert fingerprint(diary) == before


@pytest.mark.parametrize("command", ["import", "demo"])
def test_a_writing_command_does_not_start_a_new_diary_over_a_deleted_one(
    diary: Path, tmp_path: Path, command: str
) -> None:
    """An empty new diary would hide the loss: start-up would no longer offer the backup."""
    (diary / "diary.sqlite3").unlink()
    newest = next((diary / "backups").glob("diary-*-manual.sqlite3"))
    before = without_log(fingerprint(diary))
    episodes = tmp_path / "in.csv"
    episodes.write_text(
        "started_at,body_region,side,severity\n2026-01-01T08:00:00+00:00,hand,left,2\n"
    )
    args = ("import", str(episodes)) if command == "import" else ("demo", "--days", "3")

    result = cli(*args, "--data-dir", str(diary))

    assert result.returncode == 1, result.stdout + result.stderr
    line = one_line(result.stderr)
    assert "missing" in line and f"caregiver-app restore {newest}" in line
    assert not (diary / "diary.sqlite3").exists()
    assert without_log(fingerprint(diary)) == before


@pytest.mark.parametrize("command", sorted(READERS))
def test_a_mistyped_data_folder_is_not_created_by_a_reading_command(
    tmp_path: Path, command: str
) -> None:
    typo = tmp_path / "dairy"
    result = cli(*READERS[command], "--output", str(tmp_path / "x"), "--data-dir", str(typo))
    assert result.returncode == 1
    assert f"The folder {typo} does not exist" in one_line(result.stderr)
    assert not typo.exists() and list(tmp_path.iterdir()) == []


# --- the app changes only folders it created --------------------------------------------------------


@posix_only
def test_a_shared_folder_keeps_its_permissions_and_check_says_it_is_not_private(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "home"
    shared.mkdir()
    shared.chmod(0o755)
    (shared / "holiday.jpg").write_bytes(b"photo")
    made = cli("demo", "--days", "2", "--data-dir", str(shared))
    assert made.returncode == 0, made.stderr
    assert mode(shared) == 0o755
    checked = cli("check", "--data-dir", str(shared))
    assert checked.returncode == 1
    assert f"PROBLEM: {shared} (folder)" in checked.stdout
    assert "holiday.jpg" not in checked.stdout


@posix_only
def test_a_folder_holding_only_the_apps_files_is_made_private(diary: Path) -> None:
    diary.chmod(0o755)
    assert cli("demo", "--days", "1", "--data-dir", str(diary)).returncode == 0
    assert mode(diary) == 0o700


@posix_only
def test_check_covers_set_aside_and_a_diary_reached_through_a_link(
    diary: Path, tmp_path: Path
) -> None:
    kept = diary / "set-aside" / "diary-2026-01-01-000000-damaged.sqlite3"
    kept.chmod(0o644)
    elsewhere = tmp_path / "disk"
    elsewhere.mkdir()
    real = elsewhere / "real-diary.sqlite3"
    shutil.move(diary / "diary.sqlite3", real)
    real.chmod(0o644)
    (diary / "diary.sqlite3").symlink_to(real)

    checked = cli("check", "--data-dir", str(diary))

    assert checked.returncode == 1
    assert f"PROBLEM: {kept}" in checked.stdout
    assert f"PROBLEM: {real} (the diary" in checked.stdout
    assert "integrity check: ok" in checked.stdout


# --- planted symbolic links are never followed ------------------------------------------------------


@posix_only
@pytest.mark.parametrize(
    ("planted", "args"),
    [
        ("diary.lock", ("demo", "--days", "1")),
        ("diary.lock", ("import", "CSV")),
        ("logs/caregiver-app.log", ("backup",)),
        ("logs/caregiver-app.log", ("demo", "--days", "1")),
    ],
)
def test_a_planted_link_is_refused_and_its_target_is_untouched(
    diary: Path, tmp_path: Path, planted: str, args: tuple[str, ...]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "precious.txt"
    victim.write_text("someone else's file\n")
    victim.chmod(0o644)
    csv_file = outside / "one.csv"
    csv_file.write_text("started_at,body_region,side,severity\n2026-01-01T08:00:00,hand,left,2\n")
    link = diary / planted
    link.unlink()
    link.symlink_to(victim)
    before = fingerprint(outside, diary)

    args = tuple(str(csv_file) if a == "CSV" else a for a in args)
    result = cli(*args, "--data-dir", str(diary))

    assert result.returncode == 1, result.stdout + result.stderr
    line = one_line(result.stderr)
    assert str(link) in line and "symbolic link" in line
    assert victim.read_text() == "someone else's file\n" and mode(victim) == 0o644
    assert link.is_symlink()
    assert without_log(fingerprint(outside, diary)) == without_log(before)


@posix_only
def test_check_names_a_planted_lock_link_without_touching_its_target(
    diary: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("keep\n")
    victim.chmod(0o644)
    (diary / "diary.lock").unlink()
    (diary / "diary.lock").symlink_to(victim)
    checked = cli("check", "--data-dir", str(diary))
    assert checked.returncode == 1
    assert f"{diary / 'diary.lock'} is a symbolic link" in checked.stdout
    assert victim.read_text() == "keep\n" and mode(victim) == 0o644


# --- read-only media ---------------------------------------------------------------------------


def test_a_diary_on_read_only_media_can_be_checked_and_exported(
    diary: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.json"
    with read_only(diary):
        before = fingerprint(diary)
        checked = cli("check", "--data-dir", str(diary))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "read-only" in checked.stdout and "integrity check: ok" in checked.stdout

        exported = cli(*READERS["export"], "--output", str(output), "--data-dir", str(diary))
        assert exported.returncode == 0, exported.stderr
        assert "read-only" in one_line(exported.stderr)
        assert '"episodes"' in output.read_text(encoding="utf-8")
        assert fingerprint(diary) == before

        refused = cli("import", str(output), "--person", "Other", "--data-dir", str(diary))
        assert refused.returncode == 1 and "cannot be written" in one_line(refused.stderr)
        assert fingerprint(diary) == before


def test_a_diary_on_read_only_media_can_be_backed_up_elsewhere(diary: Path, tmp_path: Path) -> None:
    """Copying the diary off a CD is what a caregiver wants; the backups folder beside it
    cannot be written, and that is said in one line (no stray log line on stderr)."""
    copy = tmp_path / "copy.sqlite3"
    with read_only(diary):
        before = fingerprint(diary)
        saved = cli("backup", "--output", str(copy), "--data-dir", str(diary))
        assert saved.returncode == 0, saved.stderr
        assert "Backed up the diary to" in saved.stdout
        refused = cli("backup", "--data-dir", str(diary))
        assert refused.returncode == 1
        assert "Read-only file system" in one_line(refused.stderr)
        assert fingerprint(diary) == before
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM episode").fetchone()[0] > 0


# --- import reads ordinary files only ----------------------------------------------------------


def run_import(path: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CAREGIVER_APP_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", "import", path, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=30,  # a FIFO would otherwise wait for ever, with the diary locked
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_and_the_diary_is_untouched(diary: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    before = fingerprint(diary)
    result = run_import(str(fifo), diary)
    assert result.returncode == 1
    assert f"{fifo} is not a regular file" in one_line(result.stderr)
    assert without_log(fingerprint(diary)) == without_log(before)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused(diary: Path) -> None:
    result = run_import("/dev/zero", diary)
    assert result.returncode == 1 and "/dev/zero is not a regular file" in one_line(result.stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_restore_names_a_device_or_a_pipe_for_what_it_is(diary: Path, tmp_path: Path) -> None:
    """Not "zero is a folder": a device or a FIFO is neither a folder nor a diary."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = without_log(fingerprint(diary))
    for path, name in (("/dev/zero", "zero"), (str(fifo), "pipe")):
        result = cli("restore", path, "--data-dir", str(diary))
        assert result.returncode == 1
        assert one_line(result.stderr) == (
            f"caregiver-app restore: {name} is not an ordinary file (it is a device or a pipe). "
            "Nothing was changed."
        )
    assert without_log(fingerprint(diary)) == before


def test_an_import_that_fills_the_disk_says_so_in_one_line_and_changes_nothing(
    diary: Path, tmp_path: Path
) -> None:
    from tests.cli.safety_helpers import tmpfs

    exported = tmp_path / "pat.json"
    assert (
        cli(*READERS["export"], "--output", str(exported), "--data-dir", str(diary)).returncode == 0
    )
    with tmpfs(tmp_path / "small", "1m") as small:
        data = small / "data"
        shutil.copytree(diary, data, symlinks=True)
        free = os.statvfs(small).f_bavail * os.statvfs(small).f_frsize
        (small / "filler").write_bytes(b"\0" * (free - 48 * 1024))
        before = fingerprint(data)

        result = cli("import", str(exported), "--person", "Someone else", "--data-dir", str(data))

        assert result.returncode == 1, result.stdout
        line = one_line(result.stderr)
        assert "disk is full" in line and "nothing half-done was saved" in line
        assert without_log(fingerprint(data)) == without_log(before)


@pytest.mark.parametrize("command", sorted(READERS))
def test_an_output_never_replaces_a_diary_copy_kept_elsewhere(
    diary: Path, tmp_path: Path, command: str
) -> None:
    """`export --output my-backup.sqlite3` (a slip of the finger) would turn the only copy on the
    USB stick into CSV text: a file that holds a diary is refused, whoever made it."""
    copy = tmp_path / "usb" / "diary-copy.sqlite3"
    copy.parent.mkdir()
    saved = cli("backup", "--output", str(copy), "--data-dir", str(diary))
    assert saved.returncode == 0, saved.stderr
    before = copy.read_bytes()

    result = cli(*READERS[command], "--output", str(copy), "--data-dir", str(diary))

    assert result.returncode == 1
    assert one_line(result.stderr) == (
        f"caregiver-app {command}: --output: {copy} is a diary file (a backup or a copy of the "
        "diary); writing there would replace it. Choose another name. Nothing was written."
    )
    assert copy.read_bytes() == before
