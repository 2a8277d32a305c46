"""The Treatments forms, the check-in page and the equipment checklist when someone else saved
or deleted the record while it was open: both versions are shown, and keeping theirs, saving
mine, going back to the form and saving a deleted record anew each do what they say. "Another
computer" is a second connection to the same diary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import appointments, checkins, equipment, medications, therapy
from caregiver_app.services.checkins import CheckInData
from caregiver_app.ui.caregiver import set_caregiver_name
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.changed_meanwhile import ChangedMeanwhileDialog
from caregiver_app.ui.dialogs.equipment_item_dialog import CustomItemInput
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.pages.checkin import CheckInPage
from caregiver_app.ui.pages.equipment import EquipmentPage
from caregiver_app.ui.treatments.appointment_dialog import AppointmentDialog
from caregiver_app.ui.treatments.medication_dialog import MedicationDialog
from caregiver_app.ui.treatments.therapy_dialog import SessionDialog
from tests import other_computer
from tests.ui.test_undo_every_change import _choose_status, in_modal, page, undo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, person: int, tmp_path: Path, shown: list[str]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    set_caregiver_name(settings, "Ben")
    made = MainWindow(tmp_path, settings)
    qtbot.addWidget(made)
    made.resize(1280, 820)
    made.show()
    qtbot.waitExposed(made)
    return made


def _save_in_form(
    qtbot: QtBot,
    kind: type[QDialog],
    meanwhile: Callable[[], None],
    fill: Callable[[QDialog], None],
    choose: Callable[[ChangedMeanwhileDialog], None],
) -> list[ChangedMeanwhileDialog]:
    """When the form of `kind` opens: the other computer changes the record, `fill` types into
    the form, Save is clicked; `choose` acts on the dialog that shows both versions."""
    seen: list[ChangedMeanwhileDialog] = []

    def on_dialog(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangedMeanwhileDialog)
        seen.append(dialog)
        choose(dialog)

    def in_form(form: QDialog) -> None:
        meanwhile()
        fill(form)
        form.revalidate()  # type: ignore[attr-defined]
        in_modal(ChangedMeanwhileDialog, on_dialog)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    in_modal(kind, in_form)
    return seen


def _cells(dialog: ChangedMeanwhileDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_a_medication_saved_meanwhile_mine_is_saved_over_theirs_as_one_step(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    med = medications.add_medication(person, medications.MedicationData("Baclofen", 10, "mg"))
    shown = page(window, "treatments")
    shown.show_tab("medications")  # type: ignore[attr-defined]

    def ana() -> None:
        other_computer.run(
            "UPDATE medication SET notes = 'With food', recorded_by = 'Ana' WHERE id = ?", (med,)
        )

    seen = _save_in_form(
        qtbot,
        MedicationDialog,
        ana,
        lambda d: d.name.setText("Baclofen XL"),  # type: ignore[attr-defined]
        lambda d: d.mine_button.click(),
    )
    shown.medications.edit_medication(med)  # type: ignore[attr-defined]

    assert seen and seen[0].summary.text() == "Different: Name, Notes."
    assert ("Name (different)", "Baclofen", "Baclofen XL") in _cells(seen[0])
    assert ("Notes (different)", "With food", "Not recorded") in _cells(seen[0])
    found = medications.get_medication(med)
    assert found is not None and (found.name, found.data.notes) == ("Baclofen XL", "")
    undo(qtbot, window)
    found = medications.get_medication(med)
    assert found is not None and (found.name, found.data.notes) == ("Baclofen", "With food")


def test_an_appointment_changed_meanwhile_back_to_the_form_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    visit = appointments.add_appointment(
        person,
        appointments.AppointmentData(
            day=dt.date(2026, 12, 1),
            clinician="Dr Lee",
            questions=(appointments.QuestionData("Night splint?"),),
        ),
    )
    shown = page(window, "treatments")
    shown.show_tab("appointments")  # type: ignore[attr-defined]
    shown.appointments.table.select_id(visit)  # type: ignore[attr-defined]
    reopened: list[str] = []

    def ana_ticks() -> None:
        other_computer.run(
            "UPDATE appointment_question SET asked = 1 WHERE appointment_id = ?", (visit,)
        )

    def back(dialog: ChangedMeanwhileDialog) -> None:
        def again(form: QDialog) -> None:  # the form opens again with what was typed
            reopened.append(form.clinician.text())  # type: ignore[attr-defined]
            form.reject()

        in_modal(AppointmentDialog, again)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Go back is the default

    _save_in_form(
        qtbot,
        AppointmentDialog,
        ana_ticks,
        lambda d: d.clinician.setText("Dr Okafor"),  # type: ignore[attr-defined]
        back,
    )
    shown.appointments.edit_button.click()  # type: ignore[attr-defined]

    assert reopened == ["Dr Okafor"]
    found = appointments.get_appointment(visit)
    assert found is not None and found.data.clinician == "Dr Lee"
    assert [q.asked for q in found.questions] == [True]  # their tick was not lost


def test_a_therapy_session_deleted_meanwhile_is_saved_as_a_new_one(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    session = therapy.add_session(
        person, therapy.SessionData(day=dt.date(2026, 11, 2), kind="physical", minutes=30)
    )
    shown = page(window, "treatments")
    shown.show_tab("therapy")  # type: ignore[attr-defined]
    shown.therapy.table.select_id(session)  # type: ignore[attr-defined]

    seen = _save_in_form(
        qtbot,
        SessionDialog,
        lambda: other_computer.run("DELETE FROM therapy_session WHERE id = ?", (session,)),
        lambda d: d.minutes.setValue(45),  # type: ignore[attr-defined]
        lambda d: d.mine_button.click(),
    )
    shown.therapy.edit_button.click()  # type: ignore[attr-defined]

    assert seen and seen[0].gone
    assert [s.data.minutes for s in therapy.list_sessions(person)] == [45]


# --- the check-in page and the equipment checklist ---------------------------------------------


def test_a_check_in_saved_on_another_computer_for_the_same_day_is_shown_not_overwritten(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.show()
    day = page.day()
    page.stress.buttons[8].click()  # typed here, not saved yet
    other_computer.run(
        "INSERT INTO checkin (person_id, day, stress, notes, recorded_by) VALUES (?, ?, ?, '', ?)",
        (person, day.isoformat(), 2, "Ana"),
    )
    seen: list[ChangedMeanwhileDialog] = []

    def keep_theirs(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangedMeanwhileDialog)
        seen.append(dialog)
        dialog.theirs_button.click()

    in_modal(ChangedMeanwhileDialog, keep_theirs)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert seen and ("Stress (0-10) (different)", "2", "8") in _cells(seen[0])
    assert checkins.get(person, day) == CheckInData(stress=2)  # theirs, untouched
    assert page.stress.value() == 2  # the page shows what is stored now


def test_an_equipment_status_changed_on_another_computer_is_shown_and_kept(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "equipment")
    assert isinstance(shown, EquipmentPage)
    key = shown._catalogue.items[0].id
    assert shown.select_item(key)
    other_computer.run(
        "INSERT INTO equipment_state (person_id, item_key, status, note, hidden, recorded_by)"
        " VALUES (?, ?, 'have_it', '', 0, 'Ana')",
        (person, key),
    )
    seen: list[ChangedMeanwhileDialog] = []

    def keep_theirs(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangedMeanwhileDialog)
        seen.append(dialog)
        dialog.theirs_button.click()

    in_modal(ChangedMeanwhileDialog, keep_theirs)
    _choose_status(shown, "ordered")

    assert seen and ("Status (different)", "Have it", "Ordered") in _cells(seen[0])
    assert equipment.entry_for(person, shown._catalogue, key).status == "have_it"  # type: ignore[union-attr]
    assert shown.detail.status.currentData() == "have_it"  # the page shows what is stored


def test_closing_the_window_with_a_check_in_saved_meanwhile_can_go_back_to_it(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "checkin")
    assert isinstance(shown, CheckInPage)
    shown.stress.buttons[8].click()  # typed, not saved
    other_computer.run(
        "INSERT INTO checkin (person_id, day, stress, notes) VALUES (?, ?, 2, '')",
        (person, shown.day().isoformat()),
    )
    window.show_page("today")  # typed on a page not in view
    in_modal(ChangedMeanwhileDialog, lambda d: d.back_button.click())  # type: ignore[attr-defined]

    assert not window.close()  # the window stays, with what was typed
    assert window.isVisible()
    assert window.current_page_key() == "checkin"
    assert shown.stress.value() == 8
    assert checkins.get(person, shown.day()) == CheckInData(stress=2)

    in_modal(ChangedMeanwhileDialog, lambda d: d.theirs_button.click())  # type: ignore[attr-defined]
    assert window.close()  # keeping theirs this time: the window closes
    assert checkins.get(person, shown.day()) == CheckInData(stress=2)


def test_an_own_equipment_item_renamed_meanwhile_can_go_back_then_save_over(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = page(window, "equipment")
    assert isinstance(shown, EquipmentPage)
    key = equipment.add_custom(person, shown._catalogue.activities[0].id, "Grab rail", "")
    asked: list[CustomItemInput] = []

    def ask(initial: CustomItemInput) -> CustomItemInput | None:
        if not asked:  # the form opened: Ana renames it meanwhile, this caregiver types
            other_computer.run(
                "UPDATE custom_equipment SET name = 'Bath rail' WHERE id = ?",
                (equipment.custom_id(key),),
            )
        asked.append(initial)
        return dataclasses.replace(initial, name="Grab rail, left wall")

    choices = iter(["back", "mine"])

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangedMeanwhileDialog)
        button = dialog.back_button if next(choices) == "back" else dialog.mine_button
        if button is dialog.back_button:
            in_modal(ChangedMeanwhileDialog, choose)  # the form comes back; Save again
        button.click()

    monkeypatch.setattr(shown, "_ask_custom_item", ask)
    in_modal(ChangedMeanwhileDialog, choose)
    shown.edit_custom_item(key)

    assert [a.name for a in asked] == ["Grab rail", "Grab rail, left wall"]  # typed text kept
    [item] = equipment.custom_items(person)
    assert item.name == "Grab rail, left wall"
