"""The few SQL expressions the SQLite file and the PostgreSQL server write differently.

Everything else the app sends is the SQL both engines share (see server.py)."""

from __future__ import annotations

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
