"""Translations through Qt: the app's own .qm files plus Qt's for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caregiver_app.resources import resource_path

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
