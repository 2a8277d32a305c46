"""The trigger insights in the user's language: services/insight_text.py with Qt's translation
and the locale's decimals (QtCore only: used by ui and report)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from caregiver_app.labels import tr
from caregiver_app.services import insight_text
from caregiver_app.services.insights import Insight


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(value, "f", decimals)


def describe(insight: Insight, caveat: bool = True) -> str:
    return insight_text.describe(insight, tr=tr, number=_number, caveat=caveat)


def title(code: str) -> str:
    return insight_text.title(code, tr=tr)
