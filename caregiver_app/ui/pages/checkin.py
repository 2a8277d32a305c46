"""The daily check-in: a form for today, and for earlier days too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import checkins, therapy
from caregiver_app.services.actions import checkins as checkin_actions
from caregiver_app.services.actions import opened
from caregiver_app.services.actions.undo import Rows
from caregiver_app.services.checkins import CheckInData
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.meanwhile import Outcome, save_checked
from caregiver_app.ui.notifier import ACTIVE_PERSON, CHECKINS, PEOPLE, TREATMENTS
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.service_text import error_text, problem_text
from caregiver_app.ui.treatments import labels as treatment_labels
from caregiver_app.ui.widgets.choices import ButtonChoice
from caregiver_app.ui.widgets.fit_to_width import scroll_with_page_when_short, wrap_rows_when_narrow
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import qdate


class CheckInPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._dirty = False
        self.went_back = False  # the last save: the user chose to go back to what was typed
        self._since: Rows | None = None  # the day's check-in as the form was filled from it
        self._shown_for: int | None = None  # whose check-in the form shows
        self._day = ctx.clock.today()

        title = QLabel(self.tr("Daily check-in"))
        title.setObjectName("PageTitle")
        intro = QLabel(
            self.tr(
                "A minute a day. Leave out anything you don't know: blank is better than a guess."
            )
        )
        intro.setObjectName("Muted")
        intro.setWordWrap(True)

        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day of the check-in"))
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.today_button = QPushButton(self.tr("Today"))
        self.prev_button.clicked.connect(lambda: self._shift(-1))
        self.next_button.clicked.connect(lambda: self._shift(1))
        self.today_button.clicked.connect(lambda: self.set_day(self.ctx.clock.today()))
        self.day_edit.dateChanged.connect(lambda d: self.set_day(d.toPython()))
        self.state_label = QLabel()
        day_row = flow_host(self.prev_button, self.day_edit, self.next_button, self.today_button)

        self.hours = QDoubleSpinBox()
        self.hours.setRange(-0.5, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("Not recorded"))
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setAccessibleName(self.tr("Hours slept last night"))
        self.sleep_quality = ButtonChoice(labels.quality(), allow_none=True)
        self.sleep_quality.setAccessibleName(self.tr("Sleep quality"))
        self.fluids = QSpinBox()
        self.fluids.setRange(-1, 40)
        self.fluids.setSpecialValueText(self.tr("Not recorded"))
        self.fluids.setSuffix(self.tr(" glasses"))
        self.fluids.setAccessibleName(self.tr("Glasses of water or other drinks"))
        self.stress = ButtonChoice({n: str(n) for n in range(11)}, allow_none=True)
        self.stress.setAccessibleName(
            self.tr("Their stress or anxiety (the person you care for), 0 to 10")
        )
        self.meals = ButtonChoice(labels.quality(), allow_none=True)
        self.meals.setAccessibleName(self.tr("Meals"))
        yes_no = {True: self.tr("Yes"), False: self.tr("No")}
        self.woken = ButtonChoice(yes_no, allow_none=True)
        self.woken.setAccessibleName(self.tr("Woken by spasms last night"))
        self.exercises = ButtonChoice(yes_no, allow_none=True)
        self.exercises.setAccessibleName(self.tr("Stretching or range-of-motion exercises done"))
        self.therapy = ButtonChoice(yes_no, allow_none=True)
        self.therapy.setAccessibleName(self.tr("Therapy today"))
        # A day with a logged session shows it instead of asking again (one fact, one record).
        self.therapy_logged = QLabel()
        self.therapy_logged.setWordWrap(True)
        self.therapy_logged.setTextFormat(Qt.TextFormat.PlainText)
        self.therapy_logged.hide()
        self.willingness = ButtonChoice({n: str(n) for n in range(11)}, allow_none=True)
        self.willingness.setAccessibleName(self.tr("Willingness to take part in therapy, 0 to 10"))
        self.mood = ButtonChoice(labels.moods(), allow_none=True)
        self.mood.setAccessibleName(self.tr("Mood"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Anything else about today"))

        def scale(widget: QWidget, low: str, high: str) -> QWidget:
            host = QWidget()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            hint = QLabel(f"0 = {low}, 10 = {high}")
            hint.setObjectName("Muted")
            box.addWidget(hint)
            return host

        def left(widget: QWidget) -> QWidget:
            host = QWidget()
            box = QHBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            box.addStretch(1)
            return host

        form_host = QWidget()
        form = self.form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(18)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Sleep last night"), left(self.hours))
        form.addRow(self.tr("How well they slept"), left(self.sleep_quality))
        form.addRow(self.tr("Woken by spasms last night"), left(self.woken))
        form.addRow(self.tr("Drinks"), left(self.fluids))
        form.addRow(
            self.tr("Their stress or anxiety (not yours)"),
            scale(self.stress, self.tr("calm"), self.tr("extremely stressed")),
        )
        form.addRow(self.tr("Meals"), left(self.meals))
        form.addRow(self.tr("Stretching or range-of-motion exercises"), left(self.exercises))
        therapy_host = QWidget()
        therapy_box = QVBoxLayout(therapy_host)
        therapy_box.setContentsMargins(0, 0, 0, 0)
        therapy_box.addWidget(left(self.therapy))
        therapy_box.addWidget(self.therapy_logged)
        form.addRow(self.tr("Therapy today (PT, OT or speech)"), therapy_host)
        form.addRow(
            self.tr("Willingness to take part in therapy"),
            scale(self.willingness, self.tr("not at all"), self.tr("very willing")),
        )
        form.addRow(self.tr("Mood"), left(self.mood))
        form.addRow(self.tr("Notes"), self.notes)
        # Labels above their answers when the page is narrow (large text, small screens).
        wrap_rows_when_narrow(form, self, 90)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll_with_page_when_short(scroll, self)

        self.error_label = QLabel()
        self.error_label.setObjectName("Error")
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setObjectName("Primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_hint = QLabel(self.tr("%1 saves").replace("%1", save_keys))
        self.save_hint.setObjectName("Muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.save_hint)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(day_row)
        layout.addWidget(self.state_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for choice in (
            self.sleep_quality, self.woken, self.stress, self.meals, self.exercises,
            self.therapy, self.willingness, self.mood,
        ):  # fmt: skip
            choice.changed.connect(self._mark_dirty)
        self.hours.valueChanged.connect(self._mark_dirty)
        self.fluids.valueChanged.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)
        ctx.notifier.changed.connect(self._on_changed)
        self.set_day(self.ctx.clock.today(), force=True)

    # --- days ------------------------------------------------------------------------------------

    def day(self) -> dt.date:
        return self._day

    def _shift(self, days: int) -> None:
        self.set_day(self._day + dt.timedelta(days=days))

    def set_day(self, day: dt.date, force: bool = False) -> None:
        today = self.ctx.clock.today()
        day = min(day, today)
        if day == self._day and not force:
            return
        if self._dirty and not force and not self.save() and self.went_back:
            self.day_edit.blockSignals(True)
            self.day_edit.setDate(qdate(self._day))  # stay with what was typed
            self.day_edit.blockSignals(False)
            return
        self._day = day
        self.day_edit.blockSignals(True)
        self.day_edit.setMaximumDate(qdate(today))
        self.day_edit.setDate(qdate(day))
        self.day_edit.blockSignals(False)
        self.next_button.setEnabled(day < today)
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._dirty:
            self.load()

    def _on_changed(self, topic: str, person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE):
            if self._dirty and self._shown_for == self.ctx.active_person_id():
                return  # e.g. someone on another computer edited a profile: keep what is typed
            self._dirty = False
            self.load()
        elif (
            topic in (CHECKINS, TREATMENTS)
            and person_id == self.ctx.active_person_id()
            and not self._dirty
        ):
            self.load()

    # --- form ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        person_id = self.ctx.active_person_id()
        # The copy a save compares with, taken before the form is filled (ui/meanwhile.py).
        self._since = opened("checkin", person_id=person_id or 0, day=self._day.isoformat())
        self._shown_for = person_id
        data = checkins.get(person_id, self._day) if person_id is not None else None
        self._loading = True
        self.set_form(data or CheckInData())
        self._show_sessions(therapy.visits_on(person_id, self._day) if person_id else [])
        self._loading = False
        self._dirty = False
        self.error_label.clear()
        self._show_state(saved=data is not None)

    def set_form(self, data: CheckInData) -> None:
        self.hours.setValue(data.hours_slept if data.hours_slept is not None else -0.5)
        self.sleep_quality.set_value(data.sleep_quality)
        self.woken.set_value(data.woken_by_spasms)
        self.fluids.setValue(data.fluids_glasses if data.fluids_glasses is not None else -1)
        self.stress.set_value(data.stress)
        self.meals.set_value(data.meals)
        self.exercises.set_value(data.exercises_done)
        self.therapy.set_value(data.therapy_today)
        self.willingness.set_value(data.therapy_willingness)
        self.mood.set_value(data.mood)
        self.notes.setPlainText(data.notes)

    def _show_sessions(self, sessions: list[therapy.Session]) -> None:
        """A day with a logged PT, OT or speech session: the session says it, not a second yes."""
        self.therapy.setVisible(not sessions)
        self.therapy_logged.setVisible(bool(sessions))
        if sessions:
            kinds = treatment_labels.therapy_kinds()
            parts = []
            for session in sessions:
                part = kinds.get(session.data.kind, session.data.kind)
                if session.data.minutes:
                    part += " " + self.tr("(%1 min)").replace("%1", str(session.data.minutes))
                parts.append(part)
            self.therapy_logged.setText(
                "✓ "
                + self.tr("Yes: %1. Logged on the Therapy tab of Treatments.").replace(
                    "%1", ", ".join(parts)
                )
            )

    def form_data(self) -> CheckInData:
        hours = self.hours.value()
        fluids = self.fluids.value()
        return CheckInData(
            hours_slept=None if hours < 0 else hours,
            sleep_quality=self.sleep_quality.value(),
            fluids_glasses=None if fluids < 0 else fluids,
            stress=self.stress.value(),
            meals=self.meals.value(),
            exercises_done=self.exercises.value(),
            therapy_today=self.therapy.value(),
            therapy_willingness=self.willingness.value(),
            mood=self.mood.value(),
            woken_by_spasms=self.woken.value(),
            notes=self.notes.toPlainText(),
        )

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_state(saved=False, changed=True)

    def _show_state(self, saved: bool, changed: bool = False) -> None:
        if changed:
            style.set_look(self.state_label, "Muted")
            self.state_label.setText(self.tr("Changes not saved yet"))
        elif saved:
            style.set_look(self.state_label, "Saved")
            self.state_label.setText("✓ " + self.tr("Saved"))
        else:
            style.set_look(self.state_label, "Muted")
            self.state_label.setText(self.tr("No check-in for this day yet"))

    def save_if_changed(self) -> bool:
        """Keep what was typed but not saved yet (the window calls this when it closes); False
        when someone else saved this day meanwhile and the user chose to go back to the form."""
        if self._dirty:
            self.save()
        return not self.went_back

    def save(self) -> bool:
        self.went_back = False
        person_id = self.ctx.active_person_id()
        if person_id is None:
            return False
        data = self.form_data()
        today = self.ctx.clock.today()
        problems = checkins.validate(self._day, data, today)
        if problems:
            self.error_label.setText(problem_text(problems[0]))
            return False
        day = self._day

        text = QCoreApplication.translate("", "Save check-in")
        since = self._since or opened("checkin", person_id=person_id, day=day.isoformat())
        try:  # when someone else saved this day meanwhile, both are shown (ui/meanwhile.py)
            outcome = save_checked(
                self,
                self.ctx,
                text,
                since,
                lambda copy: checkin_actions.save_checkin(person_id, day, data, today, since=copy),
            )
        except Exception as exc:
            self.error_label.setText(
                self.tr("Could not save: %1. Nothing was changed.").replace("%1", error_text(exc))
            )
            return False
        self.went_back = outcome is Outcome.BACK
        if outcome is Outcome.BACK:
            self.error_label.setText(self.tr("Nothing was saved yet. Your changes are still here."))
            return False
        self.load()  # what is stored now (theirs, when kept), and the copy to compare with
        return outcome is Outcome.SAVED
