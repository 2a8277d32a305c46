"""Checks every import makes before it reads a record: what kind of file this is, its text,
safe JSON, dates the diary can hold, times that exist, and spreadsheet formulas in CSV cells.

Each problem raises `ImportFailed` with a message a caregiver can act on: what the file is and
what to do ("save as CSV UTF-8 in your spreadsheet"). No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from caregiver_app.services import codes, episodes
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.services.messages import Message, UserError, message
from caregiver_app.store.backup.diary_file import SQLITE_HEADER


class ImportFailed(UserError):
    """A file could not be imported; nothing was saved. It names the place and the field."""


# --- what kind of file ----------------------------------------------------------------------

_ZIP_MAGIC = b"PK\x03\x04"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _utf16_without_mark(raw: bytes) -> bool:
    """Text of letters and digits in UTF-16 has every other byte 0 (LE: the 2nd, BE: the 1st)."""
    head = raw[:4]
    return len(head) == 4 and ((head[1] == 0 and head[3] == 0) or (head[0] == 0 and head[2] == 0))


def decode(raw: bytes, where: Message) -> str:
    """The file's text (UTF-8, with or without a byte order mark), or ImportFailed saying what
    the file is instead: a diary backup, a workbook, UTF-16 or Latin-1 text, not text at all."""
    if raw.startswith(SQLITE_HEADER):
        raise ImportFailed(message("import.sqlite"), place=[where])
    if raw.startswith(_ZIP_MAGIC):
        raise ImportFailed(message("import.zip"), place=[where])
    if raw.startswith(_UTF16_BOMS) or _utf16_without_mark(raw):
        raise ImportFailed(message("import.utf16"), place=[where])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        value = f"0x{raw[exc.start]:02X}"
        if b"\x00" in raw[:4096]:
            raise ImportFailed(
                message("import.binary", byte=exc.start, value=value), place=[where]
            ) from None
        raise ImportFailed(
            message("import.latin1", line=raw[: exc.start].count(b"\n") + 1, value=value),
            place=[where],
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


# --- JSON that cannot crash the reader -------------------------------------------------------

MAX_DIGITS = 20  # every whole number in a diary fits in 19 digits
MAX_DECIMAL = 40  # characters of a number with a point or an exponent


class _Refused(Exception):
    """Raised inside the JSON reader; load_json says where in the file."""

    def __init__(self, said: Message, text: str) -> None:
        super().__init__(str(said))
        self.said = said
        self.text = text


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(message("import.number_too_long", limit=MAX_DIGITS, start=text[:12]), text)
    return int(text)


def _decimal(text: str) -> float:
    if len(text) > MAX_DECIMAL:
        raise _Refused(message("import.number_too_long", limit=MAX_DECIMAL, start=text[:12]), text)
    value = float(text)
    if math.isinf(value):  # 1e400: no dose, duration or score is that big
        raise _Refused(message("import.number_too_big", value=text), text)
    return value


def _no_constant(name: str) -> float:
    raise _Refused(message("import.not_a_number", value=name), name)


def load_json(text: str) -> Any:
    """The JSON value in `text`; ImportFailed for what the file would not survive: too deep,
    endless numbers, NaN and Infinity (not JSON, though Python's reader takes them)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(
            text, parse_int=_whole_number, parse_float=_decimal, parse_constant=_no_constant
        )
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            message("import.not_json", reason=exc.msg),
            place=[message("place.line", number=exc.lineno)],
        ) from None
    except _Refused as exc:
        line = text.count("\n", 0, max(text.find(exc.text), 0)) + 1
        raise ImportFailed(exc.said, place=[message("place.line", number=line)]) from None
    except RecursionError:
        raise ImportFailed(message("import.too_deep"), place=[message("place.file")]) from None


# --- dates and times ---------------------------------------------------------------------------

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
FIRST_UTC = int(dt.datetime(1900, 1, 1, tzinfo=dt.UTC).timestamp())
LAST_UTC = int(dt.datetime(2101, 1, 1, tzinfo=dt.UTC).timestamp()) - 1


def day_in_range(day: dt.date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def out_of_range(value: object) -> Message:
    return message("import.date_range", value=value)


class BadMoment(ValueError):
    """A date, or date and time, an import cannot take; `said` tells why, quoting it."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def parse_day(text: str, not_a_day: str = "not_a_date") -> dt.date:
    """An ISO 8601 day (2026-11-25) in 1900-2100, or BadMoment saying why not (`not_a_day`:
    the message code for text that is no date at all)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise BadMoment(message(not_a_day, value=text)) from None
    if not day_in_range(day):
        raise BadMoment(out_of_range(text))
    return day


def parse_moment(text: str) -> dt.datetime:
    """An ISO 8601 date and time, aware, or BadMoment saying why not.

    Without an offset it is the computer's local time, and a time the local clock skipped (the
    hour the clocks go forward) is refused, naming it, instead of being moved by an hour. The
    date must lie in 1900-2100. An offset with seconds (+05:30:15) keeps the clock time
    (timeutil.to_stored)."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise BadMoment(message("not_a_datetime", value=text)) from None
    if not day_in_range(value.date()):
        raise BadMoment(out_of_range(text.strip()))
    if value.tzinfo is not None:
        return value
    aware = value.astimezone()
    if aware.replace(tzinfo=None) != value or aware.astimezone().replace(tzinfo=None) != value:
        example = value.replace(tzinfo=aware.tzinfo).isoformat()
        raise BadMoment(message("import.no_such_time", value=text.strip(), example=example))
    return aware


# --- spreadsheet formulas in CSV cells (OWASP "CSV injection") -------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """A free-text cell a spreadsheet will not run: `'` before text that starts with = + - @,
    a tab or a carriage return (after any quotes already there)."""
    return "'" + text if _looks_like_formula(text) else text


def restore(text: str) -> str:
    """Exactly undo `neutralise`: one leading `'` off text whose rest (after any further
    quotes) starts with = + - @, a tab or a carriage return. Every other text is left alone."""
    return text[1:] if text.startswith("'") and _looks_like_formula(text) else text


# --- an episode, with the field named as in the file -------------------------------------------

# Field names the episode form uses, as the files write them.
_IN_THE_FILE = {"started": "started_at", "duration": "duration_seconds"}
# Fields that take a word from a list: the message quotes the value and lists the words.
_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "body_region": ("import.region", codes.BODY_REGIONS),
    "side": ("import.side", codes.SIDES),
    "kind": ("import.kind", codes.KINDS),
    "triggers": ("import.trigger", codes.TRIGGERS),
    "relief": ("import.remedy", codes.RELIEF),
    "activity": ("import.activity", codes.ACTIVITIES),
    "observed_by": ("import.observer", codes.OBSERVED_BY),
}


def episode_problem(data: EpisodeData, now: dt.datetime) -> tuple[str, Message] | None:
    """The first problem with an imported episode: (the field as the file names it, what is
    wrong, quoting the value and, for words, listing the ones the diary knows); None if fine."""
    if data.started.tzinfo is not None and not day_in_range(data.started.date()):
        return "started_at", out_of_range(data.started.isoformat())
    problems = episodes.validate(data, now)
    if not problems:
        return None
    problem = problems[0]
    name = problem.field
    if name in _WORDS:
        code, allowed = _WORDS[name]
        value = getattr(data, name)
        if isinstance(value, tuple):
            value = next(v for v in value if v not in allowed)
        if value in ("", None):
            return name, message("import.empty", allowed=", ".join(allowed))
        return name, message(code, value=value, allowed=", ".join(allowed))
    if name in ("severity", "pain", "duration"):
        value = getattr(data, "duration_seconds" if name == "duration" else name)
        if value is None:
            return _IN_THE_FILE.get(name, name), message("missing")
        return _IN_THE_FILE.get(name, name), message(f"import.{name}", value=value)
    return _IN_THE_FILE.get(name, name), problem.text()
