"""Converting Python dates and times to Qt's, in one place (the typed stubs vary by Qt release)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(when: dt.datetime) -> QDateTime:
    """The wall-clock time of `when` (its time zone is dropped)."""
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))


def local_date(day: dt.date, fmt: str = "ddd d MMM yyyy") -> str:
    """A date in the user's language (Qt format, e.g. "dddd d MMMM yyyy")."""
    return QLocale().toString(qdate(day), fmt)


def local_datetime(when: dt.datetime, fmt: str = "ddd d MMM yyyy  HH:mm") -> str:
    """The wall-clock time of `when`, in the user's language."""
    return QLocale().toString(qdatetime(when), fmt)


def weekday_name(weekday: int) -> str:
    """0 Monday ... 6 Sunday, in the user's language."""
    return QLocale().dayName(weekday + 1)
