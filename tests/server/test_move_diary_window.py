"""Settings, "Sharing with a care team", through the real window on a real server: a sample
diary moves to an empty server database (every row there, the same export, the window rebuilt on
it, the server remembered without a password); a database that is not empty or a server that is
away is refused and nothing changes; a copy comes home into an empty folder; and the window goes
back to the file kept in the data folder."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from caregiver_app.services import diary_access, exchange, people, sample, server_address
from caregiver_app.ui import app, prompts, tasks
from caregiver_app.ui.dialogs.move_to_server import MoveToServerDialog
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.notifier import EPISODES
from caregiver_app.ui.pages.settings_server import SharingCard
from tests import server_db
from tests.ui.modal import in_modal


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """What the message boxes showed, ("inform" | "warn" | "confirm", text); questions: yes."""
    seen: list[tuple[str, str]] = []

    def confirm(_parent: object, _title: str, text: str, _ok: str) -> bool:
        seen.append(("confirm", text))
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: seen.append(("inform", text)))
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: seen.append(("warn", text)))
    yield seen
    diary_access.close()
    diary_access.use_server(None)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data folder whose diary file holds a sample person (the file, open)."""
    folder = tmp_path / "home"
    folder.mkdir()
    diary_access.use_server(None)
    diary_access.open_writable(folder)
    sample.generate(days=40, seed=5)
    return folder


def file_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [
            t
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not t.startswith("sqlite_") and t != "schema_version"
        ]
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def server_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        tables = [
            t
            for (t,) in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
            if t != "schema_version"
        ]
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def exports() -> dict[str, Any]:
    return {p.name: exchange.person_json(p.id) for p in people.list_people()}


def card_of(window: MainWindow) -> SharingCard:
    window.show_page("settings")
    return window.page("settings").sharing_card  # type: ignore[attr-defined,no-any-return]


def visible_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def move_through_the_dialog(qtbot: QtBot, card: SharingCard, url: str) -> None:
    """Type the address in the dialog and press its Move button, as a person would."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        qtbot.keyClicks(dialog.url, url)
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    in_modal(MoveToServerDialog, fill)
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)


def test_moving_the_diary_to_a_server_puts_every_row_there_and_the_window_reopens_on_it(
    qtbot: QtBot,
    home: Path,
    server: str,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole start: run_window on the folder, the move in the background (a real thread, the
    window responsive), then a new window on the server's diary."""
    before = exports()
    counts = file_counts(home / "diary.sqlite3")
    diary_access.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    seen: dict[str, Any] = {}

    def drive(*_args: object) -> int:
        (first,) = visible_windows()
        card = card_of(first)
        move_through_the_dialog(qtbot, card, server)
        qtbot.waitUntil(lambda: any(w is not first for w in visible_windows()), timeout=60_000)
        (second,) = visible_windows()
        seen["where"] = card_of(second).where.text()
        seen["stop"] = card_of(second).stop_button.isVisible()
        seen["server"] = diary_access.server()
        seen["exports"] = exports()
        return 0

    monkeypatch.setattr(QApplication, "exec", drive)
    assert app.run_window(str(home), "settings") == 0
    address = server_address.parse(server)
    assert seen["server"] is not None and seen["server"].conninfo == address.conninfo
    assert seen["exports"] == before
    assert server_counts(server) == counts and counts["episode"] > 100
    assert "on the care team's server" in seen["where"] and seen["stop"]
    kind, text = said[-1]
    assert kind == "inform" and "from now on this computer uses the diary there" in text.lower()
    assert "is kept as it was, unchanged, but it is no longer used" in text
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value(app.SERVER_KEY) == address.conninfo
    assert file_counts(home / "diary.sqlite3") == counts  # the file is kept unchanged


def test_a_database_that_is_not_empty_is_refused_and_nothing_changes(
    qtbot: QtBot, home: Path, server: str, said: list[tuple[str, str]]
) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("CREATE TABLE someone_elses (x integer)")
    before = exports()
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(home, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    with qtbot.assertNotEmitted(window.restart_requested):
        move_through_the_dialog(qtbot, card, server)
    kind, text = said[-1]
    assert kind == "warn" and "The diary was not moved" in text and "not empty" in text
    assert "the file in the data folder is still the diary" in text
    assert diary_access.server() is None and not settings.contains(app.SERVER_KEY)
    assert exports() == before
    assert server_counts(server) == {"someone_elses": 0}


def test_a_server_that_is_away_is_said_and_nothing_changes(
    qtbot: QtBot, home: Path, tmp_path: Path, said: list[tuple[str, str]]
) -> None:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(home, settings)
    qtbot.addWidget(window)
    window.show()
    away = f"postgresql://ana@/our_diary?host={tmp_path / 'no-server-here'}"
    move_through_the_dialog(qtbot, card_of(window), away)
    kind, text = said[-1]
    assert kind == "warn" and "The diary was not moved to ana@localhost/our_diary" in text
    assert "not answering" in text
    assert diary_access.server() is None and not settings.contains(app.SERVER_KEY)


@pytest.fixture
def on_server(home: Path, server: str) -> Path:
    """The sample diary moved to `server` the way the window does it, the window's settings
    remembering it: the data folder of a computer that uses the diary on the server."""
    diary_access.copy_to_server(server_address.parse(server))
    app.switch_diary(home, server_address.parse(server))
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(app.SERVER_KEY, server_address.parse(server).conninfo)
    settings.sync()
    return home


def test_a_copy_comes_home_into_an_empty_folder_and_opens_the_same(
    qtbot: QtBot,
    on_server: Path,
    tmp_path: Path,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_the_server = exports()
    window = MainWindow(
        on_server, QSettings(str(on_server / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    assert card.copy_home_button.isVisible() and not card.move_button.isVisible()
    # A folder that holds a diary is refused, named.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(on_server))
    qtbot.mouseClick(card.copy_home_button, Qt.MouseButton.LeftButton)
    kind, text = said[-1]
    assert kind == "warn" and f"{on_server} already holds a diary" in text
    # An empty folder gets a checked copy.
    target = tmp_path / "copy"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(target))
    qtbot.mouseClick(card.copy_home_button, Qt.MouseButton.LeftButton)
    kind, text = said[-1]
    assert kind == "inform" and f'caregiver-app --data-dir "{target}"' in text
    assert "still uses the diary on the server" in text
    assert diary_access.server() is not None  # nothing else changed
    report = diary_access.check_file(target / "diary.sqlite3")
    assert report.ok and report.episodes == on_the_server["Sam (sample)"]["episodes"].__len__()
    # The copy opens, and holds the same diary.
    diary_access.close()
    diary_access.use_server(None)
    diary_access.open_writable(target)
    assert exports() == on_the_server


def test_stopping_using_the_server_goes_back_to_the_file_kept_in_the_data_folder(
    qtbot: QtBot, on_server: Path, said: list[tuple[str, str]]
) -> None:
    settings = QSettings(str(on_server / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(on_server, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    with qtbot.waitSignal(window.restart_requested):
        qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    kind, text = said[0]
    assert kind == "confirm" and "does not hold anything logged on the server" in text
    assert "bring a copy home first" in text
    assert diary_access.server() is None and not settings.contains(app.SERVER_KEY)
    assert diary_access.open_folder() == on_server


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """The keyring the app sees keeps its passwords in this test's memory, not the desktop's."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield kept
    keyring.set_keyring(previous)


@pytest.fixture
def team_login() -> Iterator[str]:
    """An empty database reached as a role of its own that must give a password (the test
    cluster asks members of password_login for one)."""
    role = f"team_{uuid.uuid4().hex[:8]}"
    admin = server_db.server_url()
    assert admin
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}' IN ROLE password_login")
    try:
        with server_db.fresh_database() as url:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f"GRANT ALL ON SCHEMA public TO {role}")
            parts = urlsplit(url)
            yield urlunsplit(parts._replace(netloc=f"{role}@{parts.hostname or ''}"))
            diary_access.close()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {role}")


PASSWORD = "correct horse 42"


def test_a_password_the_server_asks_for_is_typed_in_the_window_and_kept_only_by_the_keyring(
    qtbot: QtBot,
    home: Path,
    team_login: str,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)  # asked from the copy's own thread
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(home, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    asked: list[str] = []

    def type_password(dialog: QDialog) -> None:
        asked.append(dialog.findChild(QLabel).text())  # type: ignore[union-attr]
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(field, PASSWORD)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        qtbot.keyClicks(dialog.url, team_login)
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        in_modal(QInputDialog, type_password, wait_ms=30_000)
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    in_modal(MoveToServerDialog, fill)
    with qtbot.waitSignal(window.restart_requested, timeout=60_000):
        qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "asks for a password" in asked[0]
    address = server_address.parse(team_login)
    assert diary_access.server() is not None
    assert memory_keyring == {(server_address.KEYRING_SERVICE, address.shown): PASSWORD}
    kind, text = said[-1]
    assert kind == "inform" and "keyring remembers the password" in text
    window.close()
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_something_saved_while_the_diary_is_copied_keeps_the_file_as_the_diary(
    qtbot: QtBot, home: Path, server: str, said: list[tuple[str, str]]
) -> None:
    """An entry saved during the copy (from the tray, say) is not in the copy: not moved."""
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(home, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    person = window.active_person_id()
    assert person is not None

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        qtbot.keyClicks(dialog.url, server)
        # Saved once the copy has begun (the progress dialog lets events through).
        QTimer.singleShot(0, lambda: window.page("today").ctx.notifier.notify(EPISODES, person))
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    in_modal(MoveToServerDialog, fill)
    with qtbot.assertNotEmitted(window.restart_requested):
        qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    kind, text = said[-1]
    assert kind == "warn" and "saved in the diary while it was being copied" in text
    assert diary_access.server() is None and not settings.contains(app.SERVER_KEY)


def test_the_file_is_not_taken_back_while_another_copy_of_the_app_has_it(
    qtbot: QtBot, on_server: Path, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window started on the server holds no lock; going back to the file takes it, so two
    windows never write the one file."""
    monkeypatch.setattr(app, "_window_lock", diary_access.DiaryLock(on_server, diary_access.WINDOW))
    settings = QSettings(str(on_server / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(on_server, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    other_copy = diary_access.DiaryLock(on_server, "caregiver-app import")
    with other_copy, qtbot.assertNotEmitted(window.restart_requested):
        qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    kind, text = said[-1]
    assert kind == "warn" and "goes on using the diary on the server" in text
    assert "caregiver-app import" in text
    assert diary_access.server() is not None and settings.contains(app.SERVER_KEY)


def join_through_the_dialog(qtbot: QtBot, card: SharingCard, url: str) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        assert dialog.windowTitle() == "Use a diary already on a server"
        qtbot.keyClicks(dialog.url, url)
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    in_modal(MoveToServerDialog, fill)
    qtbot.mouseClick(card.join_button, Qt.MouseButton.LeftButton)


def test_a_second_computer_joins_the_diary_already_on_the_server_without_copying(
    qtbot: QtBot, on_server: Path, tmp_path: Path, server: str, said: list[tuple[str, str]]
) -> None:
    on_the_server = exports()
    counts = server_counts(server)
    # Another computer: its own data folder with its own (empty) diary file, open.
    diary_access.close()
    diary_access.use_server(None)
    other = tmp_path / "nurse-laptop"
    other.mkdir()
    diary_access.open_writable(other)
    settings = QSettings(str(other / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(other, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    assert card.join_button.isVisible() and card.move_button.isVisible()
    with qtbot.waitSignal(window.restart_requested):
        join_through_the_dialog(qtbot, card, server)
    kind, text = said[-1]
    assert kind == "inform" and "now uses the care team's diary" in text
    assert diary_access.server() is not None
    assert str(settings.value(app.SERVER_KEY)) == server_address.parse(server).conninfo
    assert exports() == on_the_server  # the team's diary, as it is
    assert server_counts(server) == counts  # nothing copied, nothing added


def test_joining_an_empty_database_is_refused_and_the_file_stays(
    qtbot: QtBot, home: Path, said: list[tuple[str, str]]
) -> None:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(home, settings)
    qtbot.addWidget(window)
    window.show()
    card = card_of(window)
    with server_db.fresh_database() as empty:
        join_through_the_dialog(qtbot, card, empty)
        qtbot.waitUntil(lambda: bool(said))
        kind, text = said[-1]
        assert kind == "warn" and "There is no diary on" in text and "Nothing was changed" in text
        assert server_counts(empty) == {}  # nothing was made there
    assert diary_access.server() is None and not settings.contains(app.SERVER_KEY)
    assert diary_access.open_folder() == home


def test_at_start_a_server_that_is_gone_lets_this_computer_go_back_to_its_file(
    qtbot: QtBot, tmp_path: Path, server: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "kitchen"
    folder.mkdir()
    gone = server.replace(urlsplit(server).path, urlsplit(server).path + "_gone")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(app.SERVER_KEY, server_address.parse(gone).conninfo)
    settings.sync()
    assert app.choose_server(folder, None) is None
    shown: list[str] = []

    def choose_the_file(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Use this computer's file instead"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    in_modal(QMessageBox, choose_the_file)
    try:
        assert app.prepare_diary(folder)
        assert "does not exist" in shown[0]
        assert diary_access.server() is None and diary_access.open_folder() == folder
        fresh = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        assert not fresh.contains(app.SERVER_KEY)
    finally:
        diary_access.close()
