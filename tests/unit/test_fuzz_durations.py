"""Whatever is typed as a duration gives seconds or a clear DurationError, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from caregiver_app.services.durations import DurationError, format_duration, parse_duration

# Text that looks like what people type: digits, separators and bits of unit names.
typed = st.lists(
    st.sampled_from([*"0123456789 .,:-hms", "٣", "min", "sec", "hours", "  ", "\t"]), max_size=12
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=40), typed))
@example("9" * 400)
@example("9" * 400 + " h")
@example("9" * 5000 + ":30")
@example("1e400")
@example("99999999999999999999999 min")
@example("1:99")
@example("٣ min")
def test_any_text_is_seconds_or_a_clear_message(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except DurationError as exc:
        assert str(exc).strip(), "the message says what was expected"
        return
    assert seconds is None or (isinstance(seconds, int) and seconds >= 0)
    if seconds is None:
        assert not text.strip()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=24 * 3600))
def test_what_is_shown_reads_back_the_same(seconds: int) -> None:
    shown = format_duration(seconds)
    assert parse_duration(shown) == seconds or seconds >= 3600  # hours drop the seconds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "cannot be negative"),
        ("2 weeks", "is not a unit of time"),
        ("1:75", "under 60"),
        ("soon", "Type a duration like"),
    ],
)
def test_bad_durations_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DurationError, match=message):
        parse_duration(text)
