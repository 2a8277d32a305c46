"""Copying a diary with SQLite's online backup API, and making renames durable. No Qt.

Every copy is made with the online backup API, never by copying the file: a plain copy misses
what is still in the -wal file. The copy reads from a fresh connection of its own, never from a
connection inside a transaction (see `copy_database`). A copy is written to a temporary `.partial`
name beside its final place (`partial_name`) and renamed into place only once checked.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from caregiver_app import paths
from caregiver_app.store.backup.diary_file import connect_read_only

PARTIAL_SUFFIX = ".partial"


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path, *, source_read_only: bool) -> None:
    """Copy `source` into the new file `target` (0600) with SQLite's online backup API.

    The copy is a single self-contained file (rollback journal, not WAL). Never called inside a
    transaction: the source is a fresh connection of its own.
    """
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = connect_read_only(source) if source_read_only else sqlite3.connect(source, timeout=10)
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


def partial_name(folder: Path, final_name: str) -> Path:
    return folder / f".{final_name}.{os.getpid()}.{time.monotonic_ns()}{PARTIAL_SUFFIX}"
