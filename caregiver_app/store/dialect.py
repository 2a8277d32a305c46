"""The few SQL expressions the SQLite file and the PostgreSQL server write differently.

Everything else the app sends is the SQL both engines share (see server.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import peewee


def is_server(db: peewee.Database) -> bool:
    return bool(getattr(db, "is_server", False))


def month_of(db: peewee.Database, local_seconds: str) -> str:
    """The month (year * 100 + month, e.g. 202612) of a local time given as seconds since 1970."""
    if is_server(db):
        return (
            f"CAST(to_char(to_timestamp({local_seconds}) AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER)"
        )
    return f"CAST(strftime('%Y%m', {local_seconds}, 'unixepoch') AS INTEGER)"


def flag(condition: str) -> str:
    """1 where `condition` holds, else 0 (also for NULL): a number both engines can add up."""
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def joined(db: peewee.Database, expr: str, sep: str) -> str:
    """An aggregate: the values of `expr` in one text, separated by `sep` (a SQL string literal,
    e.g. "';'"); NULL when there are none. The order is not defined: callers sort or compare sets."""
    if is_server(db):
        return f"string_agg({expr}, {sep})"
    return f"group_concat({expr}, {sep})"


def greatest(db: peewee.Database, *exprs: str) -> str:
    """The largest of `exprs` in one row (SQLite's scalar MAX of several arguments). None may
    be NULL: SQLite's MAX is then NULL, PostgreSQL's GREATEST leaves the NULL out."""
    return f"{'GREATEST' if is_server(db) else 'MAX'}({', '.join(exprs)})"


def least(db: peewee.Database, *exprs: str) -> str:
    """The smallest of `exprs` in one row (SQLite's scalar MIN of several arguments). None may
    be NULL (see `greatest`)."""
    return f"{'LEAST' if is_server(db) else 'MIN'}({', '.join(exprs)})"


def execute_many(db: peewee.Database, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run one statement (in the app's SQL, with `?`) once for each row of parameters, in the
    caller's transaction: many rows at the speed of one statement on either engine."""
    cursor = db.cursor()
    if is_server(db):
        from caregiver_app.store.server import to_server_sql

        sql = to_server_sql(sql)
    cursor.executemany(sql, list(rows))


def new_ids(db: peewee.Database, table: str, count: int) -> list[int]:
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
