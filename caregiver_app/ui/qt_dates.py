"""Converting Python dates and times to Qt's, in one place (the typed stubs vary by Qt release)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(when: dt.datetime) -> QDateTime:
    """The wall-clock time of `when` (its time zone is dropped)."""
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))


# One way to write a date everywhere, unambiguous in every language (the month is a word,
# the year has four digits): "Mon 7 Dec 2026 07:45", in Spanish "lun 7 dic 2026 07:45".
DATE = "ddd d MMM yyyy"
DATE_TIME = "ddd d MMM yyyy HH:mm"
# Where room is short, the weekday goes first; nothing else does.
SHORT_DATE = "d MMM yyyy"
SHORT_DATE_TIME = "d MMM yyyy HH:mm"


def local_date(day: dt.date, fmt: str = DATE) -> str:
    """A date in the user's language (Qt format, e.g. "dddd d MMMM yyyy")."""
    return QLocale().toString(qdate(day), fmt)


def local_datetime(when: dt.datetime, fmt: str = DATE_TIME) -> str:
    """The wall-clock time of `when`, in the user's language."""
    return QLocale().toString(qdatetime(when), fmt)


def weekday_name(weekday: int) -> str:
    """0 Monday ... 6 Sunday, in the user's language."""
    return QLocale().dayName(weekday + 1)
