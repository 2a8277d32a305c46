"""The check-in and the episode form with the keyboard alone: real key presses from the focused
widget, values other than the first option, and what was saved read back from the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.services import checkins, episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.pages.checkin import CheckInPage
from caregiver_app.ui.widgets.choices import ButtonChoice
from tests.helpers import episode

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, *keys: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    for key in keys:
        qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(limit):
        if focused() is target:
            return presses
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} is not reached with Tab")


def show_active(qtbot: QtBot, window: QWidget) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def open_form(qtbot: QtBot, ctx: PageContext, person: int) -> EpisodeDialog:
    def save(data: episodes.EpisodeData) -> None:
        run_action(ctx, "Log episode", lambda: episode_actions.add_episode(person, data))

    dialog = EpisodeDialog(person, save)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_episode_form_is_filled_in_and_saved_with_keys(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = open_form(qtbot, ctx, person)
    # Focus starts where an answer is needed: how strong it was.
    assert focused() is dialog.severity.buttons[1]
    press(qtbot, Key.Key_Right, Key.Key_Right)  # arrows move and choose: severe
    assert dialog.severity.value() == 3 and focused() is dialog.severity.buttons[3]
    press(qtbot, Key.Key_Left)
    assert dialog.severity.value() == 2
    # One Tab stop per row: Shift+Tab from severity lands on the chosen side, not on "Both".
    press(qtbot, Key.Key_Tab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.side.buttons["left"]
    press(qtbot, Key.Key_End)  # both sides
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.severity.buttons[2]
    tab_to(qtbot, dialog.details_toggle)
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, dialog.kind)
    press(qtbot, Key.Key_Down, Key.Key_Down, Key.Key_Down)  # Not recorded, twitch, spasm, cramp
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.duration
    qtbot.keyClicks(focused(), "2 min")
    press(qtbot, Key.Key_Tab)
    assert focused() is dialog.pain.buttons[0]  # the pain row keeps its digits
    press(qtbot, Key.Key_7)
    assert dialog.pain.value() == 7 and dialog.severity.value() == 2
    tab_to(qtbot, dialog.notes)
    qtbot.keyClicks(focused(), "after 3 steps")  # a digit typed in the notes stays there
    press(qtbot, Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == EpisodeDialog.DialogCode.Accepted
    saved = episodes.recent(person, 1)[0]
    assert (saved.side, saved.severity, saved.kind, saved.duration_seconds, saved.pain) == (
        "both",
        2,
        "cramp",
        120,
        7,
    )
    assert saved.notes == "after 3 steps"


def test_a_digit_chooses_how_strong_and_enter_saves(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    episodes.add_episode(person, episode(body_region="calf", side="right"))
    dialog = open_form(qtbot, ctx, person)
    press(qtbot, Key.Key_Return)  # nothing chosen yet: Enter says so and saves nothing
    assert episodes.count(EpisodeFilter(person)) == 1
    assert "how strong" in dialog.reason.text()
    press(qtbot, Key.Key_Tab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.side.buttons["right"]
    press(qtbot, Key.Key_3)  # from the side row: not a field that takes digits
    assert dialog.severity.value() == 3 and dialog.side.value() == "right"
    press(qtbot, Key.Key_Return)
    assert dialog.result() == EpisodeDialog.DialogCode.Accepted
    saved = episodes.recent(person, 1)[0]
    assert (saved.body_region, saved.side, saved.severity) == ("calf", "right", 3)
    assert saved.kind is None  # never chosen, so not recorded


def test_space_on_the_chosen_answer_clears_it_where_it_may_be_left_out(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = open_form(qtbot, ctx, person)
    dialog.details_toggle.setChecked(True)
    dialog.pain.buttons[0].setFocus()
    press(qtbot, Key.Key_End)
    assert dialog.pain.value() == 10
    press(qtbot, Key.Key_Space)
    assert dialog.pain.value() is None
    press(qtbot, Key.Key_Home)
    assert dialog.pain.value() == 0
    press(qtbot, Key.Key_1, Key.Key_0)  # typed quickly: ten
    assert dialog.pain.value() == 10
    dialog.severity.tab_stop().setFocus()
    press(qtbot, Key.Key_Space, Key.Key_Space)  # a required answer is not cleared
    assert dialog.severity.value() == 1


def test_screen_readers_hear_a_radio_group(qtbot: QtBot) -> None:
    row = ButtonChoice({"poor": "Poor", "fair": "Fair", "good": "Good"}, allow_none=True)
    row.setAccessibleName("Meals")
    qtbot.addWidget(row)
    row.set_value("fair")
    fair = QAccessible.queryAccessibleInterface(row.buttons["fair"])
    poor = QAccessible.queryAccessibleInterface(row.buttons["poor"])
    assert fair.role() == QAccessible.Role.RadioButton
    assert fair.state().checked and not poor.state().checked
    assert fair.text(QAccessible.Text.Name) == "Fair"
    assert fair.text(QAccessible.Text.Description) == "Meals, 2 of 3"
    group = QAccessible.queryAccessibleInterface(row)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == "Meals"


def test_the_check_in_is_done_with_keys_and_saved_with_ctrl_s(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    assert "Ctrl+S" in page.save_hint.text() and page.save_hint.isVisible()
    page.day_edit.setFocus()
    tab_to(qtbot, page.hours)
    focused().selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(focused(), "6.5")
    press(qtbot, Key.Key_Tab)
    assert focused() is page.sleep_quality.buttons["poor"]
    press(qtbot, Key.Key_Right, Key.Key_Right)  # good
    press(qtbot, Key.Key_Tab)
    assert focused() is page.woken.buttons[True]  # one stop for the whole row
    press(qtbot, Key.Key_Right)  # not woken
    press(qtbot, Key.Key_Tab)
    assert focused() is page.fluids
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_8)  # stress
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Right)  # meals: fair
    tab_to(qtbot, page.therapy.tab_stop())
    press(qtbot, Key.Key_Right)  # no
    tab_to(qtbot, page.mood.tab_stop())
    press(qtbot, Key.Key_End)  # very good
    press(qtbot, Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    saved = checkins.get(person, dt.date.today())
    assert saved is not None
    assert (saved.hours_slept, saved.sleep_quality, saved.stress, saved.meals) == (
        6.5,
        "good",
        8,
        "fair",
    )
    assert (saved.therapy_today, saved.mood, saved.woken_by_spasms) == (False, "very_good", False)


def test_an_option_chosen_with_an_arrow_is_scrolled_into_view(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = open_form(qtbot, ctx, person)
    dialog.resize(500, 260)  # large text on a small screen: the form scrolls
    dialog.details_toggle.setChecked(True)
    dialog.pain.buttons[0].setFocus()
    press(qtbot, Key.Key_End)
    ten = dialog.pain.buttons[10]
    area = dialog.findChild(QScrollArea)
    assert area is not None
    viewport = area.viewport()
    qtbot.waitUntil(lambda: viewport.rect().contains(ten.mapTo(viewport, ten.rect().topLeft())))


def test_a_digit_chooses_how_strong_from_the_severity_row_itself(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = open_form(qtbot, ctx, person)
    assert focused() is dialog.severity.buttons[1]
    press(qtbot, Key.Key_2)
    assert dialog.severity.value() == 2
    press(qtbot, Key.Key_Return)
    assert episodes.recent(person, 1)[0].severity == 2
