"""Changes made "by another computer": a second connection to the open diary, not the app's own.

On the SQLite file, a plain sqlite3 connection to the same file (as a second window or the
command line would be); on a server, a psycopg connection to the same database. The SQL is the
app's (with `?` placeholders); the change is committed before the function returns."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from caregiver_app.store.db import database_proxy
from caregiver_app.store.server import to_server_sql


def run(sql: str, params: Sequence[Any] = ()) -> None:
    """Run one statement on a second connection to the open diary and commit it."""
    database = database_proxy.obj
    if getattr(database, "is_server", False):
        import psycopg

        with psycopg.connect(database.database) as conn:
            conn.execute(to_server_sql(sql), list(params))
        return
    conn = sqlite3.connect(database.database)
    conn.execute("PRAGMA foreign_keys = ON")  # as the app opens the file (store/db.py)
    try:
        with conn:
            conn.execute(sql, list(params))
    finally:
        conn.close()
