"""Backups, checks and restores of the diary file. No Qt.

Every copy is made with SQLite's online backup API from a fresh connection, never by copying the
file (a plain copy misses what is still in the -wal file). A copy is written to a temporary name,
checked, and only then renamed into place, so a crash never leaves a half-written file under a
backup's name.

Backups live in `<data folder>/backups/` as ordinary SQLite files named
`diary-YYYY-MM-DD-HHMMSS-<kind>.sqlite3` (local time). Kinds:

- `daily`: made when the app starts, at most once a day. Rotated: the newest of each of the last
  7 days, 4 weeks and 12 months that have one are kept.
- `manual` ("Back up now"), `before-update` (before a migration), `before-restore` (the diary as it
  was before a restore replaced it): the newest 10 of each kind are kept.

A restore never overwrites anything it has not kept: a healthy diary is backed up first
(`before-restore`); a damaged one, or one from a newer version of the app, is moved untouched into
`<data folder>/set-aside/`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import peewee

from caregiver_app import paths
from caregiver_app.messages import Message, MessageError, joined
from caregiver_app.store import migrations
from caregiver_app.store.messages import message

KINDS: tuple[str, ...] = ("daily", "manual", "before-update", "before-restore")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHER = 10  # of each kind other than daily
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600
SQLITE_HEADER = b"SQLite format 3\x00"
HEALTH_NOTICE = (
    "A backup is a complete copy of the diary: it contains health information about the people "
    "in it. Keep it private."
)

_NAME = re.compile(
    r"^diary-(\d{4}-\d{2}-\d{2})-(\d{6})-(" + "|".join(map(re.escape, KINDS)) + r")(?:-(\d+))?"
    r"\.sqlite3$"
)


class BackupError(MessageError):
    """A backup could not be made; `said` says why. The diary was not changed."""


class RestoreError(MessageError):
    """A restore was refused or failed; `said` says why and what state things are in."""


# --- checking a file ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileReport:
    """What a careful look at one diary file found. `problems` are sentences (messages)."""

    path: Path
    exists: bool
    size: int = 0
    version: int | None = None  # None: not readable as a diary
    newer: bool = False  # made by a newer version of the app
    integrity: str = ""  # "ok" or the first problem SQLite found
    problems: tuple[Message, ...] = ()
    people: int | None = None
    episodes: int | None = None
    checkins: int | None = None
    last_entry_utc: int | None = None

    @property
    def ok(self) -> bool:
        return self.exists and not self.problems

    @property
    def empty(self) -> bool:
        """A new file with no diary in it yet (nothing to lose)."""
        return self.exists and not self.problems and self.version == 0

    def said(self) -> Message:
        """The problems found, one sentence after another."""
        return joined(self.problems)

    def summary(self) -> str:
        """In English: the problems found, or "ok"."""
        return str(self.said()) if self.problems else "ok"


def expected_tables(version: int) -> frozenset[str]:
    """The tables a diary at schema `version` has: the migrations up to it, run in memory."""
    memory = peewee.SqliteDatabase(":memory:")
    try:
        for number, step in migrations.MIGRATIONS:
            if number <= version:
                step(memory)
        return frozenset(memory.get_tables())
    finally:
        memory.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, nor create it, nor leave files beside it.

    With no -wal, -shm or -journal file beside it (a closed diary, a backup), the file is opened
    as immutable: SQLite then makes no -wal or -shm file either. With them, another connection may
    be using the file, or a crash left something SQLite must take into account.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    immutable = "" if any(p.exists() for p in sidecars) else "&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True, timeout=10)


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def _count(conn: sqlite3.Connection, table: str, tables: set[str]) -> int | None:
    if table not in tables:
        return None
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def check_file(path: Path, *, full: bool = True, called: str | Message = "") -> FileReport:
    """Look at a diary file without changing it: SQLite's integrity check (or the quicker check
    when `full` is False), the foreign-key check, the schema version and the expected tables.
    The problems name the file as `called` (its own name unless given, e.g. "the copy")."""
    path = Path(path)
    name = called or path.name
    if not path.is_file():
        code = "file.folder" if path.exists() else "file.missing"
        return FileReport(path, exists=path.exists(), problems=(message(code, name=name),))
    size = path.stat().st_size
    if size == 0:
        return FileReport(path, exists=True, size=0, version=0, integrity="ok")
    try:
        header = _read_header(path)
    except OSError as exc:
        return FileReport(
            path, True, size, problems=(message("file.unreadable", name=name, reason=exc.strerror),)
        )
    if header != SQLITE_HEADER:
        return FileReport(
            path,
            True,
            size,
            problems=(message("file.not_sqlite", name=name),),
        )
    problems: list[Message] = []
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        problem = message("file.cannot_open", name=name, reason=exc)
        return FileReport(path, True, size, problems=(problem,))
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
        integrity = "ok" if rows == ["ok"] else rows[0]
        if rows != ["ok"]:
            count = f"{len(rows)}{'+' if len(rows) >= 20 else ''}"
            problems.append(message("file.integrity", name=name, count=count, first=rows[0]))
            return FileReport(path, True, size, integrity=integrity, problems=tuple(problems))
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables_hit = sorted({str(r[0]) for r in broken})
            problems.append(
                message(
                    "file.foreign_keys", name=name, count=len(broken), tables=", ".join(tables_hit)
                )
            )
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        version: int | None
        newer = False
        if "schema_version" in tables:
            found = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
            version = int(found or 0)
        elif not tables:
            version = 0
        else:
            version = None
            problems.append(message("file.not_a_diary", name=name))
        if version is not None and version > migrations.LATEST_VERSION:
            newer = True
            problems.append(migrations.NewerDatabaseError(version, migrations.LATEST_VERSION).said)
        elif version is not None:
            missing = sorted(expected_tables(version) - tables - {"schema_version"})
            if missing:
                problems.append(
                    message("file.missing_tables", name=name, tables=", ".join(missing))
                )
        report = FileReport(
            path,
            True,
            size,
            version=version,
            newer=newer,
            integrity=integrity,
            problems=tuple(problems),
            people=_count(conn, "person", tables),
            episodes=_count(conn, "episode", tables),
            checkins=_count(conn, "checkin", tables),
        )
        if "episode" in tables and not problems:
            last = conn.execute("SELECT MAX(started_utc) FROM episode").fetchone()[0]
            report = _with(report, last_entry_utc=int(last) if last is not None else None)
        return report
    except sqlite3.Error as exc:
        problems.append(message("file.damaged", name=name, reason=exc))
        return FileReport(path, True, size, integrity=str(exc), problems=tuple(problems))
    finally:
        conn.close()


def _with(report: FileReport, **changes: object) -> FileReport:
    return replace(report, **changes)  # type: ignore[arg-type]


# --- copying with the backup API --------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_database(source: Path, target: Path, *, source_read_only: bool) -> None:
    """Copy `source` into the new file `target` (0600) with SQLite's online backup API.

    The copy is a single self-contained file (rollback journal, not WAL). Never called inside a
    transaction: the source is a fresh connection of its own.
    """
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = _connect_read_only(source) if source_read_only else sqlite3.connect(source, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    paths.make_private(target)


def _partial_name(folder: Path, final_name: str) -> Path:
    return folder / f".{final_name}.{os.getpid()}.{time.monotonic_ns()}{PARTIAL_SUFFIX}"


def copy_verified(
    source: Path,
    target: Path,
    *,
    source_read_only: bool,
    overwrite: bool = False,
    error: type[MessageError] = BackupError,
) -> FileReport:
    """Copy `source` to `target` through a checked temporary file, renamed into place only when
    it passes every check. An existing `target` is refused unless `overwrite`."""
    if target.exists() and not overwrite:
        raise error(message("backup.exists", path=target))
    partial = _partial_name(target.parent, target.name)
    try:
        try:
            _copy_database(source, partial, source_read_only=source_read_only)
        except sqlite3.Error as exc:
            raise error(message("backup.copy_failed", name=source.name, reason=exc)) from None
        report = check_file(partial, called=message("file.the_copy"))
        if not report.ok:
            raise error(
                message("backup.copy_failed_checks", name=source.name, problems=report.said())
            )
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        for suffix in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                partial.with_name(partial.name + suffix).unlink()
    _fsync_dir(target.parent)
    return _with(report, path=target)


# --- backups ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime  # naive local time, from the name
    kind: str
    size: int
    number: int = 1  # 2, 3... for a second backup of the same kind in the same second

    @property
    def day(self) -> dt.date:
        return self.when.date()

    def order(self) -> tuple[dt.datetime, int]:
        return self.when, self.number


def backups_folder(data_dir: Path) -> Path:
    return paths.make_private_dir(paths.backups_dir(Path(data_dir)))


def parse_backup_name(path: Path) -> tuple[dt.datetime, str, int] | None:
    """(time, kind, number) from a backup's file name; number is 1 unless the second was taken."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(f"{match[1]} {match[2]}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None
    return when, match[3], int(match[4] or 1)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in the data folder, newest first. Other files there are left alone."""
    folder = paths.backups_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry)
        if parsed is None or not entry.is_file():
            continue
        found.append(BackupInfo(entry, parsed[0], parsed[1], entry.stat().st_size, parsed[2]))
    found.sort(key=BackupInfo.order, reverse=True)
    return found


def _backup_name(when: dt.datetime, kind: str, folder: Path) -> Path:
    base = f"diary-{when:%Y-%m-%d-%H%M%S}-{kind}"
    candidate = folder / f"{base}.sqlite3"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.sqlite3"
        number += 1
    return candidate


def create_backup(
    db_path: Path, kind: str = "manual", *, now: dt.datetime | None = None
) -> BackupInfo:
    """Back up the diary into the backups folder, check the copy, then rotate old backups.

    Raises BackupError when there is no diary, it cannot be read, or the copy fails the checks.
    """
    if kind not in KINDS:
        raise ValueError(f"kind: '{kind}' is not one of {', '.join(KINDS)}.")
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(message("backup.no_diary", path=db_path))
    when = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        folder = backups_folder(db_path.parent)
    except OSError as exc:
        raise BackupError(message("backup.no_folder", reason=exc.strerror)) from None
    target = _backup_name(when, kind, folder)
    try:
        copy_verified(db_path, target, source_read_only=False)
    except OSError as exc:
        reason = exc.strerror or exc
        raise BackupError(message("backup.not_written", reason=reason)) from None
    parsed = parse_backup_name(target)
    info = BackupInfo(target, when, kind, target.stat().st_size, parsed[2] if parsed else 1)
    rotate(db_path.parent, now=when)
    return info


def save_copy(db_path: Path, output: Path, *, overwrite: bool = False) -> FileReport:
    """A checked backup of the diary at a place the user chose (e.g. a USB stick)."""
    db_path, output = Path(db_path), Path(output)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(message("backup.no_diary", path=db_path))
    if output.is_dir():
        raise BackupError(message("backup.target_is_folder", path=output))
    if not output.parent.is_dir():
        raise BackupError(message("backup.no_such_folder", path=output.parent))
    try:
        return copy_verified(db_path, output, source_read_only=False, overwrite=overwrite)
    except OSError as exc:
        reason = exc.strerror or exc
        raise BackupError(
            message("backup.target_not_written", path=output, reason=reason)
        ) from None


def _holds_people(db_path: Path) -> bool:
    try:
        conn = _connect_read_only(db_path)
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM person)").fetchone()[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def daily_backup_due(data_dir: Path, today: dt.date) -> bool:
    return not any(b.kind == "daily" and b.day == today for b in list_backups(data_dir))


def make_daily_backup(db_path: Path, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """The start-up backup: made at most once a day, and only of a diary with someone in it."""
    db_path = Path(db_path)
    now = now or dt.datetime.now()
    if not db_path.is_file() or not daily_backup_due(db_path.parent, now.date()):
        return None
    if not _holds_people(db_path):
        return None
    return create_backup(db_path, "daily", now=now)


def backup_before_update(db_path: Path, current: int, target: int) -> BackupInfo | None:
    """Called before migrations run (see `db.open_database`); a new, empty file needs none."""
    if current == 0:
        return None
    try:
        return create_backup(Path(db_path), "before-update")
    except BackupError as exc:
        raise BackupError(
            message("backup.before_update", current=current, target=target, reason=exc.said)
        ) from None


def _select_rotated(daily: list[BackupInfo]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the latest 7 days, 4 weeks, 12 months."""
    keep: set[Path] = set()
    periods: list[tuple[int, Callable[[BackupInfo], object]]] = [
        (KEEP_DAILY, lambda b: b.day),
        (KEEP_WEEKLY, lambda b: b.day.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda b: (b.day.year, b.day.month)),
    ]
    for count, key in periods:
        seen: list[object] = []
        for backup in daily:  # newest first
            period = key(backup)
            if period in seen:
                continue
            seen.append(period)
            if len(seen) > count:
                break
            keep.add(backup.path)
    return keep


def backups_to_remove(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    ordered = sorted(backups, key=BackupInfo.order, reverse=True)
    keep: set[Path] = set()
    if ordered:
        keep.add(ordered[0].path)  # the newest backup of all is never removed
    keep |= _select_rotated([b for b in ordered if b.kind == "daily"])
    for kind in KINDS:
        if kind != "daily":
            keep |= {b.path for b in [b for b in ordered if b.kind == kind][:KEEP_OTHER]}
    return [b for b in ordered if b.path not in keep]


def rotate(data_dir: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Remove backups the rotation no longer keeps, and temporary files left by a crash."""
    removed: list[Path] = []
    for backup in backups_to_remove(list_backups(data_dir)):
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    folder = paths.backups_dir(Path(data_dir))
    limit = time.time() - STALE_PARTIAL_SECONDS
    if folder.is_dir():
        for entry in folder.iterdir():
            if PARTIAL_SUFFIX in entry.name and entry.name.startswith("."):
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < limit:
                        entry.unlink()
    return removed


def newest_good_backup(data_dir: Path) -> tuple[BackupInfo, FileReport] | None:
    """The newest backup that passes every check, or None."""
    for backup in list_backups(data_dir):
        report = check_file(backup.path)
        if report.ok and not report.empty:
            return backup, report
    return None


def rescue_if_deleted(db_path: Path, conn: sqlite3.Connection) -> bool:
    """If the diary file was deleted while the app had it open, write it back from `conn`.

    On POSIX an open connection keeps a deleted file readable, so what the window showed is not
    lost when it closes: it is copied (backup API, checked) back to `db_path`. True when it was.
    Nothing happens when the file is still there.
    """
    db_path = Path(db_path)
    if db_path.exists() or not db_path.parent.is_dir():
        return False
    partial = _partial_name(db_path.parent, db_path.name)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        dst = sqlite3.connect(partial)
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        if not check_file(partial).ok:
            return False
        for sidecar in _sidecars(db_path):  # they belonged to the deleted file
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(partial, db_path)
        _fsync_dir(db_path.parent)
        return True
    except (OSError, sqlite3.Error):
        return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


# --- the diary at start-up -----------------------------------------------------------------------


@dataclass(frozen=True)
class DiaryState:
    """What start-up found: `ok` (open it), `new` (no diary yet), `missing` (no diary, but there
    are backups: offer to restore), `damaged` or `newer` (refuse; offer a restore)."""

    status: str
    report: FileReport
    backups: list[BackupInfo] = field(default_factory=list)


def inspect_diary(db_path: Path) -> DiaryState:
    """Look at the diary before opening it, without changing it."""
    db_path = Path(db_path)
    data_dir = db_path.parent
    if not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0):
        report = check_file(db_path)
        backups = list_backups(data_dir)
        wal = db_path.with_name(db_path.name + "-wal")
        if db_path.exists() and wal.exists() and wal.stat().st_size > 0:
            cut_short = message("file.empty_with_wal")
            return DiaryState("damaged", _with(report, problems=(cut_short,)), backups)
        return DiaryState("missing" if backups else "new", report, backups)
    report = check_file(db_path)
    if report.newer:
        return DiaryState("newer", report, list_backups(data_dir))
    if not report.ok:
        return DiaryState("damaged", report, list_backups(data_dir))
    return DiaryState("ok", report)


# --- restoring ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    report: FileReport  # of the diary now in place
    kept: Path | None  # where the previous diary went (a backup, or the set-aside folder)
    kept_how: str  # "backup", "set-aside" or "" when there was nothing to keep


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def _has_content(db_path: Path) -> bool:
    if db_path.is_file() and db_path.stat().st_size > 0:
        return True
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _checkpoint(db_path: Path) -> None:
    """Move everything from the -wal file into the diary, so nothing lives only beside it."""
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise RestoreError(message("restore.in_use"))


def set_aside(db_path: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Move the diary and its -wal/-shm files, untouched, into the set-aside folder."""
    when = (now or dt.datetime.now()).replace(microsecond=0)
    folder = paths.make_private_dir(paths.set_aside_dir(db_path.parent))
    base = f"diary-{when:%Y-%m-%d-%H%M%S}-{reason}"
    target = folder / f"{base}.sqlite3"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}.sqlite3"
        number += 1
    for source in [db_path, *_sidecars(db_path)]:
        if source.exists():
            os.replace(source, target.with_name(target.name + source.name[len(db_path.name) :]))
    _fsync_dir(folder)
    _fsync_dir(db_path.parent)
    return target


def _keep_current(db_path: Path, now: dt.datetime | None) -> tuple[Path | None, str]:
    if not _has_content(db_path):
        for sidecar in _sidecars(db_path):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        with contextlib.suppress(FileNotFoundError):
            db_path.unlink()
        return None, ""
    current = check_file(db_path)
    if current.ok:
        try:
            _checkpoint(db_path)
            kept = create_backup(db_path, "before-restore", now=now)
        except (BackupError, sqlite3.Error) as exc:
            reason = exc.said if isinstance(exc, BackupError) else str(exc)
            raise RestoreError(message("restore.keep_failed", reason=reason)) from None
        # Everything is in the backup and the -wal file was emptied; what is left beside the old
        # file must not be read as part of the new one.
        for sidecar in _sidecars(db_path):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        return kept.path, "backup"
    reason = "newer" if current.newer else "damaged"
    return set_aside(db_path, reason, now=now), "set-aside"


def restore(candidate: Path, db_path: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Make `candidate` (a backup or another diary file) the diary at `db_path`.

    The caller must have closed its own connection and hold the data folder's lock. Steps: check
    the candidate; copy it with the backup API into a temporary file in the data folder and check
    the copy; keep the current diary (a `before-restore` backup, or set aside untouched when it
    is damaged); rename the copy into place. The candidate itself is never changed. Raises
    RestoreError, with nothing changed, when any check fails.
    """
    candidate, db_path = Path(candidate), Path(db_path)
    if candidate.exists() and db_path.exists() and candidate.resolve() == db_path.resolve():
        raise RestoreError(message("restore.same_file"))
    found = check_file(candidate)
    if not found.ok:
        raise RestoreError(message("restore.refused", problems=found.said()))
    if found.empty:
        raise RestoreError(message("restore.no_diary", name=candidate.name))
    staged = _partial_name(db_path.parent, db_path.name)
    try:
        try:
            _copy_database(candidate, staged, source_read_only=True)
        except (sqlite3.Error, OSError) as exc:
            raise RestoreError(
                message("restore.copy_failed", name=candidate.name, reason=exc)
            ) from None
        report = check_file(staged, called=candidate.name)
        if not report.ok:
            raise RestoreError(message("restore.copy_failed_checks", problems=report.said()))
        kept, how = _keep_current(db_path, now)
        try:
            os.replace(staged, db_path)
        except OSError as exc:
            reason = exc.strerror or exc
            said = (
                message("restore.not_in_place_kept", reason=reason, path=kept)
                if kept
                else message("restore.not_in_place", reason=reason)
            )
            raise RestoreError(said) from None
        _fsync_dir(db_path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        for sidecar in _sidecars(staged):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
    paths.make_private(db_path)
    rotate(db_path.parent)
    return RestoreResult(candidate, _with(report, path=db_path), kept, how)
