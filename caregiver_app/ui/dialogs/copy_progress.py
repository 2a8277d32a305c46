"""Copying the whole diary off the GUI thread: the progress dialog with the counts, and a
password the server asks for meanwhile, asked on the GUI thread while the copy waits."""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from caregiver_app.services.server_address import ServerAddress
from caregiver_app.ui import app
from caregiver_app.words import tr


class PasswordAsker(QObject):
    """`ask_password` for a copy running off the GUI thread: the question is asked on the GUI
    thread (the copy waits for the answer). The password typed stays in memory only."""

    _wanted = Signal(object, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.typed: str | None = None
        self._wanted.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, address: ServerAddress, why: str) -> str | None:
        if threading.current_thread() is threading.main_thread():
            self._ask(address, why)
        else:
            self._wanted.emit(address, why)
        return self.typed

    def _ask(self, address: ServerAddress, why: str) -> None:
        self.typed = app._ask_password_in_window(address, why)


class _Progress(QObject):
    """Counts from the copy (any thread) to the progress dialog (the GUI thread)."""

    moved = Signal(int, int)


def copy_progress(parent: QWidget, title: str, text: str) -> tuple[QProgressDialog, _Progress]:
    """A progress dialog over `parent` (no Cancel: a copy is whole or nothing) and the relay
    whose `moved(done, total)` signal, emitted from any thread, updates it."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    relay = _Progress(dialog)

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(
            text
            + "\n"
            + tr("%1 of %2 records copied")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )

    relay.moved.connect(moved)
    dialog.show()
    return dialog, relay
