"""Start-up with a damaged, newer or missing diary: explained, never changed, a backup restored."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from caregiver_app import logging_setup
from caregiver_app.services import episodes, health_check, people
from caregiver_app.store import db as store_db
from caregiver_app.store import lock
from caregiver_app.store.backup import diary_file, listing, making
from caregiver_app.ui import app as app_module
from caregiver_app.ui import prompts
from caregiver_app.ui.dialogs.damaged_diary import DamagedDiaryDialog
from tests.helpers import at, episode

YESTERDAY = dt.datetime.now() - dt.timedelta(days=1)


def make_diary(data: Path, count: int) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = data / "diary.sqlite3"
    store_db.open_database(path)
    person = people.create_person("Pat Example")
    start = at(2026, 11, 1, 8)
    episodes.insert_validated(
        person.id, [episode(started=start + dt.timedelta(minutes=n)) for n in range(count)]
    )
    store_db.close_database()
    return path


def run_sql(path: Path, sql: str) -> None:
    """Change a file behind the app's back, then close the connection."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def corrupt(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(2 * 4096)
        handle.write(b"\xff" * 8192)


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def count_episodes(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM episode").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What prompts.inform and prompts.warn would have shown, instead of showing it."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "inform", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(prompts, "warn", lambda _p, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def user_picks(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> Callable[[str], list[DamagedDiaryDialog]]:
    """The start-up dialog answers itself: the user clicks the named button."""
    shown: list[DamagedDiaryDialog] = []

    def choose(button: str) -> list[DamagedDiaryDialog]:
        def fake_exec(dialog: DamagedDiaryDialog) -> int:
            qtbot.addWidget(dialog)
            shown.append(dialog)
            getattr(dialog, button).click()
            return int(dialog.result())

        monkeypatch.setattr(DamagedDiaryDialog, "exec", fake_exec)
        return shown

    return choose


def test_a_damaged_diary_is_explained_and_the_newest_good_backup_restored(
    tmp_path: Path,
    said: list[tuple[str, str]],
    user_picks: Callable[[str], list[DamagedDiaryDialog]],
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 300)
    making.create_backup(path, "daily", now=YESTERDAY)
    corrupt(path)
    damaged = path.read_bytes()
    shown = user_picks("restore_button")
    try:
        assert app_module.prepare_diary(data)
        assert people.get_active() is not None
    finally:
        store_db.close_database()
    (dialog,) = shown
    assert dialog.windowTitle() and "could not be opened" in dialog._title()
    assert (
        "yesterday at" in dialog.backup_label.text()
        and "300 episodes" in dialog.backup_label.text()
    )
    assert count_episodes(path) == 300
    (aside,) = (data / "set-aside").glob("*-damaged.sqlite3")
    assert aside.read_bytes() == damaged  # the damaged file, exactly as it was
    assert said and "moved, unchanged" in said[-1][1]


def test_quitting_leaves_a_damaged_diary_exactly_as_it_was(
    tmp_path: Path, user_picks: Callable[[str], list[DamagedDiaryDialog]]
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 300)
    making.create_backup(path, "daily", now=YESTERDAY)
    corrupt(path)
    before = files_in(data)
    user_picks("quit_button")
    assert not app_module.prepare_diary(data)
    assert files_in(data) == before


def test_a_diary_from_a_newer_version_is_refused_and_left_alone(
    tmp_path: Path, user_picks: Callable[[str], list[DamagedDiaryDialog]]
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 3)
    run_sql(path, "UPDATE schema_version SET version = 999")
    before = files_in(data)
    shown = user_picks("quit_button")
    assert not app_module.prepare_diary(data)
    assert "newer version" in shown[-1]._title()
    assert not shown[-1].restore_button.isEnabled()  # no backup this version can read
    assert files_in(data) == before


def test_a_deleted_diary_comes_back_as_it_was_yesterday(
    tmp_path: Path,
    said: list[tuple[str, str]],
    user_picks: Callable[[str], list[DamagedDiaryDialog]],
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 12)
    assert making.make_daily_backup(path, now=YESTERDAY) is not None
    path.unlink()  # deleted by mistake
    shown = user_picks("restore_button")
    try:
        assert app_module.prepare_diary(data)
        assert episodes.count(episodes.EpisodeFilter(people.get_active().id)) == 12  # type: ignore[union-attr]
    finally:
        store_db.close_database()
    assert "missing" in shown[0]._title() and not shown[0].new_button.isHidden()


def test_starting_afresh_instead_makes_an_empty_diary_and_keeps_the_backups(
    tmp_path: Path, user_picks: Callable[[str], list[DamagedDiaryDialog]]
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 5)
    made = making.make_daily_backup(path, now=YESTERDAY)
    assert made is not None
    path.unlink()
    user_picks("new_button")
    try:
        assert app_module.prepare_diary(data)
        assert people.list_people() == []
    finally:
        store_db.close_database()
    assert made.path.exists()


def test_another_diary_file_can_be_opened_and_is_itself_never_changed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
    user_picks: Callable[[str], list[DamagedDiaryDialog]],
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 300)
    corrupt(path)
    usb = tmp_path / "usb"
    other = make_diary(usb, 7)
    before = files_in(usb)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(other), ""))
    )
    shown = user_picks("open_button")
    try:
        assert app_module.prepare_diary(data)
    finally:
        store_db.close_database()
    assert not shown[0].restore_button.isEnabled()  # there was no backup
    assert count_episodes(path) == 7
    assert files_in(usb) == before


def test_a_file_that_cannot_be_restored_is_explained_in_the_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_diary(data, 300)
    corrupt(path)
    before = files_in(data)
    dialog = DamagedDiaryDialog(diary_file.inspect_diary(path), data)
    qtbot.addWidget(dialog)
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a diary")
    assert not dialog.restore_from(junk)
    assert "not an SQLite database" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.outcome == "quit" and files_in(data) == before


def test_a_second_copy_of_the_app_is_told_and_does_not_open_the_diary(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "data"
    make_diary(data, 3)
    with lock.DiaryLock(data, "the Caregiver Dashboard window"):
        assert app_module.run_window(str(data), None) == 1
    assert "already open in another copy" in said[-1][1]
    assert "the Caregiver Dashboard window" in said[-1][1]
    assert store_db.database_proxy.obj is None or store_db.database_proxy.obj.is_closed()


def test_a_normal_start_opens_the_window_backs_up_once_a_day_and_frees_the_lock(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    data = tmp_path / "data"
    make_diary(data, 3)
    assert app_module.run_window(str(data), "settings") == 0
    assert app_module.run_window(str(data), None) == 0
    assert [b.kind for b in listing.list_backups(data)] == ["daily"]
    assert lock.current_holder(data) is None
    text = logging_setup.log_file(data).read_text()
    assert "window started" in text and "daily backup: made" in text and "Pat" not in text
    assert health_check.run_check(data).ok  # settings.ini, log, backup: all private
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def test_an_unexpected_error_is_shown_kindly_with_the_log_and_logged_without_names(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = logging_setup.setup_logging(tmp_path, "test")
    try:
        app_module._install_excepthook()
        try:
            raise KeyError("Pat Example's notes")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        logging_setup.stop_logging()
    _title, text = said[-1]
    assert "Everything you had saved is safe" in text and str(log_path) in text
    logged = logging_setup.log_file(tmp_path).read_text()
    assert "builtins.KeyError" in logged and "Pat Example" not in logged
