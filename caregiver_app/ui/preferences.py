"""The user's preferences, typed, with defaults, stored in the data folder's settings file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings

from caregiver_app.ui import style

LANGUAGES = ("system", "en", "es")
PAPERS = ("a4", "letter")


def default_paper() -> str:
    """Letter where the locale measures in US units, else A4."""
    return (
        "letter"
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else "a4"
    )


@dataclass
class Preferences:
    theme: str = "system"
    text_percent: int = 100
    language: str = "system"
    paper: str = ""
    tray_icon: bool = True
    reminder_enabled: bool = False
    reminder_time: dt.time = dt.time(20, 0)

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        def text(key: str, default: str, allowed: tuple[str, ...]) -> str:
            value = str(settings.value(key, default) or default)
            return value if value in allowed else default

        def flag(key: str, default: bool) -> bool:
            value = settings.value(key, default)
            return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

        try:
            percent = int(str(settings.value("appearance/text_percent", 100)))
        except ValueError:
            percent = 100
        try:
            reminder = dt.time.fromisoformat(str(settings.value("reminders/time", "20:00")))
        except ValueError:
            reminder = dt.time(20, 0)
        return cls(
            theme=text("appearance/theme", "system", style.THEMES),
            text_percent=min(200, max(100, percent)),
            language=text("appearance/language", "system", LANGUAGES),
            paper=text("printing/paper", default_paper(), PAPERS),
            tray_icon=flag("reminders/tray_icon", True),
            reminder_enabled=flag("reminders/enabled", False),
            reminder_time=reminder,
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("appearance/theme", self.theme)
        settings.setValue("appearance/text_percent", self.text_percent)
        settings.setValue("appearance/language", self.language)
        settings.setValue("printing/paper", self.paper or default_paper())
        settings.setValue("reminders/tray_icon", self.tray_icon)
        settings.setValue("reminders/enabled", self.reminder_enabled)
        settings.setValue("reminders/time", self.reminder_time.strftime("%H:%M"))
        settings.sync()
