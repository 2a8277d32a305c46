""" "Move this diary to a server": the care team's server address, checked before anything is
copied, and whether this computer's keyring may remember the password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import server_address
from caregiver_app.services.server_address import ServerAddress
from caregiver_app.ui.service_text import error_text


class MoveToServerDialog(QDialog):
    """After OK, `address` is the checked address (a password in it stays in memory only)."""

    def __init__(self, parent: QWidget | None = None, *, joining: bool = False) -> None:
        """`joining`: use a diary the team already has on its server, copying nothing."""
        super().__init__(parent)
        self.address: ServerAddress | None = None
        if joining:
            self.setWindowTitle(self.tr("Use a diary already on a server"))
            intro = QLabel(
                self.tr(
                    "This computer uses the care team's diary on its server from now on; nothing "
                    "is copied. The diary file in the data folder stays as it is, unused."
                )
            )
        else:
            self.setWindowTitle(self.tr("Move this diary to a server"))
            intro = QLabel(
                self.tr(
                    "The whole diary is copied to an empty database on the care team's server, "
                    "and the copy is checked. Then this computer uses the diary there. The diary "
                    "file in the data folder stays as it is, unused."
                )
            )
        intro.setWordWrap(True)
        label = QLabel(self.tr("Server address:"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Server address"))
        self.url.setPlaceholderText("postgresql://ana@diary.example.org/our_diary")
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 52))
        label.setBuddy(self.url)
        hint = QLabel(
            self.tr(
                "The server's administrator gives you this address: the user name, the server "
                "and the database."
            )
            if joining
            else self.tr(
                "The server's administrator gives you this address: the user name, the server "
                "and the database, which must be empty."
            )
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        password_note = QLabel(
            self.tr(
                "The app never saves the password itself. If the server asks for one, you type "
                "it in; ticked, the keyring keeps it so you need not type it each time."
            )
        )
        password_note.setObjectName("Muted")
        password_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.move_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.move_button.setText(
            self.tr("Use this diary") if joining else self.tr("Move the diary")
        )
        self.move_button.setObjectName("Primary")
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textEdited.connect(lambda _text: self.error.hide())

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (intro, label, self.url, hint, self.remember, password_note, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.url.setFocus()

    def check_and_accept(self) -> None:
        """Accept a usable address; otherwise say what is wrong with it and stay open."""
        try:
            self.address = server_address.parse(self.url.text())
        except server_address.BadAddress as exc:
            self.address = None
            self.error.setText(error_text(exc))
            self.error.show()
            self.adjustSize()  # room for the message: the dialog grows, nothing overlaps
            self.url.setFocus()
            return
        self.accept()
