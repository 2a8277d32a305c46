"""At 200% scaling a 1280x800 screen is 640x400: every page fits its width, scrolling only down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from caregiver_app.services import sample
from caregiver_app.ui import i18n, style
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.widgets.table_columns import fit_widths

PAGES = (
    "today", "episodes", "checkin", "charts", "treatments", "reports", "equipment", "learn",
    "settings",
)  # fmt: skip


def show_at_640(window: MainWindow) -> None:
    """640x400, as 1280x800 at 200 %. (On a small screen the window starts maximized: that
    state would win over the size.)"""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(640, 400)
    window.show()
    QApplication.processEvents()
    assert (window.width(), window.height()) == (640, 400)


def sideways(window: MainWindow) -> list[str]:
    """The scroll areas now showing that could scroll sideways by more than a pixel or two."""
    QApplication.processEvents()
    QApplication.processEvents()
    return [
        f"{type(area).__name__} {area.horizontalScrollBar().maximum()}px"
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 2
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_fits_a_640_pixel_window(
    qtbot: QtBot, db: object, tmp_path: Path, language: str
) -> None:
    sample.generate(days=120)
    try:
        i18n.install(language)
        window = MainWindow(
            tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        show_at_640(window)
        for key in PAGES:
            window.show_page(key)
            tabs = window.page(key).findChildren(QTabWidget)
            for index in range(tabs[0].count() if tabs else 1):
                if tabs:
                    tabs[0].setCurrentIndex(index)
                assert sideways(window) == [], (key, index)
    finally:
        i18n.install("en")


def test_the_welcome_page_fits_a_640_pixel_window_in_spanish(
    qtbot: QtBot, db: object, tmp_path: Path, spanish: None
) -> None:
    window = MainWindow(tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    show_at_640(window)
    window.open_initial_page(None)
    assert window.stack.currentWidget().isAncestorOf(window.welcome)
    assert sideways(window) == []


def test_wide_columns_give_way_so_the_narrow_ones_stay_whole() -> None:
    assert fit_widths([100, 50, 80], 300) == [100, 50, 80]
    assert fit_widths([400, 60, 300], 300) == [120, 60, 120]
    assert sum(fit_widths([500, 500, 500, 60], 400)) <= 400
    assert fit_widths([500, 500], 40, minimum=48) == [48, 48]


def test_at_640_pixels_nothing_is_cut_off_tabs_columns_and_reading_column(
    qtbot: QtBot, db: object, tmp_path: Path
) -> None:
    sample.generate(days=30)
    i18n.install("es")
    try:
        window = MainWindow(
            tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        show_at_640(window)

        # Treatments: the pages are a drop-down list instead of a row of cut-off tabs.
        window.show_page("treatments")
        QApplication.processEvents()
        tabs = window.page("treatments").findChildren(QTabWidget)[0]
        choice = window.page("treatments").findChildren(QComboBox)[0]
        assert choice.isVisible() and not tabs.tabBar().isVisible()
        assert choice.count() == tabs.count() and choice.itemText(0) == "Medicamentos"
        choice.setCurrentIndex(2)
        assert tabs.currentIndex() == 2

        # Episodes: the least needed columns step aside; the others show their whole titles.
        window.show_page("episodes")
        QApplication.processEvents()
        header = window.page("episodes").findChildren(QTableView)[0].horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert 2 <= len(shown) < header.count()
        for column in shown[:-1]:
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column

        # Learn: the list goes above the reading column.
        window.show_page("learn")
        QApplication.processEvents()
        splitter = window.page("learn").findChildren(QSplitter)[0]
        assert splitter.orientation() == Qt.Orientation.Vertical

        # A wide window puts everything back.
        window.resize(1400, 900)
        QApplication.processEvents()
        assert splitter.orientation() == Qt.Orientation.Horizontal
        window.show_page("treatments")
        QApplication.processEvents()
        assert tabs.tabBar().isVisible() and not choice.isVisible()
    finally:
        i18n.install("en")


def test_on_a_short_window_forms_scroll_with_the_page_not_inside_it(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    """One scroll bar, not a small scrolling box inside a scrolling page; on a tall window the
    form scrolls on its own so that its Save button stays in view."""
    window = MainWindow(tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    show_at_640(window)
    for key in ("checkin", "treatments"):
        window.show_page(key)
        QApplication.processEvents()
        inner = [
            area
            for area in window.page(key).findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
        ]
        assert inner, key
        for area in inner:
            assert not area.verticalScrollBar().isVisible(), key
            assert area.height() >= area.widget().minimumSizeHint().height(), key
    window.show_page("checkin")
    save = window.page("checkin").save_button  # type: ignore[attr-defined]
    outer = window.stack.currentWidget()
    assert isinstance(outer, QScrollArea)
    outer.ensureWidgetVisible(save)
    QApplication.processEvents()
    assert outer.viewport().rect().contains(save.mapTo(outer.viewport(), save.rect().center()))

    window.resize(1200, 780)
    QApplication.processEvents()
    form = window.page("checkin").findChildren(QScrollArea)[0]
    assert form.minimumHeight() == 0  # scrolls on its own again
    assert outer.verticalScrollBar().maximum() == 0  # and the page fits: Save in view


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_episode_table_ends_at_its_right_edge_at_every_text_size(
    qtbot: QtBot, db: object, tmp_path: Path, language: str
) -> None:
    """At 100%, 150% and 200% (1280x800, 853x533, 640x400) the last column shown, usually the
    notes, ends inside the table: a long note is cut with "…", never by the table's edge."""
    sample.generate(days=30)
    try:
        i18n.install(language)
        window = MainWindow(
            tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        window.resize(640, 400)
        window.show()
        window.show_page("episodes")
        table = window.page("episodes").findChildren(QTableView)[0]
        header = table.horizontalHeader()
        notes = header.count() - 1
        for width, height in ((640, 400), (853, 533), (1280, 800)):
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
            QApplication.processEvents()
            last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
            right = header.sectionViewportPosition(last) + header.sectionSize(last)
            assert right <= table.viewport().width(), (width, last)
            if width == 1280 or (width, language) == (853, "en"):
                assert last == notes and header.sectionSize(notes) >= 100, width
        index = table.model().index(0, notes)
        assert table.model().data(index, Qt.ItemDataRole.ToolTipRole) == (
            table.model().data(index) or None
        )  # the whole note on hover
    finally:
        i18n.install("en")


def test_at_large_text_the_equipment_search_and_list_keep_room_to_use(
    qtbot: QtBot, person: int, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.apply(app, "light", 150)
    try:
        window = MainWindow(
            tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        show_at_640(window)
        window.show_page("equipment")
        QApplication.processEvents()
        page = window.page("equipment")
        search = page.search  # type: ignore[attr-defined]
        assert search.width() >= 16 * search.fontMetrics().averageCharWidth()  # room to type
        items = page.list  # type: ignore[attr-defined]
        assert items.height() >= 12 * items.fontMetrics().height()  # many items in view, not 4
    finally:
        style.apply(app, "light", 100)


def test_a_dialog_taller_than_the_screen_keeps_its_buttons_on_it_and_scrolls(
    qtbot: QtBot, db: object
) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDialogButtonBox

    from caregiver_app.ui.dialogs.person_dialog import PersonDialog
    from caregiver_app.ui.widgets import app_events, dialog_fit

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app_events.install(app)
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    dialog.notes.setFixedHeight(free.height() * 2)  # as if the text were huge
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= free.height()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert free.contains(QRect(save.mapToGlobal(QPoint(0, 0)), save.size()))
    body = dialog.findChildren(dialog_fit.FormBody)[0]
    assert body.verticalScrollBar().maximum() > 0  # the fields scroll instead

    # And on a roomy screen a normal form opens whole, without scrolling.
    roomy = PersonDialog()
    qtbot.addWidget(roomy)
    roomy.show()
    qtbot.waitExposed(roomy)
    assert roomy.findChildren(dialog_fit.FormBody)[0].verticalScrollBar().maximum() == 0


def test_a_new_person_form_hints_at_the_name_and_only_scolds_once_it_is_cleared(
    qtbot: QtBot, db: object
) -> None:
    from caregiver_app.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    assert (dialog.error.text(), dialog.error.objectName()) == ("Enter a name.", "Muted")
    qtbot.keyClicks(dialog.name, "Al")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert (dialog.error.text(), dialog.error.objectName()) == ("Enter a name.", "Error")
