"""A care team's server address: what the app connects with, what it shows, and TLS."""

from __future__ import annotations

import pytest

from caregiver_app.services import server_address
from caregiver_app.services.server_address import BadAddress, parse


def test_another_host_requires_tls_unless_the_address_says_otherwise() -> None:
    remote = parse("postgresql://ana@diary.example.org/our_diary")
    assert "sslmode=require" in remote.conninfo
    assert not remote.local
    chosen = parse("postgresql://ana@diary.example.org/our_diary?sslmode=verify-full")
    assert "sslmode=verify-full" in chosen.conninfo and "require" not in chosen.conninfo


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ana@localhost/d",
        "postgresql://ana@127.0.0.1:5433/d",
        "postgresql://ana@[::1]/d",
        "postgresql:///d?host=/run/postgresql",
        "postgres://ana@/d",
    ],
)
def test_this_computer_needs_no_tls(url: str) -> None:
    found = parse(url)
    assert found.local
    assert "sslmode" not in found.conninfo


def test_a_server_on_this_computer_is_shown_as_localhost_in_every_language() -> None:
    assert (
        parse("postgresql://ana@/our_diary?host=/run/postgresql").shown == "ana@localhost/our_diary"
    )


def test_the_password_is_kept_apart_and_never_shown() -> None:
    found = parse("postgresql://ana:s3cret%21@diary.example.org:5432/our_diary")
    assert found.password == "s3cret!"
    assert "s3cret" not in found.conninfo
    assert (
        "s3cret" not in found.shown and "s3cret" not in str(found) and "s3cret" not in repr(found)
    )
    assert found.shown == "ana@diary.example.org:5432/our_diary"
    in_query = parse("postgresql://ana@h.example.org/d?password=abc")
    assert in_query.password == "abc" and "abc" not in in_query.conninfo


def test_redact_hides_the_password_of_an_address_in_a_text() -> None:
    assert server_address.redact("postgresql://ana:pw@h/d") == "postgresql://ana:***@h/d"
    assert server_address.redact("postgresql://ana@h/d") == "postgresql://ana@h/d"


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://ana@h/d", "'mysql://ana@h/d' is not a server address"),
        ("postgresql://ana@h", "names no database"),
        ("postgresql://ana@h:99999/d", "port"),
        ("postgresql://ana:pw@h", "postgresql://ana:***@h names no database"),
    ],
)
def test_a_bad_address_is_named(url: str, said: str) -> None:
    with pytest.raises(BadAddress) as caught:
        parse(url)
    assert said in str(caught.value)
    assert ":pw@" not in str(caught.value)


def test_the_environment_names_the_server_when_the_command_line_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(server_address.ENV, "postgresql://ben@h/d")
    assert server_address.from_environment(None) == "postgresql://ben@h/d"
    assert server_address.from_environment("postgresql://ana@h/d") == "postgresql://ana@h/d"
    monkeypatch.delenv(server_address.ENV)
    assert server_address.from_environment(None) is None
