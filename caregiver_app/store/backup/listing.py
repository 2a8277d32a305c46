"""Where backups live and what their names say. No Qt.

Backups live in `<data folder>/backups/` as ordinary SQLite files named
`diary-YYYY-MM-DD-HHMMSS-<kind>.sqlite3` (local time), with `-2`, `-3`... before the extension for
a second backup of the same kind in the same second. Other files in the folder are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from caregiver_app import paths

KINDS: tuple[str, ...] = ("daily", "manual", "before-update", "before-restore")

_NAME = re.compile(
    r"^diary-(\d{4}-\d{2}-\d{2})-(\d{6})-(" + "|".join(map(re.escape, KINDS)) + r")(?:-(\d+))?"
    r"\.sqlite3$"
)


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


def backup_name(when: dt.datetime, kind: str, folder: Path) -> Path:
    base = f"diary-{when:%Y-%m-%d-%H%M%S}-{kind}"
    candidate = folder / f"{base}.sqlite3"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.sqlite3"
        number += 1
    return candidate
