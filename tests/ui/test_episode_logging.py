"""Logging an episode: three actions in the common case, clear inline messages, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from tests.helpers import at, episode


def make_dialog(qtbot: QtBot, ctx: PageContext, person: int) -> EpisodeDialog:
    def save(data: episodes.EpisodeData) -> None:
        run_action(ctx, "Log episode", lambda: episode_actions.add_episode(person, data))

    dialog = EpisodeDialog(person, save)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_three_actions_log_an_episode_now_at_the_last_place(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    episodes.add_episode(
        person, episode(started=at(2026, 11, 1, 8), body_region="calf", side="right")
    )
    dialog = make_dialog(qtbot, ctx, person)  # action 1: open the form
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.severity.buttons[2], Qt.MouseButton.LeftButton)  # action 2
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # action 3
    assert dialog.result() == EpisodeDialog.DialogCode.Accepted
    newest = episodes.recent(person, 1)[0]
    assert (newest.body_region, newest.side, newest.severity) == ("calf", "right", 2)
    assert abs((dt.datetime.now().astimezone() - newest.started).total_seconds()) < 120


def test_a_future_time_disables_save_and_says_why(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = make_dialog(qtbot, ctx, person)
    dialog.severity.buttons[1].click()
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(3 * 3600))
    assert not dialog.save_button.isEnabled()
    assert "future" in dialog.reason.text()
    assert dialog.when_error.isVisible() and "future" in dialog.when_error.text()
    dialog._on_save()  # even forced, nothing is saved
    assert episodes.count(EpisodeFilter(person)) == 0


def test_a_bad_duration_is_explained_inline(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    dialog = make_dialog(qtbot, ctx, person)
    dialog.severity.buttons[3].click()
    dialog.details_toggle.setChecked(True)
    qtbot.keyClicks(dialog.duration, "-2 min")
    assert not dialog.save_button.isEnabled()
    assert "negative" in dialog.duration_error.text()
    dialog.duration.setText("2 min")
    assert dialog.save_button.isEnabled() and dialog.duration_error.isHidden()


def test_details_are_saved_and_the_log_can_be_undone(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = make_dialog(qtbot, ctx, person)
    dialog.severity.buttons[3].click()
    dialog.details_toggle.setChecked(True)
    dialog.pain.buttons[8].click()
    dialog.triggers.boxes["poor_sleep"].setChecked(True)
    dialog.relief.boxes["warmth"].setChecked(True)
    dialog.notes.setPlainText("<script>alert(1)</script> stays text")
    dialog.save_button.click()
    saved = episodes.recent(person, 1)[0]
    assert (saved.pain, saved.triggers, saved.relief) == (8, ("poor_sleep",), ("warmth",))
    assert saved.notes == "<script>alert(1)</script> stays text"
    ctx.undo_stack.undo()
    assert episodes.count(EpisodeFilter(person)) == 0
    ctx.undo_stack.redo()
    assert episodes.count(EpisodeFilter(person)) == 1


def test_editing_keeps_the_offset_it_was_entered_with(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    episode_id = episodes.add_episode(person, episode(started=at(2026, 7, 1, 8, 0, offset_min=120)))
    existing = episodes.get_episode(episode_id)
    assert existing is not None
    saved: list[episodes.EpisodeData] = []
    dialog = EpisodeDialog(person, saved.append, existing=existing)
    qtbot.addWidget(dialog)
    assert dialog.when.dateTime().toString("HH:mm") == "08:00"
    dialog.pain.buttons[2].click()
    dialog.save_button.click()
    assert saved[0].started == at(2026, 7, 1, 8, 0, offset_min=120)
    assert saved[0].pain == 2
