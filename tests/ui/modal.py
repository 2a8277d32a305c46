"""Driving a dialog that blocks (exec) from a test: what to do once it is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def in_modal(kind: type[QDialog], action: Callable[[QDialog], None], wait_ms: int = 2000) -> None:
    """Do `action` on the dialog of `kind` that opens next; if the action fails, the dialog is
    closed, so the test reports the failure instead of waiting on it."""
    tries = [wait_ms // 10]

    def run() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        tries[0] -= 1
        if found:
            try:
                action(found[0])
            finally:
                if found[0].isVisible():
                    found[0].reject()
        elif tries[0]:
            QTimer.singleShot(10, run)  # not open yet

    QTimer.singleShot(0, run)
