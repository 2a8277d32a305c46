"""One writer per data folder: a lock that a second copy of the app notices.

The lock is an operating-system lock on `diary.lock` in the data folder (`fcntl.flock` on POSIX,
`msvcrt.locking` on Windows). The system drops it when the process ends, however it ends (a crash,
a kill, a power cut), so a lock is never left behind. The file also says who holds it (process id,
computer, what it is doing, since when) so the second copy can tell the user.

No Qt here: the window and the headless commands use the same lock, so they exclude each other.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from caregiver_app import paths
from caregiver_app.messages import Message, MessageError, plain
from caregiver_app.store.messages import message

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

# What the window writes into the lock file; shown translated to a second copy of the app.
WINDOW = "the Caregiver Dashboard window"

# On Windows the lock covers one byte far past the text, so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as written in the lock file."""

    pid: int | None
    host: str
    what: str
    since: str

    def said(self) -> Message:
        """E.g. "the Caregiver Dashboard window, process 412 on this computer, since ..."."""
        if self.what == WINDOW:
            what: Message | str = message("lock.the_window")
        else:
            what = self.what or message("lock.another_copy")
        if self.pid is None and not self.since:
            return what if isinstance(what, Message) else plain(what)
        where = message("lock.this_computer") if self.host == socket.gethostname() else self.host
        if self.pid is None:
            return message("lock.holder_since", what=what, since=self.since)
        if not self.since:
            return message("lock.holder_process", what=what, pid=self.pid, where=where)
        return message(
            "lock.holder_process_since", what=what, pid=self.pid, where=where, since=self.since
        )

    def describe(self) -> str:
        return str(self.said())


class LockHeld(MessageError):
    """Another copy of the app is using this data folder."""

    def __init__(self, data_dir: Path, holder: Holder | None) -> None:
        who = holder.said() if holder is not None else message("lock.another_copy")
        super().__init__(message("lock.held", folder=data_dir, who=who))
        self.data_dir = data_dir
        self.holder = holder


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        info = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    pid = info.get("pid")
    return Holder(
        pid=pid if isinstance(pid, int) else None,
        host=str(info.get("host", "")),
        what=str(info.get("what", "")),
        since=str(info.get("since", "")),
    )


def _try_lock(fd: int) -> bool:
    """Take the OS lock without waiting; False when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DiaryLock:
    """Held while this process uses the diary in `data_dir`. `what` says what for ("the window")."""

    def __init__(self, data_dir: Path, what: str) -> None:
        self.data_dir = Path(data_dir)
        self.path = paths.lock_path(self.data_dir)
        self.what = what
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise LockHeld naming who has it. OSError if the file cannot be made."""
        if self._fd is not None:
            return
        # Never through a symbolic link: a planted link must not make the app truncate (or
        # change the permissions of) a file elsewhere. paths.UnsafeFileError says so.
        fd = paths.open_own_file(self.path, os.O_RDWR | os.O_CREAT)
        try:
            if not _try_lock(fd):
                raise LockHeld(self.data_dir, _read_holder(fd))
            note = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "what": self.what,
                "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            }
            try:  # the note only tells others who has it; a full disk must not lose the lock
                os.lseek(fd, 0, os.SEEK_SET)
                os.ftruncate(fd, 0)
                os.write(fd, json.dumps(note).encode("utf-8"))
            except OSError:
                pass
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DiaryLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def current_holder(data_dir: Path) -> Holder | None:
    """Who holds the lock of `data_dir` right now, or None when no one does."""
    path = paths.lock_path(Path(data_dir))
    if not os.path.lexists(path):
        return None
    fd = paths.open_own_file(path, os.O_RDWR)
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd) or Holder(None, "", "", "")
    finally:
        os.close(fd)
