"""How the window and printed documents say things: one `tr` for module-level text, plurals
with Qt's `%n`, templates with %1, %2... filled in, numbers and dates in the reader's language,
and typed text made safe for HTML.

QtCore only (no widgets, no painting), so both `ui/` and `report/` use it.

Module-level text is marked as `tr("…")` (pyside6-lupdate files it in the empty context, the one
this `tr` looks in). A count is written once with `%n` and the count passed third, e.g.
`tr("%n episode(s)", None, count)`: the translation file gives the forms of each language, and the
English forms ("1 episode", "2 episodes") come from caregiver_app_en.qm (plural forms only),
which is used whenever the language in use has no translation of the text.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

from caregiver_app.resources import resource_path
from caregiver_app.services.periods import Period

# Loaded once, on import (not on first use, which may be on a worker thread).
_ENGLISH_PLURALS = QTranslator()
_ENGLISH_PLURALS.load("caregiver_app_en", str(resource_path("translations")))


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language in use; with `n`, the form for that count with %n (or %Ln, the
    count in the reader's digits) filled in."""
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n < 0 or translated != _with_count(text, n):
        return translated
    return _with_count(_ENGLISH_PLURALS.translate("", text, disambiguation, n) or text, n)


def _with_count(text: str, n: int) -> str:
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


def fill(template: str, *values: str) -> str:
    """Put `values` into the %1, %2... places of a translated template, in one pass (so a
    value that itself contains "%2" is never filled in again)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def as_html(text: str) -> str:
    """User, catalogue or translated text as HTML that prints exactly as typed, line breaks
    included."""
    return html.escape(text).replace("\n", "<br/>")


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def whole(value: int) -> str:
    return QLocale().toString(int(value))


def percent(share: float) -> str:
    return fill(tr("%1%"), whole(round(share * 100)))


# Dates: converting Python's to Qt's in one place (the typed stubs vary by Qt release).


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


def date_text(day: dt.date, long: bool = False) -> str:
    """'3 Jun 2026' ('3 June 2026' when `long`): the month named in the reader's language, so a
    date reads the same in every country (the numeric short formats differ between them)."""
    return local_date(day, "d MMMM yyyy" if long else SHORT_DATE)


def span_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 to %2"), date_text(period.first_day), date_text(period.last_day))


def short_span(first: dt.date, last: dt.date) -> str:
    """'27 Oct – 1 Nov 2026' (the year once when both days share it)."""
    if first == last:
        return date_text(first)
    if first.year == last.year:
        start = QLocale().toString(qdate(first), "d MMM")
        return f"{start} – {date_text(last)}"
    return f"{date_text(first)} – {date_text(last)}"


def period_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 (%2 days)"), span_text(period), whole(period.days))


# Counts: one text per count, with the plural forms in the translation files.


def episodes_words(count: int) -> str:
    return tr("%Ln episode(s)", None, count)


def days_words(count: int) -> str:
    return tr("%Ln day(s)", None, count)


def since_text(event: dt.date, today: dt.date) -> str:
    """How long ago, in the unit a clinician would use: weeks, months or years."""
    days = (today - event).days
    if days < 0:
        return ""
    if days < 14:
        return tr("%Ln day(s) ago", None, days)
    if days < 61:
        return tr("%Ln week(s) ago", None, days // 7)
    months = int(days / 30.4375)
    if months < 24:
        return fill(tr("%1 months ago"), whole(months))
    return fill(tr("%1 years ago"), whole(months // 12))
