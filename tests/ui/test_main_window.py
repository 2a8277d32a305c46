"""The window as a whole: first start, pages, keyboard shortcuts, remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, people
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui import style
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.main_window import PAGE_KEYS, MainWindow


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(tmp_path, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_welcomes_and_sample_data_opens_today(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.open_initial_page(None)
    assert window.stack.currentWidget().isAncestorOf(window.welcome)
    window.explore_sample()
    assert window.current_page_key() == "today"
    active = people.get_active()
    assert active is not None and active.is_sample
    assert episodes.count(EpisodeFilter(active.id)) > 100


@pytest.mark.usefixtures("spanish")
def test_sample_data_made_in_spanish_is_written_in_spanish(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.explore_sample()
    active = people.get_active()
    assert active is not None and active.name == "Sam (ejemplo)"
    assert active.notes == "Datos de ejemplo, inventados para probar la aplicación."


def test_every_page_opens(qtbot: QtBot, person: int, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    for key in PAGE_KEYS:
        window.show_page(key)
        assert window.current_page_key() == key
        assert window.nav.currentRow() == PAGE_KEYS.index(key)


def test_ctrl_n_opens_the_episode_form_and_saving_updates_today(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.open_initial_page("today")
    today = window.page("today")

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EpisodeDialog)
        dialog.severity.buttons[2].click()
        dialog.save_button.click()

    QTimer.singleShot(0, fill_and_save)
    window.new_action.trigger()
    assert episodes.count(EpisodeFilter(person)) == 1
    assert today.today_card.number.text() == "1"  # type: ignore[attr-defined]
    window.undo_stack.undo()
    assert today.today_card.number.text() == "0"  # type: ignore[attr-defined]


def test_the_last_page_and_size_are_remembered(qtbot: QtBot, person: int, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.open_initial_page(None)
    window.show_page("episodes")
    window.resize(700, 500)
    window.close()
    again = make_window(qtbot, tmp_path)
    again.open_initial_page(None)
    assert again.current_page_key() == "episodes"
    assert again.size().width() == 700


def test_switching_person_refreshes_the_pages(qtbot: QtBot, person: int, tmp_path: Path) -> None:
    other = people.create_person("Robin", make_active=False).id
    episodes.add_episode(
        other,
        episodes.EpisodeData(
            started=episodes.now_local(), body_region="hand", side="left", severity=1
        ),
    )
    window = make_window(qtbot, tmp_path)
    window.open_initial_page("episodes")
    page = window.page("episodes")
    assert page.model.total() == 0  # type: ignore[attr-defined]
    window.person_combo.setCurrentIndex(window.person_combo.findData(other))
    window.person_combo.activated.emit(window.person_combo.currentIndex())
    assert page.model.total() == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("what", ["trigger", "relief"])
def test_learn_more_from_the_episode_form_opens_a_reading(
    qtbot: QtBot, person: int, tmp_path: Path, what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    window.learn.popup(what, "poor_sleep" if what == "trigger" else "stretching")
    library = window.learn.library()
    assert library is not None
    expected = (
        library.for_trigger("poor_sleep") if what == "trigger" else library.for_relief("stretching")
    )
    assert expected is not None and shown == [expected.title]


def test_equipment_learn_more_opens_the_learn_page(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.learn.has_for_item("button-hook")
    assert window.learn.open_for_item("button-hook")
    assert window.current_page_key() == "learn"
    assert window.page("learn").current_section_id() == "adaptive-equipment"  # type: ignore[attr-defined]


def test_importing_from_the_window_says_what_came_in_and_refreshes(
    qtbot: QtBot, person: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.ui import prompts
    from caregiver_app.ui.dialogs import diary_transfer

    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: told.append("WARN " + text))
    window = make_window(qtbot, tmp_path)
    window.open_initial_page("episodes")
    csv = tmp_path / "log.csv"
    csv.write_text("started_at,body_region,side,severity\n2026-11-01T08:00:00+00:00,hand,left,2\n")
    diary_transfer.import_path(window, window.ctx, csv)
    assert told == ["Imported into Pat Example: 1 episode added."]
    assert window.page("episodes").model.total() == 1  # type: ignore[attr-defined]
    diary_transfer.import_path(window, window.ctx, csv)  # again: nothing doubles
    assert (
        told[-1]
        == "Imported into Pat Example: nothing new added; skipped 1 episode already in the diary."
    )
    assert window.page("episodes").model.total() == 1  # type: ignore[attr-defined]
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,body_region,side,severity\n2026-11-01T08:00:00+00:00,hand,up,2\n")
    diary_transfer.import_path(window, window.ctx, bad)
    assert (
        told[-1].startswith("WARN Nothing was imported.")
        and "Line 2, column side: 'up'" in told[-1]
    )


@pytest.mark.parametrize(
    ("width", "height", "percent"), [(840, 520, 100), (1280, 800, 200), (640, 360, 100)]
)
def test_every_page_shows_in_the_sidebar_of_a_short_window(
    qtbot: QtBot, person: int, tmp_path: Path, width: int, height: int, percent: int
) -> None:
    """Large text: 1.5x scaling makes a 1280x800 screen 853x533, and Settings still shows."""
    saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    saved.setValue("appearance/text_percent", percent)
    saved.sync()
    window = make_window(qtbot, tmp_path)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    nav = window.nav
    last = nav.item(len(PAGE_KEYS) - 1)
    try:
        # Settings, the last entry, ends inside the list: nothing to scroll to.
        qtbot.waitUntil(lambda: nav.visualItemRect(last).bottom() <= nav.viewport().rect().bottom())
        assert not nav.verticalScrollBar().isVisible()
        for row in range(len(PAGE_KEYS)):
            item = nav.visualItemRect(nav.item(row))
            assert item.top() >= 0 and item.height() >= 24, PAGE_KEYS[row]  # an easy target
        assert nav.itemAt(nav.visualItemRect(last).center()) is last
    finally:
        style.apply(QApplication.instance(), "light", 100)  # type: ignore[arg-type]


def test_before_anyone_is_in_the_diary_settings_still_opens_to_restore_a_backup(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    window = make_window(qtbot, tmp_path)
    window.open_initial_page(None)
    settings_row = PAGE_KEYS.index("settings")
    for row in range(window.nav.count()):
        assert window.nav.item(row).isSelected() is False
        usable = bool(window.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)
        assert usable == (row == settings_row)  # the other pages need a person first
    restore = [
        b for b in window.welcome.findChildren(QPushButton) if b.text() == "Restore a backup…"
    ]
    assert restore
    restore[0].click()
    assert window.current_page_key() == "settings"
    # Tabbing into the page list on the welcome page does not jump to Settings.
    window.show_page("today")  # no one yet: the welcome page
    window.nav.clearFocus()
    window.nav.setCurrentRow(-1)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert window.stack.currentWidget().isAncestorOf(window.welcome)


def test_an_equipment_items_buttons_are_placed_in_their_row(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    """Rows that wrap (FlowLayout) laid out while their page was hidden skipped every button,
    which then covered the whole row at Qt's default size, drawn over each other."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(tmp_path, settings)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    window.show()
    window.show_page("equipment")
    for _ in range(5):
        QApplication.processEvents()
    page = window.page("equipment")
    assert page.list.select("weighted-utensils")  # type: ignore[attr-defined]
    for _ in range(5):
        QApplication.processEvents()
    detail = page.detail  # type: ignore[attr-defined]
    shown = [
        b
        for b in (detail.learn_button, detail.hide_button, detail.edit_button, detail.remove_button)
        if b.isVisible()
    ]
    assert len(shown) >= 2  # "Learn more" and "Hide from the list"
    for button in shown:
        assert button.parentWidget().rect().contains(button.geometry()), button.text()
    assert not shown[0].geometry().intersects(shown[1].geometry())
