"""The one application-wide event filter: it sees every event of every widget, so it is kept to
a few type checks, and everything that needs a look at all widgets goes through it.

- a wheel over a drop-down list or number box without the focus scrolls the page instead
  (`wheel_guard`), and such boxes never take the focus from the wheel;
- a dialog is capped to the screen as it is shown (`dialog_fit`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog

from caregiver_app.ui.widgets import dialog_fit, wheel_guard

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_SHOW = QEvent.Type.Show


class AppEvents(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            return wheel_guard.pass_wheel_on(watched, event)
        if kind == _POLISH:
            wheel_guard.no_wheel_focus(watched)
        elif kind == _SHOW and isinstance(watched, QDialog):
            dialog_fit.cap_to_screen(watched)
        return False


def install(app: QApplication) -> None:
    """Once per application (the filter is the application's child)."""
    if app.findChild(AppEvents) is None:
        app.installEventFilter(AppEvents(app))
