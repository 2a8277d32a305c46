"""The diary on a PostgreSQL server: the same models and the same SQL as the SQLite file.

The app's SQL is written once, for SQLite's dialect with `?` placeholders, in the portable part
of SQL both engines share (CASE instead of a bare comparison summed as a number, COALESCE,
LOWER, ON CONFLICT, RETURNING). `ServerDatabase` makes the server answer as the file does:

- placeholders: `?` becomes psycopg's `%s` (outside quoted text) and a literal `%` is doubled;
  peewee builds its own queries with `?` here too, so one rule covers every statement;
- values come back as SQLite gives them: a DATE as its ISO text ("2026-12-07"), a NUMERIC (what
  PostgreSQL's AVG gives) as a float; a Python bool goes in as 0 or 1, as the file stores it.

The few expressions that differ (a month from local seconds, the running totals' triggers) are
in `dialect.py` and `migrations_server.py`. No Qt here.
"""

from __future__ import annotations

from typing import Any

import peewee

try:  # psycopg is a dependency; a missing one is said plainly when a server diary is opened
    import psycopg
    from psycopg.adapt import Dumper, Loader
except ImportError:  # pragma: no cover
    psycopg = None  # type: ignore[assignment]
    Dumper = Loader = object  # type: ignore[assignment,misc]

# How long to wait for a server that does not answer before saying so (seconds).
CONNECT_TIMEOUT = 5


def to_server_sql(sql: str) -> str:
    """`sql` with SQLite's `?` placeholders as psycopg's `%s` and every other `%` doubled.

    A `?` or `%` inside single-quoted text or a double-quoted name is not a placeholder; `%`
    there is still doubled, because psycopg reads the whole statement. A bare `%s` is kept as
    it is: peewee's own introspection queries (columns, foreign keys) are written that way, and
    the app's SQL never writes a modulo without a space.
    """
    out: list[str] = []
    quote = ""
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%" if sql[i + 1 : i + 2] == "s" else "%%")
        else:
            out.append(ch)
    return "".join(out)


if psycopg is not None:

    class _DayAsText(Loader):
        """A DATE read as ISO text, as SQLite stores it."""

        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class _NumericAsFloat(Loader):
        def load(self, data: Any) -> float:
            return float(bytes(data).decode())

    class _BoolAsInt(Dumper):
        """A Python bool written as the integer 0 or 1, as in the file (columns are INTEGER)."""

        oid = psycopg.adapters.types["int4"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"


def configure_connection(conn: Any) -> None:
    """Make one psycopg connection read and write values as SQLite does (see the module)."""
    conn.adapters.register_loader("date", _DayAsText)
    conn.adapters.register_loader("numeric", _NumericAsFloat)
    conn.adapters.register_dumper(bool, _BoolAsInt)


class ServerDatabase(peewee.PostgresqlDatabase):
    """peewee's PostgreSQL database, speaking the app's SQL (see the module's docstring).

    `database` is a libpq connection string; the password, when the app has one, is passed
    apart from it in `connect_params` and never kept anywhere else.
    """

    param = "?"
    is_server = True

    def __init__(self, conninfo: str, **kwargs: Any) -> None:
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT)
        kwargs.setdefault("application_name", "caregiver-app")
        super().__init__(conninfo, prefer_psycopg3=True, autoconnect=True, **kwargs)
        self._epoch = 0  # connections made before `server_away` was last called are not used again
        self._away = False

    def _connect(self) -> Any:
        if psycopg is None:  # pragma: no cover
            raise peewee.ImproperlyConfigured("the psycopg package is not installed")
        if self._away:  # at once, not after `connect_timeout` on the window's thread
            raise psycopg.OperationalError("the diary's server is not answering")
        params = dict(self.connect_params)
        conn = psycopg.connect(self.database, **params)
        configure_connection(conn)
        conn.autocommit = True
        self._state.epoch = self._epoch  # type: ignore[attr-defined]  # per thread, as the connection
        return conn

    def server_away(self, away: bool) -> None:
        """Told by the window's listener (services/live.py, from its thread) when the server stops
        answering and when it is back. While it is away, connecting fails at once. Either way,
        every connection open now (one per thread) may be dead without knowing it yet, so each
        is closed and made afresh before its next use outside a transaction."""
        self._away = away
        self._epoch += 1

    def cursor(self, named_cursor: Any = None) -> Any:
        # A connection the server ended (or one from before it was away) is closed and a new one
        # made, once no transaction is open on it: never in the middle of one.
        state = self._state  # type: ignore[attr-defined]
        if (
            not state.closed
            and not self.in_transaction()
            and (state.conn.closed or getattr(state, "epoch", None) != self._epoch)
        ):
            self.close()
        return super().cursor(named_cursor)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        return self._execute_cursor(to_server_sql(sql), params)  # type: ignore[attr-defined]
