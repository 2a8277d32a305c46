"""Every change made in the window can be undone with Ctrl+Z and redone with Ctrl+Shift+Z.

Each test builds the real window on a temporary diary, makes the change with the page's own
widgets, presses the keys on the window, and checks the database (read back) and what the page
shows, both after undo and after redo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.services import (
    appointments,
    checkins,
    clinician_scores,
    episodes,
    equipment,
    injections,
    medications,
    people,
    therapy,
)
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.dialogs.equipment_item_dialog import CustomItemInput
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.pages.equipment import EquipmentPage
from caregiver_app.ui.treatments.appointment_dialog import AppointmentDialog
from caregiver_app.ui.treatments.injection_dialog import InjectionDialog
from caregiver_app.ui.treatments.medication_dialog import DoseChangeDialog, MedicationDialog
from caregiver_app.ui.treatments.scores_dialog import ScoresDialog
from caregiver_app.ui.treatments.therapy_dialog import SessionDialog
from tests.helpers import at, episode

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, person: int, tmp_path: Path, shown: list[str]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(tmp_path, settings)
    qtbot.addWidget(made)
    made.resize(1280, 820)
    made.show()
    made.activateWindow()
    qtbot.waitExposed(made)
    return made


def press(qtbot: QtBot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:
    """Press a key on the window, active again once a form has closed (the offscreen platform
    does not give focus back by itself as a desktop does)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, modifiers)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, CTRL)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, CTRL | SHIFT)


def in_modal(kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
    """Do `action` on the form of `kind` that opens next (it blocks until closed)."""
    tries = [200]

    def run() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        tries[0] -= 1
        if found:
            action(found[0])
        elif tries[0]:
            QTimer.singleShot(10, run)  # not open yet

    QTimer.singleShot(0, run)


def on_exec(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill: Callable[[QDialog], None]
) -> None:
    """Forms of `dialog_class` open, are filled in by `fill` and saved with their Save button."""

    def exec_(self: QDialog) -> int:
        self.show()
        fill(self)
        self.revalidate()  # type: ignore[attr-defined]
        self.save_button.click()  # type: ignore[attr-defined]
        return int(self.result())

    monkeypatch.setattr(dialog_class, "exec", exec_)


def page(window: MainWindow, key: str) -> QWidget:
    window.show_page(key)
    return window.page(key)


# --- episodes and check-ins --------------------------------------------------------------------


def test_logging_an_episode_is_undone_and_redone_with_the_keys(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    today = page(window, "today")
    in_modal(EpisodeDialog, lambda d: (d.severity.buttons[2].click(), d.save_button.click()))  # type: ignore[attr-defined]
    window.new_action.trigger()
    assert episodes.count(EpisodeFilter(person)) == 1
    assert today.today_card.number.text() == "1"  # type: ignore[attr-defined]

    undo(qtbot, window)
    assert episodes.count(EpisodeFilter(person)) == 0
    assert today.today_card.number.text() == "0"  # type: ignore[attr-defined]
    redo(qtbot, window)
    assert episodes.count(EpisodeFilter(person)) == 1
    assert today.today_card.number.text() == "1"  # type: ignore[attr-defined]


def test_editing_and_deleting_episodes_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    first = episodes.add_episode(person, episode(at(2026, 5, 1, 9), severity=1))
    episodes.add_episode(person, episode(at(2026, 5, 2, 9), severity=2))
    before = episodes.get_episode(first)
    shown = page(window, "episodes")
    table = shown.table  # type: ignore[attr-defined]
    model = shown.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.total() == 2 and table.model().rowCount() == 2)
    row = [model.episode_id(r) for r in range(model.total())].index(first)

    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().select(table.model().index(row, 0), flags)
    assert shown.selected_ids() == [first]  # type: ignore[attr-defined]
    in_modal(EpisodeDialog, lambda d: (d.severity.buttons[3].click(), d.save_button.click()))  # type: ignore[attr-defined]
    shown.edit_button.click()  # type: ignore[attr-defined]
    edited = episodes.get_episode(first)
    assert edited is not None and edited.severity == 3

    undo(qtbot, window)
    assert episodes.get_episode(first) == before
    redo(qtbot, window)
    assert episodes.get_episode(first) == edited

    table.selectAll()
    shown.delete_button.click()  # type: ignore[attr-defined]
    assert episodes.count(EpisodeFilter(person)) == 0
    assert model.total() == 0
    undo(qtbot, window)
    assert episodes.count(EpisodeFilter(person)) == 2
    assert episodes.get_episode(first) == edited
    assert model.total() == 2
    redo(qtbot, window)
    assert episodes.count(EpisodeFilter(person)) == 0
    assert model.total() == 0


def test_saving_a_check_in_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "checkin")
    day = dt.date.today()
    shown.stress.buttons[7].click()  # type: ignore[attr-defined]
    shown.save_button.click()  # type: ignore[attr-defined]
    saved = checkins.get(person, day)
    assert saved is not None and saved.stress == 7

    undo(qtbot, window)
    assert checkins.get(person, day) is None
    assert shown.stress.value() is None  # type: ignore[attr-defined]
    redo(qtbot, window)
    assert checkins.get(person, day) == saved
    assert shown.stress.value() == 7  # type: ignore[attr-defined]


# --- equipment ---------------------------------------------------------------------------------


def _choose_status(shown: EquipmentPage, code: str) -> None:
    combo = shown.detail.status
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click on the choice sends


def test_an_equipment_status_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "equipment")
    assert isinstance(shown, EquipmentPage)
    key = shown._catalogue.items[0].id
    assert shown.select_item(key)
    _choose_status(shown, "ordered")
    assert equipment.entry_for(person, shown._catalogue, key).status == "ordered"  # type: ignore[union-attr]

    undo(qtbot, window)
    assert equipment.entry_for(person, shown._catalogue, key).status == "not_considered"  # type: ignore[union-attr]
    assert shown.detail.status.currentData() == "not_considered"
    redo(qtbot, window)
    assert equipment.entry_for(person, shown._catalogue, key).status == "ordered"  # type: ignore[union-attr]
    assert shown.detail.status.currentData() == "ordered"


def test_adding_and_removing_an_own_equipment_item_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = page(window, "equipment")
    assert isinstance(shown, EquipmentPage)
    monkeypatch.setattr(
        shown, "_ask_custom_item", lambda _initial: CustomItemInput("eating", "Long straw", "")
    )
    shown.add_button.click()  # type: ignore[attr-defined]
    (item,) = equipment.custom_items(person)
    key = item.id
    assert shown.detail.key == key

    undo(qtbot, window)
    assert equipment.custom_items(person) == []
    assert not shown.select_item(key)
    redo(qtbot, window)
    assert [i.name for i in equipment.custom_items(person)] == ["Long straw"]
    assert shown.select_item(key)

    _choose_status(shown, "using_it")
    shown.detail.remove_button.click()  # type: ignore[attr-defined]
    assert equipment.custom_items(person) == []
    undo(qtbot, window)
    assert [i.name for i in equipment.custom_items(person)] == ["Long straw"]
    assert equipment.entry_for(person, shown._catalogue, key).status == "using_it"  # type: ignore[union-attr]
    assert shown.select_item(key)
    redo(qtbot, window)
    assert equipment.custom_items(person) == []


# --- people ------------------------------------------------------------------------------------


def _fill_person(name: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.name.setText(name)
        dialog.buttons.accepted.emit()

    return fill


def test_adding_editing_switching_and_removing_people_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    settings = page(window, "settings")
    names = lambda: sorted(p.name for p in people.list_people())  # noqa: E731
    combo_names = lambda: [  # noqa: E731
        window.person_combo.itemText(i) for i in range(window.person_combo.count())
    ]

    in_modal(PersonDialog, _fill_person("Robin"))
    settings.add_button.click()  # type: ignore[attr-defined]
    robin = people.find_by_name("Robin")
    assert robin is not None and window.active_person_id() == robin.id
    undo(qtbot, window)
    assert names() == ["Pat Example"] and window.active_person_id() == person
    assert "Robin" not in combo_names()
    redo(qtbot, window)
    assert names() == ["Pat Example", "Robin"] and window.active_person_id() == robin.id
    assert "Robin" in combo_names()

    # Edit Robin
    settings.people_list.setCurrentRow([p.id for p in people.list_people()].index(robin.id))  # type: ignore[attr-defined]
    in_modal(PersonDialog, _fill_person("Robin Lee"))
    settings.edit_button.click()  # type: ignore[attr-defined]
    assert people.get_person(robin.id).name == "Robin Lee"
    undo(qtbot, window)
    assert people.get_person(robin.id).name == "Robin"
    assert "Robin" in combo_names()
    redo(qtbot, window)
    assert people.get_person(robin.id).name == "Robin Lee"

    # Switch back to Pat
    row = [p.id for p in people.list_people()].index(person)
    settings.people_list.setCurrentRow(row)  # type: ignore[attr-defined]
    settings.active_button.click()  # type: ignore[attr-defined]
    assert window.active_person_id() == person
    undo(qtbot, window)
    assert window.active_person_id() == robin.id
    assert people.get_active() == people.get_person(robin.id)
    redo(qtbot, window)
    assert window.active_person_id() == person

    # Remove Pat, with an episode: undo brings both back
    episodes.add_episode(person, episode(at(2026, 5, 1, 9)))
    settings.people_list.setCurrentRow(row)  # type: ignore[attr-defined]
    settings.remove_button.click()  # type: ignore[attr-defined]
    assert names() == ["Robin Lee"]
    undo(qtbot, window)
    assert names() == ["Pat Example", "Robin Lee"]
    assert window.active_person_id() == person
    assert episodes.count(EpisodeFilter(person)) == 1
    redo(qtbot, window)
    assert names() == ["Robin Lee"]
    assert window.active_person_id() == robin.id


# --- treatments --------------------------------------------------------------------------------


def test_a_medication_its_dose_change_and_stopping_it_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = page(window, "treatments")
    tab = shown.medications  # type: ignore[attr-defined]
    shown.show_tab("medications")  # type: ignore[attr-defined]

    on_exec(
        monkeypatch, MedicationDialog, lambda d: (d.name.setText("Baclofen"), d.dose.setText("10"))
    )  # type: ignore[attr-defined]
    tab.add_button.click()
    (med,) = medications.list_medications(person)
    assert med.id in tab.remove_buttons
    undo(qtbot, window)
    assert medications.list_medications(person) == []
    assert med.id not in tab.remove_buttons
    redo(qtbot, window)
    assert medications.list_medications(person) == [med]
    assert med.id in tab.remove_buttons

    on_exec(monkeypatch, DoseChangeDialog, lambda d: d.dose.setText("15"))  # type: ignore[attr-defined]
    tab.change_dose(med.id)
    changed = medications.get_medication(med.id)
    assert changed is not None and len(changed.dose_changes) == 1
    undo(qtbot, window)
    assert medications.get_medication(med.id) == med
    redo(qtbot, window)
    assert medications.get_medication(med.id) == changed

    on_exec(monkeypatch, MedicationDialog, lambda d: d.stopped.known.setChecked(True))  # type: ignore[attr-defined]
    tab.edit_medication(med.id)
    stopped = medications.get_medication(med.id)
    assert stopped is not None and stopped.data.stopped_on is not None
    undo(qtbot, window)
    assert medications.get_medication(med.id) == changed
    redo(qtbot, window)
    assert medications.get_medication(med.id) == stopped


def test_an_injection_a_therapy_session_and_a_score_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = page(window, "treatments")

    shown.show_tab("injections")  # type: ignore[attr-defined]
    on_exec(
        monkeypatch,
        InjectionDialog,
        lambda d: (d.muscles.setText("Calf"), d.side.set_value("left")),  # type: ignore[attr-defined]
    )
    shown.injections.add_button.click()  # type: ignore[attr-defined]
    (added,) = injections.list_injections(person)
    assert shown.injections.table.rowCount() == 1  # type: ignore[attr-defined]
    undo(qtbot, window)
    assert injections.list_injections(person) == []
    assert shown.injections.table.rowCount() == 0  # type: ignore[attr-defined]
    redo(qtbot, window)
    assert injections.list_injections(person) == [added]

    shown.show_tab("therapy")  # type: ignore[attr-defined]

    def fill_session(dialog: SessionDialog) -> None:
        dialog.kind.buttons["physical"].click()  # chosen: the kind is no longer preselected
        dialog.minutes.setValue(40)

    on_exec(monkeypatch, SessionDialog, fill_session)
    shown.therapy.add_button.click()  # type: ignore[attr-defined]
    (session,) = therapy.list_sessions(person)
    undo(qtbot, window)
    assert therapy.list_sessions(person) == []
    redo(qtbot, window)
    assert therapy.list_sessions(person) == [session]

    shown.show_tab("scores")  # type: ignore[attr-defined]
    on_exec(
        monkeypatch,
        ScoresDialog,
        lambda d: d.rows[0].set_value("elbow_flexors", "left", "2"),  # type: ignore[attr-defined]
    )
    shown.scores.add_button.click()  # type: ignore[attr-defined]
    scores = clinician_scores.list_scores(person)
    assert [s.data.score for s in scores] == ["2"]
    undo(qtbot, window)
    assert clinician_scores.list_scores(person) == []
    assert shown.scores.empty_label.isVisible()  # type: ignore[attr-defined]
    redo(qtbot, window)
    assert clinician_scores.list_scores(person) == scores


def test_an_appointment_with_questions_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = page(window, "treatments")
    shown.show_tab("appointments")  # type: ignore[attr-defined]

    def fill(dialog: QDialog) -> None:
        dialog.day.setDate(dialog.day.date().addDays(7))  # type: ignore[attr-defined]
        dialog.clinician.setText("Dr Okafor")  # type: ignore[attr-defined]
        dialog.questions.set_lines([("Is the dose still right?", False)])  # type: ignore[attr-defined]

    on_exec(monkeypatch, AppointmentDialog, fill)
    shown.appointments.add_button.click()  # type: ignore[attr-defined]
    (visit,) = appointments.list_appointments(person)
    assert [q.question for q in visit.questions] == ["Is the dose still right?"]
    undo(qtbot, window)
    assert appointments.list_appointments(person) == []
    redo(qtbot, window)
    assert appointments.list_appointments(person) == [visit]

    # The questions typed on the Reports page go with that appointment, and undo too.
    reports = page(window, "reports")
    box = reports.questions_box  # type: ignore[attr-defined]
    box.editor.setPlainText("Is the dose still right?\nCould the splint be adjusted?")
    assert box.save()
    kept = appointments.get_appointment(visit.id)
    assert kept is not None and len(kept.questions) == 2
    undo(qtbot, window)
    assert appointments.get_appointment(visit.id) == visit
    assert box.editor.toPlainText() == "Is the dose still right?"
    redo(qtbot, window)
    assert appointments.get_appointment(visit.id) == kept


def test_an_undo_never_overwrites_a_record_changed_another_way_since(
    qtbot: QtBot, window: MainWindow, person: int, shown: list[str]
) -> None:
    today = page(window, "today")
    in_modal(EpisodeDialog, lambda d: (d.severity.buttons[2].click(), d.save_button.click()))  # type: ignore[attr-defined]
    window.new_action.trigger()
    (added,) = episodes.query_ids(EpisodeFilter(person))
    episodes.update_episode(added, episode(at(2026, 5, 1, 9), severity=3))  # not through the window
    changed = episodes.get_episode(added)

    undo(qtbot, window)
    assert episodes.get_episode(added) == changed  # kept as it is
    assert shown and "changed in another way" in shown[-1]
    assert window.undo_stack.count() == 0
    assert today.today_card.number.text() in ("0", "1")  # type: ignore[attr-defined]


def test_a_fall_logged_on_today_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.services import falls
    from caregiver_app.ui.dialogs.fall_dialog import FallDialog

    today = page(window, "today")
    on_exec(monkeypatch, FallDialog, lambda d: d.note.setText("Slid off the chair"))  # type: ignore[attr-defined]
    today.fall_button.click()  # type: ignore[attr-defined]
    (fall,) = falls.list_falls(person)
    undo(qtbot, window)
    assert falls.list_falls(person) == []
    redo(qtbot, window)
    assert falls.list_falls(person) == [fall]


# --- many records at once ----------------------------------------------------------------------


def test_an_import_into_the_active_person_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, person: int, tmp_path: Path
) -> None:
    from caregiver_app.ui.dialogs import diary_transfer

    kept = episodes.add_episode(person, episode(at(2026, 5, 1, 9)))
    shown = page(window, "episodes")
    csv = tmp_path / "log.csv"
    csv.write_text(
        "started_at,body_region,side,severity\n"
        "2026-11-01T08:00:00+00:00,hand,left,2\n2026-11-02T08:00:00+00:00,foot,right,3\n"
    )
    diary_transfer.import_path(window, window.ctx, csv)
    assert episodes.count(EpisodeFilter(person)) == 3
    assert shown.model.total() == 3  # type: ignore[attr-defined]

    undo(qtbot, window)
    assert episodes.query_ids(EpisodeFilter(person)) == [kept]  # what was there before stays
    assert shown.model.total() == 1  # type: ignore[attr-defined]
    redo(qtbot, window)
    assert episodes.count(EpisodeFilter(person)) == 3
    assert shown.model.total() == 3  # type: ignore[attr-defined]


def test_sample_data_is_undone_and_redone(qtbot: QtBot, window: MainWindow, person: int) -> None:
    window.explore_sample()
    made = people.get_active()
    assert made is not None and made.is_sample and window.active_person_id() == made.id
    count = episodes.count(EpisodeFilter(made.id))
    assert count > 100

    undo(qtbot, window)
    assert [p.id for p in people.list_people()] == [person]
    assert window.active_person_id() == person
    redo(qtbot, window)
    assert window.active_person_id() == made.id
    assert episodes.count(EpisodeFilter(made.id)) == count


def test_choosing_the_status_an_item_already_has_adds_no_undo_step(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "equipment")
    assert isinstance(shown, EquipmentPage)
    assert shown.select_item(shown._catalogue.items[0].id)
    _choose_status(shown, "ordered")
    _choose_status(shown, "ordered")
    assert window.undo_stack.count() == 1


def test_a_check_in_typed_but_not_saved_is_kept_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, person: int
) -> None:
    shown = page(window, "checkin")
    shown.stress.buttons[5].click()  # type: ignore[attr-defined]
    window.quit_app()
    saved = checkins.get(person, dt.date.today())
    assert saved is not None and saved.stress == 5
