"""Translations without an application object (QtCore only), for the command line."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from caregiver_app.resources import resource_path
from caregiver_app.translatable import Translate, unchanged


def translator_for(language: str, context: str) -> Translate:
    """Translates the texts of `context` into `language` ("en", "es") without installing
    anything, e.g. the sample's words for `caregiver-app demo --language es`."""
    if language == "en":
        return unchanged
    translator = QTranslator()
    if not translator.load(f"caregiver_app_{language}", str(resource_path("translations"))):
        return unchanged

    def say(text: str) -> str:
        return translator.translate(context, text) or text

    return say
