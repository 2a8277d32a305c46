"""The few SQL expressions the SQLite file and the PostgreSQL server write differently.

Everything else the app sends is the SQL both engines share (see server.py)."""

from __future__ import annotations

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


# --- the schema as the undo copies read it (store/undo.py): the tables, their columns in order,
# and which tables' rows are deleted with a row of another (ON DELETE CASCADE) -----------------


def tables(db: peewee.Database) -> list[str]:
    """The diary's tables, by name."""
    if is_server(db):
        sql = (
            "SELECT table_name FROM information_schema.tables WHERE table_schema ="
            " current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
    else:
        sql = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    return [str(row[0]) for row in db.execute_sql(sql).fetchall()]


def columns(db: peewee.Database, table: str) -> tuple[str, ...]:
    """The columns of `table` in the order they were made."""
    if is_server(db):
        cursor = db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return tuple(str(row[0]) for row in cursor.fetchall())
    return tuple(str(row[1]) for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall())


def cascading(db: peewee.Database, table: str) -> list[tuple[str, str]]:
    """(column, table) of each foreign key whose rows go when a row of `table` is deleted."""
    if not is_server(db):
        return [
            (str(fk[3]), child)
            for child in tables(db)
            for fk in db.execute_sql(f"PRAGMA foreign_key_list({child})").fetchall()
            # (id, seq, table, from, to, on_update, on_delete, match)
            if fk[2] == table and str(fk[6]).upper() == "CASCADE"
        ]
    cursor = db.execute_sql(
        "SELECT k.column_name, k.table_name FROM information_schema.referential_constraints r"
        " JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name"
        " AND k.constraint_schema = r.constraint_schema"
        " JOIN information_schema.constraint_column_usage u"
        " ON u.constraint_name = r.constraint_name AND u.constraint_schema = r.constraint_schema"
        " WHERE r.constraint_schema = current_schema() AND r.delete_rule = 'CASCADE'"
        " AND u.table_name = ? ORDER BY k.table_name, k.column_name",
        (table,),
    )
    return [(str(row[0]), str(row[1])) for row in cursor.fetchall()]


def lock_rows(db: peewee.Database, table: str, where: str, params: list[object]) -> None:
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


def write_transaction(db: peewee.Database) -> Any:
    """A transaction that writes (one user action). The file takes its one writer's lock at once
    (BEGIN IMMEDIATE): a second writer waits for it (busy_timeout) and then reads what the first
    wrote, rather than failing later on a copy it read before. The server needs no such lock:
    the rows a save checks are locked as they are read (`lock_rows`)."""
    if is_server(db):
        return db.atomic()
    return db.atomic(lock_type="IMMEDIATE")
