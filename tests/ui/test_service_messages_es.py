"""What the services say reaches the user in Spanish when the app is in Spanish: form problems,
equipment changes that could not be saved, and why a file was not imported (naming line and field)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from caregiver_app import messages as shared
from caregiver_app.services import equipment, people
from caregiver_app.services import messages as services
from caregiver_app.store import messages as store
from caregiver_app.ui import i18n, service_text
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs import diary_transfer
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.equipment import EquipmentPage

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_service_and_store_message_has_a_text_with_the_same_placeholders() -> None:
    tables = [shared.ENGLISH, services.ENGLISH, store.ENGLISH]
    assert sum(len(table) for table in tables) == len(service_text.ENGLISH)  # no code twice
    texts = service_text.templates()
    assert texts.keys() == service_text.ENGLISH.keys()
    for code, english in service_text.ENGLISH.items():
        assert sorted(PLACEHOLDER.findall(texts[code])) == sorted(PLACEHOLDER.findall(english))


def test_every_service_message_is_translated_into_spanish(spanish: None) -> None:
    i18n.install("en")
    english = service_text.templates()
    i18n.install("es")
    spanish_texts = service_text.templates()
    untranslated = [
        code
        for code, text in spanish_texts.items()
        if text == english[code]
        and code not in ("text", "sentences", "number", "place.path", "import.list")
    ]
    assert untranslated == []
    for code, text in spanish_texts.items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(english[code]))


def test_a_name_already_in_the_diary_is_refused_in_spanish(
    qtbot: QtBot, person: int, spanish: None
) -> None:
    with pytest.raises(people.PersonError) as caught:
        people.create_person(name="pat example ")
    assert service_text.error_text(caught.value) == (
        "Ya hay alguien llamado «pat example» en este diario."
    )
    assert "already" in str(caught.value)  # the command line and the log keep English
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Pat Example")
    assert dialog.error.text() == "Ya hay alguien con este nombre en el diario."


def test_an_equipment_note_that_is_too_long_is_not_saved_and_says_why_in_spanish(
    qtbot: QtBot, person: int, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    page = EquipmentPage(equipment.load_catalogue(language="es"), ctx)
    qtbot.addWidget(page)
    key = equipment.load_catalogue(language="es").items[0].id
    page.detail.noteEdited.emit(key, "x" * (equipment.NOTE_MAX + 1))
    assert shown == [f"La nota tiene más de {equipment.NOTE_MAX} caracteres."]
    assert equipment.checklist(person, equipment.load_catalogue(language="es"))[0].note == ""


def test_a_file_that_cannot_be_imported_names_line_and_field_in_spanish(
    qtbot: QtBot, person: int, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,body_region,side,severity\n2026-11-01T08:00:00+00:00,hand,up,2\n")
    diary_transfer.import_path(parent, ctx, bad)
    assert shown == [
        "No se importó nada.\n\nLínea 2, columna side: «up» no es un lado que este diario "
        "conozca; use uno de estos: left, right, both."
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "caregiver-app-diary", "format_version": 1, "person": []}')
    diary_transfer.import_path(parent, ctx, broken)
    assert shown[-1].endswith("Persona: Aquí se esperaba un objeto.")


def test_the_window_says_what_an_import_added_and_skipped_in_spanish(
    qtbot: QtBot, person: int, tmp_path: Path, spanish: None, shown: list[str]
) -> None:
    """Importing the same file twice: the second time nothing is added, and a check-in for a
    day that already has a different one keeps the diary's."""
    import datetime as dt

    from PySide6.QtWidgets import QWidget

    from caregiver_app.services import checkins
    from caregiver_app.services.checkins import CheckInData

    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    rows = "".join(f"2026-11-0{day}T08:00:00+00:00,hand,left,2\n" for day in range(1, 4))
    log = tmp_path / "log.csv"
    log.write_text("started_at,body_region,side,severity\n" + rows)
    diary_transfer.import_path(parent, ctx, log)
    diary_transfer.import_path(parent, ctx, log)
    assert shown == [
        "Importado en Pat Example. Añadido: 3 episodios.",
        "Importado en Pat Example. Añadido: nada nuevo. Omitido: 3 episodios ya en el diario.",
    ]
    day = dt.date(2026, 11, 1)
    checkins.save(person, day, CheckInData(stress=3), today=day)
    document = tmp_path / "diary.json"
    document.write_text(
        '{"format": "caregiver-app-diary", "format_version": 1, "person": {"name": "Pat"},'
        ' "checkins": [{"day": "2026-11-01", "stress": 8}, {"day": "2026-11-02", "stress": 1}]}'
    )
    diary_transfer.import_path(parent, ctx, document)
    assert shown[-1] == (
        "Importado en Pat Example. Añadido: 1 registro diario. Omitido: 1 registro diario de "
        "días que ya tenían uno (se conservó lo del diario)."
    )
    assert checkins.get(person, day) == CheckInData(stress=3)
