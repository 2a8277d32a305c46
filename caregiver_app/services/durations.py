"""Reading and writing durations the way people type them: "45", "45 s", "2 min", "1:30"."""

from __future__ import annotations

import math
import re

_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
}  # fmt: skip
_PART = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([a-z]+)?\s*")


class DurationError(ValueError):
    """The text is not a duration; the message says what was expected.

    `code` names the problem for a translated message: negative, too_large, seconds, format, unit
    (then `unit` holds what was typed).
    """

    def __init__(self, message: str, code: str, unit: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.unit = unit


def parse_duration(text: str) -> int | None:
    """Seconds for `text`, None for an empty text. A bare number is seconds."""
    value = text.strip().lower()
    if not value:
        return None
    if value.startswith("-"):
        raise DurationError("The duration cannot be negative.", "negative")
    if re.fullmatch(r"\d+:\d{1,2}", value):
        minutes, seconds = value.split(":")
        if len(minutes) > 9:  # int() refuses thousands of digits; no episode lasts that long
            raise DurationError("That number is far too large for a duration.", "too_large")
        if int(seconds) >= 60:
            raise DurationError("After the colon, the seconds must be under 60.", "seconds")
        return int(minutes) * 60 + int(seconds)
    total = 0.0
    position = 0
    while position < len(value):
        match = _PART.match(value, position)
        if not match or match.end() == position:
            raise DurationError("Type a duration like 45 s, 2 min or 1:30.", "format")
        number = float(match.group(1).replace(",", "."))
        unit = match.group(2) or "s"
        if unit not in _UNITS:
            raise DurationError(f"'{unit}' is not a unit of time. Use s, min or h.", "unit", unit)
        total += number * _UNITS[unit]
        position = match.end()
    if not math.isfinite(total):  # e.g. a 400-digit number: float() gives infinity
        raise DurationError("That number is far too large for a duration.", "too_large")
    return round(total)


def format_duration(seconds: int | None) -> str:
    """E.g. "45 s", "2 min", "2 min 30 s", "1 h 5 min"; empty for None."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds} s"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs and not hours:
        parts.append(f"{secs} s")
    return " ".join(parts)
