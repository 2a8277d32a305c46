"""The first start with the keyboard, and the sample diary: always said to be made up, and
easy to leave (start one's own diary, or remove it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, people
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.main_window import PAGE_KEYS, MainWindow


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(tmp_path, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_enter_on_the_welcome_page_sets_up_a_profile_that_guesses_nothing(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.open_initial_page(None)
    assert QApplication.focusWidget() is window.welcome.start_button
    seen: list[str] = []

    def fill_in_a_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        seen.append(dialog.cause.currentText())
        seen.append(dialog.side.currentText())
        dialog.name.setText("Maria")  # the keys of this dialog are not what is tested here
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_in_a_name)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert seen == ["Not recorded", "Not recorded"]
    maria = people.get_active()
    assert maria is not None and maria.name == "Maria"
    assert (maria.cause, maria.affected_side) == (None, None)  # not "stroke" and "left"
    assert window.current_page_key() == "today"
    assert not window.sample_banner.isVisible()


def test_sample_data_is_flagged_on_every_page_and_its_removal_is_one_undoable_step(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.explore_sample()
    for key in PAGE_KEYS:
        window.show_page(key)
        assert window.sample_banner.isVisible(), key
    assert "made up" in window.sample_banner.text.text()
    sample = people.list_people()[0]
    made_up = episodes.count(EpisodeFilter(sample.id))
    window.sample_banner.remove_button.click()  # no question: Undo brings it back
    assert people.list_people() == []
    assert not window.sample_banner.isVisible()
    assert window.stack.currentWidget().isAncestorOf(window.welcome)
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert [p.name for p in people.list_people()] == [sample.name]
    assert episodes.count(EpisodeFilter(sample.id)) == made_up > 100
    assert window.sample_banner.isVisible()


def test_removing_the_sample_keeps_ones_own_diary(qtbot: QtBot, db: object, tmp_path: Path) -> None:
    own = people.create_person(name="Maria")
    window = make_window(qtbot, tmp_path)
    window.explore_sample()
    assert window.sample_banner.isVisible()
    window.sample_banner.remove_button.click()
    assert [p.name for p in people.list_people()] == ["Maria"]
    assert window.active_person_id() == own.id
    assert not window.sample_banner.isVisible()


def test_the_welcome_says_where_the_diary_is_kept(qtbot: object) -> None:
    """On this computer's file: nothing leaves it. On a care team's server: said, with the
    server, never "stays on this computer"."""
    from PySide6.QtWidgets import QLabel

    from caregiver_app.services import diary_access, server_address
    from caregiver_app.ui.pages.welcome import WelcomePage

    def said() -> str:
        page = WelcomePage(lambda: None, lambda: None)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        return " ".join(label.text() for label in page.findChildren(QLabel))

    assert "Everything stays on this computer" in said()
    diary_access.use_server(server_address.parse("postgresql://ana@diary.example.org/team"))
    try:
        text = said()
    finally:
        diary_access.use_server(None)
    assert "care team's own server (ana@diary.example.org/team)" in text
    assert "stays on this computer" not in text
