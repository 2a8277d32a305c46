"""Safety first, tried as a new user would: searching Learn with everyday words lands on the right
paragraph, Help and the Today page reach "When to get help now", "Learn more" about an item opens
its own paragraph, and the equipment safety notes are on screen and on paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from caregiver_app.report import checklist as report
from caregiver_app.services import equipment
from caregiver_app.services.learn import Library, load_library, review_line
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.main_menus import MainMenuBar
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.equipment import EquipmentPage
from caregiver_app.ui.pages.learn import LearnPage
from tests.report.conftest import pdf_pages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def learn_page(qtbot: QtBot, settings: QSettings, library: Library) -> LearnPage:
    page = LearnPage(library, settings)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_paragraph_in_view(qtbot: QtBot, page: LearnPage) -> str:
    """The paragraph the search or link brought us to, once it is scrolled into the upper half
    of the view; after a heading, the heading and the paragraph under it."""
    view = page.findChild(QTextBrowser)
    assert view is not None
    qtbot.waitUntil(lambda: 0 <= view.cursorRect().top() < view.viewport().height() // 2)
    block = view.textCursor().block()
    if block.blockFormat().headingLevel():
        return f"{block.text()}\n{block.next().text()}"
    return page.reading_position_text()


@pytest.mark.parametrize(
    ("language", "typed", "section_id", "paragraph"),
    [
        ("en", "Botox", "medicine-safety", "Botulinum toxin (often called by a brand name"),
        (
            "en",
            "baclofen pump",
            "medicine-safety",
            "A baclofen pump\nSome people have a small pump",
        ),
        ("en", "fits", "get-help-now", "A seizure (also called a fit)"),
        ("es", "botox", "medicine-safety", "La toxina botulínica (a menudo llamada por una marca"),
        ("es", "bomba de baclofeno", "medicine-safety", "Una bomba de baclofeno\nAlgunas personas"),
        # the typed word is only in a source's title ("Señales de un ataque cerebral"): the
        # page opens at the paragraph that answers it, not at the list of sources
        ("es", "ataque", "get-help-now", "Si cree que la persona está teniendo un accidente"),
    ],
)
def test_typing_an_everyday_word_opens_the_paragraph_that_answers_it(
    qtbot: QtBot, settings: QSettings, language: str, typed: str, section_id: str, paragraph: str
) -> None:
    page = learn_page(qtbot, settings, load_library(language=language))
    search = page.findChild(QLineEdit)
    assert search is not None
    search.setFocus()
    qtbot.keyClicks(search, typed)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # open the best hit
    qtbot.waitUntil(lambda: page.current_section_id() == section_id)
    assert shown_paragraph_in_view(qtbot, page).startswith(paragraph)


def test_each_page_ends_with_when_it_was_reviewed(qtbot: QtBot, settings: QSettings) -> None:
    library = load_library()
    page = learn_page(qtbot, settings, library)
    section = library.get("medicine-safety")
    assert section is not None
    page.open_section(section.id)
    text = page.findChild(QTextBrowser).toPlainText()  # type: ignore[union-attr]
    assert review_line(section) in text
    assert text.index("Sources") < text.index(review_line(section))


def make_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> MainWindow:
    window = MainWindow(tmp_path, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.usefixtures("db")
def test_help_menu_opens_when_to_get_help_now_even_before_anyone_is_added(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    window = make_window(qtbot, tmp_path, settings)
    menus = window.menuBar()
    assert isinstance(menus, MainMenuBar)
    help_menu = next(a.menu() for a in menus.actions() if a.text() == "&Help")
    entry = next(a for a in help_menu.actions() if a.text() == "&When to get help now")
    entry.trigger()
    assert window.current_page_key() == "learn"
    page = window.page("learn")
    assert page.current_section_id() == "get-help-now"  # type: ignore[attr-defined]
    assert "call your local emergency number now" in page.findChild(QTextBrowser).toPlainText()  # type: ignore[union-attr]


def test_today_has_one_click_to_when_to_get_help_now(
    qtbot: QtBot, person: int, tmp_path: Path, settings: QSettings
) -> None:
    window = make_window(qtbot, tmp_path, settings)
    window.show_page("today")
    button = window.page("today").help_now_button  # type: ignore[attr-defined]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "learn"
    assert window.page("learn").current_section_id() == "get-help-now"  # type: ignore[attr-defined]


def test_learn_more_about_an_item_opens_its_own_paragraph(
    qtbot: QtBot, person: int, tmp_path: Path, settings: QSettings
) -> None:
    window = make_window(qtbot, tmp_path, settings)
    window.show_page("equipment")
    equipment_page = window.page("equipment")
    assert isinstance(equipment_page, EquipmentPage)
    assert equipment_page.select_item("arm-sling")
    qtbot.mouseClick(equipment_page.detail.learn_button, Qt.MouseButton.LeftButton)
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    assert learn.current_section_id() == "day-to-day"
    assert shown_paragraph_in_view(qtbot, learn).startswith("An arm sling can support")

    window.show_page("equipment")
    assert equipment_page.select_item("rocker-knife")
    qtbot.mouseClick(equipment_page.detail.learn_button, Qt.MouseButton.LeftButton)
    assert learn.current_section_id() == "adaptive-equipment"
    assert shown_paragraph_in_view(qtbot, learn).startswith("Rocker knife:")


def test_a_safety_note_is_shown_marked_in_the_details(
    qtbot: QtBot, person: int, settings: QSettings
) -> None:
    catalogue = equipment.load_catalogue()
    page = EquipmentPage(
        catalogue, PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    )
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.select_item("bed-rail")
    assert page.detail.safety.isVisible()
    assert "Safety" in page.detail.safety_heading.text()
    assert "trap" in page.detail.safety_note.text()
    assert page.select_item("pen-grip")
    assert not page.detail.safety.isVisible()


def test_a_search_with_no_result_clears_the_details(
    qtbot: QtBot, person: int, settings: QSettings
) -> None:
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    page = EquipmentPage(equipment.load_catalogue(), ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.select_item("bed-rail")
    assert page.detail.key == "bed-rail"
    qtbot.keyClicks(page.search, "zebra")
    assert page.detail.key is None
    assert not page.detail.name.isVisible()


def test_the_printed_checklist_shows_the_safety_notes(tmp_path: Path, person: int) -> None:
    catalogue = equipment.load_catalogue()
    equipment.set_status(person, "bed-rail", "might_help")
    equipment.set_status(person, "two-handled-cup", "ordered")
    out = tmp_path / "shopping.pdf"
    report.write_checklist_pdf(person, out, only_wanted=True, catalogue=catalogue)
    text = " ".join(pdf_pages(out))
    for item_id in ("bed-rail", "two-handled-cup"):
        note = catalogue.get(item_id).safety_note  # type: ignore[union-attr]
        assert f"Safety: {note[:40]}" in text, item_id
    full = tmp_path / "all.pdf"
    report.write_checklist_pdf(person, full, catalogue=catalogue)
    text = " ".join(pdf_pages(full))
    noted = [item for item in catalogue.items if item.safety_note]
    assert len(noted) >= 15
    for item in noted:
        assert f"Safety: {item.safety_note[:25]}" in text, item.id


def test_a_saved_learn_page_ends_with_its_review_line(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    library = load_library(language="es")
    page = learn_page(qtbot, settings, library)
    page.open_section("medicine-safety")
    out = tmp_path / "medicamentos.pdf"
    assert page.save_pdf(out)
    section = library.get("medicine-safety")
    assert section is not None
    text = " ".join(pdf_pages(out))
    assert review_line(section, "es") in text
    assert text.index("Fuentes") < text.index(review_line(section, "es"))
