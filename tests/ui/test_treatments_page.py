"""The Treatments page: asking before removing, undo, a dose in two clicks, the cycle view,
Ashworth meanings where a score is chosen, the appointment checklist and Today's next visit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.services import (
    appointments,
    clinician_scores,
    injections,
    medications,
    sample,
    therapy,
)
from caregiver_app.services.appointments import AppointmentData, QuestionData
from caregiver_app.services.medications import MedicationData
from caregiver_app.services.timeutil import now_local
from caregiver_app.ui import prompts
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.pages.today import TodayPage
from caregiver_app.ui.pages.treatments import TreatmentsPage
from caregiver_app.ui.treatments.form_widgets import short_day
from caregiver_app.ui.treatments.scores_dialog import ScoresDialog
from caregiver_app.ui.treatments.therapy_dialog import SessionDialog
from tests.ui.test_accessibility import unnamed_inputs


def make_page(qtbot: QtBot, ctx: PageContext, tab: str = "medications") -> TreatmentsPage:
    page = TreatmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show_tab(tab)
    page.show()
    qtbot.waitExposed(page)
    return page


def press_save(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog_class: type) -> None:
    """Dialogs of `dialog_class` open and the user presses Save (Enter) straight away."""

    def exec_(self: QDialog) -> int:
        self.show()
        qtbot.keyClick(self, Qt.Key.Key_Return)
        return int(self.result())

    monkeypatch.setattr(dialog_class, "exec", exec_)


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def add_baclofen(person: int) -> int:
    med_id = medications.add_medication(
        person,
        MedicationData("Baclofen", 10.0, "mg", purpose="spasms", started_on=dt.date(2026, 1, 5)),
    )
    medications.add_dose_change(med_id, dt.date(2026, 3, 1), 15.0, "raised")
    return med_id


def test_removing_a_medication_asks_first_and_can_be_undone(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    med_id = add_baclofen(person)
    before = medications.get_medication(med_id)
    page = make_page(qtbot, ctx)
    asked: list[str] = []

    def answer(reply: bool):  # type: ignore[no-untyped-def]
        def confirm(_parent: object, _title: str, text: str, _ok: str) -> bool:
            asked.append(text)
            return reply

        return confirm

    # Each Remove says what it removes: the medication, or one line of its history.
    assert page.medications.remove_buttons[med_id].text() == "Remove this medication…"
    links = [b.text() for b in page.medications.findChildren(QPushButton) if "Remove" in b.text()]
    assert sorted(set(links)) == ["Remove this change", "Remove this medication…"]
    monkeypatch.setattr(prompts, "confirm", answer(False))
    qtbot.mouseClick(page.medications.remove_buttons[med_id], Qt.MouseButton.LeftButton)
    assert "Baclofen" in asked[0] and "Undo" in asked[0]
    assert medications.get_medication(med_id) == before  # Cancel keeps it

    monkeypatch.setattr(prompts, "confirm", answer(True))
    qtbot.mouseClick(page.medications.remove_buttons[med_id], Qt.MouseButton.LeftButton)
    assert medications.list_medications(person) == []
    assert med_id not in page.medications.remove_buttons  # the card is gone

    ctx.undo_stack.undo()
    assert medications.get_medication(med_id) == before  # with its dose change
    assert med_id in page.medications.remove_buttons
    ctx.undo_stack.redo()
    assert medications.list_medications(person) == []


def test_an_as_needed_dose_takes_two_clicks_and_can_be_undone(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    med_id = medications.add_medication(
        person, MedicationData("Paracetamol", 500.0, "mg", schedule="as_needed", purpose="pain")
    )
    page = make_page(qtbot, ctx)
    press_save(qtbot, monkeypatch, DoseDialog)
    started = now_local()
    qtbot.mouseClick(page.medications.dose_buttons[med_id], Qt.MouseButton.LeftButton)  # 1
    # 2: Save, pressed in press_save
    doses = medications.doses_taken(person)
    assert len(doses) == 1
    assert doses[0].dose == 500.0
    assert abs((doses[0].taken - started).total_seconds()) < 120
    assert any("1 dose in the last 7 days" in text for text in texts(page.medications))
    ctx.undo_stack.undo()
    assert medications.doses_taken(person) == []


def test_a_dose_from_anywhere_needs_an_as_needed_medication(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    from caregiver_app.ui.dialogs.dose_dialog import log_dose

    add_baclofen(person)  # regular, not as needed
    assert log_dose(None, ctx, person) is False
    assert ctx.undo_stack.count() == 0


def test_the_cycle_view_lines_up_the_sample_cycles(
    qtbot: QtBot, ctx: PageContext, db: object
) -> None:
    result = sample.generate(days=200, seed=2)
    page = make_page(qtbot, ctx, "injections")
    chart = page.injections.chart
    cycles = injections.cycle_view(result.person_id)
    assert len(chart.cycles) == len(cycles) == 2
    for cycle in cycles:
        assert short_day(cycle.day) in chart.legend.accessibleName()
    assert "weeks 4–6" in chart.summary.text()
    lines = [item for item in chart.plot.listDataItems() if len(item.xData)]
    assert len(lines) == 2
    assert all(x == week + 0.5 for x, week in zip(lines[0].xData, range(16), strict=False))
    first = cycles[0]
    count = first.weekly[5]
    assert count is not None
    box = chart.plot.getViewBox()
    scene = box.mapViewToScene(QPointF(5.5, count))
    found = chart.nearest(scene)
    assert found is not None
    assert "Week 5" in chart.point_text(*found) and f"{count} episode" in chart.point_text(*found)
    page.injections.which.setCurrentIndex(1)  # only the latest injection
    assert len(chart.cycles) == 1 and chart.cycles[0].day == cycles[-1].day


def test_each_ashworth_score_shows_its_meaning_where_it_is_chosen(
    qtbot: QtBot, person: int
) -> None:
    dialog = ScoresDialog(person, "left", today=dt.date.today())
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(row.score.buttons["1+"], Qt.MouseButton.LeftButton)
    assert "less than half the range" in row.meaning.text()
    assert "catch and release" in row.score.buttons["1"].toolTip()
    assert dialog.save_button.isEnabled()
    dialog.add_score_row()
    dialog.rows[1].set_value("elbow_flexors", "left", "2")
    assert not dialog.save_button.isEnabled()
    assert "twice" in dialog.error.text()


def test_recorded_scores_are_charted_and_one_undo_removes_the_visit(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx, "scores")
    assert page.scores.empty_label.isVisible()

    def fill_and_save(self: ScoresDialog) -> int:
        self.rows[0].set_value("elbow_flexors", "left", "2")
        self.add_score_row("wrist_flexors", "left", "1+")
        self.save_button.click()
        return int(self.result())

    monkeypatch.setattr(ScoresDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.scores.add_button, Qt.MouseButton.LeftButton)
    assert [s.data.score for s in clinician_scores.list_scores(person)] == ["2", "1+"]
    assert page.scores.table.rowCount() == 2
    assert len(page.scores.chart.series) == 2
    ctx.undo_stack.undo()
    assert clinician_scores.list_scores(person) == []
    assert page.scores.empty_label.isVisible()


def test_a_therapy_session_with_willingness_is_listed(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx, "therapy")

    def fill_and_save(self: SessionDialog) -> int:
        assert self.kind.value() is None and not self.save_button.isEnabled()  # never guessed
        self.kind.buttons["physical"].click()
        self.minutes.setValue(40)
        self.willingness.set_value(3)
        self.pain.set_value(6)
        self.save_button.click()
        return int(self.result())

    monkeypatch.setattr(SessionDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.therapy.add_button, Qt.MouseButton.LeftButton)
    session = therapy.list_sessions(person)[0].data
    assert (session.kind, session.minutes, session.willingness, session.pain) == (
        "physical",
        40,
        3,
        6,
    )
    cells = [page.therapy.table.item(0, c).text() for c in range(5)]
    assert cells[1:] == ["Physical therapy", "40", "3/10", "6/10"]
    assert "Willingness 3.0/10" in page.therapy.summary.text()


def test_ticking_a_question_is_saved_and_undoable_and_today_shows_the_visit(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    appointments.add_appointment(
        person,
        AppointmentData(
            day=tomorrow,
            clinician="Dr Okafor",
            purpose="review",
            time=dt.time(11, 15),
            questions=(QuestionData("Is the dose right?"), QuestionData("Splint at night?")),
        ),
    )
    today_page = TodayPage(ctx, lambda: None, lambda: None, lambda: None)
    qtbot.addWidget(today_page)
    today_page.show()
    assert today_page.appointment_label.isVisible()
    assert today_page.appointment_label.text() == (
        "Next appointment: tomorrow at 11:15 with Dr Okafor (review). 2 questions to ask."
    )

    page = make_page(qtbot, ctx, "appointments")
    first = page.appointments.question_boxes[0]
    qtbot.mouseClick(first.text, Qt.MouseButton.LeftButton)  # a click on the words ticks it
    found = appointments.next_appointment(person)
    assert found is not None and [q.asked for q in found.questions] == [True, False]
    assert today_page.appointment_label.text().endswith("1 question to ask.")
    ctx.undo_stack.undo()
    found = appointments.next_appointment(person)
    assert found is not None and [q.asked for q in found.questions] == [False, False]


def test_every_input_on_every_tab_has_an_accessible_name(
    qtbot: QtBot, ctx: PageContext, db: object
) -> None:
    sample.generate(days=120, seed=3)
    page = make_page(qtbot, ctx)
    problems = []
    for key in ("medications", "injections", "therapy", "scores", "appointments"):
        page.show_tab(key)
        problems += [f"{key}: {p}" for p in unnamed_inputs(page)]
    assert problems == []


def test_a_dose_that_is_not_a_number_is_named_and_save_waits(qtbot: QtBot, person: int) -> None:
    from caregiver_app.ui.treatments.medication_dialog import MedicationDialog

    dialog = MedicationDialog(today=dt.date.today())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Baclofen")
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.dose, "ten")
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text().startswith("Dose:")
    dialog.dose.setText("12,5")  # a decimal comma is read as a decimal point
    value = dialog.value()
    assert value is not None and value.dose == 12.5 and dialog.save_button.isEnabled()


def test_a_new_form_hints_at_what_it_needs_and_scolds_only_after_a_change(
    qtbot: QtBot, person: int
) -> None:
    from caregiver_app.ui.treatments.medication_dialog import MedicationDialog

    dialog = MedicationDialog(today=dt.date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.error.text() == "Name: This cannot be empty."
    assert dialog.error.objectName() == "Muted"  # grey, not red, before anything is typed
    qtbot.keyClicks(dialog.dose, "ten")
    assert dialog.error.objectName() == "Error"


def test_follow_up_scores_and_an_edit_of_the_injection_can_both_be_undone(
    qtbot: QtBot, ctx: PageContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.services.injections import InjectionData
    from caregiver_app.ui.treatments.injection_dialog import FollowUpDialog, InjectionDialog

    day = dt.date.today() - dt.timedelta(days=50)
    injection_id = injections.add_injection(
        person, InjectionData(day, "Calf", "left", goals=("Heel down", "Fewer cramps"))
    )
    page = make_page(qtbot, ctx, "injections")
    assert page.injections.selected() is not None

    def score(self: FollowUpDialog) -> int:
        first, second = self.injection.goals
        self.choices[first.id].set_value(1)
        self.choices[second.id].set_value(-1)
        self.save_button.click()
        return int(self.result())

    monkeypatch.setattr(FollowUpDialog, "exec", score)
    qtbot.mouseClick(page.injections.follow_up_button, Qt.MouseButton.LeftButton)
    scored = injections.get_injection(injection_id)
    assert scored is not None
    assert [g.scores[0][1] for g in scored.goals] == [1, -1]
    assert "+1" in page.injections.table.item(0, 4).text()

    def reword(self: InjectionDialog) -> int:
        self.goals.rows[0][0].setText("Heel flat on the floor")
        self.save_button.click()
        return int(self.result())

    monkeypatch.setattr(InjectionDialog, "exec", reword)
    qtbot.mouseClick(page.injections.edit_button, Qt.MouseButton.LeftButton)
    edited = injections.get_injection(injection_id)
    assert edited is not None and edited.goals[0].goal == "Heel flat on the floor"
    assert edited.goals[0].scores == scored.goals[0].scores  # kept through the edit
    ctx.undo_stack.undo()
    assert injections.get_injection(injection_id) == scored
    ctx.undo_stack.undo()
    unscored = injections.get_injection(injection_id)
    assert unscored is not None and all(not g.scores for g in unscored.goals)
