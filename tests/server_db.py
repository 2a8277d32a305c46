"""Throwaway databases on the test PostgreSQL server named by CAREGIVER_APP_TEST_DATABASE
(tests/server/cluster.sh starts one): a fresh, empty database per test, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

ENV = "CAREGIVER_APP_TEST_DATABASE"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def _with_dbname(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


@contextmanager
def fresh_database(url: str | None = None) -> Iterator[str]:
    """The URL of a new empty database on the test server, dropped when the block ends."""
    base = url or server_url()
    assert base, f"{ENV} is not set"
    name = f"caregiver_test_{uuid.uuid4().hex[:12]}"
    _admin(base, f'CREATE DATABASE "{name}"')
    try:
        yield _with_dbname(base, name)
    finally:
        from caregiver_app.store.db import database_proxy

        found = database_proxy.obj
        if found is not None and getattr(found, "is_server", False) and not found.is_closed():
            found.close()
        _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
