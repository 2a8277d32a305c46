"""Amounts typed into the Treatments forms: read in the reader's language, written back alike."""

from __future__ import annotations


def parse_number(text: str) -> float | None:
    """A dose as typed ("12.5" or "12,5"); None when blank. Raises ValueError if not a number."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def number_text(value: float | None) -> str:
    """A dose for a text field, never rounded: 12.5, 1000."""
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".")
