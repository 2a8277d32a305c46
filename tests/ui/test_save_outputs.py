"""The window's Save actions follow the command line's rule: never over one of the app's own
files, and a file appears whole or not at all (a full disk says so and leaves nothing)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import diary_access, sample
from caregiver_app.ui import tasks
from caregiver_app.ui.main_window import MainWindow
from tests.cli.safety_helpers import fill_up, tmpfs


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a diary (a sample person), open as the window has it, with a backup,
    the settings and a log."""
    folder = tmp_path / "data"
    folder.mkdir()
    diary_access.open_writable(folder)
    sample.generate(days=10, seed=1)
    diary_access.create_backup(folder, "manual")
    (folder / "settings.ini").write_text("[General]\n")
    (folder / "logs").mkdir()
    (folder / "set-aside").mkdir()
    (folder / "logs" / "caregiver-app.log").write_text("started\n")
    yield folder
    diary_access.close()


@pytest.fixture
def window(qtbot: QtBot, data: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(data, settings)
    qtbot.addWidget(made)
    made.show()
    return made


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "settings.ini"  # the window saves its own state there
    }


def save_report(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    page = window.page("reports")
    monkeypatch.setattr(page, "_ask_pdf_path", lambda _name: path)
    page.save_pdf()


def save_checklist(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    page = window.page("equipment")
    monkeypatch.setattr(page, "_ask_pdf_path", lambda _only_wanted: path)
    page.save_pdf(False)


def save_learn(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    page = window.page("learn")
    page.open_section("get-help-now")
    monkeypatch.setattr(page, "_ask_pdf_path", lambda: path)
    page.save_pdf_as()


def export(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(path), "CSV (*.csv)"))
    )
    window.export_diary()


def save_copy(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    card = window.page("settings").data_card
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(path), "")))
    card.save_copy_button.click()


def save_chart(
    window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window.show_page("charts")
    card = window.page("charts").daily
    qtbot.waitUntil(lambda: card.dashboard is not None)
    assert card.has_chart
    monkeypatch.setattr(card, "ask_png_path", lambda: path)
    card.save_as()


SAVES: dict[str, Callable[[MainWindow, Path, pytest.MonkeyPatch, QtBot], None]] = {
    "chart picture": save_chart,
    "report PDF": save_report,
    "checklist PDF": save_checklist,
    "learn PDF": save_learn,
    "export": export,
    "backup copy": save_copy,
}
OWN = {
    "chart picture": "set-aside/chart.png",
    "report PDF": "diary.sqlite3",
    "checklist PDF": "settings.ini",
    "learn PDF": "logs/caregiver-app.log",
    "export": "backups/../diary.sqlite3",
    "backup copy": "diary.sqlite3",
}


@pytest.mark.parametrize("action", sorted(SAVES))
def test_a_save_over_the_apps_own_file_is_refused_with_a_message(
    qtbot: QtBot,
    window: MainWindow,
    data: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    target = data / OWN[action]
    before = hashes(data)
    settings_before = (data / "settings.ini").read_bytes()
    SAVES[action](window, target, monkeypatch, qtbot)
    assert any(
        str(target) in text and ("app's own files" in text or "inside the app's" in text)
        for text in shown
    ), shown
    assert hashes(data) == before
    if action == "checklist PDF":
        assert (data / "settings.ini").read_bytes() == settings_before


@pytest.mark.parametrize("action", sorted(SAVES))
def test_a_save_to_a_full_disk_says_so_and_leaves_nothing(
    qtbot: QtBot,
    window: MainWindow,
    data: Path,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    with tmpfs(tmp_path / "usb", "256k") as usb:
        fill_up(usb)
        target = usb / "saved.out"
        before = hashes(data)
        SAVES[action](window, target, monkeypatch, qtbot)
        assert any(str(target) in text or "disk is full" in text for text in shown), shown
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]
        assert hashes(data) == before
