"""An injection's body regions are chosen in the window, saved, and the cycle view in the
window counts only the episodes there, on the injected side."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, injections
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.treatments.injection_dialog import InjectionDialog
from tests.ui.test_treatments_page import make_page


def test_regions_ticked_in_the_dialog_decide_what_the_cycle_view_counts(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    shot = today - dt.timedelta(days=21)
    zone = ZoneInfo("Europe/London")
    items = []
    for back in range(1, 21):
        day = today - dt.timedelta(days=back)
        at = dt.datetime.combine(day, dt.time(10), tzinfo=zone)
        items.append(EpisodeData(started=at, body_region="hand", side="left", severity=2))
        items.append(EpisodeData(started=at, body_region="calf", side="left", severity=2))
        items.append(EpisodeData(started=at, body_region="hand", side="right", severity=2))
    episodes.insert_validated(person, items)
    page = make_page(qtbot, ctx, "injections")

    def fill_in(self: QDialog) -> int:
        assert isinstance(self, InjectionDialog)
        self.show()
        self.day.setDate(shot)
        qtbot.keyClicks(self.muscles, "finger flexors")
        self.side.buttons["left"].click()
        hand = self.regions.boxes["hand"]
        qtbot.mouseClick(hand, Qt.MouseButton.LeftButton, pos=hand.rect().center())
        qtbot.mouseClick(self.save_button, Qt.MouseButton.LeftButton)
        return int(self.result())

    monkeypatch.setattr(InjectionDialog, "exec", fill_in)
    qtbot.mouseClick(page.injections.add_button, Qt.MouseButton.LeftButton)
    saved = injections.list_injections(person)
    assert [i.data.regions for i in saved] == [("hand",)]
    cycle = page.injections.chart.cycles[0]
    week_1 = (shot + dt.timedelta(days=7), shot + dt.timedelta(days=13))
    left_hand = sum(
        1 for b in range(1, 21) if week_1[0] <= today - dt.timedelta(days=b) <= week_1[1]
    )
    assert cycle.weekly[1] == left_hand  # calf and right-hand episodes left out
    assert "Only episodes in the injected body regions" in page.injections.chart.summary.text()
