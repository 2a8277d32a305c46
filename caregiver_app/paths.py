"""Where the diary lives: the per-user data folder, or --data-dir / CAREGIVER_APP_DATA_DIR.

Inside the data folder:

    diary.sqlite3        the diary (SQLite, WAL mode; -wal and -shm files beside it while open)
    diary.lock           held while a copy of the app is using the diary
    backups/             automatic and manual backups, one SQLite file each
    set-aside/           a damaged (or newer-version) diary moved out of the way by a restore
    logs/                the rotating log file (never names or notes)
    settings.ini         window settings
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from caregiver_app import APP_NAME

ENV_VAR = "CAREGIVER_APP_DATA_DIR"
DB_FILENAME = "diary.sqlite3"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUPS_DIRNAME = "backups"
SET_ASIDE_DIRNAME = "set-aside"
LOGS_DIRNAME = "logs"
LOCK_FILENAME = "diary.lock"
SETTINGS_FILENAME = "settings.ini"
# Every name the app itself puts in the data folder: the folders and the files.
OWN_FOLDERS = (BACKUPS_DIRNAME, SET_ASIDE_DIRNAME, LOGS_DIRNAME)
OWN_FILES = (
    DB_FILENAME,
    *(DB_FILENAME + suffix for suffix in SIDECAR_SUFFIXES),
    LOCK_FILENAME,
    SETTINGS_FILENAME,
)
# Opening a file with this flag fails (ELOOP) when the last part of its path is a symbolic link.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class DataDirError(Exception):
    """The data folder cannot be used. `reason` is "is_file", "cannot_create" or
    "not_writable" (for the window to say in the user's language); str() is English."""

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        self.reason = reason
        self.path = path
        self.detail = detail
        super().__init__(
            {
                "is_file": f"The data folder {path} is a file, not a folder.",
                "cannot_create": f"The data folder {path} cannot be created: {detail}.",
                "not_writable": f"The data folder {path} cannot be written to.",
            }[reason]
        )


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/caregiver-app on Linux)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def resolve_data_dir(cli_value: str | None) -> Path:
    """--data-dir first, then the environment variable, then the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def holds_only_own_files(path: Path) -> bool:
    """True when everything in the folder is something the app itself puts there."""
    for entry in os.scandir(path):
        name = entry.name
        if name in OWN_FILES or name in OWN_FOLDERS:
            continue
        if name.startswith(f".{DB_FILENAME}.") and name.endswith(".partial"):
            continue  # a copy the app was writing when it stopped
        return False
    return True


def prepare_data_dir(path: Path) -> Path:
    """Create the folder if needed, private to the user (0700 on POSIX).

    An existing folder is made private only when it holds nothing but the app's own files: a
    folder that also holds other things (a home folder, a shared folder) is left as it is, and
    `caregiver-app check` says it is not private.
    """
    if path.exists() and not path.is_dir():
        raise DataDirError("is_file", path)
    created = not path.exists()
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError("cannot_create", path, exc.strerror or str(exc)) from None
    if not os.access(path, os.W_OK):
        raise DataDirError("not_writable", path)
    if os.name == "posix" and not path.is_symlink() and (created or holds_only_own_files(path)):
        path.chmod(0o700)
    return path


def make_private(path: Path) -> None:
    """Files holding health data are readable by their owner only (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


def make_private_dir(path: Path) -> Path:
    """Create a folder inside the data folder if needed, private to the user (0700 on POSIX).
    A symbolic link put in the folder's place is not followed: its target is left alone."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and not path.is_symlink():
        path.chmod(0o700)
    return path


def make_diary_private(db_path: Path) -> None:
    """The diary and the files SQLite keeps beside it (-wal, -shm) are 0600 on POSIX."""
    make_private(db_path)  # through a link too: the diary kept on another disk is the diary
    for suffix in SIDECAR_SUFFIXES:  # SQLite makes these itself: a link here was planted
        sidecar = db_path.with_name(db_path.name + suffix)
        if not sidecar.is_symlink():
            make_private(sidecar)


class UnsafeFileError(OSError):
    """One of the app's own files is a symbolic link (someone may have planted it to make the app
    write elsewhere): the app refuses to open it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a symbolic link, not one of the app's own files; the app does not "
            "follow it. Remove it and try again."
        )
        self.path = path


def open_own_file(path: Path, flags: int) -> int:
    """Open (creating it 0600 when `flags` has O_CREAT) one of the app's own files, never through
    a symbolic link; made private (0600) through the open handle. UnsafeFileError for a link."""
    path = Path(path)
    if not NOFOLLOW and path.is_symlink():  # no O_NOFOLLOW here: look before opening
        raise UnsafeFileError(path)
    try:
        fd = os.open(path, flags | NOFOLLOW, 0o600)
    except OSError:
        if path.is_symlink():
            raise UnsafeFileError(path) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path} is not a regular file.")
        if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, 0o600)
    except BaseException:
        os.close(fd)
        raise
    return fd


def planted_links(data_dir: Path) -> list[Path]:
    """The app's own files (the lock, the settings, the logs) that are symbolic links: someone
    may have put them there to make the app write elsewhere. (The diary itself may be a link:
    SQLite follows it to the real file, and `check` reports that file.)"""
    data_dir = Path(data_dir)
    candidates = [data_dir / LOCK_FILENAME, data_dir / SETTINGS_FILENAME, logs_dir(data_dir)]
    if logs_dir(data_dir).is_dir() and not logs_dir(data_dir).is_symlink():
        candidates += sorted(logs_dir(data_dir).iterdir())
    return [path for path in candidates if path.is_symlink()]


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    """Where backups are kept (not created here)."""
    return data_dir / BACKUPS_DIRNAME


def set_aside_dir(data_dir: Path) -> Path:
    """Where a restore moves a damaged or newer-version diary, untouched."""
    return data_dir / SET_ASIDE_DIRNAME


def logs_dir(data_dir: Path) -> Path:
    return data_dir / LOGS_DIRNAME


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME
