"""Translations without an application object (QtCore only), for the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


_installed: list[QTranslator] = []


def language_code(choice: str) -> str:
    """ "system" becomes the desktop's language (e.g. "es"); English needs no files."""
    if choice and choice != "system":
        return choice
    return QLocale.system().name().split("_")[0] or "en"


def install(language: str) -> str:
    """Load the translation for `language` ("system", "en", "es"); return the code in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())  # numbers and dates of a language chosen before go too
    code = language_code(language)
    if app is None or code == "en":
        return "en"
    ours = QTranslator(app)
    folder = resource_path("translations")
    if ours.load(f"caregiver_app_{code}", str(folder)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        return "en"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    return code
