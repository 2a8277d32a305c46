"""The tray icon ("Log episode now" in one click) and the daily check-in reminder.

Both can be switched off in Settings. With the tray icon on, closing the window keeps the app
in the tray so an episode can still be logged in one click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from caregiver_app.clock import SYSTEM_CLOCK, Clock
from caregiver_app.services import checkins
from caregiver_app.ui.preferences import Preferences


class TrayController(QObject):
    reminded = Signal(str)  # the window shows the reminder too, in case there is no tray

    def __init__(
        self,
        icon: QIcon,
        log_episode: Callable[[], None],
        open_checkin: Callable[[], None],
        show_window: Callable[[], None],
        quit_app: Callable[[], None],
        active_person_id: Callable[[], int | None],
        parent: QObject | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._open_checkin = open_checkin
        self._active_person_id = active_person_id
        self._reminded_on: dt.date | None = None
        self.prefs = Preferences()
        self.menu = QMenu()
        self.log_action = QAction(self.tr("Log episode now"), self)
        self.log_action.triggered.connect(log_episode)
        checkin_action = QAction(self.tr("Daily check-in"), self)
        checkin_action.triggered.connect(open_checkin)
        open_action = QAction(self.tr("Open Caregiver Dashboard"), self)
        open_action.triggered.connect(show_window)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.triggered.connect(quit_app)
        for action in (self.log_action, checkin_action, open_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Caregiver Dashboard: click to log an episode"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(open_checkin)
        self._log_episode = log_episode
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check_reminder)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def apply(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.icon.setVisible(prefs.tray_icon and self.available())
        if prefs.reminder_enabled:
            self.timer.start()
        else:
            self.timer.stop()

    def keeps_running(self) -> bool:
        """True when closing the window should leave the app in the tray."""
        return self.icon.isVisible()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._log_episode()

    def check_reminder(self, now: dt.datetime | None = None) -> bool:
        """Remind once a day, at or after the chosen time, if today's check-in is not done."""
        now = now or self._clock.now()
        person_id = self._active_person_id()
        if (
            not self.prefs.reminder_enabled
            or person_id is None
            or self._reminded_on == now.date()
            or now.time() < self.prefs.reminder_time
            or checkins.get(person_id, now.date()) is not None
        ):
            return False
        self._reminded_on = now.date()
        title = self.tr("Time for today's check-in")
        text = self.tr("It takes a minute: sleep, drinks, stress, meals, exercises and therapy.")
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.reminded.emit(title)
        return True
