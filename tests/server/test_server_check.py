"""`check` on a diary on the server: a whole, fresh diary passes. SQLite's own bookkeeping table
(`sqlite_sequence`, made by AUTOINCREMENT in the file) is not a table the server diary lacks."""

from __future__ import annotations

from pathlib import Path

import psycopg

from caregiver_app.services import diary_access, server_diary
from caregiver_app.services.server_address import parse
from tests.server.conftest import cli


def test_check_finds_nothing_wrong_with_a_fresh_server_diary(server: str, tmp_path: Path) -> None:
    address = parse(server)
    diary_access.use_server(address)
    try:
        diary_access.open_writable(tmp_path / "computer")
        lines, problems = server_diary.check_lines(address)
    finally:
        diary_access.close()
        diary_access.use_server(None)
    assert problems == [], lines
    assert "  tables: all there" in lines


def test_check_on_a_new_empty_database_says_there_is_no_diary_yet(
    server: str, tmp_path: Path
) -> None:
    # The set-up check before `copy-diary --to`: nothing to fault, nothing created.
    result = cli("--database", server, "--data-dir", str(tmp_path / "computer"), "check")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no diary yet: the database is empty" in result.stdout
    with psycopg.connect(server) as conn:
        assert conn.execute(
            "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)


def test_check_on_a_database_holding_something_else_names_the_problem(
    server: str, tmp_path: Path
) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("CREATE TABLE other_app (x INTEGER)")
    result = cli("--database", server, "--data-dir", str(tmp_path / "computer"), "check")
    assert result.returncode == 1
    assert "PROBLEM: no diary, but 1 other tables" in result.stdout
