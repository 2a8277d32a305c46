"""Reports, the period: a button for each preset, "since the last appointment", or two dates;
the choice is remembered in the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.periods import PRESETS, SINCE_APPOINTMENT
from caregiver_app.ui.widgets.flow_layout import flow_host

PERIOD_KEY = "reports/period"

CHOICES = (*PRESETS[:-1], SINCE_APPOINTMENT, "custom")  # 7d 30d 90d 1y all, since, custom


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportPeriodChooser(QWidget):
    """The period buttons (`buttons`, by code) and, for "custom", the first and last day.
    A user's choice is saved and then `changed()` is called."""

    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], dt.date],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.today = today
        self.changed = changed
        self.preset = "30d"
        names = {
            "7d": self.tr("7 days"),
            "30d": self.tr("30 days"),
            "90d": self.tr("90 days"),
            "1y": self.tr("1 year"),
            "all": self.tr("All"),
            SINCE_APPOINTMENT: self.tr("Since the last appointment"),
            "custom": self.tr("Choose dates"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for code in CHOICES:
            button = QPushButton(names[code])
            button.setObjectName("Choice")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Period: %1").replace("%1", names[code]))
            button.clicked.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addButton(button)
            self.buttons[code] = button
        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("Period:"))
        # As tall as a button, so the label lines up with the first row of buttons.
        period_label.setMinimumHeight(self.buttons["7d"].sizeHint().height())
        period_row.addWidget(period_label, 0, Qt.AlignmentFlag.AlignTop)
        period_row.addWidget(flow_host(*self.buttons.values()), 1)
        self.first_edit = self._date_edit(self.tr("First day of the report"))
        self.last_edit = self._date_edit(self.tr("Last day of the report"))
        dates_row = QHBoxLayout()
        self.dates_box = QWidget()
        dates = QHBoxLayout(self.dates_box)
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("from")), self.first_edit, QLabel(self.tr("to"))):
            dates.addWidget(widget)
        dates.addWidget(self.last_edit)
        dates_row.addWidget(self.dates_box)
        dates_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)  # as the page's own
        layout.addLayout(period_row)
        layout.addLayout(dates_row)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._on_dates_changed())
        return edit

    def restore(self) -> None:
        """Show the period chosen last time (30 days at first)."""
        value = str(self.settings.value(PERIOD_KEY, "30d"))
        today = self.today()
        first, last = today - dt.timedelta(days=29), today
        if value.startswith("custom:"):
            try:
                _, a, b = value.split(":")
                first, last = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
                value = "custom"
            except ValueError:
                value = "30d"
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.preset = value if value in CHOICES else "30d"
        self.buttons[self.preset].setChecked(True)
        self.dates_box.setVisible(self.preset == "custom")

    def choose(self, preset: str, custom: tuple[dt.date, dt.date] | None = None) -> None:
        """Choose a period as a user would."""
        if custom is not None:
            for edit, day in zip((self.first_edit, self.last_edit), custom, strict=True):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.preset = preset
        self.buttons[preset].setChecked(True)
        self.dates_box.setVisible(preset == "custom")
        value = preset
        if preset == "custom":
            value = f"custom:{_date(self.first_edit.date())}:{_date(self.last_edit.date())}"
        self.settings.setValue(PERIOD_KEY, value)
        self.changed()

    def _on_dates_changed(self) -> None:
        if self.preset == "custom":
            self.choose("custom")

    def custom_days(self) -> tuple[dt.date, dt.date]:
        """The first and last day of "Choose dates"."""
        return _date(self.first_edit.date()), _date(self.last_edit.date())
