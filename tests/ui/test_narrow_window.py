"""At 200% scaling a 1280x800 screen is 640x400: every page fits its width, scrolling only down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from caregiver_app.services import sample
from caregiver_app.ui import i18n
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.widgets.narrow import fit_widths

PAGES = (
    "today", "episodes", "checkin", "charts", "treatments", "reports", "equipment", "learn",
    "settings",
)  # fmt: skip


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
        window.resize(640, 400)
        window.show()
        for key in PAGES:
            window.show_page(key)
            tabs = window.page(key).findChildren(QTabWidget)
            for index in range(tabs[0].count() if tabs else 1):
                if tabs:
                    tabs[0].setCurrentIndex(index)
                assert sideways(window) == [], (key, index)
    finally:
        i18n.install("en")


def test_wide_columns_give_way_so_the_narrow_ones_stay_whole() -> None:
    assert fit_widths([100, 50, 80], 300) == [100, 50, 80]
    assert fit_widths([400, 60, 300], 300) == [120, 60, 120]
    assert sum(fit_widths([500, 500, 500, 60], 400)) <= 400
    assert fit_widths([500, 500], 40, minimum=48) == [48, 48]
