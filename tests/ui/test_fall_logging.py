"""A fall is logged from Today in two clicks: the time is now; it can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import falls
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.fall_dialog import FallDialog
from caregiver_app.ui.pages.today import TodayPage


def test_a_fall_is_logged_from_today_and_can_be_undone(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = TodayPage(ctx, lambda: None, lambda: None, lambda: None)
    qtbot.addWidget(page)
    page.show()

    def fill_in(self: QDialog) -> int:
        assert isinstance(self, FallDialog)
        self.show()
        qtbot.waitExposed(self)
        self.injured.setFocus()
        qtbot.keyClick(self.injured, Qt.Key.Key_Space)
        qtbot.keyClicks(self.note, "Slid off the chair")
        self.save_button.setFocus()
        qtbot.keyClick(self.save_button, Qt.Key.Key_Space)
        return int(self.result())

    monkeypatch.setattr(FallDialog, "exec", fill_in)
    qtbot.mouseClick(page.fall_button, Qt.MouseButton.LeftButton)
    [fall] = falls.list_falls(person)
    assert fall.injured and fall.note == "Slid off the chair"
    ctx.undo_stack.undo()
    assert falls.list_falls(person) == []
