"""Converting Python dates and times to Qt's, in one place (the typed stubs vary by Qt release)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(when: dt.datetime) -> QDateTime:
    """The wall-clock time of `when` (its time zone is dropped)."""
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))
