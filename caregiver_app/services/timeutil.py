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
    """(utc seconds, offset minutes) for `when`; a naive time is the computer's local time.

    An offset with seconds (+05:30:15, as some old zones had) keeps the clock time: the
    offset is stored in whole minutes and the UTC seconds are counted from that."""
    aware = when if when.tzinfo is not None else when.astimezone()
    offset_seconds = int((aware.utcoffset() or dt.timedelta(0)).total_seconds())
    offset_min = int(offset_seconds / 60)  # toward zero: -05:30:15 is -330 minutes
    return int(aware.timestamp()) + offset_seconds - offset_min * 60, offset_min


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def from_stored(started_utc: int, offset_min: int) -> dt.datetime:
    """The aware time as it was on the clock where and when it was entered.

    A time whose clock reading falls outside the years 1-9999 (only possible in a diary filled
    before imports checked their dates) is shown as the nearest time that can be, so reading
    the diary back never fails."""
    tz = dt.timezone(dt.timedelta(minutes=offset_min))
    try:
        return dt.datetime.fromtimestamp(started_utc, tz)
    except (OverflowError, ValueError, OSError):  # OSError: before 1970 on Windows
        pass
    try:
        return (_EPOCH + dt.timedelta(seconds=started_utc)).astimezone(tz)
    except OverflowError:
        return (dt.datetime.min if started_utc < 0 else dt.datetime.max).replace(
            microsecond=0, tzinfo=tz
        )


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


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())
