"""Putting a diary in place: a restore from a backup or another diary file, and the diary
written back from the open connection when its file was deleted. No Qt.

A restore never overwrites anything it has not kept: a healthy diary is backed up first
(`before-restore`); a damaged one, or one from a newer version of the app, is moved untouched into
`<data folder>/set-aside/`. The candidate itself is never changed: it is copied with the online
backup API into a temporary file in the data folder, checked, and renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from caregiver_app import paths
from caregiver_app.messages import MessageError
from caregiver_app.store.backup.diary_file import FileReport, check_file, with_changes
from caregiver_app.store.backup.making import BackupError, create_backup
from caregiver_app.store.backup.online_copy import copy_database, fsync_dir, partial_name
from caregiver_app.store.backup.retention import rotate
from caregiver_app.store.messages import message


class RestoreError(MessageError):
    """A restore was refused or failed; `said` says why and what state things are in."""


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
    fsync_dir(folder)
    fsync_dir(db_path.parent)
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
    staged = partial_name(db_path.parent, db_path.name)
    try:
        try:
            copy_database(candidate, staged, source_read_only=True)
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
        fsync_dir(db_path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        for sidecar in _sidecars(staged):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
    paths.make_private(db_path)
    rotate(db_path.parent)
    return RestoreResult(candidate, with_changes(report, path=db_path), kept, how)


def rescue_if_deleted(db_path: Path, conn: sqlite3.Connection) -> bool:
    """If the diary file was deleted while the app had it open, write it back from `conn`.

    On POSIX an open connection keeps a deleted file readable, so what the window showed is not
    lost when it closes: it is copied (backup API, checked) back to `db_path`. True when it was.
    Nothing happens when the file is still there.
    """
    db_path = Path(db_path)
    if db_path.exists() or not db_path.parent.is_dir():
        return False
    partial = partial_name(db_path.parent, db_path.name)
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
        fsync_dir(db_path.parent)
        return True
    except (OSError, sqlite3.Error):
        return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
