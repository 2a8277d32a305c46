"""Copying a whole diary from one engine to another: the SQLite file to a server database, a
server diary home into a SQLite file, a server diary into a checked SQLite backup. No Qt.

The copy reads the source in one snapshot (a read transaction; REPEATABLE READ on a server, so
other computers may keep writing meanwhile) and writes the target in one transaction: every
table row for row with the same ids, parents before children, the running totals as they are.
Then it is checked before it counts: the same number of rows in every table, and the running
totals equal to a fresh count from the episodes (`day_totals.differences`). A target that fails
is rolled back (a server database) or never renamed into place (a file).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from caregiver_app.messages import MessageError, plain
from caregiver_app.store import day_totals, dialect, migrations

BATCH = 5000
# Tables the migrations own: never copied (the target's migrations write its own).
_NOT_COPIED = {"schema_version"}

Progress = Callable[[int, int], None]  # (rows copied so far, rows in all)


class CopyError(MessageError):
    """The copy could not be made or did not pass its checks; the target was left unchanged."""


@dataclass(frozen=True)
class CopyReport:
    tables: dict[str, int]  # rows copied, by table

    @property
    def people(self) -> int:
        return self.tables.get("person", 0)

    @property
    def episodes(self) -> int:
        return self.tables.get("episode", 0)


def tables_in_order(db: peewee.Database) -> list[str]:
    """The diary's tables, each after every table it refers to."""
    # SQLite's own tables (sqlite_sequence, sqlite_stat1) are SQLite's to keep, not the diary's.
    tables = [t for t in db.get_tables() if t not in _NOT_COPIED and not t.startswith("sqlite_")]
    parents = {t: {fk.dest_table for fk in db.get_foreign_keys(t)} - {t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = sorted(t for t in tables if t not in ordered and parents[t] <= set(ordered))
        if not ready:  # pragma: no cover - a cycle; the diary has none
            raise RuntimeError(f"tables refer to each other: {sorted(set(tables) - set(ordered))}")
        ordered.extend(ready)
    return ordered


def _columns(db: peewee.Database, table: str) -> list[str]:
    return [c.name for c in db.get_columns(table)]


def _key(db: peewee.Database, table: str) -> list[str]:
    return list(db.get_primary_keys(table)) or _columns(db, table)


def _rows(
    db: peewee.Database, table: str, columns: Sequence[str]
) -> Iterator[list[tuple[Any, ...]]]:
    """Every row of `table`, in batches, in primary-key order (keyset paging: each batch is one
    index look-up however far into a big table it is)."""
    key = _key(db, table)
    names = ", ".join(columns)
    order = ", ".join(key)
    at = [columns.index(k) for k in key]
    last: tuple[Any, ...] | None = None
    while True:
        if last is None:
            sql = f"SELECT {names} FROM {table} ORDER BY {order} LIMIT {BATCH}"
            params: tuple[Any, ...] = ()
        else:
            marks = ", ".join("?" for _ in key)
            sql = (
                f"SELECT {names} FROM {table} WHERE ({order}) > ({marks})"
                f" ORDER BY {order} LIMIT {BATCH}"
            )
            params = last
        batch = [tuple(r) for r in db.execute_sql(sql, params).fetchall()]
        if not batch:
            return
        yield batch
        last = tuple(batch[-1][i] for i in at)


def _write(
    db: peewee.Database, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    names = ", ".join(columns)
    if dialect.is_server(db):
        with db.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    db.cursor().executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def count_rows(db: peewee.Database, tables: Sequence[str]) -> dict[str, int]:
    return {t: int(db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


@contextlib.contextmanager
def _snapshot(db: peewee.Database) -> Iterator[None]:
    """One consistent view of the source for the whole copy."""
    with db.atomic():
        if dialect.is_server(db):
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield


def copy_into(
    source: peewee.Database, target: peewee.Database, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of `source` into `target`, an empty diary at the same schema version (the
    caller migrated it), in one transaction on the target, then check it (CopyError if not)."""
    if migrations.current_version(source) != migrations.current_version(target):
        raise CopyError(
            plain(
                f"The two diaries are at different versions ({migrations.current_version(source)}"
                f" and {migrations.current_version(target)}). Nothing was copied."
            )
        )
    with _snapshot(source):
        tables = tables_in_order(source)
        expected = count_rows(source, tables)
        total = sum(expected.values())
        done = 0
        with target.atomic():
            if any(count_rows(target, tables).values()):
                raise CopyError(
                    plain("The place to copy to already holds a diary. Nothing was copied.")
                )
            with day_totals.triggers_set_aside(target):
                for table in tables:
                    columns = _columns(source, table)
                    for batch in _rows(source, table, columns):
                        _write(target, table, columns, batch)
                        done += len(batch)
                        if progress is not None:
                            progress(done, total)
            if dialect.is_server(target):
                for table in tables:
                    if "id" in _columns(target, table):
                        target.execute_sql(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                            f" COALESCE(MAX(id), 0) + 1, false) FROM {table}"
                        )
            found = count_rows(target, tables)
            if found != expected:
                wrong = ", ".join(
                    f"{t}: {found[t]} of {expected[t]}" for t in tables if found[t] != expected[t]
                )
                raise CopyError(plain(f"The copy is not complete ({wrong}). Nothing was copied."))
            off = {t: n for t, n in day_totals.differences(target).items() if n}
            if off:
                raise CopyError(
                    plain(
                        f"The copy's running totals disagree with its episodes ({off}). Nothing was copied."
                    )
                )
    return CopyReport(expected)


def copy_to_file(
    source: peewee.Database, target: Path, progress: Progress | None = None
) -> CopyReport:
    """Copy `source` into the new SQLite file `target` (0600), through a temporary name that is
    renamed into place only once the copy is complete and checked."""
    from caregiver_app import paths
    from caregiver_app.store.backup.diary_file import check_file
    from caregiver_app.store.backup.online_copy import fsync_dir, partial_name
    from caregiver_app.store.db import make_database

    target = Path(target)
    if target.exists():
        raise CopyError(plain(f"{target} already exists. Nothing was copied."))
    partial = partial_name(target.parent, target.name)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        file_db = make_database(partial)
        try:
            file_db.connect()
            migrations.migrate(file_db)
            report = copy_into(source, file_db, progress)
            file_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            file_db.execute_sql("PRAGMA journal_mode = DELETE")
        finally:
            file_db.close()
        checked = check_file(partial)
        if not checked.ok:
            raise CopyError(plain(f"The copy did not pass its checks: {checked.summary()}"))
        paths.make_private(partial)
        os.replace(partial, target)
    finally:
        for leftover in (
            partial,
            *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal")),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_dir(target.parent)
    return report
