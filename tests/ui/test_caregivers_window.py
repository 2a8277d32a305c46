"""Who is logging, through the real window: the name typed in Settings is remembered, an
episode logged with the form says it was logged by that name (the Episodes page shows it and
filters by it), and undo and redo bring back exactly what was saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caregiver_app.clock import FixedClock
from caregiver_app.services import caregivers, episodes
from caregiver_app.services.actions import Stamp, perform
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.main_window import MainWindow
from tests.helpers import episode
from tests.ui.test_undo_every_change import in_modal, redo, undo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0) - dt.timedelta(minutes=5)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> MainWindow:
    made = MainWindow(tmp_path, settings, clock=FixedClock(NOW))
    qtbot.addWidget(made)
    made.resize(1280, 820)
    made.show()
    made.activateWindow()
    qtbot.waitExposed(made)
    return made


def test_the_caregiver_chosen_in_settings_logs_shows_and_filters_episodes(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, person: int
) -> None:
    earlier = NOW - dt.timedelta(days=1)
    perform(lambda: episode_actions.add_episode(person, episode(earlier)), Stamp("Ana", earlier))
    window = make_window(qtbot, tmp_path, settings)

    window.show_page("settings")
    card = window.page("settings").caregiver_card  # type: ignore[attr-defined]
    assert card.name.currentText() == caregivers.account_name()  # until someone chooses
    assert [card.name.itemText(i) for i in range(card.name.count())] == sorted(
        {"Ana", caregivers.account_name()}, key=str.casefold
    )
    field = card.name.lineEdit()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "  Ben ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert settings.value("caregiver/name") == "Ben"
    # remembered in the settings file: a new window on this computer logs as Ben too
    assert (
        QSettings(settings.fileName(), QSettings.Format.IniFormat).value("caregiver/name") == "Ben"
    )

    in_modal(EpisodeDialog, lambda d: (d.severity.buttons[2].click(), d.save_button.click()))  # type: ignore[attr-defined]
    window.new_action.trigger()
    newest = episodes.query_ids(EpisodeFilter(person))[0]
    saved = episodes.get_episode(newest)
    assert saved is not None
    assert (saved.recorded_by, saved.recorded_at) == ("Ben", caregivers.iso_utc(NOW))
    assert caregivers.list_caregivers() == ["Ana", "Ben"]

    window.show_page("episodes")
    shown = window.page("episodes")
    model = shown.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.total() == 2)
    logged_by = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = logged_by.index("Logged by")
    assert [model.index(r, column).data() for r in range(2)] == ["Ben", "Ana"]
    assert "Logged by Ben on" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)

    combo = shown.logged_by  # type: ignore[attr-defined]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Logged by anyone",
        "Logged by Ana",
        "Logged by Ben",
    ]
    window.activateWindow()  # the form closed (offscreen Qt does not give focus back itself)
    qtbot.waitUntil(window.isActiveWindow)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the third: Ben
    qtbot.waitUntil(lambda: model.total() == 1)
    assert model.index(0, column).data() == "Ben"
    assert "1 episode" in shown.count_label.text()  # type: ignore[attr-defined]
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.total() == 2)

    undo(qtbot, window)
    assert episodes.get_episode(newest) is None
    qtbot.waitUntil(lambda: model.total() == 1)
    redo(qtbot, window)
    assert episodes.get_episode(newest) == saved  # the same stamp, not a new one
    qtbot.waitUntil(lambda: model.total() == 2)
    assert QApplication.activeModalWidget() is None
