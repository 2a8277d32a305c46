"""The first start: what the app is, and two ways in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services import diary_access
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow


def where_the_diary_is() -> str:
    """Where what is typed goes: this computer, or the care team's own server."""
    server = diary_access.server()
    if server is None:
        return QCoreApplication.translate(
            "WelcomePage", "Everything stays on this computer. Nothing is sent anywhere."
        )
    return QCoreApplication.translate(
        "WelcomePage",
        "This diary is kept on your care team's own server (%1). Nothing is sent anywhere else.",
    ).replace("%1", server.shown)


class WelcomePage(QWidget):
    def __init__(
        self,
        set_up_profile: Callable[[], None],
        explore_sample: Callable[[], None],
        open_settings: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome"))
        title.setObjectName("PageTitle")
        body = QLabel(
            self.tr(
                "This diary helps you keep track of muscle twitching, spasms and stiffness after a "
                "stroke or a brain injury, and of the things that can make them worse, like poor "
                "sleep or stress.\n\n"
                "Log each episode in a few seconds. Do a short check-in each day. Then take a clear "
                "report to the next appointment."
            )
            + "\n\n"
            + where_the_diary_is()
        )
        body.setWordWrap(True)
        body.setMaximumWidth(720)
        start = QPushButton(self.tr("Set up a profile"))
        start.setObjectName("Huge")
        start.setAccessibleDescription(self.tr("Start the diary for the person you care for"))
        start.clicked.connect(set_up_profile)
        start.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
        self.start_button = start
        sample = QPushButton(self.tr("Explore with sample data"))
        sample.setMinimumHeight(56)
        sample.setAccessibleDescription(self.tr("Look around with six months of made-up data"))
        sample.clicked.connect(explore_sample)
        sample.setAutoDefault(True)
        note = QLabel(
            self.tr("Sample data is made up and kept apart. You can remove it later in Settings.")
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addSpacing(12)
        buttons.addWidget(sample)
        buttons.addStretch(1)
        stack_when_narrow(buttons, self)  # one under the other at large text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(18)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(buttons)
        layout.addWidget(note)
        if open_settings is not None:
            moving = QLabel(self.tr("Moving from another computer? Restore a backup of the diary."))
            moving.setObjectName("Muted")
            moving.setWordWrap(True)
            restore = QPushButton(self.tr("Restore a backup…"))
            restore.setAccessibleDescription(self.tr("Open Settings, where backups are restored"))
            restore.clicked.connect(open_settings)
            layout.addSpacing(12)
            layout.addWidget(moving)
            layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def showEvent(self, event: QShowEvent) -> None:
        """The first thing to do has the focus, so Enter sets up a profile."""
        super().showEvent(event)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
