"""Keyboard alone, screen readers and large targets: checked through Qt's accessibility tree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caregiver_app.services import checkins, episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.episode_dialog import TARGET, EpisodeDialog
from caregiver_app.ui.main_window import PAGE_KEYS, MainWindow
from caregiver_app.ui.pages.checkin import CheckInPage

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INPUTS) and widget.isVisibleTo(root) and widget.parent() is not None:
            if type(widget).__name__ in ("QScrollBar", "QToolButton") and not widget.isVisible():
                continue
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts, e.g. a spin box's line edit
            if not accessible_name(widget).strip():
                missing.append(
                    f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
                )
    return missing


def press_until(
    qtbot: QtBot, start: QWidget, target: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 80
) -> None:
    """Press `key` (Tab, or an arrow inside a group of buttons) until `target` has the focus."""
    window = start.window()
    with qtbot.waitActive(window):
        window.activateWindow()
    if not window.focusWidget() or not (
        start.hasFocus() or start.isAncestorOf(window.focusWidget())
    ):
        start.setFocus()
    for _ in range(limit):
        if window.focusWidget() is target:
            return
        qtbot.keyClick(window.focusWidget(), key)
    raise AssertionError(f"{accessible_name(target)!r} cannot be reached with {key.name}")


def test_every_input_on_every_page_has_an_accessible_name(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    problems = []
    for key in PAGE_KEYS:
        window.show_page(key)
        problems += [f"{key}: {p}" for p in unnamed_inputs(window.page(key))]
    assert problems == []


def test_the_episode_form_names_every_input(qtbot: QtBot, person: int) -> None:
    dialog = EpisodeDialog(person, lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.details_toggle.setChecked(True)
    assert unnamed_inputs(dialog) == []


def test_logging_path_targets_are_large(qtbot: QtBot, person: int) -> None:
    dialog = EpisodeDialog(person, lambda _data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    targets = [
        dialog.save_button,
        dialog.now_button,
        *dialog.severity.buttons.values(),
        *dialog.side.buttons.values(),
    ]
    small = [accessible_name(b) for b in targets if b.height() < TARGET or b.width() < TARGET]
    assert small == []


def test_an_episode_can_be_logged_with_the_keyboard_alone(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    dialog = EpisodeDialog(
        person,
        lambda data: run_action(
            ctx, "Log episode", lambda: episode_actions.add_episode(person, data)
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    mild, moderate = dialog.severity.buttons[1], dialog.severity.buttons[2]
    press_until(qtbot, dialog.when, mild)
    press_until(qtbot, mild, moderate, Qt.Key.Key_Right)  # one Tab stop per row: arrows move
    qtbot.keyClick(moderate, Qt.Key.Key_Space)  # Space keeps a required answer chosen
    assert dialog.save_button.isEnabled()
    press_until(qtbot, moderate, dialog.save_button)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert episodes.count(EpisodeFilter(person)) == 1
    assert episodes.recent(person, 1)[0].severity == 2


def test_the_check_in_can_be_completed_with_the_keyboard_alone(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    press_until(qtbot, page.day_edit, page.hours)
    page.hours.lineEdit().selectAll()
    qtbot.keyClicks(page.hours, "6.5")
    stress_0, stress_7 = page.stress.buttons[0], page.stress.buttons[7]
    press_until(qtbot, page.hours, stress_0)
    press_until(qtbot, stress_0, stress_7, Qt.Key.Key_Right)  # the arrows choose as they move
    press_until(qtbot, stress_7, page.save_button)
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    saved = checkins.get(person, dt.date.today())
    assert saved is not None and saved.hours_slept == 6.5 and saved.stress == 7


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("percent", [100, 200])
def test_themes_and_text_sizes_apply_to_the_whole_app(
    qtbot: QtBot, person: int, tmp_path: Path, theme: str, percent: int
) -> None:
    from PySide6.QtWidgets import QApplication

    from caregiver_app.ui import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        used = style.apply(app, theme, percent)
        assert used == theme
        assert app.font().pointSizeF() == pytest.approx(style.BASE_POINT_SIZE * percent / 100)
        assert (
            style.current_colours(app).window in app.styleSheet()
            or app.palette().window().color().name().upper()
            == style.colours_for(theme).window.upper()
        )
    finally:
        style.apply(app, "light", 100)
