"""How printed documents say things: Qt's translation for text in the report package,
templates with %1, %2... places filled in, numbers and dates in the reader's language, counts
of episodes and days, and typed text made safe for HTML.

QtCore only (no widgets, no painting), so every module of the report package can use it.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from caregiver_app.services.periods import Period


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


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


def date_text(day: dt.date, long: bool = False) -> str:
    """'3 Jun 2026' ('3 June 2026' when `long`): the month named in the reader's language, so a
    date reads the same in every country (the numeric short formats differ between them)."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), "d MMMM yyyy" if long else "d MMM yyyy"
    )


def span_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 to %2"), date_text(period.first_day), date_text(period.last_day))


def short_span(first: dt.date, last: dt.date) -> str:
    """'27 Oct – 1 Nov 2026' (the year once when both days share it)."""
    if first == last:
        return date_text(first)
    if first.year == last.year:
        start = QLocale().toString(QDate(first.year, first.month, first.day), "d MMM")
        return f"{start} – {date_text(last)}"
    return f"{date_text(first)} – {date_text(last)}"


def period_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 (%2 days)"), span_text(period), whole(period.days))


def episodes_words(count: int) -> str:
    return tr("1 episode") if count == 1 else fill(tr("%1 episodes"), whole(count))


def days_words(count: int) -> str:
    return tr("1 day") if count == 1 else fill(tr("%1 days"), whole(count))


def since_text(event: dt.date, today: dt.date) -> str:
    """How long ago, in the unit a clinician would use: weeks, months or years."""
    days = (today - event).days
    if days < 0:
        return ""
    if days < 14:
        return tr("1 day ago") if days == 1 else fill(tr("%1 days ago"), whole(days))
    if days < 61:
        weeks = days // 7
        return tr("1 week ago") if weeks == 1 else fill(tr("%1 weeks ago"), whole(weeks))
    months = int(days / 30.4375)
    if months < 24:
        return fill(tr("%1 months ago"), whole(months))
    return fill(tr("%1 years ago"), whole(months // 12))
