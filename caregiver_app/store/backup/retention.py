"""Which backups are kept, and removing the rest. No Qt.

- `daily` backups are rotated grandfather-father-son: the newest of each of the last 7 days,
  4 weeks and 12 months that have one are kept.
- `manual`, `before-update` and `before-restore`: the newest 10 of each kind are kept.
- The newest backup of all is never removed, and temporary `.partial` files older than an hour
  (left by a crash) are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from caregiver_app import paths
from caregiver_app.store.backup.listing import KINDS, BackupInfo, list_backups
from caregiver_app.store.backup.online_copy import PARTIAL_SUFFIX

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHER = 10  # of each kind other than daily
STALE_PARTIAL_SECONDS = 3600


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
