"""Live updates between computers sharing one diary on a PostgreSQL server, and noticing when the
server is away. No Qt here: the window turns the callbacks into its notifier's signals.

Sending: the write path (`actions.change.perform`) calls `send` inside the action's own
transaction, so PostgreSQL delivers the message exactly when the change commits and never for one
rolled back. The message is small JSON: the kinds of data changed, for whom, and `origin`, the
sender's id, so a window ignores its own echo. On a SQLite file `send` does nothing.

Receiving: a `Listener` keeps a connection of its own (the same conninfo and password as the open
diary) that LISTENs, waiting in a background thread with psycopg's `notifies(timeout=...)`; no
query reads the diary. When that connection is lost it says the server is away, tries again
every few seconds (a small backoff), and says when it is back; each time, it tells the diary's
database (`ServerDatabase.server_away`), which makes its connections afresh before their next use
and, while the server is away, fails at once instead of making the window wait.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from caregiver_app.store.db import database_proxy, is_server

log = logging.getLogger(__name__)

CHANNEL = "caregiver_diary"
# This process's id as a sender (the command line's); a window sends with its notifier's own.
THIS_PROCESS = uuid.uuid4().hex
# Seconds between tries to reach a server that went away: quick at first, then every 5 s.
RETRY_DELAYS = (1.0, 2.0, 3.0, 5.0)
# A connection lost sooner than this after it was made is tried again after a pause.
STEADY = 5.0
# How often the listening thread looks up to see whether it should stop (seconds).
TICK = 0.25
# The listening connection gives up on a server that does not answer sooner than the diary's own
# (libpq's shortest is 2 s), and TCP keepalives let it notice a network that went quiet.
LISTENER_PARAMS: dict[str, Any] = {
    "application_name": "caregiver-app live updates",  # as an administrator sees it
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


@dataclass(frozen=True)
class Message:
    """What another computer (or process) changed: `kinds` of data of `person_id`."""

    kinds: tuple[str, ...]
    person_id: int | None
    origin: str


def payload(kinds: Sequence[str], person_id: int | None, origin: str) -> str:
    return json.dumps(
        {"origin": origin, "kinds": list(kinds), "person": person_id}, separators=(",", ":")
    )


def parse(text: str) -> Message | None:
    """The message in a notification's payload; None for anything else (logged, never raised)."""
    try:
        found = json.loads(text)
        kinds = tuple(str(kind) for kind in found["kinds"])
        person = found["person"]
        if person is not None and not isinstance(person, int):
            raise TypeError("person")
        return Message(kinds, person, str(found["origin"]))
    except (ValueError, KeyError, TypeError):
        log.warning("live updates: a message in an unknown form was ignored")
        return None


def send(kinds: Sequence[str], person_id: int | None, origin: str = THIS_PROCESS) -> None:
    """Tell the other computers on the server that `kinds` of `person_id` changed. Call it
    inside the transaction that made the change: the message leaves when it commits."""
    if kinds and is_server():
        database_proxy.execute_sql(
            "SELECT pg_notify(?, ?)", (CHANNEL, payload(kinds, person_id, origin))
        )


def connection_lost(error: BaseException) -> bool:
    """True when `error` (or what it wraps) says the diary's server could not be reached or
    ended the connection, rather than, say, refusing a value."""
    if "psycopg" not in sys.modules:  # never imported: no server was ever used
        return False
    import psycopg

    seen: set[int] = set()
    found: BaseException | None = error
    while found is not None and id(found) not in seen:
        seen.add(id(found))
        if isinstance(found, psycopg.OperationalError):
            state = found.sqlstate
            # None: libpq's own (no connection, connection closed); 08: connection exceptions;
            # 57P01-57P03: the server shutting down, crashed, or not yet accepting connections.
            if state is None or state.startswith("08") or state in ("57P01", "57P02", "57P03"):
                return True
        wrapped = getattr(found, "orig", None)  # peewee keeps the driver's error there
        found = wrapped if isinstance(wrapped, BaseException) else found.__context__
    return False


class Listener:
    """Listens for other computers' changes on a connection of its own, in a background thread.

    `on_message(message)` is called for every change sent by someone other than `ignore`;
    `on_state(False)` when the server stops answering, `on_state(True)` when the connection is
    back after a loss (messages may have been missed meanwhile: read everything again). Both are
    called from the listening thread.
    """

    def __init__(
        self,
        database: Any,
        on_message: Callable[[Message], None],
        on_state: Callable[[bool], None],
        ignore: str | None = None,
    ) -> None:
        self._conninfo: str = database.database
        self._params = {**database.connect_params, **LISTENER_PARAMS}
        self._server_away: Callable[[bool], None] = database.server_away
        self._on_message = on_message
        self._on_state = on_state
        self._ignore = ignore
        self._delays = RETRY_DELAYS
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._said_away = False
        self._thread = threading.Thread(target=self._run, name="caregiver-live", daemon=True)

    @property
    def listening(self) -> bool:
        """True while the connection is up and LISTENing."""
        return self._listening.is_set()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread to end (at most a connection attempt)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(LISTENER_PARAMS["connect_timeout"] + 2 * TICK + 1)
        if self._said_away:  # no one will say it is back: connections are tried again as usual
            self._server_away(False)

    def _run(self) -> None:
        import psycopg

        away = False
        lost = False  # the connection was up and was lost: read everything again once back
        failures = 0  # tries in a row that failed to connect
        quick = 0  # connections in a row lost within STEADY seconds
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True, **self._params)
            except psycopg.Error:
                if not away:
                    away = self._said_away = True
                    log.warning("live updates: the diary's server is not answering")
                    self._server_away(True)
                    self._tell(self._on_state, False)
                self._wait(failures)
                failures += 1
                continue
            failures = 0
            began = time.monotonic()
            try:
                conn.execute("LISTEN " + CHANNEL)
                self._listening.set()
                if away or lost:
                    log.info("live updates: the diary's server is answering again")
                    self._server_away(False)
                    self._said_away = False
                    self._tell(self._on_state, True)
                away = lost = False
                self._listen(conn)
            except psycopg.Error:
                lost = True  # try again at once; only a failed try says the server is away
                log.info("live updates: the connection to the server was lost")
            finally:
                self._listening.clear()
                conn.close()
            # Lost again and again right after connecting: never retry in a tight loop.
            quick = quick + 1 if time.monotonic() - began < STEADY else 0
            if quick > 1:
                self._wait(quick - 2)

    def _wait(self, tries: int) -> None:
        self._stop.wait(self._delays[min(tries, len(self._delays) - 1)])

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            for note in conn.notifies(timeout=TICK):
                message = parse(note.payload)
                if message is not None and message.origin != self._ignore:
                    self._tell(self._on_message, message)

    @staticmethod
    def _tell(callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception:  # the thread goes on listening; the error is in the log
            log.exception("live updates: a callback failed")


def listener_for_open_diary(
    on_message: Callable[[Message], None],
    on_state: Callable[[bool], None],
    ignore: str | None = None,
) -> Listener | None:
    """A (not yet started) `Listener` for the diary that is open, or None when it is a file."""
    database = database_proxy.obj
    if not is_server(database):
        return None
    return Listener(database, on_message, on_state, ignore)
