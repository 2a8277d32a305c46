"""What the window asks of every page in its sidebar.

Each page is built with a `PageContext` (the notifier, settings, undo stack, active person and
clock) and whatever else it alone needs, and answers these two calls. Pages refresh themselves
when the notifier says their data changed or when they are shown again; `refresh()` is the one
way to ask for that at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window (a `QWidget`, so it can sit in the window's stack)."""

    def refresh(self) -> None:
        """Read the diary again and show it."""
        raise NotImplementedError

    def save_if_changed(self) -> bool:
        """Keep what was typed and not yet saved; called before the window closes. False when
        the user chose to stay with what was typed (someone else saved it meanwhile)."""
        return True
