"""The Learn page behaves like a help browser: contents, search, history, text size, PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from caregiver_app.services.learn import Library, load_library
from caregiver_app.ui.pages.learn import LAST_SECTION_KEY, ZOOM_KEY, LearnPage


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot: QtBot, library: Library, settings: QSettings) -> LearnPage:
    widget = LearnPage(library, settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def browser(page: LearnPage) -> QTextBrowser:
    found = page.findChild(QTextBrowser)
    assert found is not None
    return found


def search_field(page: LearnPage) -> QLineEdit:
    found = page.findChild(QLineEdit)
    assert found is not None and found.placeholderText() == "Search the library"
    return found


def entry_list(page: LearnPage) -> QListWidget:
    found = page.findChild(QListWidget)
    assert found is not None
    return found


def action(page: LearnPage, text: str) -> QAction:
    return next(a for a in page.actions() if a.text() == text)


def listed_ids(page: LearnPage) -> list[str]:
    entries = entry_list(page)
    return [entries.item(row).data(Qt.ItemDataRole.UserRole) for row in range(entries.count())]


def click_entry(qtbot: QtBot, page: LearnPage, section_id: str) -> None:
    entries = entry_list(page)
    row = listed_ids(page).index(section_id)
    rect = entries.visualItemRect(entries.item(row))
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_contents_lists_every_section_and_the_first_one_is_open(
    page: LearnPage, library: Library
) -> None:
    assert listed_ids(page) == [s.id for s in library.sections]
    assert page.current_section_id() == "why-twitching"
    assert entry_list(page).accessibleName() and browser(page).accessibleName()
    assert search_field(page).accessibleName() == "Search the library"


def test_opening_a_section_shows_its_title_and_remembers_it(
    qtbot: QtBot, page: LearnPage, library: Library, settings: QSettings
) -> None:
    page.open_section("neuroplasticity")
    section = library.get("neuroplasticity")
    assert section is not None
    text = browser(page).toPlainText()
    assert text.startswith(section.title)
    assert "range-of-motion" in text.lower()
    assert settings.value(LAST_SECTION_KEY) == "neuroplasticity"

    again = LearnPage(library, settings)
    qtbot.addWidget(again)
    assert again.current_section_id() == "neuroplasticity"


def test_clicking_an_entry_in_the_contents_opens_it(qtbot: QtBot, page: LearnPage) -> None:
    click_entry(qtbot, page, "rehab-team")
    qtbot.waitUntil(lambda: page.current_section_id() == "rehab-team")
    assert "Working with the rehab team" in browser(page).toPlainText()


def test_searching_lists_hits_and_opening_one_highlights_the_word(
    qtbot: QtBot, page: LearnPage
) -> None:
    qtbot.keyClicks(search_field(page), "casting")
    assert listed_ids(page) == ["rehab-team"]
    snippet = entry_list(page).item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "casting" in snippet.lower()

    click_entry(qtbot, page, "rehab-team")
    qtbot.waitUntil(lambda: page.current_section_id() == "rehab-team")
    assert page.highlighted_words() == ["casting"]
    cursor = browser(page).textCursor()
    assert browser(page).toPlainText()[cursor.position() :].startswith("casting")
    view = browser(page)
    qtbot.waitUntil(lambda: 0 <= view.cursorRect().top() < view.viewport().height() // 2)


def test_search_needs_every_word_and_says_when_nothing_matches(
    qtbot: QtBot, page: LearnPage, library: Library
) -> None:
    qtbot.keyClicks(search_field(page), "clonus ankle")
    assert listed_ids(page) == ["twitch-spasm-spasticity-clonus"]
    search_field(page).clear()
    qtbot.keyClicks(search_field(page), "clonus zebra")
    assert listed_ids(page) == []
    messages = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert any("Nothing found for “clonus zebra”" in text for text in messages)


def test_clearing_the_search_brings_back_the_contents_and_removes_highlights(
    qtbot: QtBot, page: LearnPage, library: Library
) -> None:
    qtbot.keyClicks(search_field(page), "spasm")
    qtbot.keyClick(search_field(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.highlighted_words() != [])
    assert all(word.lower().startswith("spasm") for word in page.highlighted_words())

    search_field(page).clear()
    assert listed_ids(page) == [s.id for s in library.sections]
    assert page.highlighted_words() == []
    assert entry_list(page).currentItem().data(Qt.ItemDataRole.UserRole) == (
        page.current_section_id()
    )


def test_back_and_forward_move_through_the_pages_read(qtbot: QtBot, page: LearnPage) -> None:
    page.open_section("triggers")
    page.open_section("get-help-now")
    back, forward = action(page, "Back"), action(page, "Forward")
    assert back.isEnabled() and not forward.isEnabled()

    back.trigger()
    qtbot.waitUntil(lambda: page.current_section_id() == "triggers")
    assert browser(page).toPlainText().startswith("Common triggers")
    assert forward.isEnabled()

    forward.trigger()
    qtbot.waitUntil(lambda: page.current_section_id() == "get-help-now")


def test_keyboard_shortcuts_go_back_and_focus_the_search(qtbot: QtBot, page: LearnPage) -> None:
    page.open_section("triggers")
    page.open_section("day-to-day")
    page.activateWindow()
    browser(page).setFocus()
    qtbot.waitUntil(browser(page).hasFocus)
    qtbot.keyClick(browser(page), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.current_section_id() == "triggers")

    qtbot.keyClick(browser(page), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search_field(page).hasFocus)


def test_links_between_sections_open_inside_and_web_links_open_outside(
    qtbot: QtBot, page: LearnPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_section("why-twitching")

    browser(page).anchorClicked.emit(QUrl("learn:get-help-now"))
    qtbot.waitUntil(lambda: page.current_section_id() == "get-help-now")

    browser(page).anchorClicked.emit(QUrl("https://www.nhs.uk/conditions/stroke/"))
    assert opened == [QUrl("https://www.nhs.uk/conditions/stroke/")]
    assert page.current_section_id() == "get-help-now"


def test_text_size_changes_and_is_remembered(
    qtbot: QtBot, page: LearnPage, library: Library, settings: QSettings
) -> None:
    before = page.text_point_size()
    action(page, "A+").trigger()
    action(page, "A+").trigger()
    assert page.text_point_size() > before
    assert int(settings.value(ZOOM_KEY)) == 2

    again = LearnPage(library, settings)
    qtbot.addWidget(again)
    assert again.text_point_size() == page.text_point_size()

    for _ in range(20):
        action(page, "A−").trigger()
    assert page.text_point_size() < before
    assert not action(page, "A−").isEnabled()


def test_save_pdf_writes_a_pdf_of_the_open_section(page: LearnPage, tmp_path: Path) -> None:
    page.open_section("get-help-now")
    target = tmp_path / "get-help-now.pdf"
    assert page.save_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_save_as_pdf_uses_the_chosen_path_and_cancel_does_nothing(
    page: LearnPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    monkeypatch.setattr(page, "_ask_pdf_path", lambda: None)
    page.save_pdf_as()
    assert list(folder.iterdir()) == []

    target = folder / "chosen.pdf"
    monkeypatch.setattr(page, "_ask_pdf_path", lambda: target)
    page.save_pdf_as()
    assert target.read_bytes().startswith(b"%PDF")


def test_unknown_sections_are_ignored(page: LearnPage) -> None:
    page.open_section("triggers")
    page.open_section("no-such-page")
    assert page.current_section_id() == "triggers"


def test_other_pages_can_open_the_reading_for_a_trigger_relief_or_item(page: LearnPage) -> None:
    assert page.open_for_equipment("button-hook")
    assert page.current_section_id() == "adaptive-equipment"
    assert page.open_for_trigger("constipation")
    assert page.current_section_id() == "triggers"
    assert page.open_for_relief("massage")
    assert page.current_section_id() == "day-to-day"
    assert not page.open_for_equipment("jet-pack")
    assert page.current_section_id() == "day-to-day"


def test_down_arrow_moves_from_search_to_the_hits(qtbot: QtBot, page: LearnPage) -> None:
    qtbot.keyClicks(search_field(page), "casting")
    qtbot.keyClick(search_field(page), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.current_section_id() == "rehab-team")
    assert entry_list(page).currentRow() == 0
    assert entry_list(page).hasFocus()


def words_broken_at_line_ends(browser: QTextBrowser) -> list[str]:
    """Words of the shown page split over two lines ("cerebrovascu|lar")."""
    broken = []
    block = browser.document().begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(layout.lineCount() - 1):
            end = layout.lineAt(n).textStart() + layout.lineAt(n).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                broken.append(f"{text[max(0, end - 12) : end]}|{text[end : end + 6]}")
        block = block.next()
    return broken


def in_a_640_by_400_window(qtbot: QtBot, page: LearnPage) -> QScrollArea:
    """The page as the window shows it at 200% on a 1280x800 screen: a scroll area about 445
    pixels wide beside the sidebar."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(445, 400)
    area.show()
    qtbot.waitUntil(lambda: page._splitter.orientation() == Qt.Orientation.Vertical)
    QApplication.processEvents()
    return area


@pytest.mark.parametrize("language", ["en", "es"])
def test_stacked_at_200_percent_the_article_scrolls_in_one_place_below_the_topics(
    qtbot: QtBot, settings: QSettings, language: str
) -> None:
    widget = LearnPage(load_library(language=language), settings)
    area = in_a_640_by_400_window(qtbot, widget)
    topics = entry_list(widget)
    reading = browser(widget)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    QApplication.processEvents()
    assert topics.viewport().height() >= topics.sizeHintForRow(0)  # a whole topic at least
    # The page fits the window: the article is in view, with one scroll bar of its own.
    assert area.verticalScrollBar().maximum() == 0
    top = reading.mapTo(area.viewport(), reading.rect().topLeft()).y()
    bottom = reading.mapTo(area.viewport(), reading.rect().bottomLeft()).y()
    assert top > 0 and bottom <= area.viewport().height()
    assert reading.height() >= 0.3 * area.viewport().height()
    assert reading.verticalScrollBar().maximum() > 0  # the article scrolls, inside itself


def test_large_headings_in_a_narrow_column_keep_their_words_whole(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue(ZOOM_KEY, 4)  # A+ four times
    widget = LearnPage(load_library(language="es"), settings)
    area = in_a_640_by_400_window(qtbot, widget)
    widget.open_section("why-twitching")  # "...después de un accidente cerebrovascular..."
    QApplication.processEvents()
    assert words_broken_at_line_ends(browser(widget)) == []
    assert area.isVisible()


def test_on_a_narrow_page_every_reading_button_stays_in_view(qtbot: QtBot, page: LearnPage) -> None:
    """The buttons wrap onto a second row; none hides behind an overflow button."""
    from PySide6.QtWidgets import QApplication, QToolButton

    page.resize(520, 600)
    QApplication.processEvents()
    buttons = page._toolbar.findChildren(QToolButton)
    names = {b.defaultAction().text() for b in buttons}
    assert {"Back", "Forward", "Print…", "Save as PDF…"} <= names
    for button in buttons:
        assert button.isVisible(), button.defaultAction().text()
        inside = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(inside), button.defaultAction().text()
