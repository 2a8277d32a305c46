"""The equipment page as a caregiver uses it: find an item, mark it, keep a note, print a list."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from caregiver_app.report import checklist as report
from caregiver_app.services import equipment, people
from caregiver_app.ui import prompts, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.equipment_item_dialog import CustomItemInput, EquipmentItemDialog
from caregiver_app.ui.notifier import EQUIPMENT, DataNotifier
from caregiver_app.ui.pages.equipment import EquipmentPage

MakePage = Callable[..., EquipmentPage]

# The offscreen platform says this whenever a window is shown; it is not about this page.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def catalogue() -> equipment.Catalogue:
    return equipment.load_catalogue()


@pytest.fixture
def notifier() -> DataNotifier:
    return DataNotifier()


@pytest.fixture
def make_page(qtbot, tmp_path, catalogue, notifier) -> MakePage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def make(**kwargs: object) -> EquipmentPage:
        active = kwargs.pop("active", lambda: p.id if (p := people.get_active()) else None)
        ctx = PageContext(notifier, settings, QUndoStack(), active)  # type: ignore[arg-type]
        page = EquipmentPage(catalogue, ctx, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(1280, 800)
        return page

    return make


def _shown_keys(page: EquipmentPage) -> list[str]:
    model = page.list.model
    keys = []
    for row in range(model.rowCount()):
        heading = model.item(row)
        keys += [
            heading.child(n).data(Qt.ItemDataRole.UserRole + 1) for n in range(heading.rowCount())
        ]
    return keys


def _choose_status(page: EquipmentPage, code: str) -> None:
    combo = page.detail.status
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click on the choice sends


def test_typing_button_shows_the_button_hook(qtbot, person, make_page):
    page = make_page()
    assert "grab-bars" in _shown_keys(page)
    qtbot.keyClicks(page.search, "button")
    assert _shown_keys(page) == ["button-hook"]
    assert page.list.model.item(0).text().startswith("Dressing")


def test_marking_an_item_ordered_with_a_note_is_saved(qtbot, person, make_page, notifier):
    page = make_page()
    assert page.select_item("button-hook")
    assert page.detail.name.text() == "Button hook"
    with qtbot.waitSignal(notifier.changed) as changed:
        _choose_status(page, "ordered")
    assert changed.args == [EQUIPMENT, person]
    qtbot.keyClicks(page.detail.note, "Ask about a <b>markup</b> size")
    with qtbot.waitSignal(notifier.changed):
        page.select_item("sock-aid")  # moving on saves the note
    assert "Ordered 1" in page.summary.text()

    again = make_page()
    assert again.select_item("button-hook")
    assert again.detail.status.currentData() == "ordered"
    assert again.detail.note.toPlainText() == "Ask about a <b>markup</b> size"
    assert again.detail.changed_on.text()  # "since <today>"
    state = equipment.entry_for(person, equipment.load_catalogue(), "button-hook")
    assert state is not None and state.status == "ordered"


def test_a_note_is_saved_when_the_page_is_left(qtbot, person, make_page, catalogue):
    page = make_page()
    page.show()
    page.select_item("reacher")
    qtbot.keyClicks(page.detail.note, "Keep by the bed")
    page.hide()
    entry = equipment.entry_for(person, catalogue, "reacher")
    assert entry is not None and entry.note == "Keep by the bed"


def test_a_note_being_typed_survives_a_refresh(qtbot, person, make_page, notifier):
    page = make_page()
    page.select_item("reacher")
    qtbot.keyClicks(page.detail.note, "Half a thou")
    equipment.set_status(person, "sock-aid", "ordered")  # someone else changes something
    notifier.notify(EQUIPMENT, person)
    assert page.detail.note.toPlainText() == "Half a thou"


def _pdf_text(path: Path) -> str | None:
    """The PDF's text with runs of spaces squeezed and ligatures (ﬁ) spelt out, or None."""
    if not shutil.which("pdftotext"):
        return None
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def test_the_shopping_list_pdf_prints_names_and_notes_literally(tmp_path, person, catalogue):
    assert QGuiApplication.instance() is not None  # pytest-qt's application
    equipment.set_status(person, "button-hook", "ordered", note="<b>markup</b>")
    equipment.set_status(person, "sock-aid", "might_help", note="Size & <i>fit</i>")
    out = tmp_path / "shopping.pdf"
    report.write_checklist_pdf(person, out, only_wanted=True)
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".checklist-*"))  # no half-written file left behind

    pdf_text = _pdf_text(out)
    doc_text = " ".join(
        report.build_checklist_document(person, catalogue, True).toPlainText().split()
    )
    text = pdf_text if pdf_text is not None else doc_text
    for expected in (
        "Button hook",
        "Sock aid",
        "<b>markup</b>",
        "Size & <i>fit</i>",
        "Pat Example",
    ):
        assert expected in text, expected
    assert "Grab bars" not in text  # not wanted, so not on the shopping list
    if pdf_text is not None:
        assert "Page 1 of 1" in pdf_text
        assert "\u2610" in pdf_text  # the tick boxes are drawn with a real glyph


def test_the_full_checklist_has_every_shown_item_and_a_letter_option(tmp_path, person, catalogue):
    equipment.hide_item(person, "grab-bars")
    doc = report.build_checklist_document(person, catalogue, False)
    text = doc.toPlainText()
    assert "Weighted cutlery" in text and "Positioning and therapy" in text
    assert "Grab bars" not in text  # hidden
    report.write_checklist_pdf(person, tmp_path / "all.pdf", paper="letter")
    with pytest.raises(ValueError, match="paper"):
        report.write_checklist_pdf(person, tmp_path / "x.pdf", paper="a5")


def test_printing_lays_the_checklist_out_on_a_printer(qtbot, tmp_path, person, catalogue):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    report.print_checklist(printer, person, catalogue, False)
    text = _pdf_text(tmp_path / "printed.pdf")
    if text is not None:
        assert "Weighted cutlery" in text and "Page 1 of " in text


def test_print_offers_everything_or_the_shopping_list(qtbot, person, make_page, monkeypatch):
    page = make_page()
    shown: list[tuple[int, bool]] = []
    monkeypatch.setattr(
        page, "_show_print_preview", lambda pid, wanted: shown.append((pid, wanted))
    )
    actions = page.print_button.menu().actions()
    assert len(actions) == 2
    actions[1].trigger()
    actions[0].trigger()
    assert shown == [(person, True), (person, False)]


def test_saving_a_pdf_from_the_page(qtbot, person, make_page, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    page = make_page()
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(page, "_ask_pdf_path", lambda only_wanted: target)
    page.save_pdf(True)
    assert target.exists()
    assert "list.pdf" in page.message.text()


def test_adding_editing_and_removing_an_own_item(qtbot, person, make_page, monkeypatch):
    page = make_page()
    answers = iter(
        [
            CustomItemInput("eating", "Cup with a cut-out rim", "Less tipping."),
            CustomItemInput("eating", "Cut-out cup", "Less tipping."),
        ]
    )
    monkeypatch.setattr(page, "_ask_custom_item", lambda initial: next(answers))
    page.add_custom_item()
    key = page.detail.key
    assert key is not None and key.startswith("custom-")
    assert key in _shown_keys(page)
    assert page.detail.edit_button.isVisibleTo(page) and page.detail.remove_button.isVisibleTo(page)

    page.detail.edit_button.click()
    assert page.detail.name.text() == "Cut-out cup"

    asked: list[str] = []

    def decline(parent, title, text, ok_label):
        asked.append(text)
        return False

    monkeypatch.setattr(prompts, "confirm", decline)
    page.detail.remove_button.click()
    assert asked and "Cut-out cup" in asked[0]
    assert key in _shown_keys(page)

    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    page.detail.remove_button.click()
    assert key not in _shown_keys(page)
    assert page.detail.key is None


def test_hiding_an_item_and_showing_hidden_items(qtbot, person, make_page):
    page = make_page()
    page.select_item("pen-grip")
    page.detail.hide_button.click()
    assert "pen-grip" not in _shown_keys(page)
    assert page.detail.key == "pen-grip"  # still shown in the panel, to undo
    page.show_hidden.setChecked(True)
    assert "pen-grip" in _shown_keys(page)
    page.detail.hide_button.click()
    page.show_hidden.setChecked(False)
    assert "pen-grip" in _shown_keys(page)


def test_filters_by_activity_and_status(qtbot, person, make_page):
    equipment.set_status(person, "sock-aid", "ordered")
    page = make_page()
    page.activity_filter.setCurrentIndex(page.activity_filter.findData("dressing"))
    assert "sock-aid" in _shown_keys(page) and "grab-bars" not in _shown_keys(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData(["ordered"]))
    assert _shown_keys(page) == ["sock-aid"]
    page.search.setText("zebra")
    assert _shown_keys(page) == []
    assert "Nothing matches" in page.list.empty.text()


def test_learn_more_shows_only_when_there_is_something_to_read(qtbot, person, make_page):
    opened: list[str] = []
    page = make_page(
        open_learn_for_item=lambda key: opened.append(key) or True,
        has_learn_for_item=lambda key: key == "resting-hand-splint",
    )
    page.select_item("resting-hand-splint")
    assert page.detail.learn_button.isVisibleTo(page)
    page.detail.learn_button.click()
    assert opened == ["resting-hand-splint"]
    page.select_item("sock-aid")
    assert not page.detail.learn_button.isVisibleTo(page)


def test_with_no_one_in_the_diary_a_friendly_message_shows(qtbot, db, make_page):
    page = make_page(active=lambda: None)
    assert page.content.currentWidget() is page.nobody
    assert "No one" in page.nobody.text()


def test_switching_person_shows_their_own_checklist(qtbot, person, make_page, notifier):
    equipment.set_status(person, "sock-aid", "ordered")
    page = make_page()
    assert "Ordered 1" in page.summary.text()
    other = people.create_person(name="Sam Example").id
    notifier.notify("active_person", other)
    assert page.person_id == other
    assert page.summary.text() == "Nothing marked yet"


def test_ctrl_f_goes_to_the_search_field(qtbot, person, make_page):
    page = make_page()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search.hasFocus())


def test_the_own_item_dialog_needs_a_name(qtbot, catalogue):
    dialog = EquipmentItemDialog(catalogue, CustomItemInput("writing", "", ""))
    qtbot.addWidget(dialog)
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name, "  Big-print address book ")
    assert save.isEnabled()
    assert dialog.value() == CustomItemInput("writing", "Big-print address book", "")


def test_inputs_have_accessible_names(qtbot, person, make_page):
    page = make_page()
    for widget in (
        page.activity_filter,
        page.status_filter,
        page.search,
        page.list.tree,
        page.detail.status,
        page.detail.note,
    ):
        assert widget.accessibleName(), widget
    assert page.search.placeholderText() == "Search equipment"


def test_a_pdf_path_without_suffix_gets_pdf(qtbot, person, make_page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    page = make_page()
    offered: list[str] = []

    def fake_dialog(parent, title, suggested, filters):
        offered.append(suggested)
        return str(tmp_path / "mine"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert page._ask_pdf_path(False) == Path(tmp_path / "mine.pdf")
    assert offered[0].endswith("Equipment checklist - Pat Example.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert page._ask_pdf_path(True) is None
