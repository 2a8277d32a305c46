"""Settings, "Sharing with a care team": where the diary is (this computer's file or a server),
moving it to a care team's PostgreSQL server, bringing a copy home, and going back to the file.

The copies are made by `services.diary_access` off the GUI thread (`ui/tasks.py`) behind a
progress dialog; a password the server asks for is asked on the GUI thread (`dialogs/copy_progress.py`).
After a move, the data folder's settings remember the server (`app.SERVER_KEY`, the address
without any password) and the window is rebuilt on the server's diary (`app.switch_diary`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from caregiver_app import paths
from caregiver_app.logging_setup import log
from caregiver_app.services import diary_access, server_address
from caregiver_app.services.server_address import ServerAddress
from caregiver_app.ui import app, prompts, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.copy_progress import PasswordAsker, copy_progress
from caregiver_app.ui.dialogs.move_to_server import MoveToServerDialog
from caregiver_app.ui.pages.settings_data import BACKUPS
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import tr


class SharingCard(Card):
    """The "Sharing with a care team" card on the Settings page."""

    def __init__(
        self,
        ctx: PageContext,
        data_dir: Path,
        restart_window: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sharing with a care team"), parent)
        self.ctx = ctx
        self.data_dir = Path(data_dir)
        self._restart_window = restart_window
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Where the diary is"))
        self.sharing = QLabel(
            self.tr(
                "A care team (family, friends, a nurse, a care home) can share one diary by "
                "moving it to a PostgreSQL database server that belongs to the team. Then several "
                "computers use the same diary at once, and each entry says which caregiver made it."
            )
        )
        self.sharing.setWordWrap(True)
        self.privacy = QLabel(
            self.tr(
                "The diary holds health information: use a server your team runs or trusts, with "
                "an account of its own for the diary. The app never saves the server's password: "
                "it asks for it when needed, unless you let this computer's keyring remember it. "
                "The guide for care teams (care-team-server.md in the app's docs) explains how "
                "to set up such a server."
            )
        )
        self.privacy.setObjectName("Muted")
        self.privacy.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move this diary to a server…"))
        self.move_button.setAccessibleDescription(
            self.tr(
                "Copy the whole diary to an empty database on the care team's server and use it there"
            )
        )
        self.join_button = QPushButton(self.tr("Use a diary already on a server…"))
        self.join_button.setAccessibleDescription(
            self.tr("Use the care team's diary on its server from this computer, copying nothing")
        )
        self.copy_home_button = QPushButton(self.tr("Bring a copy home…"))
        self.copy_home_button.setAccessibleDescription(
            self.tr("Copy the diary from the server into an empty folder on this computer")
        )
        self.stop_button = QPushButton(self.tr("Stop using the server on this computer…"))
        self.move_button.clicked.connect(self.move_to_server)
        self.join_button.clicked.connect(self.join_server)
        self.copy_home_button.clicked.connect(self.choose_home_folder)
        self.stop_button.clicked.connect(self.stop_using_server)
        buttons = flow_host(
            self.move_button, self.join_button, self.copy_home_button, self.stop_button
        )
        for widget in (self.where, self.sharing, self.privacy, buttons):
            self.body.addWidget(widget)
        self._copying = False
        self._changed_meanwhile = False
        ctx.notifier.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str, _person_id: int) -> None:
        if self._copying and topic != BACKUPS:
            self._changed_meanwhile = True  # saved after the copy's snapshot: not in the copy

    def _started_with_server(self) -> bool:
        """The server was named when the app started (--database or the environment), not by
        this data folder's settings: the window cannot stop using it."""
        current = diary_access.server()
        saved = str(self.ctx.settings.value(app.SERVER_KEY, "") or "")
        if current is None:
            return False
        try:
            return not saved or server_address.parse(saved).conninfo != current.conninfo
        except server_address.BadAddress:
            return True

    def refresh(self) -> None:
        current = diary_access.server()
        on_server = current is not None
        if current is None:
            self.where.setText(
                self.tr(
                    "Right now the diary is a file on this computer, in the data folder. Only "
                    "this computer can use it."
                )
            )
        else:
            text = self.tr(
                "Right now the diary is on the care team's server %1. Every computer that uses "
                "it sees the same diary. This computer keeps its settings, logs and backups in "
                "the data folder."
            ).replace("%1", current.shown)
            if self._started_with_server():
                text += " " + self.tr(
                    "The app was started with this server's address (--database or "
                    "CAREGIVER_APP_DATABASE): start it without one to use the data folder's file."
                )
            self.where.setText(text)
        self.sharing.setVisible(not on_server)
        self.move_button.setVisible(not on_server)
        self.join_button.setVisible(not on_server)
        self.copy_home_button.setVisible(on_server)
        self.stop_button.setVisible(on_server and not self._started_with_server())

    # --- moving to a server --------------------------------------------------------------------

    def move_to_server(self) -> None:
        dialog = MoveToServerDialog(self)
        if dialog.exec() and dialog.address is not None:
            self.copy_to_server(dialog.address, remember=dialog.remember.isChecked())

    def copy_to_server(self, address: ServerAddress, *, remember: bool = False) -> None:
        """Copy the diary to the empty database at `address` (in the background); when it is
        complete and checked, the window uses the diary there from now on."""
        title = self.tr("Move this diary to a server")
        progress, relay = copy_progress(
            self, title, self.tr("Copying the diary to %1…").replace("%1", address.shown)
        )
        asker = PasswordAsker(self)
        self._copying, self._changed_meanwhile = True, False

        def done(report: diary_access.CopyReport) -> None:
            self._copying = False
            progress.close()
            password = asker.typed or address.password
            if self._changed_meanwhile:
                log.warning("move to a server: a change was saved during the copy; not moved")
                prompts.warn(self, title, self._changed_during_copy(address))
                return
            log.info("move to a server: copied %d records", sum(report.tables.values()))
            self._use_server(address, password, remember)

        def failed(exc: BaseException) -> None:
            self._copying = False
            progress.close()
            log.warning("move to a server failed (%s)", type(exc).__name__)
            prompts.warn(
                self,
                title,
                self.tr(
                    "The diary was not moved to %1: %2\n\nNothing was changed on this computer: "
                    "the file in the data folder is still the diary."
                )
                .replace("%1", address.shown)
                .replace("%2", error_text(exc)),
            )

        def job() -> diary_access.CopyReport:
            return diary_access.copy_to_server(address, asker, relay.moved.emit)

        tasks.run_task(job, done, failed)

    def _changed_during_copy(self, address: ServerAddress) -> str:
        return self.tr(
            "Something was saved in the diary while it was being copied, so the copy on %1 "
            "misses it. The diary was not moved: the file in the data folder is still the "
            "diary, with everything in it.\n\nThe server's database now holds the incomplete "
            "copy: ask for it to be emptied (or for a new empty one) and move the diary again."
        ).replace("%1", address.shown)

    def _use_server(self, address: ServerAddress, password: str | None, remember: bool) -> None:
        """After a checked copy: remember the server (never the password, which only the
        keyring may keep, when asked to), open the diary there and rebuild the window."""
        title = self.tr("Move this diary to a server")
        kept_in_keyring = ""
        if remember and password:
            if server_address.remember_password(address, password):
                kept_in_keyring = self.tr("This computer's keyring remembers the password.")
            else:
                kept_in_keyring = self.tr(
                    "This computer has no keyring the app can use, so the password was not "
                    "remembered: the app asks for it when it starts."
                )
        in_use = dataclasses.replace(address, password=password)  # in memory only
        try:
            app.switch_diary(self.data_dir, in_use)
        except diary_access.DiaryUnavailable as exc:
            prompts.warn(
                self,
                title,
                self.tr(
                    "The diary was copied to %1, but it cannot be opened there: %2\n\nThis "
                    "computer goes on using the file in the data folder, unchanged."
                )
                .replace("%1", address.shown)
                .replace("%2", error_text(exc)),
            )
            return
        self._remember_server(address)
        message = self.tr(
            "The diary is now on the server %1, checked.\n\nFrom now on this computer uses "
            "the diary there, each time the app starts. The diary file in the data folder "
            "(%2) is kept as it was, unchanged, but it is no longer used."
        )
        message = message.replace("%1", address.shown).replace(
            "%2", str(paths.database_path(self.data_dir))
        )
        prompts.inform(self, title, (message + "\n\n" + kept_in_keyring).strip())
        self._restart_window()

    def _remember_server(self, address: ServerAddress) -> None:
        """This computer opens the diary on `address` from now on (the address only, never a
        password); the undo steps taken on the file end here."""
        self.ctx.settings.setValue(app.SERVER_KEY, address.conninfo)
        self.ctx.settings.sync()
        self.ctx.undo_stack.clear()

    # --- joining a diary already on a server ------------------------------------------------

    def join_server(self) -> None:
        dialog = MoveToServerDialog(self, joining=True)
        if dialog.exec() and dialog.address is not None:
            self.use_existing(dialog.address)

    def use_existing(self, address: ServerAddress) -> None:
        """Use the diary already on `address` (nothing copied); a database without a diary, a
        server away or a refused login is said, and this computer goes on with its file."""
        title = self.tr("Use a diary already on a server")
        try:
            app.switch_diary(self.data_dir, address, create=False)
        except diary_access.DiaryUnavailable as exc:
            prompts.warn(
                self,
                title,
                self.tr("The diary on %1 cannot be used: %2\n\nNothing was changed.")
                .replace("%1", address.shown)
                .replace("%2", error_text(exc)),
            )
            return
        self._remember_server(address)
        prompts.inform(
            self,
            title,
            self.tr(
                "This computer now uses the care team's diary on %1, each time the app starts. "
                "The diary file in the data folder (%2) is kept as it was, unused."
            )
            .replace("%1", address.shown)
            .replace("%2", str(paths.database_path(self.data_dir))),
        )
        self._restart_window()

    # --- from a server -------------------------------------------------------------------------

    def choose_home_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the copy"), str(Path.home())
        )
        if folder:
            self.copy_home(Path(folder))

    def copy_home(self, folder: Path) -> None:
        """A checked copy of the server's diary as `folder`'s own diary; nothing else changes."""
        title = self.tr("Bring a copy home")
        if paths.database_path(folder).exists():
            prompts.warn(
                self,
                title,
                self.tr(
                    "%1 already holds a diary. Nothing was copied. Choose an empty folder (the "
                    "folder dialog can make a new one)."
                ).replace("%1", str(folder)),
            )
            return
        if folder.is_dir() and any(folder.iterdir()):
            prompts.warn(
                self,
                title,
                self.tr(
                    "%1 is not empty. Nothing was copied. Choose an empty folder (the folder "
                    "dialog can make a new one)."
                ).replace("%1", str(folder)),
            )
            return
        progress, relay = copy_progress(
            self, title, self.tr("Copying the diary to %1…").replace("%1", str(folder))
        )

        def done(report: diary_access.CopyReport) -> None:
            progress.close()
            log.info("copy home: copied %d records", sum(report.tables.values()))
            prompts.inform(self, title, self._home_text(folder, report))

        def failed(exc: BaseException) -> None:
            progress.close()
            log.warning("copy home failed (%s)", type(exc).__name__)
            prompts.warn(
                self,
                title,
                self.tr("The copy could not be made: %1\n\nNothing else was changed.").replace(
                    "%1", error_text(exc)
                ),
            )

        def job() -> Any:
            return diary_access.copy_home(folder, relay.moved.emit)

        tasks.run_task(job, done, failed)

    def _home_text(self, folder: Path, report: diary_access.CopyReport) -> str:
        holds = (
            tr("%Ln person(s)", None, report.people)
            + ", "
            + tr("%Ln episode(s)", None, report.episodes)
        )
        return (
            self.tr(
                "A copy of the diary (%1) is now in %2. It was checked. Nothing else changed: "
                "this computer still uses the diary on the server.\n\nTo open the copy, start "
                'the app with that folder:\ncaregiver-app --data-dir "%2"\n\nThe copy holds '
                "health information: keep it private."
            )
            .replace("%1", holds)
            .replace("%2", str(folder))
        )

    def stop_using_server(self) -> None:
        title = self.tr("Stop using the server on this computer?")
        if not prompts.confirm(
            self,
            title,
            self.tr(
                "This computer goes back to the diary file kept in the data folder (%1), as it "
                "was before the move. That file does not hold anything logged on the server "
                "since then.\n\nTo keep what is on the server, bring a copy home first. The "
                "diary on the server is not changed, and other computers go on using it."
            ).replace("%1", str(paths.database_path(self.data_dir))),
            self.tr("Stop using the server"),
        ):
            return
        saved = self.ctx.settings.value(app.SERVER_KEY, "")
        try:
            app.switch_diary(self.data_dir, None)
        except (diary_access.DiaryUnavailable, diary_access.LockHeld) as exc:
            prompts.warn(
                self,
                title,
                self.tr(
                    "The data folder's diary file cannot be used: %1\n\nThis computer goes on "
                    "using the diary on the server."
                ).replace("%1", error_text(exc)),
            )
            return
        self.ctx.settings.remove(app.SERVER_KEY)
        self.ctx.settings.sync()
        self.ctx.undo_stack.clear()
        log.info("stopped using the server (it was saved: %s)", bool(saved))
        prompts.inform(
            self,
            self.tr("Stop using the server"),
            self.tr("This computer uses the diary file in the data folder again."),
        )
        self._restart_window()
