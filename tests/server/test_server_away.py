"""When the diary's server stops answering: a banner says so, a form keeps what was typed and says
nothing was saved (no step to undo), and once the server is back the banner goes, every page
reads the diary again and Save works; the episode is there once. The outage is this test's own:
its database refuses connections and every one open to it is ended, the way a restarting
server ends them; the other tests' databases on the same server are not touched."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import peewee
import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, live
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import perform
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from tests import server_db
from tests.helpers import episode
from tests.server.conftest import cli
from tests.server.windows import open_window, shown_today

NOTE = "Woke with the left hand clenched"


def _admin(sql: str, *params: object) -> None:
    base = server_db.server_url()
    assert base
    with psycopg.connect(base, autocommit=True) as admin:  # to another database: never ended
        admin.execute(sql, params)  # type: ignore[arg-type]


def _name(database: peewee.Database) -> str:
    return urlsplit(database.database).path.lstrip("/")


def take_away(database: peewee.Database) -> None:
    """The diary's database refuses connections and ends every one open to it."""
    _admin(f'ALTER DATABASE "{_name(database)}" ALLOW_CONNECTIONS false')
    _admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = %s AND pid <> pg_backend_pid()",
        _name(database),
    )


def bring_back(database: peewee.Database) -> None:
    _admin(f'ALTER DATABASE "{_name(database)}" ALLOW_CONNECTIONS true')


@contextmanager
def server_away(database: peewee.Database) -> Iterator[None]:
    """The server away until the block ends."""
    take_away(database)
    try:
        yield
    finally:
        bring_back(database)


def test_a_form_keeps_what_was_typed_while_the_server_is_away_and_saves_once_it_is_back(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    banner = window.live.banner
    assert banner.isHidden()
    problems: list[BaseException] = []

    def in_the_form() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EpisodeDialog)
        try:
            qtbot.mouseClick(dialog.severity.buttons[3], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.details_toggle, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.notes, NOTE)
            with server_away(db):
                qtbot.waitUntil(banner.isVisible, timeout=5000)
                assert "not answering" in banner.text.text()
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
                assert dialog.isVisible(), "the form stays open"
                said = dialog.reason.text()
                assert "Could not save" in said and "not answering" in said, said
                assert "Nothing was changed" in said
                assert "socket" not in said and "caregiver_test" not in said  # not the driver's
                assert dialog.notes.toPlainText() == NOTE
                assert dialog.severity.value() == 3
                assert window.undo_stack.count() == 0, "a failed save is no step to undo"
            qtbot.waitUntil(banner.isHidden, timeout=15_000)  # it reconnects by itself
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert not dialog.isVisible(), dialog.reason.text()
        except BaseException as exc:
            problems.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, in_the_form)
    window.new_action.trigger()
    if problems:
        raise problems[0]
    saved = episodes.recent(person, 5)
    assert [(row.severity, row.notes) for row in saved] == [(3, NOTE)]  # there, and once
    assert window.undo_stack.count() == 1
    assert shown_today(window) == "1"


def test_a_change_made_while_the_window_was_not_listening_is_shown_once_the_server_is_back(
    qtbot: QtBot,
    db: peewee.Database,
    person: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(live, "RETRY_DELAYS", (10.0,))  # time for another computer to save
    window = open_window(qtbot, tmp_path / "computer-a")
    assert window.person_combo.count() == 1
    with server_away(db):
        qtbot.waitUntil(window.live.banner.isVisible, timeout=5000)
    # Back, but the window has not tried again yet: another computer's message reaches no one.
    url = db.database  # type: ignore[attr-defined]
    done = cli("--data-dir", str(tmp_path / "computer-b"), "--database", url, "demo", "--days", "7")
    assert done.returncode == 0, done.stderr + done.stdout
    assert not window.live.listening
    assert window.person_combo.count() == 1
    qtbot.waitUntil(window.live.banner.isHidden, timeout=15_000)
    qtbot.waitUntil(lambda: window.person_combo.count() == 2, timeout=2500)  # read again


def test_closing_the_window_ends_its_listening(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    assert "caregiver-live" in [thread.name for thread in threading.enumerate()]
    window.close()  # as when the app ends (the tray does not keep it running here)
    assert not window.isVisible()
    assert "caregiver-live" not in [thread.name for thread in threading.enumerate()]


def test_the_episode_form_opens_while_the_server_is_away_and_saves_once_it_is_back(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    problems: list[BaseException] = []

    def in_the_form() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EpisodeDialog)
        try:
            # Nothing preselected from the diary (it cannot be read): the side is asked for.
            qtbot.mouseClick(dialog.side.buttons["left"], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.severity.buttons[1], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and "not answering" in dialog.reason.text()
            bring_back(db)
            qtbot.waitUntil(window.live.banner.isHidden, timeout=15_000)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert not dialog.isVisible(), dialog.reason.text()
        except BaseException as exc:
            problems.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    take_away(db)
    try:
        qtbot.waitUntil(window.live.banner.isVisible, timeout=5000)
        QTimer.singleShot(0, in_the_form)
        window.new_action.trigger()  # the form opens, though the last place cannot be read
    finally:
        bring_back(db)
    if problems:
        raise problems[0]
    assert [(r.severity, r.side) for r in episodes.recent(person, 5)] == [(1, "left")]


def test_a_listening_connection_the_server_ends_is_made_again_at_once_without_a_banner(
    qtbot: QtBot, db: peewee.Database
) -> None:
    states: list[bool] = []
    listener = live.Listener(db, lambda _message: None, states.append)
    listener.start()
    try:
        qtbot.waitUntil(lambda: listener.listening, timeout=5000)
        _admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND query LIKE 'LISTEN%%'",
            _name(db),
        )
        # Never "away" (False): only "back, read everything again" (True), and listening again.
        qtbot.waitUntil(lambda: states == [True] and listener.listening, timeout=2500)
    finally:
        listener.stop()


def test_while_the_server_is_said_to_be_away_the_diary_fails_at_once_without_trying(
    db: peewee.Database, person: int
) -> None:
    db.server_away(True)  # type: ignore[attr-defined]  # as the listener says it
    try:
        with pytest.raises(peewee.OperationalError) as failed:
            perform(lambda: episode_actions.add_episode(person, episode()))
        assert live.connection_lost(failed.value)
    finally:
        db.server_away(False)  # type: ignore[attr-defined]
    perform(lambda: episode_actions.add_episode(person, episode()))  # a fresh connection
    assert episodes.count(EpisodeFilter(person)) == 1


def test_a_window_closed_while_the_server_is_away_leaves_the_diary_to_connect_as_usual(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    with server_away(db):
        qtbot.waitUntil(window.live.banner.isVisible, timeout=5000)
        window.close()
    perform(lambda: episode_actions.add_episode(person, episode()))  # no listener to say "back"
    assert episodes.count(EpisodeFilter(person)) == 1
