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
    code = language_code(language)
    # Dates and numbers follow the language in use: English chosen on a Spanish desktop reads
    # "Tue 3 Nov", not "mar 3 nov"; the desktop's own locale is kept when its language matches.
    QLocale.setDefault(locale_for(code))
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
    return code


def locale_for(code: str) -> QLocale:
    """The locale for dates and numbers in language `code`: the desktop's when it speaks that
    language (so an English speaker in the US keeps month/day habits), else the language's own."""
    system = QLocale.system()
    wanted = QLocale(code)
    return system if system.language() == wanted.language() else wanted
