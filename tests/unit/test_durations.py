from __future__ import annotations

import pytest

from caregiver_app.services.durations import DurationError, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("", None),
        ("45", 45),
        ("45 s", 45),
        ("2 min", 120),
        ("1:30", 90),
        ("1 min 30 s", 90),
        ("1,5 min", 90),
        ("1 h", 3600),
    ],
)
def test_durations_are_read_as_people_type_them(text: str, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "message"),
    [("-3", "negative"), ("abc", "like 45 s"), ("3 weeks", "not a unit"), ("1:75", "under 60")],
)
def test_bad_durations_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DurationError, match=message):
        parse_duration(text)


def test_durations_are_shown_plainly() -> None:
    assert [format_duration(s) for s in (None, 42, 60, 150, 3900)] == [
        "",
        "42 s",
        "1 min",
        "2 min 30 s",
        "1 h 5 min",
    ]
