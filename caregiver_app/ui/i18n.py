"""Translations through Qt: the app's own .qm files plus Qt's for standard dialogs. QtCore
only; the code lives in `caregiver_app.translations` so the command line can use it too."""

from __future__ import annotations

from caregiver_app.translations import install, language_code, locale_for

__all__ = ["install", "language_code", "locale_for"]
