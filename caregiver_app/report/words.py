"""How printed documents say things: Qt's translation for text in the report package, and
templates with %1, %2... places filled in.

QtCore only (no widgets, no painting), so every module of the report package can use it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def fill(template: str, *values: str) -> str:
    """Put `values` into the %1, %2... places of a translated template, in one pass (so a
    value that itself contains "%2" is never filled in again)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)
