"""Words and numbers the charts show, translated and formatted for the reader's locale."""

from __future__ import annotations

import datetime as dt

from caregiver_app import labels
from caregiver_app.services.charts import Dashboard
from caregiver_app.services.periods import Period
from caregiver_app.words import DATE, SHORT_DATE, local_date, tr

WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_PLURAL = (
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
)


def date_text(day: dt.date, weekday: bool = False) -> str:
    return local_date(day, DATE if weekday else SHORT_DATE)


def period_text(period: Period) -> str:
    """'26 Oct 2026 – 24 Nov 2026 (30 days)'."""
    if period.days == 1:
        return date_text(period.first_day)
    return (
        tr("%1 – %2 (%3 days)")
        .replace("%1", date_text(period.first_day))
        .replace("%2", date_text(period.last_day))
        .replace("%3", str(period.days))
    )


def weekday_short(index: int) -> str:
    return (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))[index]


def weekday_plural(index: int) -> str:
    names = (tr("Mondays"), tr("Tuesdays"), tr("Wednesdays"), tr("Thursdays"), tr("Fridays"))
    return (*names, tr("Saturdays"), tr("Sundays"))[index]


def no_episodes(dash: Dashboard) -> str:
    if dash.period.days == 1:
        return tr("No episodes on this day. Log one from Today, or choose a longer period.")
    return tr(
        "No episodes in these %1 days. Log one from Today, or choose a longer period."
    ).replace("%1", str(dash.period.days))


def region(code: str) -> str:
    return labels.region(code)


def side(code: str) -> str:
    return labels.side(code)


def where(region_code: str, side_code: str) -> str:
    return labels.where(region_code, side_code)


def trigger(code: str) -> str:
    return labels.trigger(code)
