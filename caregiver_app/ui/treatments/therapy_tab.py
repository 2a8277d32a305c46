"""Therapy: sessions with willingness and pain, and daily minutes of home exercise and splint wear."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import therapy
from caregiver_app.services.actions import opened
from caregiver_app.services.therapy import Summary
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import date_edit, day_text, to_date
from caregiver_app.ui.treatments.tab_base import RecordTable, TreatmentTab
from caregiver_app.ui.treatments.therapy_dialog import SessionDialog, minutes_box, minutes_value
from caregiver_app.ui.widgets.flow_layout import flow_host

PERIOD_DAYS = 28


def _tenths(value: float) -> str:
    """6.5 as the reader writes it: '6.5' in English, '6,5' in Spanish."""
    return QLocale().toString(value, "f", 1)


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


class TherapyTab(TreatmentTab):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = self.intro_bar(
            self.tr(
                "Each session with how willing they were to take part and any pain during it, "
                "plus the minutes of home exercise and splint wear each day."
            ),
            self.tr("Add a session…"),
            self.add_session,
        )

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = RecordTable(
            self.tr("Therapy sessions"),
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Minutes"),
                self.tr("Willingness"),
                self.tr("Pain during"),
                self.tr("Notes"),
            ],
        )
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_session())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_session)
        self.remove_button = QPushButton(self.tr("Remove this session…"))  # the one selected above
        self.remove_button.clicked.connect(self.remove_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.empty_label = QLabel(self.tr("No sessions yet. Add one after the next session."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._minutes_card())

    def _minutes_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        title = QLabel(self.tr("Home exercise and splint wear"))
        title.setObjectName("SectionTitle")
        today = self.ctx.clock.today()
        self.minutes_day = date_edit(self.tr("Day of the minutes"), today, latest=today)
        self.minutes_day.dateChanged.connect(self._load_minutes)
        self.home_exercise = minutes_box(self.tr("Minutes of home exercise"))
        self.splint = minutes_box(self.tr("Minutes of splint wear"))
        self.splint.setSingleStep(30)
        self.minutes_save = QPushButton(self.tr("Save minutes"))
        self.minutes_save.clicked.connect(self.save_minutes)
        self.minutes_state = QLabel()
        self.minutes_state.setObjectName("Muted")
        self.week_minutes = QLabel()
        self.week_minutes.setObjectName("Muted")
        self.week_minutes.setWordWrap(True)
        fields = []
        for text, field in (
            (self.tr("Day"), self.minutes_day),
            (self.tr("Home exercise"), self.home_exercise),
            (self.tr("Splint worn"), self.splint),
        ):
            host = QWidget()
            column = QVBoxLayout(host)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            label = QLabel(text)
            label.setBuddy(field)
            column.addWidget(label)
            column.addWidget(field)
            fields.append(host)
        save = QWidget()
        save_column = QVBoxLayout(save)
        save_column.setContentsMargins(0, 0, 0, 0)
        save_column.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.minutes_save)
        save_row.addWidget(self.minutes_state)
        save_column.addLayout(save_row)
        save.setMinimumHeight(fields[0].sizeHint().height())
        row = flow_host(*fields, save, spacing=12)
        body = QVBoxLayout(card)
        body.setContentsMargins(16, 12, 16, 12)
        body.addWidget(title)
        body.addWidget(row)
        body.addWidget(self.week_minutes)
        return card

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        person_id = self.person_id()
        sessions = therapy.list_sessions(person_id) if person_id is not None else []
        kinds = labels.therapy_kinds()
        rows = []
        for session in reversed(sessions):
            data = session.data
            rows.append(
                (
                    session.id,
                    [
                        day_text(data.day),
                        kinds.get(data.kind, data.kind),
                        str(data.minutes) if data.minutes is not None else "",
                        f"{data.willingness}/10" if data.willingness is not None else "",
                        f"{data.pain}/10" if data.pain is not None else "",
                        data.notes.replace("\n", " "),
                    ],
                )
            )
        self.table.fill(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self._update_buttons()
        if person_id is not None:
            today = self.ctx.clock.today()
            last = therapy.summary(person_id, today - dt.timedelta(days=PERIOD_DAYS - 1), today)
            before = therapy.summary(
                person_id,
                today - dt.timedelta(days=2 * PERIOD_DAYS - 1),
                today - dt.timedelta(days=PERIOD_DAYS),
            )
            self.summary.setText(self._summary_text(last, before))
        self._load_minutes()

    def _summary_text(self, last: Summary, before: Summary) -> str:
        if not last.sessions:
            return self.tr("No sessions in the last 4 weeks.")
        text = (
            self.tr("Last 4 weeks: %1 sessions, %2 in all.")
            .replace("%1", str(last.sessions))
            .replace("%2", _hours(last.minutes))
        )
        if last.mean_willingness is not None:
            text += " " + self.tr("Willingness %1/10 on average").replace(
                "%1", _tenths(last.mean_willingness)
            )
            if before.mean_willingness is not None:
                text += " " + self.tr("(the 4 weeks before: %1)").replace(
                    "%1", _tenths(before.mean_willingness)
                )
            text += "."
        if last.mean_pain is not None:
            text += " " + self.tr("Pain during %1/10 on average.").replace(
                "%1", _tenths(last.mean_pain)
            )
        return text

    def _load_minutes(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            return
        day = to_date(self.minutes_day.date())
        found = therapy.get_minutes(person_id, day)
        self.home_exercise.setValue(
            found.home_exercise if found and found.home_exercise is not None else -1
        )
        self.splint.setValue(found.splint if found and found.splint is not None else -1)
        self.minutes_state.setText(self.tr("Saved") if found else "")
        today = self.ctx.clock.today()
        week = therapy.list_minutes(person_id, today - dt.timedelta(days=6), today)
        exercise = [m.home_exercise for m in week if m.home_exercise]
        splint = [m.splint for m in week if m.splint]
        self.week_minutes.setText(
            self.tr(
                "Last 7 days: home exercise on %1 days, %2 in all; splint worn on %3 days, %4 in all."
            )
            .replace("%1", str(len(exercise)))
            .replace("%2", _hours(sum(exercise)))
            .replace("%3", str(len(splint)))
            .replace("%4", _hours(sum(splint)))
        )

    def _update_buttons(self) -> None:
        selected = self.table.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # --- actions -------------------------------------------------------------------------------

    def add_session(self) -> None:
        self.add_with(
            SessionDialog(parent=self, today=self.ctx.clock.today()),
            self.tr("Add therapy session"),
            therapy.TREE,
            therapy.add_session,
        )

    def edit_session(self) -> None:
        session_id = self.table.current_id()
        if session_id is None:
            return
        since = opened(therapy.TREE, id=session_id)  # before the form reads it
        session = therapy.get_session(session_id)
        if session is None:
            return
        self.edit_with(
            SessionDialog(session, parent=self, today=self.ctx.clock.today()),
            self.tr("Edit therapy session"),
            therapy.TREE,
            session.id,
            therapy.update_session,
            since,
            therapy.add_session,
        )

    def remove_session(self) -> None:
        session_id = self.table.current_id()
        session = therapy.get_session(session_id) if session_id is not None else None
        if session is None:
            return
        kind = labels.therapy_kinds().get(session.data.kind, session.data.kind)
        describe = (
            self.tr("the %1 session of %2")
            .replace("%1", kind.lower())
            .replace("%2", day_text(session.data.day))
        )
        self.remove(self.tr("Remove therapy session"), describe, therapy.TREE, session.id)

    def save_minutes(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            return
        day = to_date(self.minutes_day.date())
        home, splint = minutes_value(self.home_exercise), minutes_value(self.splint)
        existing = therapy.minutes_id(person_id, day)
        if existing is None and home is None and splint is None:
            return
        self.change(
            self.tr("Save minutes"),
            therapy.MINUTES_TREE,
            existing,
            lambda: therapy.set_minutes(person_id, day, home, splint) or existing,
        )
