"""Today: the big "Log episode" button, today's check-in, and this week against last week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import appointments, checkins, episodes, people, therapy
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import ACTIVE_PERSON, CHECKINS, EPISODES, PEOPLE, TREATMENTS
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.treatments.appointments_tab import next_appointment_line
from caregiver_app.ui.widgets.cards import Card, NumberCard
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import local_date, local_datetime, tr


class TodayPage(Page):
    def __init__(
        self,
        ctx: PageContext,
        log_episode: Callable[[], None],
        open_checkin: Callable[[], None],
        open_episodes: Callable[[], None],
        open_help_now: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True

        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.greeting.setObjectName("PageTitle")
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        self.date_label.setObjectName("Muted")
        self.appointment_label = QLabel()  # the next appointment, when there is one
        self.appointment_label.setObjectName("InfoBanner")
        self.appointment_label.setWordWrap(True)
        self.appointment_label.setMargin(8)
        self.appointment_label.setTextFormat(Qt.TextFormat.PlainText)
        self.appointment_label.hide()

        self.log_button = QPushButton(self.tr("+  Log episode"))
        self.log_button.setObjectName("Huge")
        self.log_button.setToolTip(self.tr("Log a twitch, spasm or stiffness now (Ctrl+N)"))
        self.log_button.setAccessibleName(self.tr("Log episode"))
        self.log_button.setMinimumHeight(72)
        self.log_button.clicked.connect(log_episode)
        self.fall_button = QPushButton(self.tr("Log a fall…"))
        self.fall_button.setToolTip(self.tr("A fall: when, whether they were hurt, and a note"))
        self.fall_button.clicked.connect(self.log_fall)
        log_hint = QLabel(self.tr("Time is set to now. Choose how strong it was, then Save."))
        log_hint.setObjectName("Muted")
        # One click to the warning signs, from the page a worried caregiver sees first.
        self.help_now_button = QPushButton(self.tr("When to get help now"))
        self.help_now_button.setToolTip(
            self.tr("Warning signs of a stroke, a seizure, a fall or a medicine problem")
        )
        if open_help_now is not None:
            self.help_now_button.clicked.connect(open_help_now)

        self.today_card = NumberCard(self.tr("Today"))
        self.week_card = NumberCard(self.tr("This week"))
        self.last_week_card = NumberCard(self.tr("Last week"))

        self.checkin_card = Card(self.tr("Today's check-in"))
        self.checkin_status = QLabel()
        self.checkin_status.setWordWrap(True)
        self.checkin_button = QPushButton()
        self.checkin_button.setObjectName("Primary")
        self.checkin_button.clicked.connect(open_checkin)
        self.checkin_card.body.addWidget(self.checkin_status)
        row = QHBoxLayout()
        row.addWidget(self.checkin_button)
        row.addStretch(1)
        self.checkin_card.body.addLayout(row)
        self.checkin_card.body.addStretch(1)

        self.recent_card = Card(self.tr("Latest episodes"))
        self.recent_list = QLabel()
        self.recent_list.setTextFormat(Qt.TextFormat.PlainText)
        self.recent_list.setWordWrap(True)
        all_button = QPushButton(self.tr("See all episodes"))
        all_button.clicked.connect(open_episodes)
        self.recent_card.body.addWidget(self.recent_list)
        self.recent_card.body.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(all_button)
        row2.addStretch(1)
        self.recent_card.body.addLayout(row2)

        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        self._columns = 0
        log_hint.setWordWrap(True)

        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(self.greeting)
        layout.addWidget(self.date_label)
        layout.addWidget(self.appointment_label)
        layout.addSpacing(6)
        # side by side when there is room; the other buttons wrap below in a narrow window
        layout.addWidget(
            flow_host(self.log_button, self.fall_button, self.help_now_button, spacing=16)
        )
        layout.addWidget(log_hint)
        layout.addSpacing(6)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._arrange(3)

        ctx.notifier.changed.connect(self._on_changed)

    def log_fall(self) -> bool:
        """Open the quick fall form for the active person; True when a fall was saved."""
        from caregiver_app.ui.dialogs.fall_dialog import log_fall

        person_id = self.ctx.active_person_id()
        if person_id is None:
            return False
        return log_fall(self, self.ctx, person_id)

    def _arrange(self, columns: int) -> None:
        """Three cards across on a wide window, one under another on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        cards = (
            self.today_card,
            self.week_card,
            self.last_week_card,
            self.checkin_card,
            self.recent_card,
        )
        for card in cards:
            self.grid.removeWidget(card)
        for column in range(3):
            self.grid.setColumnStretch(column, 0)
        if columns == 3:
            self.grid.addWidget(self.today_card, 0, 0)
            self.grid.addWidget(self.week_card, 0, 1)
            self.grid.addWidget(self.last_week_card, 0, 2)
            self.grid.addWidget(self.checkin_card, 1, 0, 1, 2)
            self.grid.addWidget(self.recent_card, 1, 2)
            for column in range(3):
                self.grid.setColumnStretch(column, 1)
        elif columns == 1:
            for row, card in enumerate(cards):
                self.grid.addWidget(card, row, 0)
            self.grid.setColumnStretch(0, 1)
        else:
            self.grid.addWidget(self.today_card, 0, 0)
            self.grid.addWidget(self.week_card, 0, 1)
            self.grid.addWidget(self.last_week_card, 1, 0)
            self.grid.addWidget(self.checkin_card, 2, 0, 1, 2)
            self.grid.addWidget(self.recent_card, 3, 0, 1, 2)
            for column in range(2):
                self.grid.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        char = self.fontMetrics().averageCharWidth()
        width = event.size().width()
        if width >= 60 * char + 300 and self._cards_fit(3, width):
            self._arrange(3)
        else:
            self._arrange(2 if width >= 40 * char + 150 and self._cards_fit(2, width) else 1)

    def _cards_fit(self, columns: int, width: int) -> bool:
        """Whether `columns` of the widest cards fit side by side (longer words in Spanish)."""
        cards = (self.today_card, self.week_card, self.last_week_card, self.recent_card)
        widest = sorted((card.minimumSizeHint().width() for card in cards), reverse=True)
        margins = 2 * 28 + (columns - 1) * self.grid.spacing()
        return sum(widest[:columns]) + margins <= width

    def _on_changed(self, topic: str, person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE) or (
            topic in (EPISODES, CHECKINS, TREATMENTS) and person_id == self.ctx.active_person_id()
        ):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        self._stale = False
        today = today or self.ctx.clock.today()
        person_id = self.ctx.active_person_id()
        hour = self.ctx.clock.now().hour
        greeting = (
            self.tr("Good morning")
            if 5 <= hour < 12
            else self.tr("Good afternoon")
            if hour < 18
            else self.tr("Good evening")
        )
        self.greeting.setText(greeting)
        if person_id is None:
            self.date_label.setText(local_date(today, "dddd d MMMM yyyy"))
            self.appointment_label.hide()
            return
        person = people.get_person(person_id)
        coming = appointments.next_appointment(person_id, today)
        if coming is not None:
            self.appointment_label.setText(next_appointment_line(coming, today))
        self.appointment_label.setVisible(coming is not None)
        self.date_label.setText(
            self.tr("%1 · Diary of %2")
            .replace("%1", local_date(today, "dddd d MMMM yyyy"))
            .replace("%2", person.name)
        )
        counts = episodes.today_counts(person_id, today)
        self.today_card.set(
            str(counts.today),
            tr("episode(s) so far today", None, counts.today),
        )
        days_in = today.weekday() + 1
        diff = counts.this_week - counts.last_week_to_date
        compare = self.tr("Monday to Sunday.") if days_in == 7 else self.tr("Monday to today.")
        if diff < 0:
            than = self.tr("%1 fewer than the same days last week (%2).")
        elif diff > 0:
            than = self.tr("%1 more than the same days last week (%2).")
        else:
            than = self.tr("As many as on the same days last week (%2).")
        compare += " " + than.replace("%1", str(abs(diff))).replace(
            "%2", str(counts.last_week_to_date)
        )
        self.week_card.set(str(counts.this_week), compare)
        self.last_week_card.set(str(counts.last_week), self.tr("episodes, Monday to Sunday."))

        done = checkins.get(person_id, today)
        if done is None:
            self.checkin_status.setText(
                self.tr(
                    "Not done yet. It takes a minute: sleep, drinks, stress, meals, exercises and therapy."
                )
            )
            self.checkin_button.setText(self.tr("Do today's check-in"))
        else:
            parts = []
            if done.hours_slept is not None:
                parts.append(self.tr("slept %1 h").replace("%1", f"{done.hours_slept:g}"))
            if done.fluids_glasses is not None:
                parts.append(tr("%n glass(es) to drink", None, done.fluids_glasses))
            if done.stress is not None:
                parts.append(self.tr("stress %1/10").replace("%1", str(done.stress)))
            if done.therapy_today or therapy.visits_on(person_id, today):
                parts.append(self.tr("therapy done"))
            summary = ", ".join(parts) if parts else self.tr("saved")
            self.checkin_status.setText("✓ " + self.tr("Done: %1.").replace("%1", summary))
            self.checkin_button.setText(self.tr("Change today's check-in"))

        recent = episodes.recent(person_id, 5)
        if recent:
            lines = [
                f"{local_datetime(e.started, 'ddd HH:mm')}  ·  {labels.where(e.body_region, e.side)}  ·  "
                f"{labels.severities()[e.severity]}"
                for e in recent
            ]
            self.recent_list.setText("\n".join(lines))
        else:
            self.recent_list.setText(self.tr("Nothing logged yet."))
