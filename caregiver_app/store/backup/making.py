"""Making backups: at start-up (once a day), before an update, "Back up now", a copy elsewhere.

Each one is a checked copy (`copy_verified`): copied with the online backup API to a temporary
name, checked like any diary file, and only then renamed into place, so a crash never leaves a
half-written file under a backup's name. A backup in the backups folder is followed by the
rotation (`retention.rotate`). No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from caregiver_app.messages import MessageError
from caregiver_app.store.backup.diary_file import (
    FileReport,
    check_file,
    connect_read_only,
    with_changes,
)
from caregiver_app.store.backup.listing import (
    KINDS,
    BackupInfo,
    backup_name,
    backups_folder,
    list_backups,
    parse_backup_name,
)
from caregiver_app.store.backup.online_copy import copy_database, fsync_dir, partial_name
from caregiver_app.store.backup.retention import rotate
from caregiver_app.store.messages import message

HEALTH_NOTICE = (
    "A backup is a complete copy of the diary: it contains health information about the people "
    "in it. Keep it private."
)


class BackupError(MessageError):
    """A backup could not be made; `said` says why. The diary was not changed."""


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
    partial = partial_name(target.parent, target.name)
    try:
        try:
            copy_database(source, partial, source_read_only=source_read_only)
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
    fsync_dir(target.parent)
    return with_changes(report, path=target)


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
    target = backup_name(when, kind, folder)
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
    # A diary on read-only media (a CD, a read-only mount) is copied without writing beside it.
    read_only = not (os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK))
    try:
        return copy_verified(db_path, output, source_read_only=read_only, overwrite=overwrite)
    except OSError as exc:
        reason = exc.strerror or exc
        raise BackupError(
            message("backup.target_not_written", path=output, reason=reason)
        ) from None


def _holds_people(db_path: Path) -> bool:
    try:
        conn = connect_read_only(db_path)
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


def newest_good_backup(data_dir: Path) -> tuple[BackupInfo, FileReport] | None:
    """The newest backup that passes every check, or None."""
    for backup in list_backups(data_dir):
        report = check_file(backup.path)
        if report.ok and not report.empty:
            return backup, report
    return None
