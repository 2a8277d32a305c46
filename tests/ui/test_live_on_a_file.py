"""A diary in a SQLite file has no server to hear from: the window starts no listening thread and
never shows the server banner (live updates cost nothing there)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.actions import perform
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.store.db import close_database, open_database
from caregiver_app.ui.main_window import MainWindow
from tests.helpers import episode


def test_a_window_on_a_file_listens_for_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    open_database(tmp_path / "diary.sqlite3")
    try:
        person = perform(lambda: people_actions.add_person("Pat")).ids[0]
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(tmp_path, settings)
        qtbot.addWidget(window)
        window.show()
        assert not window.live.listening
        assert "caregiver-live" not in [thread.name for thread in threading.enumerate()]
        perform(lambda: episode_actions.add_episode(person, episode()))  # sends nothing
        assert episodes.count(EpisodeFilter(person)) == 1
        assert window.live.banner.isHidden()
        window.close()
    finally:
        close_database()
