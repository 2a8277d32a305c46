"""Shared test setup. Qt runs offscreen: this must happen before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TZ", "Europe/London")
# The tests say which language they read: English unless a test installs another. The desktop's
# own language (LANG, LC_ALL, LANGUAGE) would otherwise pick the app's language and date style.
os.environ.update(LANG="en_GB.UTF-8", LC_ALL="", LC_MESSAGES="", LC_TIME="", LC_NUMERIC="")
os.environ.update(LANGUAGE="")
# A test says which diary it uses: never a server named in the developer's own environment.
os.environ.pop("CAREGIVER_APP_DATABASE", None)

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

if hasattr(time, "tzset"):
    time.tzset()


@pytest.fixture
def in_london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in Europe/London for one test (e.g. a time in its daylight-saving
    gap), whatever zone the suite runs in; the zone before is put back afterwards."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[object]:
    """A fresh diary database migrated to the latest schema: a SQLite file in a temporary
    folder, or, when CAREGIVER_APP_TEST_DATABASE names a PostgreSQL server, a new database
    there (the store and services tests then run against the server)."""
    from caregiver_app.store.db import close_database, open_database, open_server_database
    from tests import server_db

    if server_db.server_url():
        with server_db.fresh_database() as url:
            yield open_server_database(url)
            close_database()
        return
    database = open_database(tmp_path / "diary.sqlite3")
    yield database
    close_database()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[object]:
    """A fresh diary in a SQLite file (tmp_path / "diary.sqlite3") whatever server the suite
    runs against: for tests about the file itself (its backups, journal, pragmas)."""
    from caregiver_app.store.db import close_database, open_database

    database = open_database(tmp_path / "diary.sqlite3")
    yield database
    close_database()


@pytest.fixture
def person(db: object) -> int:
    """The id of one person, made active."""
    from caregiver_app.services import people

    return people.create_person(name="Pat Example", cause="stroke", affected_side="left").id


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    """The window (and printed documents) in Spanish for one test."""
    from caregiver_app.ui import i18n

    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app never opens a network connection: any attempt fails the test."""
    import socket

    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network connection attempted to {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _no_widget_survives_its_test() -> Iterator[None]:
    """Every window and widget a test made is closed and deleted after it, so later tests (and a
    theme applied to the whole application) never pay for thousands of leftover widgets."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from shiboken6 import isValid

    for widget in app.topLevelWidgets():
        if not isValid(widget):
            continue
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    # A theme or text size a test gave the whole application ends with the test too.
    theme = app.property("caregiver_theme")
    percent = app.property("caregiver_text_percent")
    if theme is not None and (theme, percent) != ("light", 100):
        from caregiver_app.ui import style

        style.apply(app, "light", 100)


@pytest.fixture(autouse=True)
def _tasks_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background jobs run synchronously in tests, so results are deterministic."""
    try:
        from caregiver_app.ui import tasks
    except ImportError:  # pragma: no cover - Qt missing; unit tests still run
        return
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture
def ctx(db: object, person: int, tmp_path: Path, qtbot: object) -> object:
    """What a page is given: notifier, settings, undo stack and the active person."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from caregiver_app.services import people
    from caregiver_app.ui.context import PageContext
    from caregiver_app.ui.notifier import DataNotifier

    notifier = DataNotifier()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def active() -> int | None:
        found = people.get_active()
        return found.id if found else None

    context = PageContext(notifier, settings, QUndoStack(), active)
    yield context
    context.undo_stack.clear()
