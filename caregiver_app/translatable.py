"""Marking text for translation in code that knows nothing of Qt.

`QT_TRANSLATE_NOOP("context", "text")` returns the text unchanged; Qt's lupdate finds the call
by its name and puts the text in the translation files. The window later translates it with
`QCoreApplication.translate(context, text)`: services stay free of Qt, and the English stays
in one place.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


def unchanged(text: str) -> str:
    """The English, as the command line and the tests use it."""
    return text
