"""`check` on a diary on the server: a whole, fresh diary passes. SQLite's own bookkeeping table
(`sqlite_sequence`, made by AUTOINCREMENT in the file) is not a table the server diary lacks."""

from __future__ import annotations

from pathlib import Path

from caregiver_app.services import diary_access, server_diary
from caregiver_app.services.server_address import parse


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
