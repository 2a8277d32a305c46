"""The few SQL expressions the SQLite file and the PostgreSQL server write differently.

Everything else the app sends is the SQL both engines share (see server.py)."""

from __future__ import annotations

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


def flag(condition: str) -> str:
    """1 where `condition` holds, else 0 (also for NULL): a number both engines can add up."""
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"


# The key of the lock that lets one bulk change (an import, sample data) run at a time.
_BULK_LOCK = 20_261_207


def one_bulk_change_at_a_time(db: Db) -> None:
    """Inside a transaction on a server: wait until no other bulk change is running, and hold
    that turn until this transaction ends. Nothing to do on the file (one writer at a time)."""
    if is_server(db):
        db.execute_sql(f"SELECT pg_advisory_xact_lock({_BULK_LOCK})")
