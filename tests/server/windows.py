"""Windows on a server diary, as the live tests open them: each computer its own data folder and
settings, all on the diary the test opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from caregiver_app.ui.main_window import MainWindow


def open_window(qtbot: QtBot, folder: Path) -> MainWindow:
    """A window on Today, once it hears other computers' changes."""
    folder.mkdir()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_initial_page("today")
    qtbot.waitUntil(lambda: window.live.listening, timeout=5000)
    return window


def shown_today(window: MainWindow) -> str:
    """The Today card's number of episodes logged today."""
    return window.page("today").today_card.number.text()  # type: ignore[attr-defined]
