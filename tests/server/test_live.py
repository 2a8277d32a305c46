"""Live updates between computers on one server diary: an episode logged in one window shows in
another within about 2 seconds, with no action there, whether it came from a second window or
from another program on the server; a message leaves only when its change commits."""

from __future__ import annotations

import datetime as dt
import queue
import subprocess
import sys
import textwrap
from pathlib import Path

import peewee
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, live
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.actions import perform
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.main_window import MainWindow
from tests.helpers import episode
from tests.server.conftest import cli
from tests.server.windows import open_window, shown_today

LIVE = 2500  # ms: "within about 2 seconds"


def log_episode_with_the_form(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+N's action, then a click on "Moderate" and one on Save, as a caregiver does."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EpisodeDialog)
        try:
            qtbot.mouseClick(dialog.severity.buttons[2], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # not saved: never leave the test waiting on the form
                dialog.reject()

    QTimer.singleShot(0, fill)
    window.new_action.trigger()


def test_an_episode_logged_in_one_window_shows_in_the_other_within_2_seconds(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    first = open_window(qtbot, tmp_path / "computer-a")
    second = open_window(qtbot, tmp_path / "computer-b")
    assert shown_today(second) == "0"
    log_episode_with_the_form(qtbot, first)
    assert episodes.count(EpisodeFilter(person)) == 1
    assert shown_today(first) == "1"
    assert shown_today(second) == "0"  # nothing read yet: only the message will make it refresh
    qtbot.waitUntil(lambda: shown_today(second) == "1", timeout=LIVE)
    # The Episodes list there has it too, and undo in the first window reaches the second.
    second.show_page("episodes")
    assert second.page("episodes").model.total() == 1  # type: ignore[attr-defined]
    first.undo_stack.undo()
    second.show_page("today")
    qtbot.waitUntil(lambda: shown_today(second) == "0", timeout=LIVE)


def test_a_change_saved_by_another_program_reaches_an_open_window(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    assert shown_today(window) == "0"
    started = dt.datetime.now().astimezone()  # today, as the window's clock says
    script = textwrap.dedent(
        f"""
        import datetime as dt, sys
        from caregiver_app.services.actions import perform
        from caregiver_app.services.actions import episodes as actions
        from caregiver_app.services.episodes import EpisodeData
        from caregiver_app.store.db import open_server_database
        open_server_database(sys.argv[1])
        data = EpisodeData(started=dt.datetime.fromisoformat({started.isoformat()!r}),
                           body_region="calf", side="right", severity=3)
        perform(lambda: actions.add_episode({person}, data))
        """
    )
    url = db.database  # type: ignore[attr-defined]
    done = subprocess.run([sys.executable, "-c", script, url], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    qtbot.waitUntil(lambda: shown_today(window) == "1", timeout=LIVE)


def test_a_message_leaves_only_when_its_change_commits_and_never_comes_back_to_its_sender(
    qtbot: QtBot, db: peewee.Database, person: int
) -> None:
    heard: queue.Queue[live.Message] = queue.Queue()
    states: list[bool] = []
    listener = live.Listener(db, heard.put, states.append, ignore="this window")
    listener.start()
    try:
        qtbot.waitUntil(lambda: listener.listening, timeout=5000)
        with db.atomic() as transaction:  # a change rolled back: no message
            perform(lambda: episode_actions.add_episode(person, episode()), origin="rolled back")
            transaction.rollback()
        perform(lambda: episode_actions.add_episode(person, episode()), origin="this window")
        perform(lambda: episode_actions.add_episode(person, episode()), origin="elsewhere")
        message = heard.get(timeout=LIVE / 1000)
        assert message == live.Message(("episodes",), person, "elsewhere")
        assert heard.empty()
        assert states == []  # the server never went away
    finally:
        listener.stop()
    assert not listener.listening


def test_a_check_in_being_typed_is_kept_when_another_computer_adds_a_person(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-b")
    window.show_page("checkin")
    page = window.page("checkin")
    qtbot.keyClicks(page.notes, "Slept badly")  # type: ignore[attr-defined]
    perform(lambda: people_actions.add_person("Ben", make_active=False), origin="computer-a")
    qtbot.waitUntil(lambda: window.person_combo.count() == 2, timeout=LIVE)
    assert page.notes.toPlainText() == "Slept badly"  # type: ignore[attr-defined]
    assert window.active_person_id() == person


def test_sample_data_added_from_the_command_line_reaches_an_open_window(
    qtbot: QtBot, db: peewee.Database, person: int, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "computer-a")
    assert window.person_combo.count() == 1
    url = db.database  # type: ignore[attr-defined]
    done = cli("--data-dir", str(tmp_path / "computer-b"), "--database", url, "demo", "--days", "7")
    assert done.returncode == 0, done.stderr + done.stdout
    qtbot.waitUntil(lambda: window.person_combo.count() == 2, timeout=LIVE)
    assert "Sam (sample)" in [window.person_combo.itemText(i) for i in range(2)]
