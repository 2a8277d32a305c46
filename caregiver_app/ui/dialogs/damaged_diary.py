"""At start-up, when the diary cannot simply be opened: say what is wrong and offer a way on.

Three cases (`diary_access.DiaryState.status`): `damaged` (the checks failed), `newer` (saved by a newer
version of the app) and `missing` (no diary file, but there are backups: perhaps it was deleted
by mistake). The choices: restore the newest good backup, restore another diary file the user
picks, start a new empty diary (only when the diary is missing), or quit. The damaged or newer
file itself is never changed: a restore moves it, untouched, into the set-aside folder.

`outcome` says what happened: "restored", "new" or "quit".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import paths
from caregiver_app.logging_setup import log
from caregiver_app.services import diary_access
from caregiver_app.ui import prompts
from caregiver_app.ui.pages.settings_data import contents_label, when_phrase
from caregiver_app.ui.service_text import error_text, say


class DamagedDiaryDialog(QDialog):
    def __init__(
        self, state: diary_access.DiaryState, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.data_dir = Path(data_dir)
        self.db_path = paths.database_path(self.data_dir)
        self.outcome = "quit"
        self.setWindowTitle(self.tr("Your diary"))
        self.setMinimumWidth(480)

        title = QLabel(self._title())
        title.setObjectName("PageTitle")
        title.setWordWrap(True)
        explain = QLabel(self._explanation())
        explain.setWordWrap(True)

        found = QLabel()
        found.setWordWrap(True)
        found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        found.setAccessibleName(self.tr("What was found"))
        if state.status == "missing":
            found.setText(self.tr("There is no diary file at %1.").replace("%1", str(self.db_path)))
        elif state.status == "newer":
            found.setText(
                self.tr(
                    "Its format is version %1; this version of the app reads up to %2.\n\n"
                    "The file has not been changed. It is at %3."
                )
                .replace("%1", str(state.report.version))
                .replace("%2", str(diary_access.LATEST_VERSION))
                .replace("%3", str(self.db_path))
            )
        else:
            found.setText(
                self.tr("What was found: %1\n\nThe file has not been changed. It is at %2.")
                .replace("%1", say(state.report.said()))
                .replace("%2", str(self.db_path))
            )
        found_box = QFrame()
        found_box.setObjectName("Banner")
        box = QVBoxLayout(found_box)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(found)

        self.good = diary_access.newest_good_backup(self.data_dir)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        if self.good is not None:
            info, report = self.good
            self.backup_label.setText(
                self.tr("The newest good backup was made %1 and holds %2.")
                .replace("%1", when_phrase(info.when))
                .replace("%2", contents_label(report))
            )
        else:
            self.backup_label.setText(
                self.tr("No usable backup was found in %1.").replace(
                    "%1", str(paths.backups_dir(self.data_dir))
                )
            )

        self.restore_button = QPushButton(self.tr("Restore the newest good backup"))
        self.restore_button.setObjectName("Primary")
        self.restore_button.setEnabled(self.good is not None)
        self.restore_button.clicked.connect(self.restore_newest)
        self.open_button = QPushButton(self.tr("Open another diary file…"))
        self.open_button.setAccessibleDescription(
            self.tr("Choose a backup or a diary file, for example one saved on a USB stick")
        )
        self.open_button.clicked.connect(self.choose_file)
        self.new_button = QPushButton(self.tr("Start a new, empty diary"))
        self.new_button.clicked.connect(self.start_new)
        self.new_button.setVisible(state.status == "missing")
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.quit)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.hide()

        # The words scroll if they must (large text on a small screen); the choices stay in view.
        words = QWidget()
        text = QVBoxLayout(words)
        text.setContentsMargins(0, 0, 8, 0)
        text.setSpacing(12)
        text.addWidget(title)
        text.addWidget(explain)
        text.addWidget(found_box)
        text.addWidget(self.backup_label)
        text.addWidget(self.error)
        text.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(words)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        for button in (self.restore_button, self.open_button, self.new_button, self.quit_button):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        (self.restore_button if self.good is not None else self.open_button).setDefault(True)
        self._fit_to_screen(words)

    def _fit_to_screen(self, words: QWidget) -> None:
        """Tall enough to show everything when the screen allows, never taller than the screen."""
        screen = self.screen().availableGeometry()
        width = min(max(self.minimumWidth(), 640), screen.width() - 40)
        buttons = [b for b in self.findChildren(QPushButton) if not b.isHidden()]
        wanted = words.heightForWidth(width - 56) + sum(b.sizeHint().height() + 10 for b in buttons)
        wanted += 50
        self.resize(width, max(320, min(wanted, screen.height() - 60)))

    def _title(self) -> str:
        if self.state.status == "newer":
            return self.tr("This diary is from a newer version of the app")
        if self.state.status == "missing":
            return self.tr("Your diary file is missing")
        return self.tr("Your diary could not be opened")

    def _explanation(self) -> str:
        if self.state.status == "newer":
            return self.tr(
                "It was saved by a newer version of Caregiver Dashboard than this one. Install "
                "the newer version to open it. Or go back to a backup this version can read: "
                "the newer diary is then kept, untouched, in the set-aside folder."
            )
        if self.state.status == "missing":
            return self.tr(
                "The diary file is not in the data folder, but there are backups of it. If it "
                "was deleted or moved by mistake, restore the newest backup: it holds everything "
                "up to when it was made."
            )
        return self.tr(
            "The diary file is damaged, so it was not opened: using it could lose more entries. "
            "You can restore a backup. The damaged file is then kept, untouched, in the "
            "set-aside folder, so someone could still try to rescue it."
        )

    # --- choices ---------------------------------------------------------------------------------

    def restore_newest(self) -> None:
        if self.good is not None:
            self.restore_from(self.good[0].path)

    def choose_file(self) -> None:
        start = paths.backups_dir(self.data_dir)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another diary file"),
            str(start if start.is_dir() else Path.home()),
            self.tr("Diary files (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> bool:
        """Make a copy of `path` the diary (checked first; `path` itself is never changed)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = diary_access.restore(path, self.data_dir)
        except (diary_access.RestoreError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)
            log.warning("start-up restore refused or failed")
            self.error.setText(message)
            self.error.show()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        log.info("start-up restore: done (previous diary: %s)", result.kept_how or "none")
        text = self.tr("Restored: the diary now holds %1.").replace(
            "%1", contents_label(result.report)
        )
        if result.kept_how == "set-aside":
            text += "\n\n" + self.tr(
                "The file that could not be opened was moved, unchanged, to %1."
            ).replace("%1", str(result.kept))
        elif result.kept_how == "backup":
            text += "\n\n" + self.tr("The diary that was there is kept as a backup.")
        prompts.inform(self, self.tr("Backup restored"), text)
        self.outcome = "restored"
        self.accept()
        return True

    def start_new(self) -> None:
        self.outcome = "new"
        self.accept()

    def quit(self) -> None:
        self.outcome = "quit"
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.outcome != "restored":
            self.outcome = "quit"
        super().closeEvent(event)
