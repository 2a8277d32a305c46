"""One way into the diary, for the window and the command line alike. No Qt.

Everything that opens, looks at, backs up, restores or locks the diary file goes through here,
so `ui/` and `cli.py` never reach into `store/` for it:

- `inspect(data_dir)`: a careful look before anything opens the diary (damaged? newer? missing
  with backups beside it?), changing nothing.
- `open_diary(data_dir, create=...)`: opens it read-write (updating an older format after a
  backup) or, when the folder or file cannot be written (a CD, a read-only network share),
  read-only without any change. A reading command passes `create=False`: a missing diary is
  then an error naming the newest backup, never a new empty diary.
- backups (`create_backup`, `save_copy`, `list_backups`, `newest_good_backup`), `restore`,
  `rescue_if_deleted`, and the data folder's lock (`take_lock`).
- `use_server(address)`: the diary is on a PostgreSQL server (`--database`), not in the data
  folder; opening, backups and copies then go to `server_diary`. The data folder still holds
  the settings, logs and backups. There is no lock: the server takes several writers.

Problems are `DiaryUnavailable` (and the store's `BackupError`, `RestoreError`, `LockHeld`,
re-exported here), each carrying a message for the user.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee

from caregiver_app import paths
from caregiver_app.messages import Message, MessageError, plain
from caregiver_app.services import server_diary
from caregiver_app.services.server_address import ServerAddress
from caregiver_app.store import db, lock, migrations
from caregiver_app.store import messages as store_messages
from caregiver_app.store.backup import diary_file, listing, making, restoring

# What the window and the command line use, without importing store/ themselves.
BackupError = making.BackupError
BackupInfo = listing.BackupInfo
DiaryLock = lock.DiaryLock
DiaryState = diary_file.DiaryState
FileReport = diary_file.FileReport
LockHeld = lock.LockHeld
RestoreError = restoring.RestoreError
RestoreResult = restoring.RestoreResult
BACKUP_HEALTH_NOTICE = making.HEALTH_NOTICE
LATEST_VERSION = migrations.LATEST_VERSION
WINDOW = lock.WINDOW
# The codes and English of what the store says (checks, backups, restores, the lock), for the
# window to translate (ui/service_text.py).
MESSAGES = store_messages.ENGLISH


DatabaseError = peewee.DatabaseError


def database_error_reason(exc: BaseException) -> str:
    """SQLite's words for what first went wrong (e.g. "database or disk is full"), looking past
    errors raised while cleaning up (a rollback that failed in turn)."""
    first: BaseException = exc
    while first.__context__ is not None and isinstance(
        first.__context__, (peewee.DatabaseError, sqlite3.Error, OSError)
    ):
        first = first.__context__
    return str(first) or type(first).__name__


class DiaryUnavailable(MessageError):
    """The diary cannot be used. `kind`: "no_folder", "missing" (no diary file), "damaged",
    "newer" (from a newer app), "backup_failed" (the backup before an update), "cannot_open"
    (SQLite refused it), "read_only" (it cannot be written, and writing was asked for) or
    "old_read_only" (an older format on read-only media)."""

    def __init__(self, kind: str, said: Message, detail: str = "") -> None:
        super().__init__(said)
        self.kind = kind
        self.detail = detail  # SQLite's own words, for "cannot_open"


@dataclass(frozen=True)
class Opened:
    """The diary is open; `read_only` when it could only be read (nothing is ever written).
    `found` is what the look before opening found ("ok", "new", "missing": see DiaryState)."""

    path: Path
    read_only: bool = False
    found: str = "ok"
    server: str = ""  # the server's address as shown to people, when the diary is on one


_server: ServerAddress | None = None
_ask_password: server_diary.AskPassword | None = None


def use_server(
    address: ServerAddress | None, ask_password: server_diary.AskPassword | None = None
) -> None:
    """From now on, the diary this process opens is on `address` (None: the data folder's
    file). `ask_password(address, why)` asks the person when the server wants a password that
    neither the URL, the keyring nor ~/.pgpass gave."""
    global _server, _ask_password
    _server, _ask_password = address, ask_password


def server() -> ServerAddress | None:
    """The server the diary is on, or None when it is the data folder's file."""
    return _server


CopyError = server_diary.diary_copy.CopyError
CopyReport = server_diary.diary_copy.CopyReport


def connect_to_server() -> None:
    """Connect to the server diary without creating or updating anything (for `check`)."""
    assert _server is not None
    try:
        server_diary.connect_only(_server, _ask_password)
    except server_diary.ServerUnavailable as exc:
        raise DiaryUnavailable(exc.kind, exc.said) from None


def copy_home(folder: Path, progress: server_diary.diary_copy.Progress | None = None) -> CopyReport:
    """A checked copy of the open diary as `folder`'s own diary (a folder with none yet)."""
    return server_diary.copy_home(Path(folder), progress)


def copy_to_server(
    address: ServerAddress,
    ask_password: server_diary.AskPassword | None = None,
    progress: server_diary.diary_copy.Progress | None = None,
) -> CopyReport:
    """A checked copy of the open diary into the empty database at `address`."""
    try:
        return server_diary.copy_to_server(address, ask_password=ask_password, progress=progress)
    except server_diary.ServerUnavailable as exc:
        raise DiaryUnavailable(exc.kind, exc.said) from None


def _open_on_server(data_dir: Path, *, create: bool) -> Opened:
    assert _server is not None
    try:
        server_diary.open_server(_server, Path(data_dir), ask_password=_ask_password, create=create)
    except server_diary.ServerUnavailable as exc:
        raise DiaryUnavailable(exc.kind, exc.said) from None
    except making.BackupError as exc:
        raise DiaryUnavailable("backup_failed", exc.said) from None
    return Opened(diary_path(data_dir), server=str(_server))


def diary_path(data_dir: Path) -> Path:
    return paths.database_path(Path(data_dir))


def inspect(data_dir: Path) -> DiaryState:
    """Look at the diary before opening it, without changing it."""
    return diary_file.inspect_diary(diary_path(data_dir))


def is_sqlite_file(path: Path) -> bool:
    return diary_file.is_sqlite_file(Path(path))


def check_file(path: Path, *, full: bool = True) -> FileReport:
    """A careful, read-only look at any diary file (a backup, a file the user chose)."""
    return diary_file.check_file(Path(path), full=full)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return listing.list_backups(Path(data_dir))


def newest_good_backup(data_dir: Path) -> tuple[BackupInfo, FileReport] | None:
    return making.newest_good_backup(Path(data_dir))


def is_read_only(data_dir: Path) -> bool:
    """True when the diary (or, with no diary, its folder) cannot be written here."""
    db_path = diary_path(data_dir)
    target = db_path if db_path.exists() else Path(data_dir)
    return not os.access(Path(data_dir), os.W_OK) or not os.access(target, os.W_OK)


def _damaged(db_path: Path, problems: str) -> DiaryUnavailable:
    return DiaryUnavailable(
        "damaged",
        plain(
            f"The diary {db_path} cannot be opened: {problems} It was not changed. Run "
            f"'caregiver-app check' for details, or 'caregiver-app restore FILE' with a backup "
            f"from {paths.backups_dir(db_path.parent)}."
        ),
    )


def missing_message(data_dir: Path) -> Message:
    """There is no diary in `data_dir`: where it was, and how to put the newest backup back."""
    db_path = diary_path(data_dir)
    good = newest_good_backup(data_dir)
    if good is None:
        found = list_backups(data_dir)
        newest = found[0].path if found else None
    else:
        newest = good[0].path
    if newest is None:
        return plain(
            f"There is no diary at {db_path} yet. Open the app to start one (or check --data-dir)."
        )
    return plain(
        f"The diary {db_path} is missing. Nothing was changed. To put the newest backup back: "
        f"caregiver-app restore {newest}"
    )


def open_diary(data_dir: Path, *, create: bool = True, read_only_ok: bool = False) -> Opened:
    """Open the diary of `data_dir` for this process (the models use it from then on).

    A damaged diary, one from a newer app, or (with `create` False) a missing one is refused
    untouched. When the diary or its folder cannot be written, it is opened read-only (not
    updated, not backed up, nothing written) if `read_only_ok`, else refused. Otherwise it is
    opened read-write (created when `create`), and an older format is updated after a
    `before-update` backup.
    """
    data_dir = Path(data_dir)
    if _server is not None:
        return _open_on_server(data_dir, create=create)
    db_path = diary_path(data_dir)
    state = inspect(data_dir)
    if state.status == "newer":
        raise DiaryUnavailable("newer", state.report.said())
    if state.status == "damaged":
        raise _damaged(db_path, state.report.summary())
    if state.status in ("missing", "new") and not create:
        raise DiaryUnavailable("missing", missing_message(data_dir))
    if state.status == "ok" and is_read_only(data_dir):
        if not read_only_ok:
            raise DiaryUnavailable(
                "read_only",
                plain(
                    f"The diary {db_path} cannot be written to (read-only). Nothing was changed."
                ),
            )
        return _open_read_only(db_path, state.report)
    return dataclasses.replace(open_writable(data_dir), found=state.status)


def _open_read_only(db_path: Path, report: FileReport) -> Opened:
    if report.version is not None and report.version < migrations.LATEST_VERSION:
        raise DiaryUnavailable(
            "old_read_only",
            plain(
                f"The diary {db_path} is in an older format and its folder is read-only, so it "
                "cannot be updated. Copy the folder somewhere you can write to and use that."
            ),
        )
    try:
        db.open_read_only(db_path)
    except peewee.DatabaseError as exc:
        db.close_database()
        raise _damaged(db_path, f"{exc}.") from None
    return Opened(db_path, read_only=True)


def open_writable(data_dir: Path) -> Opened:
    """Open (creating it when there is none) and update the diary; DiaryUnavailable if not."""
    if _server is not None:
        return _open_on_server(Path(data_dir), create=True)
    db_path = diary_path(data_dir)
    try:
        db.open_database(db_path)
    except migrations.NewerDatabaseError as exc:
        db.close_database()
        raise DiaryUnavailable("newer", exc.said) from None
    except making.BackupError as exc:
        db.close_database()
        raise DiaryUnavailable("backup_failed", exc.said) from None
    except peewee.DatabaseError as exc:
        db.close_database()
        error = _damaged(db_path, f"{exc}.")
        raise DiaryUnavailable("cannot_open", error.said, str(exc)) from None
    paths.make_diary_private(db_path)
    return Opened(db_path)


def close() -> None:
    server_diary.close()
    db.close_database()


def open_folder() -> Path | None:
    """The data folder of the diary this process has open (or last had open), or None."""
    database = db.database_proxy.obj
    if database is None or not database.database or db.is_server(database):
        return None
    name = str(database.database)
    if name.startswith("file:"):  # opened read-only through a URI
        name = unquote(urlsplit(name).path)
    return Path(name).parent


def with_problem(state: DiaryState, problem: Message, data_dir: Path) -> DiaryState:
    """`state` turned into "damaged" with `problem` (the checks passed but SQLite refused it)."""
    return DiaryState(
        "damaged", dataclasses.replace(state.report, problems=(problem,)), list_backups(data_dir)
    )


def create_backup(data_dir: Path, kind: str = "manual") -> BackupInfo:
    """A checked copy of the diary in the backups folder (of a server diary: a SQLite file)."""
    if server_diary.current() is not None:
        return server_diary.backup(Path(data_dir), kind)
    return making.create_backup(diary_path(data_dir), kind)


def make_daily_backup(data_dir: Path) -> BackupInfo | None:
    if server_diary.current() is not None:
        return server_diary.daily_backup(Path(data_dir))
    return making.make_daily_backup(diary_path(data_dir))


def save_copy(data_dir: Path, output: Path, *, overwrite: bool = False) -> FileReport:
    """A checked copy of the diary at a place the user chose. The caller checks `output` with
    `outputs.check_output_path` first."""
    if server_diary.current() is not None:
        from caregiver_app.store import diary_copy

        if overwrite and Path(output).is_file():
            Path(output).unlink()
        try:
            diary_copy.copy_to_file(db.database_proxy.obj, Path(output))
        except diary_copy.CopyError as exc:
            raise BackupError(exc.said) from None
        return check_file(Path(output))
    return making.save_copy(diary_path(data_dir), Path(output), overwrite=overwrite)


def restore(candidate: Path, data_dir: Path) -> RestoreResult:
    """Make a checked copy of `candidate` the diary (the current one is kept first). The diary
    is closed first; the caller holds the lock and opens it again afterwards."""
    db.close_database()
    return restoring.restore(Path(candidate), diary_path(data_dir))


def rescue_if_deleted(data_dir: Path) -> bool:
    """The diary file deleted while this process had it open: write back what it still sees."""
    database = db.database_proxy.obj
    if database is None or database.is_closed() or db.is_server(database):
        return False
    db_path = diary_path(data_dir)
    if db_path.exists():
        return False
    return restoring.rescue_if_deleted(db_path, database.connection())


def take_lock(data_dir: Path, what: str) -> DiaryLock:
    """The data folder's lock, taken: LockHeld when another copy has it, paths.UnsafeFileError
    when `diary.lock` is a symbolic link, OSError when the folder cannot be locked."""
    held = lock.DiaryLock(Path(data_dir), what)
    held.acquire()
    return held
