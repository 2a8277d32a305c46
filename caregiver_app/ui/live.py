"""A diary on a server, in the window: other computers' changes shown as they are saved, and a
banner while the server is away.

`LiveLink` starts a `services.live.Listener` when the open diary is on a server (nothing on a
SQLite file). The listener calls back from its own thread; the calls cross to the GUI thread as
queued signals, where a change becomes `DataNotifier.notify(kind, person_id)`, so pages refresh
as they do after a change made here. While the server does not answer, `ServerBanner` says so
above every page; forms stay open and say that a save failed (ui/service_text.py). Once it is
back the banner goes and every page reads the diary again, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from caregiver_app.services import live
from caregiver_app.ui.notifier import PEOPLE, DataNotifier


class ServerBanner(QFrame):
    """Shown above every page while the diary's server does not answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.text = QLabel(
            self.tr(
                "The diary's server is not answering, so nothing can be saved right now. What "
                "you type stays in its form: press Save again once this message has gone. "
                "Trying to reconnect…"
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("The diary's server is not answering"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        self.hide()


class LiveLink(QObject):
    """Brings changes saved on other computers into this window and shows `banner` while the
    server is away. `start()` once the window is built; `stop()` before it goes."""

    _received = Signal(object)  # a live.Message, from the listening thread
    _answering = Signal(bool)  # from the listening thread

    def __init__(self, notifier: DataNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self.banner = ServerBanner()
        queued = Qt.ConnectionType.QueuedConnection
        self._received.connect(self._on_message, queued)
        self._answering.connect(self._on_answering, queued)
        self._listener = live.listener_for_open_diary(
            self._received.emit, self._answering.emit, ignore=notifier.origin
        )
        app = QCoreApplication.instance()
        if app is not None:  # whatever way the app ends, the thread ends first
            app.aboutToQuit.connect(self.stop)

    @property
    def listening(self) -> bool:
        """True while changes from other computers are being heard (never on a file)."""
        return self._listener is not None and self._listener.listening

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread to end; nothing more is announced."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    def _on_message(self, message: live.Message) -> None:
        if self._listener is None:
            return  # stopped: the window is going
        for kind in message.kinds:
            self._notifier.notify(kind, message.person_id)

    def _on_answering(self, answering: bool) -> None:
        if self._listener is None:
            return
        self.banner.setVisible(not answering)
        if answering:  # changes made meanwhile were not heard: every page reads the diary again
            self._notifier.notify(PEOPLE, None)
