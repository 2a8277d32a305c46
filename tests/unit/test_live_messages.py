"""What one computer tells the others on a server diary, and which errors mean the server is away
(services/live.py); no server needed."""

from __future__ import annotations

import peewee
import pytest

from caregiver_app.services import live


def test_a_message_says_what_changed_for_whom_and_who_sent_it() -> None:
    text = live.payload(["episodes", "checkins"], 3, "window-1")
    assert len(text.encode()) < 200  # far below PostgreSQL's 8000 bytes
    assert live.parse(text) == live.Message(("episodes", "checkins"), 3, "window-1")
    assert live.parse(live.payload(["people"], None, "x")) == live.Message(("people",), None, "x")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"kinds": ["episodes"]}',
        '{"origin": "x", "kinds": [], "person": "3"}',
    ],
)
def test_a_message_in_an_unknown_form_is_ignored(text: str) -> None:
    assert live.parse(text) is None


def test_only_a_lost_connection_counts_as_the_server_being_away() -> None:
    psycopg = pytest.importorskip("psycopg")
    lost = psycopg.OperationalError("consuming input failed: server closed the connection")
    assert live.connection_lost(lost)
    assert live.connection_lost(peewee.OperationalError(lost, *lost.args))  # as peewee wraps it
    assert live.connection_lost(psycopg.errors.AdminShutdown("terminating connection"))
    assert not live.connection_lost(psycopg.errors.UniqueViolation("duplicate key"))
    assert not live.connection_lost(psycopg.errors.SerializationFailure("could not serialize"))
    assert not live.connection_lost(ValueError("severity must be 1 to 3"))
