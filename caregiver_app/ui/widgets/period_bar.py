"""Choosing the period: 7, 30 or 90 days, a year, all, since the last appointment, or two
dates; remembered in settings. The Charts and Reports pages each have one, with their own key.

The choice is kept under the key ("charts/period", "reports/period") as the preset code ("30d")
or, for custom dates, "custom:2026-01-01:2026-02-01".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services.periods import DEFAULT_PRESET, PRESETS, SINCE_APPOINTMENT
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import SHORT_DATE, qdate, tr

SETTINGS_KEY = "charts/period"
CHOICES = (*PRESETS[:-1], SINCE_APPOINTMENT, "custom")


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def parse_setting(value: object) -> tuple[str, tuple[dt.date, dt.date] | None]:
    text = str(value or "")
    if text.startswith("custom:"):
        try:
            _, first, last = text.split(":")
            return "custom", (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        except ValueError:
            return DEFAULT_PRESET, None
    return (text, None) if text in CHOICES and text != "custom" else (DEFAULT_PRESET, None)


class PeriodBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        *,
        key: str = SETTINGS_KEY,
        caption: str | None = None,
        day_names: tuple[str, str] | None = None,
    ) -> None:
        """`caption` goes before the buttons ("Show:"); `day_names` are the accessible names of
        the first and last day of "Choose dates"."""
        super().__init__(parent)
        self.settings = settings
        self.today = today
        self.key = key
        names = {
            "7d": tr("7 days"),
            "30d": tr("30 days"),
            "90d": tr("90 days"),
            "1y": tr("1 year"),
            "all": tr("All"),
            SINCE_APPOINTMENT: tr("Since the last appointment"),
            "custom": tr("Choose dates"),
        }
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        # The choices wrap onto a second line when the window is narrow or the text large.
        choices = flow_host(QLabel(caption or tr("Show:")))
        row = choices.layout()
        assert row is not None
        outer.addWidget(choices)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for code in CHOICES:
            button = QPushButton(names[code])
            button.setObjectName("Choice")
            button.setCheckable(True)
            button.setAccessibleName(tr("Period: %1").replace("%1", names[code]))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
        first_name, last_name = day_names or (
            tr("First day of the period"),
            tr("Last day of the period"),
        )
        self.first_edit = self._date_edit(first_name)
        self.last_edit = self._date_edit(last_name)
        self.from_label = QLabel(tr("from"))
        self.to_label = QLabel(tr("to"))
        dates = QHBoxLayout()
        dates.setSpacing(6)
        for widget in (self.from_label, self.first_edit, self.to_label, self.last_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        outer.addLayout(dates)

        preset, custom = parse_setting(settings.value(key, DEFAULT_PRESET))
        today_value = today()
        first, last = custom or (today_value - dt.timedelta(days=29), today_value)
        self._set_dates(first, last)
        self._preset = preset
        self.buttons[preset].setChecked(True)
        self._show_dates()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(SHORT_DATE)
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._on_date_changed)
        return edit

    def _set_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, value in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(value))
            edit.blockSignals(False)

    def _show_dates(self) -> None:
        custom = self._preset == "custom"
        for widget in (self.from_label, self.first_edit, self.to_label, self.last_edit):
            widget.setVisible(custom)

    @property
    def preset(self) -> str:
        return self._preset

    @property
    def custom(self) -> tuple[dt.date, dt.date] | None:
        if self._preset != "custom":
            return None
        return _to_date(self.first_edit.date()), _to_date(self.last_edit.date())

    def set_period(self, preset: str, custom: tuple[dt.date, dt.date] | None = None) -> None:
        """Choose a period as a user would (also used by tests and the benchmark)."""
        if custom is not None:
            self._set_dates(*custom)
        self.buttons[preset].setChecked(True)
        self._choose(preset)

    def show_preset(self, preset: str) -> None:
        """Show `preset` as the choice without saving it or saying so (e.g. while the saved
        choice, "since the last appointment", has no appointment to start from)."""
        self._preset = preset
        self.buttons[preset].setChecked(True)
        self._show_dates()

    def _choose(self, preset: str) -> None:
        self._preset = preset
        self._show_dates()
        self._save()
        self.changed.emit()

    def _on_date_changed(self, _value: QDate) -> None:
        if self._preset == "custom":
            self._save()
            self.changed.emit()

    def _save(self) -> None:
        value = self._preset
        if self._preset == "custom" and self.custom is not None:
            first, last = self.custom
            value = f"custom:{first.isoformat()}:{last.isoformat()}"
        self.settings.setValue(self.key, value)
