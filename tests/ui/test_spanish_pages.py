"""In Spanish, no page shows a sentence left in English.

Every page (and every tab of Treatments) is opened in English and in Spanish, and what a user
reads there is gathered: labels, buttons, list and drop-down items, placeholders, table headers
and first rows, tooltips and accessible names, and the menus. A text found in both languages was
not translated (a check that the .ts file is complete cannot see text that never went through
tr()). Names and numbers are the same in every language, so they are allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caregiver_app.services import caregivers, sample
from caregiver_app.translations import translator_for
from caregiver_app.ui import i18n
from caregiver_app.ui.main_window import PAGE_KEYS, MainWindow

SAME_IN_BOTH = {"English", "Español", "Paracetamol"}  # the language list; a medicine's name
NUMBERS_ONLY = re.compile(r"[\d\s.,:%/–-]*(?:(?:min|s|h|mg|kB|MB)\b[\d\s.,:%/–-]*)*")


def _texts_of(widget: QWidget) -> list[str]:
    found = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        found.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QTableView) and (model := widget.model()) is not None:
        found += [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
        found += [
            str(model.data(model.index(r, c)) or "")
            for r in range(min(3, model.rowCount()))
            for c in range(model.columnCount())
        ]
    return found


def read_everything(qtbot: QtBot, tmp_path: Path, language: str) -> dict[str, str]:
    """What a user can read on every page, and where it is."""
    settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/language", language)
    i18n.install(language)
    window = MainWindow(tmp_path, settings)
    qtbot.addWidget(window)
    window.show()
    texts: dict[str, str] = {}
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.page(key)
        tabs = page.findChildren(QTabWidget)
        for index in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(index)
            QApplication.processEvents()
            for widget in page.findChildren(QWidget):
                for text in _texts_of(widget):
                    text = text.strip()
                    if re.search(r"[A-Za-z]{3,}", text):
                        texts.setdefault(text, f"{key}: {type(widget).__name__}")
    for menu in window.menuBar().actions():
        texts.setdefault(menu.text(), "menu")
        for action in menu.menu().actions() if menu.menu() else []:
            for text in (action.text(), action.toolTip()):
                if text:
                    texts.setdefault(text, f"menu {menu.text()}")
    window.close()
    return texts


def test_no_english_is_left_on_any_page_in_spanish(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    try:
        sample.generate(days=60)
        english = read_everything(qtbot, tmp_path, "en")
        sample.generate(days=60, say=translator_for("es", "sample"))  # now the active person
        spanish = read_everything(qtbot, tmp_path, "es")
    finally:
        i18n.install("en")
    left = {
        text: where
        for text, where in spanish.items()
        if text in english
        and text not in SAME_IN_BOTH
        and not NUMBERS_ONLY.fullmatch(text)
        and not text.startswith(str(tmp_path))  # the data folder
        and text != caregivers.account_name()  # who is logging: a name
    }
    assert left == {}
    assert len(spanish) > 300  # the pages were really read
