"""Looking at a diary file without changing it: is it a diary, whole, from this version? No Qt.

`check_file` opens a file read-only (as immutable when nothing sits beside it, so not even a -wal
or -shm file is made) and runs SQLite's own checks, the foreign-key check and the schema checks;
it never raises for a bad file, it says what it found. `inspect_diary` does the same for the diary
at start-up and decides what the app offers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

import peewee

from caregiver_app.messages import Message, joined
from caregiver_app.store import migrations
from caregiver_app.store.backup.listing import BackupInfo, list_backups
from caregiver_app.store.messages import message

SQLITE_HEADER = b"SQLite format 3\x00"


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
        # Without SQLite's own tables (sqlite_sequence): a server diary has none.
        return frozenset(t for t in memory.get_tables() if not t.startswith("sqlite_"))
    finally:
        memory.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, nor create it, nor leave files beside it.

    With no -wal, -shm or -journal file beside it (a closed diary, a backup), the file is opened
    as immutable: SQLite then makes no -wal or -shm file either. With them, another connection may
    be using the file, or a crash left something SQLite must take into account.
    """
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=10)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens `path` read-only (immutable when nothing sits beside it)."""
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    immutable = "" if any(p.exists() for p in sidecars) else "&immutable=1"
    return f"{path.resolve().as_uri()}?mode=ro{immutable}"


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts as an SQLite database does (a diary, a backup, a copy); False when
    it is not there or cannot be read."""
    try:
        return _read_header(path) == SQLITE_HEADER
    except OSError:
        return False


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
        if not path.exists():
            code = "file.missing"
        else:  # a device such as /dev/zero or a pipe is not a folder either
            code = "file.folder" if path.is_dir() else "file.not_regular"
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
        conn = connect_read_only(path)
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
            report = with_changes(report, last_entry_utc=int(last) if last is not None else None)
        return report
    except sqlite3.Error as exc:
        problems.append(message("file.damaged", name=name, reason=exc))
        return FileReport(path, True, size, integrity=str(exc), problems=tuple(problems))
    finally:
        conn.close()


def with_changes(report: FileReport, **changes: object) -> FileReport:
    return replace(report, **changes)  # type: ignore[arg-type]


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
            return DiaryState("damaged", with_changes(report, problems=(cut_short,)), backups)
        return DiaryState("missing" if backups else "new", report, backups)
    report = check_file(db_path)
    if report.newer:
        return DiaryState("newer", report, list_backups(data_dir))
    if not report.ok:
        return DiaryState("damaged", report, list_backups(data_dir))
    return DiaryState("ok", report)
