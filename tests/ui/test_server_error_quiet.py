"""A page that could not read the diary because its server went away shows no "Something went
wrong" box on top of the window's banner (which already says the server is not answering); the
error still goes to the log. Any other unexpected error is still shown (test_damaged_start.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import peewee
import pytest
from pytestqt.qtbot import QtBot

from caregiver_app import logging_setup
from caregiver_app.ui import app as app_module
from caregiver_app.ui import prompts


def test_a_lost_server_connection_is_logged_but_shows_no_error_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    psycopg = pytest.importorskip("psycopg")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logging_setup.setup_logging(tmp_path, "test")
    try:
        app_module._install_excepthook()
        lost = psycopg.OperationalError("server closed the connection unexpectedly")
        try:
            raise peewee.OperationalError(lost, *lost.args) from lost
        except peewee.OperationalError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert shown == []
        try:
            raise KeyError("something else")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert len(shown) == 1 and "Something went wrong" in shown[0]
    finally:
        logging_setup.stop_logging()
    assert "peewee.OperationalError" in logging_setup.log_file(tmp_path).read_text()
