"""Settings, "Data and backups": where the diary is, its backups, back up now, restore.

A restore replaces the whole diary, so it asks first (through `prompts.confirm`), closes the
window's connection, lets `services.diary_access.restore` check the file and keep the current
diary as a backup, reopens the diary and tells every page that everything changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from caregiver_app import paths
from caregiver_app.logging_setup import log
from caregiver_app.services import diary_access, outputs, people
from caregiver_app.ui import notifier as topics
from caregiver_app.ui import prompts, style, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import ACTIVE_PERSON, PEOPLE
from caregiver_app.ui.service_text import error_text, say
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.ui.widgets.table_columns import ColumnFitter
from caregiver_app.words import local_date, tr

# Topics pages listen to; after a restore every one of them has changed. Who is in the diary
# first (the window then knows the active person), then every other topic the notifier names.
_ALL_TOPICS = (
    PEOPLE,
    ACTIVE_PERSON,
    *(
        value
        for name, value in vars(topics).items()
        if name.isupper() and isinstance(value, str) and value not in (PEOPLE, ACTIVE_PERSON)
    ),
)
# Said on the notifier when a backup was made elsewhere (e.g. the daily one at start-up).
BACKUPS = "backups"


def kind_label(kind: str) -> str:
    return {
        "daily": tr("Daily"),
        "manual": tr("Made by you"),
        "before-update": tr("Before an update"),
        "before-restore": tr("Before a restore"),
    }.get(kind, kind)


def when_label(when: dt.datetime, today: dt.date) -> str:
    """E.g. "Today, 09:12", "Yesterday, 21:05" or "Tue 24 Nov 2026, 09:12", in the user's language."""
    locale = QLocale()
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    if when.date() == today:
        return tr("Today, %1").replace("%1", time)
    if when.date() == today - dt.timedelta(days=1):
        return tr("Yesterday, %1").replace("%1", time)
    day = local_date(when.date())
    return f"{day}, {time}"


def when_phrase(when: dt.datetime, today: dt.date | None = None) -> str:
    """For a sentence: "today at 09:12", "yesterday at 21:05", "on Tue 24 Nov 2026 at 09:12"."""
    today = today or dt.date.today()
    locale = QLocale()
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    if when.date() == today:
        return tr("today at %1").replace("%1", time)
    if when.date() == today - dt.timedelta(days=1):
        return tr("yesterday at %1").replace("%1", time)
    day = local_date(when.date())
    return tr("on %1 at %2").replace("%1", day).replace("%2", time)


def size_label(size: int) -> str:
    """E.g. "286.7 kB" in English, "286,7 kB" in Spanish (1 kB = 1000 bytes, as the command
    line's sizes; those stay English)."""
    if size < 1000:
        return tr("%Ln byte(s)", None, size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def contents_label(report: diary_access.FileReport) -> str:
    """E.g. "2 people, 1,234 episodes, 180 check-ins"."""
    parts = []
    if report.people is not None:
        parts.append(tr("%Ln person(s)", None, report.people))
    if report.episodes is not None:
        parts.append(tr("%Ln episode(s)", None, report.episodes))
    if report.checkins is not None:
        parts.append(tr("%Ln check-in(s)", None, report.checkins))
    return ", ".join(parts) or tr("empty")


def _peek(path: Path) -> diary_access.FileReport:
    """What a backup holds, for the list (the quick check, not the full one)."""
    return diary_access.check_file(path, full=False)


class DataCard(Card):
    """The "Data and backups" card on the Settings page."""

    def __init__(self, ctx: PageContext, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Data and backups"), parent)
        self.ctx = ctx
        self.data_dir = Path(data_dir)
        self.db_path = paths.database_path(self.data_dir)
        self._backups: list[diary_access.BackupInfo] = []

        on_server = diary_access.server() is not None  # "Sharing with a care team" says where
        where = QLabel(
            self.tr("This computer's settings, logs and backups of the diary are in this folder:")
            if on_server
            else self.tr("Your diary is kept only on this computer, in this folder:")
        )
        where.setWordWrap(True)
        self.folder = QLabel(str(self.data_dir))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        private = QLabel(
            self.tr(
                "Backups are copies of the diary from the server and hold health information, "
                "and so do exports: keep them private. The app talks only to the diary's server."
            )
            if on_server
            else self.tr(
                "It holds health information, and so do backups and exports: keep them private. "
                "The app never sends anything over the internet."
            )
        )
        private.setObjectName("Muted")
        private.setWordWrap(True)

        backups_title = QLabel(self.tr("Backups"))
        backups_title.setObjectName("SubTitle")
        backups_title.setStyleSheet("font-weight: 600;")
        explain = QLabel(
            self.tr(
                "A backup is made each day you open the app, and before an update or a restore. "
                "One a day is kept for a week, one a week for a month and one a month for a year."
            )
        )
        explain.setObjectName("Muted")
        explain.setWordWrap(True)
        self.backup_list = QTreeWidget()
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Holds"), self.tr("Size")]
        )
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setAlternatingRowColors(True)
        # Room between the columns and a comfortable row height (the theme sets the colours).
        self.backup_list.setStyleSheet("QTreeView::item { padding: 3px 12px 3px 4px; }")
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._columns = ColumnFitter(self.backup_list, self.backup_list.header())
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        self.backup_list.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.empty_label = QLabel(
            self.tr("No backups yet. The first one is made the next time the app starts.")
        )
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.save_copy_button = QPushButton(self.tr("Save a copy elsewhere…"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.backup_button.setAccessibleDescription(
            self.tr("Make a backup of the diary now, in the backups folder")
        )
        self.restore_button.setAccessibleDescription(
            self.tr("Replace the diary with the chosen backup; the diary as it is now is kept")
        )
        self.save_copy_button.setAccessibleDescription(
            self.tr("Save a backup somewhere else, for example on a USB stick")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_file_to_restore)
        self.save_copy_button.clicked.connect(self.choose_copy_target)
        self.open_folder_button.clicked.connect(self.open_folder)
        # One row of buttons in a wide window; they wrap onto more rows in a narrow one.
        buttons = flow_host(
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.save_copy_button,
            self.open_folder_button,
        )
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Backup status"))
        self.notice.hide()

        for widget in (where, self.folder, private):
            self.body.addWidget(widget)
        self.body.addSpacing(8)
        self.body.addWidget(backups_title)
        self.body.addWidget(explain)
        self.body.addWidget(self.backup_list)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(buttons)
        self.body.addWidget(self.notice)
        ctx.notifier.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str, _person_id: int) -> None:
        if topic == BACKUPS:
            self.refresh()

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of backups (names and sizes at once, what each holds in the background)."""
        selected = self.selected_backup()
        self._backups = diary_access.list_backups(self.data_dir)
        self.backup_list.clear()
        today = self.ctx.clock.today()
        for info in self._backups:
            item = QTreeWidgetItem(
                [
                    when_label(info.when, today),
                    kind_label(info.kind),
                    "…",
                    size_label(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            # Narrow columns elide their text: each cell's tooltip has all of it (and the file).
            item.setToolTip(0, f"{item.text(0)}\n{info.path}")
            for column in (1, 3):
                item.setToolTip(column, item.text(column))
            self.backup_list.addTopLevelItem(item)
            if selected is not None and info.path == selected.path:
                self.backup_list.setCurrentItem(item)
        first = self.backup_list.topLevelItem(0)
        if self.backup_list.currentItem() is None and first is not None:
            self.backup_list.setCurrentItem(first)
        self.backup_list.setVisible(bool(self._backups))
        self.empty_label.setVisible(not self._backups)
        self._fit_list_height()
        self._columns.want_contents()
        self._update_buttons()
        listed = [info.path for info in self._backups]
        tasks.run_task(lambda: [_peek(p) for p in listed], self._show_contents, self._peek_failed)

    def _fit_list_height(self) -> None:
        """As tall as its rows, from 3 to 8 of them; more scroll."""
        rows = min(8, max(3, self.backup_list.topLevelItemCount()))
        row_height = self.backup_list.sizeHintForRow(0)
        if row_height <= 0:
            row_height = self.fontMetrics().height() + 8
        header = self.backup_list.header().sizeHint().height()
        frame = 2 * self.backup_list.frameWidth()
        self.backup_list.setFixedHeight(header + rows * row_height + frame + 2)

    def _show_contents(self, reports: list[diary_access.FileReport]) -> None:
        by_path = {report.path: report for report in reports}
        for row in range(self.backup_list.topLevelItemCount()):
            item = self.backup_list.topLevelItem(row)
            report = by_path.get(Path(item.data(0, Qt.ItemDataRole.UserRole))) if item else None
            if item is None or report is None:
                continue
            if report.ok:
                item.setText(2, contents_label(report))
                item.setToolTip(2, item.text(2))
            else:
                item.setText(2, self.tr("Damaged: cannot be restored"))
                item.setToolTip(2, say(report.said()))
        self._columns.want_contents()

    def _peek_failed(self, exc: BaseException) -> None:
        log.warning("Listing what the backups hold failed (%s).", type(exc).__name__)

    def selected_backup(self) -> diary_access.BackupInfo | None:
        item = self.backup_list.currentItem()
        if item is None:
            return None
        path = Path(item.data(0, Qt.ItemDataRole.UserRole))
        return next((b for b in self._backups if b.path == path), None)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _say(self, text: str, problem: bool = False) -> None:
        style.set_look(self.notice, "Error" if problem else "Saved")
        self.notice.setText(text)
        self.notice.show()

    # --- actions -------------------------------------------------------------------------------

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)

        def done(info: diary_access.BackupInfo) -> None:
            self.backup_button.setEnabled(True)
            log.info("backup: made %s", info.path.name)
            self.refresh()
            self._say(self.tr("Backed up just now (%1).").replace("%1", size_label(info.size)))

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            log.warning("backup failed (%s)", type(exc).__name__)
            self._say(
                self.tr("The backup could not be made: %1").replace("%1", error_text(exc)),
                problem=True,
            )

        tasks.run_task(lambda: diary_access.create_backup(self.data_dir, "manual"), done, failed)

    def choose_copy_target(self) -> None:
        suggested = Path.home() / f"Diary backup {self.ctx.clock.today():%Y-%m-%d}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the diary"),
            str(suggested),
            self.tr("Diary backups (*.sqlite3)"),
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, target: Path) -> None:
        """A checked backup at `target` (the file dialog has already asked about replacing it).
        Never over one of the app's own files (`outputs.check_output_path`)."""
        try:
            outputs.check_output_path(target, self.data_dir)
        except outputs.OutputError as exc:
            prompts.warn(
                self,
                self.tr("Copy not saved"),
                self.tr("The copy could not be saved: %1").replace("%1", error_text(exc)),
            )
            return

        def done(report: diary_access.FileReport) -> None:
            log.info("backup: saved a copy to a file the user chose")
            prompts.inform(
                self,
                self.tr("Copy saved"),
                self.tr(
                    "Saved a copy of the diary to %1 (%2).\n\nThis file contains health "
                    "information. Keep it private."
                )
                .replace("%1", str(target))
                .replace("%2", contents_label(report)),
            )

        def failed(exc: BaseException) -> None:
            prompts.warn(
                self,
                self.tr("Copy not saved"),
                self.tr("The copy could not be saved: %1").replace("%1", error_text(exc)),
            )

        tasks.run_task(
            lambda: diary_access.save_copy(self.data_dir, target, overwrite=True), done, failed
        )

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        report = diary_access.check_file(chosen.path)
        self._confirm_and_restore(
            chosen.path, report, when_label(chosen.when, self.ctx.clock.today())
        )

    def choose_file_to_restore(self) -> None:
        start = paths.backups_dir(self.data_dir)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(start if start.is_dir() else Path.home()),
            self.tr("Diary files (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.restore_from_file(Path(path))

    def restore_from_file(self, path: Path) -> bool:
        report = diary_access.check_file(path)
        return self._confirm_and_restore(path, report, path.name)

    def _confirm_and_restore(self, path: Path, report: diary_access.FileReport, name: str) -> bool:
        title = self.tr("Restore")
        if not report.ok or report.empty:
            problem = say(report.said()) if not report.ok else self.tr("It holds no diary.")
            prompts.warn(
                self,
                title,
                self.tr("This file cannot be restored. %1\n\nNothing was changed.").replace(
                    "%1", problem
                ),
            )
            return False
        if not prompts.confirm(
            self,
            self.tr("Restore the backup from %1?").replace("%1", name),
            self.tr(
                "The diary will be replaced by this backup (%1). Anything entered after the "
                "backup was made will not be in it.\n\nThe diary as it is now is kept as a "
                "backup first, so you can go back to it."
            ).replace("%1", contents_label(report)),
            self.tr("Restore"),
        ):
            return False
        return self.restore_now(path)

    def restore_now(self, path: Path) -> bool:
        """Close the diary, restore `path` into its place, reopen it. True when it was replaced."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        error: str | None = None
        result: diary_access.RestoreResult | None = None
        try:
            try:
                result = diary_access.restore(path, self.data_dir)
            except diary_access.RestoreError as exc:
                error = error_text(exc)
            except OSError as exc:
                error = self.tr("The backup could not be restored: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            finally:
                # Whatever happened, the window needs a diary: the restored one or the old one.
                reopened = reopen_diary(self.data_dir)
        finally:
            QApplication.restoreOverrideCursor()
        if result is not None:
            log.info("restore: done (previous diary: %s)", result.kept_how or "none")
            self._after_restore()
        else:
            log.warning("restore refused or failed")
        if reopened is not None:
            prompts.warn(
                self,
                self.tr("Restore"),
                self.tr(
                    "The diary could not be opened again: %1\n\nQuit the app and start it again; "
                    "it will offer to restore a backup."
                ).replace("%1", reopened),
            )
            return False
        if error is not None:
            prompts.warn(self, self.tr("Restore"), error)
            self._say(self.tr("The backup was not restored."), problem=True)
            return False
        assert result is not None
        kept = (
            self.tr("The diary as it was is kept as a backup.")
            if result.kept_how == "backup"
            else self.tr("The diary that was there was moved, unchanged, to %1.").replace(
                "%1", str(result.kept)
            )
            if result.kept_how == "set-aside"
            else ""
        )
        message = (
            self.tr("Restored: the diary now holds %1.").replace(
                "%1", contents_label(result.report)
            )
            + " "
            + kept
        ).strip()
        self._say(message)
        self.refresh()
        return True

    def _after_restore(self) -> None:
        """Everything in the diary may have changed: undo steps no longer apply, pages reload."""
        self.ctx.undo_stack.clear()
        active = people.get_active()
        person_id = active.id if active is not None else 0
        for topic in _ALL_TOPICS:
            self.ctx.notifier.notify(topic, person_id)


def reopen_diary(data_dir: Path) -> str | None:
    """Open the diary again after a restore; None when it worked, else what went wrong."""
    try:
        diary_access.open_writable(data_dir)
    except diary_access.DiaryUnavailable as exc:
        return exc.detail or error_text(exc)
    return None
