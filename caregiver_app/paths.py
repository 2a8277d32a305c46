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
from pathlib import Path

from caregiver_app import APP_NAME

ENV_VAR = "CAREGIVER_APP_DATA_DIR"
BACKUPS_DIRNAME = "backups"
SET_ASIDE_DIRNAME = "set-aside"
LOGS_DIRNAME = "logs"
LOCK_FILENAME = "diary.lock"


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


def prepare_data_dir(path: Path) -> Path:
    """Create the folder if needed, private to the user (0700 on POSIX)."""
    if path.exists() and not path.is_dir():
        raise DataDirError("is_file", path)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError("cannot_create", path, exc.strerror or str(exc)) from None
    if not os.access(path, os.W_OK):
        raise DataDirError("not_writable", path)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def make_private(path: Path) -> None:
    """Files holding health data are readable by their owner only (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


def make_private_dir(path: Path) -> Path:
    """Create a folder inside the data folder if needed, private to the user (0700 on POSIX)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def make_diary_private(db_path: Path) -> None:
    """The diary and the files SQLite keeps beside it (-wal, -shm) are 0600 on POSIX."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        make_private(db_path.with_name(db_path.name + suffix))


def database_path(data_dir: Path) -> Path:
    from caregiver_app.store.db import DB_FILENAME

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
