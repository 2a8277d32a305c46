"""What the data-safety tests of the command line share: a diary with backups, fingerprints of
every file (contents and mode) to prove nothing changed, and real mounts (a small tmpfs, a
read-only bind mount) for a full disk and read-only media."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli import cli


def fingerprint(*folders: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under `folders` (not following links): its sha256 and mode."""
    found: dict[str, tuple[str, int]] = {}
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            for name in [*dirs, *names]:
                path = Path(root) / name
                info = path.lstat()
                if path.is_symlink():
                    digest = "link->" + os.readlink(path)
                elif path.is_file():
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                else:
                    digest = "folder"
                found[str(path)] = (digest, info.st_mode)
        found[str(folder)] = ("folder", folder.lstat().st_mode)
    return found


def without_log(prints: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """The log grows with every command that logs; everything else must stay as it was."""
    return {k: v for k, v in prints.items() if "/logs/caregiver-app.log" not in k}


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def make_diary(data: Path) -> Path:
    """A diary with a few days in it, a manual backup, settings and a set-aside file."""
    made = cli("demo", "--days", "10", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    backed = cli("backup", "--data-dir", str(data))
    assert backed.returncode == 0, backed.stderr
    (data / "settings.ini").write_text("[General]\ntheme=dark\n")
    (data / "set-aside").mkdir(mode=0o700)
    (data / "set-aside" / "diary-2026-01-01-000000-damaged.sqlite3").write_bytes(b"old" * 100)
    for made_here in (data / "settings.ini", *(data / "set-aside").iterdir()):
        made_here.chmod(0o600)  # as the app makes them
    return data


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A real, small tmpfs mounted at `folder` (skips the test when mounting is not possible)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _can_mount():
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    """Write into `folder` until the disk is full."""
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                os.fsync(handle.fileno())
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` made read-only for everyone, root included.

    Root ignores file modes, so as root the folder is bind-mounted read-only onto itself (a real
    read-only file system, as on a CD or a read-only share); otherwise it is chmod 0555."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(mode)
        return
    if not _can_mount():
        pytest.skip("running as root without mount: a read-only folder cannot be made")
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
    try:
        ro = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, text=True
        )
        if ro.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {ro.stderr.strip()}")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
