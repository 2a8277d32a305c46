"""Two people editing one episode, through the real window: the form is open, "another computer"
(a second connection to the same diary) saves the episode, and Save here shows both versions
and lets the user keep theirs, save over it (undoable), or go back to the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes
from caregiver_app.services.actions import Stamp, opened, perform
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions.meanwhile import top_value
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.caregiver import set_caregiver_name
from caregiver_app.ui.dialogs.changed_meanwhile import ChangedMeanwhileDialog
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.main_window import MainWindow
from tests import other_computer
from tests.helpers import at, episode
from tests.ui.test_undo_every_change import in_modal, page, undo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ANA_AT = "2026-11-02T14:05:00Z"


@pytest.fixture
def window(qtbot: QtBot, person: int, tmp_path: Path, shown: list[str]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    set_caregiver_name(settings, "Ben")
    made = MainWindow(tmp_path, settings)
    qtbot.addWidget(made)
    made.resize(1280, 820)
    made.show()
    made.activateWindow()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def record(person: int) -> int:
    stamp = Stamp("Ana", dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC))
    change = perform(
        lambda: episode_actions.add_episode(
            person, episode(at(2026, 11, 2, 9), severity=2, triggers=("stress",))
        ),
        stamp,
    )
    return change.ids[0]


def _ana_saves(record: int) -> None:
    other_computer.run(
        "UPDATE episode SET severity = 3, notes = 'Worse after lunch', recorded_by = 'Ana',"
        " recorded_at = ? WHERE id = ?",
        (ANA_AT, record),
    )


def _stored(record: int, column: str) -> object:
    return top_value(opened("episode", id=record).part, column)


def _edit(
    qtbot: QtBot,
    window: MainWindow,
    record: int,
    meanwhile: Callable[[], None],
    choose: Callable[[ChangedMeanwhileDialog], None],
    after: Callable[[EpisodeDialog], None] | None = None,
) -> list[ChangedMeanwhileDialog]:
    """Open the episode's form from the Episodes page, let `meanwhile` change it from another
    computer, choose Mild and press Save with a real click; `choose` acts on the dialog that
    shows both versions; `after` on the form if it is still open then."""
    shown = page(window, "episodes")
    table, model = shown.table, shown.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.total() >= 1 and table.model().rowCount() >= 1)
    row = [model.episode_id(r) for r in range(model.total())].index(record)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().select(table.model().index(row, 0), flags)
    seen: list[ChangedMeanwhileDialog] = []

    def on_dialog(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangedMeanwhileDialog)
        seen.append(dialog)
        choose(dialog)
        form = [w for w in QApplication.topLevelWidgets() if isinstance(w, EpisodeDialog)]
        if after is not None and form and form[0].isVisible():
            in_modal(EpisodeDialog, lambda f: after(f))  # type: ignore[arg-type]

    def in_form(form: QDialog) -> None:
        assert isinstance(form, EpisodeDialog)
        meanwhile()
        form.severity.buttons[1].click()
        in_modal(ChangedMeanwhileDialog, on_dialog)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    in_modal(EpisodeDialog, in_form)
    shown.edit_button.click()  # type: ignore[attr-defined]
    return seen


def _cells(dialog: ChangedMeanwhileDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        tuple(table.item(row, c).text() for c in range(3))  # type: ignore[misc,union-attr]
        for row in range(table.rowCount())
    ]


def test_both_versions_are_shown_and_keeping_theirs_writes_nothing(
    qtbot: QtBot, window: MainWindow, record: int
) -> None:
    seen = _edit(
        qtbot, window, record, lambda: _ana_saves(record), lambda d: d.theirs_button.click()
    )

    assert len(seen) == 1
    dialog = seen[0]
    header = dialog.table.horizontalHeaderItem(1).text()  # type: ignore[union-attr]
    assert header.startswith("Saved by Ana at ")
    assert "Saved by Ana at " in dialog.heading.text()
    assert dialog.table.horizontalHeaderItem(2).text() == "Your changes"  # type: ignore[union-attr]
    assert dialog.summary.text() == "Different: How strong, Notes."
    cells = _cells(dialog)
    assert cells[:2] == [  # the differences first, named as such in words
        ("How strong (different)", "Severe", "Mild"),
        ("Notes (different)", "Worse after lunch", "Not recorded"),
    ]
    assert ("Body region", "Hand", "Hand") in cells
    assert ("Triggers", "Stress or anxiety", "Stress or anxiety") in cells
    assert dialog.differences == 2

    assert _stored(record, "severity") == 3  # theirs, untouched
    assert _stored(record, "recorded_by") == "Ana"
    assert not any(
        isinstance(w, EpisodeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert "other version was kept" in window.statusBar().currentMessage()


def test_saving_mine_over_theirs_is_one_undoable_step(
    qtbot: QtBot, window: MainWindow, record: int
) -> None:
    _edit(qtbot, window, record, lambda: _ana_saves(record), lambda d: d.mine_button.click())

    assert _stored(record, "severity") == 1
    assert _stored(record, "recorded_by") == "Ben"
    assert _stored(record, "notes") == ""  # the whole of mine, not a mix
    undo(qtbot, window)
    assert (_stored(record, "severity"), _stored(record, "recorded_by")) == (3, "Ana")


def test_going_back_keeps_what_was_typed_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, record: int
) -> None:
    state: dict[str, object] = {}

    def escape(dialog: ChangedMeanwhileDialog) -> None:
        focus = dialog.focusWidget()
        state["focus"] = focus
        qtbot.keyClick(focus, Qt.Key.Key_Escape)

    def still_open(form: EpisodeDialog) -> None:
        state["severity"] = form.severity.value()
        state["reason"] = form.reason.text()
        form.reject()

    seen = _edit(qtbot, window, record, lambda: _ana_saves(record), escape, still_open)
    assert state["focus"] is seen[0].back_button  # the safe choice has the focus
    assert state["severity"] == 1  # what was typed is still in the form
    assert "Nothing was saved yet" in str(state["reason"])
    assert _stored(record, "severity") == 3


def test_the_keys_reach_save_mine(qtbot: QtBot, window: MainWindow, record: int) -> None:
    def by_keys(dialog: ChangedMeanwhileDialog) -> None:
        for _ in range(6):
            if dialog.focusWidget() is dialog.mine_button:
                break
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.mine_button
        qtbot.keyClick(dialog.mine_button, Qt.Key.Key_Space)

    _edit(qtbot, window, record, lambda: _ana_saves(record), by_keys)
    assert _stored(record, "severity") == 1


def test_deleted_meanwhile_mine_can_be_saved_as_a_new_record(
    qtbot: QtBot, window: MainWindow, record: int, person: int
) -> None:
    def delete() -> None:
        other_computer.run("DELETE FROM episode WHERE id = ?", (record,))

    seen = _edit(qtbot, window, record, delete, lambda d: d.mine_button.click())
    assert "deleted this record" in seen[0].heading.text()
    assert seen[0].mine_button.text().replace("&", "") == "Save mine as a new record"
    assert episodes.count(EpisodeFilter(person)) == 1
    [new] = episodes.query_ids(EpisodeFilter(person))
    assert (_stored(new, "severity"), _stored(new, "recorded_by")) == (1, "Ben")


def test_deleted_meanwhile_mine_can_be_discarded(
    qtbot: QtBot, window: MainWindow, record: int, person: int
) -> None:
    def delete() -> None:
        other_computer.run("DELETE FROM episode WHERE id = ?", (record,))

    seen = _edit(qtbot, window, record, delete, lambda d: d.theirs_button.click())
    assert seen[0].theirs_button.text().replace("&", "") == "Discard mine"
    assert episodes.count(EpisodeFilter(person)) == 0
