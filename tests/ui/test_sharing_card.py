"""Settings, "Sharing with a care team", with the diary in this computer's file: the card says
where the diary is and offers the move; a bad server address is named in the dialog and nothing
changes. (Moving to a real server, bringing a copy home and going back: tests/server/.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from caregiver_app.services import diary_access
from caregiver_app.ui import app
from caregiver_app.ui.dialogs.move_to_server import MoveToServerDialog
from caregiver_app.ui.main_window import MainWindow
from tests.ui.modal import in_modal


@pytest.fixture
def window(qtbot: QtBot, person: int, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(tmp_path, settings)
    qtbot.addWidget(made)
    made.show()
    made.show_page("settings")
    return made


def test_on_this_computer_the_card_says_so_and_offers_the_move(window: MainWindow) -> None:
    card = window.page("settings").sharing_card  # type: ignore[attr-defined]
    assert "a file on this computer" in card.where.text()
    assert "several computers" in card.sharing.text()
    assert "never saves the server's password" in card.privacy.text()
    assert card.move_button.isVisible()
    assert not card.copy_home_button.isVisible() and not card.stop_button.isVisible()


def test_a_bad_server_address_is_named_in_the_dialog_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    card = window.page("settings").sharing_card  # type: ignore[attr-defined]
    seen: list[str] = []

    def type_a_bad_address(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        assert dialog.focusWidget() is dialog.url
        qtbot.keyClicks(dialog.url, "diary.example.org/our_diary")
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.error.text() if dialog.isVisible() else "closed")
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    in_modal(MoveToServerDialog, type_a_bad_address)
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    assert seen and "'diary.example.org/our_diary' is not a server address" in seen[0]
    assert diary_access.server() is None
    assert not window.settings.contains(app.SERVER_KEY)
    assert "a file on this computer" in card.where.text()
