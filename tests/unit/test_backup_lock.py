"""One writer per data folder: a second copy is told who has the diary open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.store import lock


def test_a_second_lock_on_the_same_folder_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    first = lock.DiaryLock(tmp_path, "the window")
    first.acquire()
    try:
        with pytest.raises(lock.LockHeld) as caught:
            lock.DiaryLock(tmp_path, "caregiver-app import").acquire()
        message = str(caught.value)
        assert "already open" in message and "the window" in message
        assert f"process {os.getpid()}" in message and "Nothing was changed" in message
        holder = lock.current_holder(tmp_path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        first.release()
    assert lock.current_holder(tmp_path) is None
    with lock.DiaryLock(tmp_path, "again"):
        assert lock.current_holder(tmp_path) is not None


def test_different_folders_do_not_interfere(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with lock.DiaryLock(tmp_path / "a", "one"), lock.DiaryLock(tmp_path / "b", "two"):
        pass


def test_a_killed_holder_leaves_no_lock_behind(tmp_path: Path) -> None:
    code = (
        "import sys, os\n"
        "from caregiver_app.store import lock\n"
        "lock.DiaryLock(sys.argv[1], 'killed').acquire()\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    holder = lock.current_holder(tmp_path)
    assert holder is not None and holder.pid == proc.pid and holder.what == "killed"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert proc.stdin is not None
    proc.stdin.close()
    assert lock.current_holder(tmp_path) is None
    with lock.DiaryLock(tmp_path, "next"):
        pass


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_lock_file_is_private(tmp_path: Path) -> None:
    with lock.DiaryLock(tmp_path, "x"):
        assert (tmp_path / "diary.lock").stat().st_mode & 0o777 == 0o600
