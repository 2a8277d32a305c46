"""The few SQL expressions the SQLite file and the PostgreSQL server write differently.

Everything else the app sends is the SQL both engines share (see server.py)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from typing import Any

import peewee

# A database, or the proxy every model shares (which answers for the open one).
Db = peewee.Database | peewee.DatabaseProxy


def is_server(db: Db) -> bool:
    return bool(getattr(db, "is_server", False))


def month_of(db: Db, local_seconds: str) -> str:
    """The month (year * 100 + month, e.g. 202612) of a local time given as seconds since 1970."""
    if is_server(db):
        return (
            f"CAST(to_char(to_timestamp({local_seconds}) AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER)"
        )
    return f"CAST(strftime('%Y%m', {local_seconds}, 'unixepoch') AS INTEGER)"


_A_TO_Z = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold_case(text: str) -> str:
    """`text` as SQL's LOWER() makes it of a stored column on both engines: A-Z folded, every
    other letter kept (SQLite's LOWER knows only A-Z; the server's columns compare byte by byte,
    COLLATE "C", where LOWER folds only A-Z too). Compare `LOWER(column) = ?` with this, never
    with LOWER(?): the server would fold a parameter by its own locale (É to é)."""
    return text.translate(_A_TO_Z)


def real(expr: str) -> str:
    """`expr` as a double (an IEEE float) on both engines, for a mean or a share (AVG of it, or
    it divided by a count). The server's NUMERIC arithmetic, what AVG of whole numbers or
    `* 1.0 /` give there, rounds to 16 decimals: 11 / 9 came back as 1.222222222222222, not the
    file's 1.2222222222222223."""
    return f"CAST({expr} AS DOUBLE PRECISION)"


def flag(condition: str) -> str:
    """1 where `condition` holds, else 0 (also for NULL): a number both engines can add up."""
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def joined(db: Db, expr: str, sep: str) -> str:
    """An aggregate: the values of `expr` in one text, separated by `sep` (a SQL string literal,
    e.g. "';'"); NULL when there are none. The order is not defined: callers sort or compare sets."""
    if is_server(db):
        return f"string_agg({expr}, {sep})"
    return f"group_concat({expr}, {sep})"


def greatest(db: Db, *exprs: str) -> str:
    """The largest of `exprs` in one row (SQLite's scalar MAX of several arguments). None may
    be NULL: SQLite's MAX is then NULL, PostgreSQL's GREATEST leaves the NULL out."""
    return f"{'GREATEST' if is_server(db) else 'MAX'}({', '.join(exprs)})"


def least(db: Db, *exprs: str) -> str:
    """The smallest of `exprs` in one row (SQLite's scalar MIN of several arguments). None may
    be NULL (see `greatest`)."""
    return f"{'LEAST' if is_server(db) else 'MIN'}({', '.join(exprs)})"


# A plain INSERT of one row of `?`s: no ON CONFLICT, no RETURNING, no expression.
_PLAIN_INSERT = re.compile(
    r"\s*INSERT INTO (\w+) \(([\w\s,]+)\) VALUES \(\s*\?(?:\s*,\s*\?)*\s*\)\s*", re.IGNORECASE
)


def execute_many(db: Db, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run one statement (in the app's SQL, with `?`) once for each row of parameters, in the
    caller's transaction: many rows at the speed of one statement on either engine.

    On the server a plain INSERT goes in through COPY, which checks the same constraints and
    fires the same triggers: 100,000 episodes of an import took 4.5 s as an executemany (one
    statement a row, however pipelined) and take 1.5 s so."""
    rows = list(rows)
    cursor = db.cursor()
    if is_server(db):
        plain = _PLAIN_INSERT.fullmatch(sql)
        if plain is not None:
            if rows:
                table, columns = plain.groups()
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        from caregiver_app.store.server import to_server_sql

        sql = to_server_sql(sql)
    cursor.executemany(sql, rows)


def new_ids(db: Db, table: str, count: int) -> list[int]:
    """`count` ids for new rows of `table`, for writing many rows with their ids at once (their
    trigger and relief rows need them). The server hands them out from the table's identity, so
    they are never given twice, also to another computer writing at the same time; the file has
    one writer and its next ids follow its highest."""
    if count <= 0:
        return []
    if is_server(db):
        rows = db.execute_sql(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
            (table, count),
        ).fetchall()
        return sorted(int(row[0]) for row in rows)
    first = int(db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1
    return list(range(first, first + count))


# The key of the lock that lets one bulk change (an import, sample data) run at a time.
_BULK_LOCK = 20_261_207


def one_bulk_change_at_a_time(db: Db) -> None:
    """Inside a transaction on a server: wait until no other bulk change is running, and hold
    that turn until this transaction ends. Nothing to do on the file (one writer at a time)."""
    if is_server(db):
        db.execute_sql(f"SELECT pg_advisory_xact_lock({_BULK_LOCK})")


def lock_rows(db: Db, table: str, where: str, params: list[object]) -> None:
    """Hold the rows of `table` matching `where` until the transaction ends, so a save that
    checks them first and then writes cannot interleave with another computer's. The server
    locks the rows, and a key for them (which also holds when there is no row yet); the file has
    one writer at a time, taken here by a write that changes nothing (so a second process
    waits, and a copy read before its change is never written over it)."""
    if not is_server(db):
        db.execute_sql(f"UPDATE {table} SET rowid = rowid WHERE 0 = 1")
        return
    key = f"{table}:{where}:{params!r}"
    db.execute_sql("SELECT pg_advisory_xact_lock(hashtext(?))", (key,))
    db.execute_sql(f"SELECT 1 FROM {table} WHERE {where} FOR UPDATE", params)


def write_transaction(db: Db) -> Any:
    """A transaction that writes (one user action). The file takes its one writer's lock at once
    (BEGIN IMMEDIATE): a second writer waits for it (busy_timeout) and then reads what the first
    wrote, rather than failing later on a copy it read before. The server needs no such lock:
    the rows a save checks are locked as they are read (`lock_rows`)."""
    if is_server(db):
        return db.atomic()
    return db.atomic(lock_type="IMMEDIATE")
