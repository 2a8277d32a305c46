"""What the store says reaches the user in Spanish when the app is in Spanish: why a file cannot
be restored, a diary from a newer version, a copy that could not be saved, and who has the diary
open. The command line and the log keep the English."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from caregiver_app import translations
from caregiver_app.services import people
from caregiver_app.store import db as store_db
from caregiver_app.store import lock, migrations
from caregiver_app.store.backup import diary_file
from caregiver_app.ui import app as app_module
from caregiver_app.ui import i18n, service_text
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.damaged_diary import DamagedDiaryDialog
from caregiver_app.ui.pages.settings_data import DataCard
from caregiver_app.ui.preferences import Preferences

NEWER = (
    "Este diario se guardó con una versión más nueva de la aplicación (formato 999; esta versión "
    f"lee hasta el {migrations.LATEST_VERSION}). Instale la versión más nueva para abrirlo. "
    "El archivo no se cambió."
)


def make_diary(data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = data / "diary.sqlite3"
    store_db.open_database(path)
    people.create_person("Pat Example")
    store_db.close_database()
    return path


def make_newer(path: Path) -> Path:
    make_diary(path.parent)
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE schema_version SET version = 999")
        conn.commit()
    finally:
        conn.close()
    return path


def make_card(qtbot: QtBot, ctx: PageContext, tmp_path: Path) -> DataCard:
    card = DataCard(ctx, tmp_path)
    qtbot.addWidget(card)
    return card


def test_a_file_that_is_not_a_diary_is_refused_in_spanish_and_nothing_changes(
    qtbot: QtBot, ctx: PageContext, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    junk = tmp_path / "usb" / "notas.sqlite3"
    junk.parent.mkdir()
    junk.write_bytes(b"not a diary" * 100)
    card = make_card(qtbot, ctx, tmp_path)
    before = (tmp_path / "diary.sqlite3").read_bytes()
    assert not card.restore_from_file(junk)
    assert shown == [
        "Este archivo no se puede restaurar. notas.sqlite3 no es un archivo de diario (no es una "
        "base de datos SQLite).\n\nNo se cambió nada."
    ]
    assert (tmp_path / "diary.sqlite3").read_bytes() == before
    assert "not an SQLite database" in diary_file.check_file(junk).summary()  # the CLI's English


def test_restoring_the_diary_onto_itself_is_refused_in_spanish(
    qtbot: QtBot, ctx: PageContext, person: int, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    card = make_card(qtbot, ctx, tmp_path)
    assert not card.restore_from_file(tmp_path / "diary.sqlite3")
    assert shown == [
        "Ese archivo es el propio diario; elija una copia de seguridad. No se cambió nada."
    ]
    assert card.notice.text() == "La copia de seguridad no se restauró."
    assert people.get_active() is not None  # the diary is open again, as it was


def test_a_copy_into_a_folder_that_is_not_there_says_why_in_spanish(
    qtbot: QtBot, ctx: PageContext, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    card = make_card(qtbot, ctx, tmp_path)
    target = tmp_path / "no-such-stick" / "copia.sqlite3"
    card.save_copy_to(target)
    assert shown == [f"No se pudo guardar la copia: La carpeta {target.parent} no existe."]


def test_a_diary_from_a_newer_version_is_explained_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    path = make_diary(tmp_path / "data")
    newer = make_newer(tmp_path / "newer" / "diary.sqlite3")
    with pytest.raises(migrations.NewerDatabaseError) as caught:
        store_db.open_database(newer)
    store_db.close_database()
    assert service_text.error_text(caught.value) == NEWER
    assert "saved by a newer version" in str(caught.value)  # the command line and the log

    dialog = DamagedDiaryDialog(diary_file.inspect_diary(newer), newer.parent)
    qtbot.addWidget(dialog)
    assert dialog._title() == "Este diario es de una versión más nueva de la aplicación"
    # Chosen as the file to restore at another start-up: refused, and the reason is in Spanish.
    dialog = DamagedDiaryDialog(diary_file.inspect_diary(path), path.parent)
    qtbot.addWidget(dialog)
    assert not dialog.restore_from(newer)
    assert dialog.error.text() == f"{NEWER} No se cambió nada."


def test_a_damaged_diary_says_what_was_found_in_spanish(
    qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "diary.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    dialog = DamagedDiaryDialog(diary_file.inspect_diary(path), data)
    qtbot.addWidget(dialog)
    found = [label.text() for label in dialog.findChildren(QLabel) if "SQLite" in label.text()]
    assert found and found[0].startswith(
        "Qué se encontró: diary.sqlite3 no es un archivo de diario (no es una base de datos "
        "SQLite)."
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the holder's process id is POSIX-only here")
def test_a_second_copy_of_the_app_is_told_who_has_the_diary_in_spanish(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "data"
    make_diary(data)
    Preferences(language="es").save(app_module.open_settings(data))
    try:
        with lock.DiaryLock(data, lock.WINDOW):
            assert app_module.run_window(str(data), None) == 1
    finally:
        i18n.install("en")
    assert shown[-1].startswith(
        "El diario ya está abierto en otra copia de la aplicación (la ventana de Caregiver "
        f"Dashboard, proceso {os.getpid()} en este equipo, desde "
    )


def test_an_unusable_data_folder_is_explained_in_the_desktop_language(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    # The saved language lives in the folder that cannot be used: the desktop's is used.
    monkeypatch.setattr(
        translations, "language_code", lambda choice: "es" if choice == "system" else choice
    )
    not_a_folder = tmp_path / "diario"
    not_a_folder.write_text("a file where the folder should be")
    try:
        assert app_module.run_window(str(not_a_folder), None) == 1
    finally:
        i18n.install("en")
    assert shown == [
        f"La carpeta de datos {not_a_folder} es un archivo, no una carpeta.\n\n"
        "Abra la aplicación con otra carpeta (--data-dir), o arregle esta y vuelva a intentarlo."
    ]
    assert not_a_folder.read_text() == "a file where the folder should be"  # left as it was
