"""Clinical scale scores estimated from the diary, with their recall period.

Penn Spasm Frequency Scale (PSFS; Penn et al., 1989), self-report definitions:

  Frequency  0 = no spasms
             1 = spasms induced only by stimulation
             2 = infrequent full spasms occurring less than once per hour
             3 = spasms occurring more than once per hour
             4 = spasms occurring more than 10 times per hour
  Severity   1 = mild, 2 = moderate, 3 = severe (asked only when frequency > 0)

How this module estimates them from the log, and the assumptions that come with it:

- Counted episodes are every logged kind except "stiffness" (a lasting tightness, not a
  countable spasm): twitches, spasms, cramps and clonus, and episodes whose kind was not
  recorded (most are logged without the details); the notes say how many of those there were.
- Frequency uses episodes per waking hour: counted episodes / (days × waking hours a day).
  Waking hours a day = 24 − the mean `hours_slept` of the check-ins in the recall period, or
  16 when none record sleep. Episodes logged during sleep still count (the scale asks about
  spasms, not only daytime ones), so this leans towards a higher score.
- The log cannot tell spasms that come only when touched or moved (score 1) from spasms that
  come on their own (score 2), so a rate above 0 and under 1 an hour is shown as 2.
  Exactly 1 an hour is shown as 3, exactly 10 an hour as 3 (the scale says "more than").
- Only logged episodes count; any a caregiver did not see or write down are missing, so the
  real frequency may be higher.
- Severity is the most common logged severity (the mode); a tie goes to the more severe
  level, so the score never understates. The mean is given alongside.
- The spasm count is the mean number of counted episodes per day (the usual diary measure in
  spasticity trials, e.g. the mean daily spasm count over 7 days): a single day varies a lot
  and the last day of a period is often not over yet.
- Today and later days are left out because they are not over; `period` says which days were
  used. When nothing but today is in the period, today is used and the notes say so.

The scores are numbers and the notes are messages with codes (services/messages.py), so the
window and the printed report say them in the reader's language; `str()` of a note is English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caregiver_app.messages import number
from caregiver_app.services.messages import Message, message
from caregiver_app.services.periods import Period
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy

ASSUMED_WAKING_HOURS = 16.0
# Written into migration 3's running totals (`counted_N`): changing it needs a new migration.
NOT_COUNTED_KINDS: tuple[str, ...] = ("stiffness",)
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class ScaleScores:
    period: Period  # the days actually used: the recall period (complete days of the chosen one)
    includes_today: bool  # only today was in the chosen period, so it was used though not over
    episodes: int  # counted episodes (every kind except stiffness)
    waking_hours: float  # per day
    waking_hours_from_checkins: bool  # False: the 16-hour assumption was used
    per_waking_hour: float
    psfs_frequency: int  # 0-4 (an estimate; see the module docstring)
    psfs_severity: int | None  # 1-3; None when there were no spasms
    severity_mean: float | None
    severity_counts: tuple[int, int, int]  # mild, moderate, severe
    spasms_per_day: float  # mean counted episodes per day
    notes: tuple[Message, ...]  # how the scores were estimated, one sentence each
    kind_not_recorded: int = 0  # of the counted episodes, those whose kind was left out


def psfs_frequency(per_hour: float) -> int:
    """The PSFS frequency score estimated from a spasm rate per waking hour (never 1; see above)."""
    if per_hour <= 0:
        return 0
    if per_hour < 1:
        return 2
    if per_hour <= 10:
        return 3
    return 4


def psfs_severity(counts: tuple[int, int, int]) -> int | None:
    """The most common severity (1-3); ties go to the more severe; None when all are 0."""
    if sum(counts) == 0:
        return None
    best = max(counts)
    return max(level for level, n in zip((1, 2, 3), counts, strict=True) if n == best)


def _used_period(period: Period, today: dt.date) -> tuple[Period, bool]:
    """The complete days of `period` (before today), and whether today had to be used."""
    yesterday = today - dt.timedelta(days=1)
    if period.first_day > yesterday:
        return period, True
    return Period(period.first_day, min(period.last_day, yesterday)), False


RECALL_DAYS = 7  # the Penn estimate recalls the last 7 complete days


def recall_period(period: Period, today: dt.date, diary_start: dt.date | None) -> Period:
    """The Penn estimate's recall period for a chosen `period`: its last `RECALL_DAYS`
    complete days (before today) that the diary covers; fewer when the diary is younger, and
    the period itself when none of its days is complete. The Charts page and the report both
    use it, so they show the same score."""
    first = period.first_day if diary_start is None else max(period.first_day, diary_start)
    last = min(period.last_day, today - dt.timedelta(days=1))
    if last < first:
        return period
    return Period(max(first, last - dt.timedelta(days=RECALL_DAYS - 1)), last)


def _counted_without_kind(person_id: int, used: Period) -> int:
    """How many of the counted episodes had no kind recorded (they are counted: see above)."""
    first = (used.first_day - _EPOCH).days * 86400
    after = ((used.last_day - _EPOCH).days + 1) * 86400
    row = database_proxy.execute_sql(
        "SELECT COUNT(*) FROM episode WHERE person_id = ? AND kind IS NULL"
        " AND (started_utc + utc_offset_min * 60) >= ? AND (started_utc + utc_offset_min * 60) < ?",
        (person_id, first, after),
    ).fetchone()
    return int(row[0] or 0)


def scale_scores(person_id: int, period: Period, today: dt.date | None = None) -> ScaleScores:
    used, partial = _used_period(period, today or dt.date.today())
    # counted_N: episodes of severity N among the kinds these scales count (migration 3 keeps
    # them per day, leaving out NOT_COUNTED_KINDS).
    row = database_proxy.execute_sql(
        "SELECT SUM(counted_1), SUM(counted_2), SUM(counted_3) FROM episode_day"
        " WHERE person_id = ? AND day >= ? AND day <= ?",
        (person_id, (used.first_day - _EPOCH).days, (used.last_day - _EPOCH).days),
    ).fetchone()
    counts = (int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))
    episodes = sum(counts)
    db = database_proxy
    hours = dialect.least(db, dialect.greatest(db, "hours_slept", "0"), "24")
    sleep = database_proxy.execute_sql(
        f"SELECT AVG({hours}) FROM checkin WHERE person_id = ?"
        " AND day >= ? AND day <= ? AND hours_slept IS NOT NULL",
        (person_id, used.first_day.isoformat(), used.last_day.isoformat()),
    ).fetchone()[0]
    from_checkins = sleep is not None and float(sleep) < 24
    waking = 24.0 - float(sleep) if from_checkins else ASSUMED_WAKING_HOURS
    per_hour = episodes / (used.days * waking)
    mean = (counts[0] + 2 * counts[1] + 3 * counts[2]) / episodes if episodes else None

    notes = [
        message("scales.estimated"),
        message("scales.waking_from_checkins", hours=number(waking, 1))
        if from_checkins
        else message("scales.waking_assumed", hours=number(ASSUMED_WAKING_HOURS, 0)),
        message("scales.score_1_unknown"),
        message("scales.unlogged"),
        message("scales.severity_mode"),
    ]
    unrecorded = _counted_without_kind(person_id, used)
    if unrecorded:
        notes.append(message("scales.kind_unrecorded", count=unrecorded))
    if partial:
        notes.append(message("scales.today_incomplete"))
    return ScaleScores(
        period=used,
        includes_today=partial,
        episodes=episodes,
        waking_hours=waking,
        waking_hours_from_checkins=from_checkins,
        per_waking_hour=per_hour,
        psfs_frequency=psfs_frequency(per_hour),
        psfs_severity=psfs_severity(counts),
        severity_mean=mean,
        severity_counts=counts,
        spasms_per_day=episodes / used.days,
        notes=tuple(notes),
        kind_not_recorded=unrecorded,
    )
