"""Times of entries: stored as UTC plus the local offset at entry, shown as the wall-clock time.

SQL works on "local seconds": `started_utc + utc_offset_min * 60`, the wall-clock time at entry
counted as if it were UTC. A local calendar day D spans [day_start(D), day_start(D + 1)).
"""

from __future__ import annotations

import datetime as dt

LOCAL_SECONDS_SQL = "(started_utc + utc_offset_min * 60)"


def now_local() -> dt.datetime:
    """Now, aware, in the computer's local time zone, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def to_stored(when: dt.datetime) -> tuple[int, int]:
    """(utc seconds, offset minutes) for `when`; a naive time is the computer's local time."""
    aware = when if when.tzinfo is not None else when.astimezone()
    offset = aware.utcoffset() or dt.timedelta(0)
    return int(aware.timestamp()), int(offset.total_seconds() // 60)


def from_stored(started_utc: int, offset_min: int) -> dt.datetime:
    """The aware time as it was on the clock where and when it was entered."""
    tz = dt.timezone(dt.timedelta(minutes=offset_min))
    return dt.datetime.fromtimestamp(started_utc, tz)


def local_seconds(started_utc: int, offset_min: int) -> int:
    return started_utc + offset_min * 60


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def day_start(day: dt.date) -> int:
    """Local seconds at the start of a calendar day."""
    return (day.toordinal() - _EPOCH_ORDINAL) * 86400


def day_of(local_secs: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=local_secs // 86400)


def iso_local(started_utc: int, offset_min: int) -> str:
    """ISO 8601 with the offset, e.g. 2026-03-29T08:15:00+01:00."""
    return from_stored(started_utc, offset_min).isoformat()


def parse_iso(text: str) -> dt.datetime:
    """Parse ISO 8601 (offset optional: without one it is the computer's local time)."""
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo is not None else value.astimezone()


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())
