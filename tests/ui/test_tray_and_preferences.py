"""Reminders, the tray menu and preferences a user sets in Settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from caregiver_app.services import checkins
from caregiver_app.services.checkins import CheckInData
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.tray import TrayController


def make_tray(person: int, logged: list[str]) -> TrayController:
    return TrayController(
        QIcon(),
        log_episode=lambda: logged.append("log"),
        open_checkin=lambda: logged.append("checkin"),
        show_window=lambda: logged.append("show"),
        quit_app=lambda: logged.append("quit"),
        active_person_id=lambda: person,
    )


def test_the_check_in_reminder_comes_once_after_its_time_and_only_if_not_done(
    qtbot: QtBot, person: int
) -> None:
    tray = make_tray(person, [])
    tray.apply(Preferences(reminder_enabled=True, reminder_time=dt.time(20, 0), tray_icon=False))
    today = dt.date.today()
    with qtbot.assertNotEmitted(tray.reminded):
        assert not tray.check_reminder(dt.datetime.combine(today, dt.time(19, 59)))
    with qtbot.waitSignal(tray.reminded):
        assert tray.check_reminder(dt.datetime.combine(today, dt.time(20, 5)))
    assert not tray.check_reminder(dt.datetime.combine(today, dt.time(21, 0)))  # once a day


def test_no_reminder_when_the_check_in_is_done_or_reminders_are_off(
    qtbot: QtBot, person: int
) -> None:
    tray = make_tray(person, [])
    tray.apply(Preferences(reminder_enabled=False))
    late = dt.datetime.combine(dt.date.today(), dt.time(23, 0))
    assert not tray.check_reminder(late)
    tray.apply(Preferences(reminder_enabled=True, reminder_time=dt.time(20, 0)))
    checkins.save(person, dt.date.today(), CheckInData(stress=2))
    assert not tray.check_reminder(late)


def test_the_tray_menu_logs_an_episode_in_one_click(qtbot: QtBot, person: int) -> None:
    logged: list[str] = []
    tray = make_tray(person, logged)
    tray.log_action.trigger()
    assert logged == ["log"]


def test_preferences_are_remembered_and_bad_values_fall_back(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    Preferences(
        theme="dark", text_percent=150, language="es", paper="letter", reminder_enabled=True
    ).save(settings)
    again = Preferences.load(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert (again.theme, again.text_percent, again.language, again.paper, again.reminder_enabled) == (
        "dark", 150, "es", "letter", True,
    )  # fmt: skip
    settings.setValue("appearance/theme", "purple")
    settings.setValue("appearance/text_percent", "900")
    settings.sync()
    odd = Preferences.load(settings)
    assert (odd.theme, odd.text_percent) == ("system", 200)


def test_choosing_spanish_translates_the_window(qtbot: QtBot, person: int, tmp_path: Path) -> None:
    from caregiver_app.ui import i18n
    from caregiver_app.ui.main_window import MainWindow

    try:
        assert i18n.install("es") == "es"
        window = MainWindow(
            tmp_path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Hoy"
        assert window.new_action.text().replace("&", "") == "Registrar episodio…"
    finally:
        i18n.install("en")
