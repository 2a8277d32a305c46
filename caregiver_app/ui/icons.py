"""The application icon, from resources/icons (a source checkout, the wheel or the bundle)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from caregiver_app.resources import resource_path


def app_icon() -> QIcon:
    """The window and taskbar icon; an empty icon when the file is missing (the app still runs)."""
    try:
        path = resource_path("icons", "caregiver-app.svg")
    except FileNotFoundError:  # the whole resources folder is missing
        return QIcon()
    if not path.is_file():
        return QIcon()
    return QIcon(str(path))
