"""Starting the window: the application object, the look, the log, the lock, the diary, the window.

Start-up, in order: the data folder; the log (`logging_setup`); the data folder's lock, so a
second copy of the app says so instead of opening the same diary; a careful look at the diary
before anything opens it (`diary_file.inspect_diary`): a damaged diary, one from a newer version, or
a missing one with backups beside it brings up `DamagedDiaryDialog`, and nothing is changed
unless the user picks a way on; then the diary is opened (migrating it after a backup), the main
window is shown, and the daily backup runs in the background.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from caregiver_app import APP_DISPLAY_NAME, APP_NAME, __version__
from caregiver_app.logging_setup import current_log_file, log, log_unexpected
from caregiver_app.paths import DataDirError
from caregiver_app.words import tr

if TYPE_CHECKING:
    from caregiver_app.services.diary_access import DiaryLock
    from caregiver_app.services.server_address import ServerAddress

_showing_error = False


def _install_excepthook() -> None:
    """An unexpected error is logged (without its message, which may quote the diary) and shown
    in a friendly dialog with the log's location. Saved data stays safe: each action is one
    transaction, so nothing half-done is ever saved."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        global _showing_error
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        log_unexpected(kind, value, tb)
        if QApplication.instance() is None or _showing_error:
            return  # one dialog at a time; a burst of errors only goes to the log
        from caregiver_app.services import live

        if live.connection_lost(value):
            return  # a page could not read a server that went away: the window's banner says so
        from caregiver_app.ui import prompts

        where = current_log_file()
        text = tr(
            "Something went wrong: %1\n\nEverything you had saved is safe: each change is saved "
            "on its own the moment you make it, and a half-made change is never kept."
        ).replace("%1", str(value) or kind.__name__)
        if where is not None:
            text += "\n\n" + tr(
                "Details are in the log file %1 (it holds no names or notes). If this keeps "
                "happening, please send it to us with what you were doing."
            ).replace("%1", str(where))
        _showing_error = True
        try:
            prompts.warn(None, APP_DISPLAY_NAME, text)
        finally:
            _showing_error = False

    sys.excepthook = hook


def create_application() -> QApplication:
    from caregiver_app.ui import style
    from caregiver_app.ui.widgets import app_events

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    style.apply(app)
    app_events.install(app)
    return app


def settle_garbage_collector() -> None:
    """Keep Python's cycle collector from pausing the charts' background read.

    Reading ten years builds some 30,000 small objects; with the default thresholds the
    collector ran dozens of times during each read and now and then walked every object the
    window holds, which made the same read take 55 ms or 95 ms at random. Objects made so far
    (Qt wrappers, modules, the window) are frozen out of the collector's walks, and it runs
    after 20,000 new objects instead of 700. Memory is still freed by reference counting
    as before; only cycles wait a little longer.
    """
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)


def open_settings(data_dir: object) -> QSettings:
    """The window's settings file, private like everything in the data folder (Qt keeps the
    permissions of an existing file when it rewrites it)."""
    import os

    from caregiver_app import paths

    path = Path(str(data_dir)) / paths.SETTINGS_FILENAME
    if os.name == "posix" and path.parent.is_dir():
        # Never through a symbolic link (start-up refuses those: paths.planted_links). On
        # failure the settings still work; `caregiver-app check` would point it out.
        with contextlib.suppress(OSError):
            os.close(paths.open_own_file(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND))
    return QSettings(str(path), QSettings.Format.IniFormat)


def _apply_saved_look(app: QApplication, data_dir: Path) -> None:
    """The user's theme and text size from the start, so start-up messages already use them."""
    from caregiver_app.ui import i18n, style
    from caregiver_app.ui.preferences import Preferences

    prefs = Preferences.load(open_settings(data_dir))
    i18n.install(prefs.language)
    style.apply(app, prefs.theme, prefs.text_percent)


def prepare_diary(data_dir: Path) -> bool:
    """Look at the diary before opening it; ask the user when it cannot simply be opened.

    True when the diary is open and the window can be built; False when the user chose to quit
    (or it cannot be opened at all). A damaged file is never changed here: only a restore the
    user asked for moves it, untouched, into the set-aside folder.
    """
    from caregiver_app.messages import Message, plain
    from caregiver_app.services import diary_access
    from caregiver_app.ui import prompts
    from caregiver_app.ui.dialogs.damaged_diary import DamagedDiaryDialog
    from caregiver_app.ui.service_text import error_text

    if diary_access.server() is not None:
        return _open_server_diary(data_dir)
    opening_error: Message | None = None
    while True:
        state = diary_access.inspect(data_dir)
        if opening_error is not None and state.status in ("ok", "new"):
            # The checks passed but SQLite still could not open it: treat it as damaged.
            state = diary_access.with_problem(state, opening_error, data_dir)
        log.info("diary at start: %s", state.status)
        if state.status not in ("ok", "new"):
            dialog = DamagedDiaryDialog(state, data_dir)
            dialog.exec()
            log.info("start-up choice: %s", dialog.outcome)
            if dialog.outcome == "quit":
                return False
            if dialog.outcome == "restored":
                opening_error = None
                continue
            # "new": start an empty diary (only offered when there is no diary file at all)
        try:
            diary_access.open_writable(data_dir)
        except diary_access.DiaryUnavailable as exc:
            if exc.kind == "backup_failed":
                log.warning("the backup before an update failed")
                prompts.warn(None, APP_DISPLAY_NAME, error_text(exc))
                return False
            if exc.kind == "newer":  # pragma: no cover - caught by inspect
                opening_error = exc.said
            else:
                opening_error = plain(
                    tr("The diary file cannot be opened: %1").replace("%1", exc.detail)
                )
            continue
        return True


def _open_server_diary(data_dir: Path) -> bool:
    """Open the diary on its server; when the server cannot be used, say why and offer to try
    again. When the server came from this folder's settings (after a move), the person may also
    go back to the data folder's own file (the server is then forgotten on this computer, as
    "Stop using the server" does). Nothing in the diary is changed either way."""
    from PySide6.QtWidgets import QMessageBox

    from caregiver_app.services import diary_access
    from caregiver_app.ui.service_text import error_text

    while True:
        try:
            diary_access.open_writable(data_dir)
        except diary_access.DiaryUnavailable as exc:
            log.warning("the server diary cannot be opened (%s)", exc.kind)
            box = QMessageBox(QMessageBox.Icon.Warning, APP_DISPLAY_NAME, error_text(exc))
            box.setInformativeText(tr("Try again, or close the app and try later."))
            again = box.addButton(tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            use_file = None
            if _server_from_settings:
                use_file = box.addButton(
                    tr("Use this computer's file instead"), QMessageBox.ButtonRole.ActionRole
                )
            box.addButton(tr("Close the app"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(again)
            box.exec()
            if box.clickedButton() is again:
                continue
            if use_file is not None and box.clickedButton() is use_file:
                log.info("start-up choice: the data folder's file instead of the server")
                settings = open_settings(data_dir)
                settings.remove(SERVER_KEY)
                settings.sync()
                diary_access.use_server(None)
                return False if not _take_window_lock(data_dir) else prepare_diary(data_dir)
            return False
        # Each background thread keeps its own connection to the server: threads that never
        # expire (there are a handful) spare the reconnect, 10-16 ms, after a quiet spell.
        QThreadPool.globalInstance().setExpiryTimeout(-1)
        return True


def _take_window_lock(data_dir: Path) -> bool:
    """Going from the server to the folder's file at start-up: the file takes one window at a
    time. False (said) when another copy of the app has it."""
    from caregiver_app.services import diary_access
    from caregiver_app.ui import prompts

    if _window_lock is None:
        return True
    try:
        _window_lock.acquire()
    except diary_access.LockHeld:
        prompts.warn(
            None,
            APP_DISPLAY_NAME,
            tr("The diary file is already open in another copy of the app. Close it first."),
        )
        return False
    except OSError as exc:
        log.warning("The data folder cannot be locked (errno %s).", exc.errno)
    return True


def start_daily_backup(data_dir: Path, window: object | None = None) -> None:
    """The once-a-day backup, in the background; a failure is logged and shown in the status bar."""
    from caregiver_app.services import diary_access
    from caregiver_app.ui import tasks
    from caregiver_app.ui.service_text import error_text

    def done(info: diary_access.BackupInfo | None) -> None:
        if info is not None:
            log.info("daily backup: made %s", info.path.name)
            notifier = getattr(window, "notifier", None)
            if notifier is not None:
                from caregiver_app.ui.pages.settings_data import BACKUPS

                notifier.notify(BACKUPS, 0)

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed (%s)", type(exc).__name__)
        status_bar = getattr(window, "statusBar", None)
        if status_bar is not None:
            status_bar().showMessage(
                tr("Today's backup could not be made: %1").replace("%1", error_text(exc)), 30_000
            )

    tasks.run_task(lambda: diary_access.make_daily_backup(data_dir), done, failed)


def _rescue_deleted_diary(data_dir: Path) -> None:
    """The diary file deleted while the window had it open: put back what the window still sees."""
    from caregiver_app.services import diary_access

    if diary_access.rescue_if_deleted(data_dir):
        log.warning("the diary file was deleted while open; it was written back on closing")


def data_dir_problem(exc: DataDirError) -> str:
    """What the window says when the data folder cannot be used, in the user's language."""
    text = {
        "is_file": tr("The data folder %1 is a file, not a folder."),
        "cannot_create": tr("The data folder %1 cannot be created: %2."),
        "not_writable": tr("The data folder %1 cannot be written to."),
    }[exc.reason]
    advice = tr("Start the app with another folder (--data-dir), or fix this one and try again.")
    return text.replace("%1", str(exc.path)).replace("%2", exc.detail) + "\n\n" + advice


def planted_links_problem(links: list[Path]) -> str:
    """What the window says when some of its own files are symbolic links, which it never follows."""
    return tr(
        "These files in the data folder are symbolic links, which point somewhere else:\n\n%1\n\n"
        "The app keeps its own files only in the data folder and does not follow links, so "
        "it will not start. Remove the links (or move the real files into the data folder) "
        "and start the app again."
    ).replace("%1", "\n".join(str(link) for link in links))


# The window's server came from this data folder's settings (not --database or the environment).
_server_from_settings = False
# Where "Move this diary to a server" remembers the server (the address only, never a password).
SERVER_KEY = "diary/server"


def _ask_password_in_window(address: object, why: str) -> str | None:
    """The server wants a password that the URL, keyring and ~/.pgpass did not give."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        APP_DISPLAY_NAME,
        tr("The diary's server %1 asks for a password.\n(It said: %2)\n\nPassword:")
        .replace("%1", str(address))
        .replace("%2", why),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


# The window's lock on the data folder (run_window), taken again when the window goes back to
# the folder's file after using a server (`switch_diary`).
_window_lock: DiaryLock | None = None


def switch_diary(data_dir: Path, address: ServerAddress | None, *, create: bool = True) -> None:
    """The window's diary becomes the one on the server `address` (None: the data folder's
    file), after "Move this diary to a server" or "Stop using the server". The diary open until
    now is closed, unchanged. When the other one cannot be opened (DiaryUnavailable, or LockHeld
    when another copy of the app has the file), the one before is open again, as it was."""
    from caregiver_app.services import diary_access

    before = diary_access.server()
    if address is None and _window_lock is not None:
        _window_lock.acquire()  # the file takes one window at a time
    diary_access.close()
    diary_access.use_server(address, _ask_password_in_window if address else None)
    try:
        diary_access.open_diary(data_dir, create=create)
    except diary_access.DiaryUnavailable:
        diary_access.use_server(before, _ask_password_in_window if before else None)
        diary_access.open_writable(data_dir)
        raise
    log.info("the window's diary is now %s", "on a server" if address else "the folder's file")


def choose_server(data_dir: Path, database_arg: str | None) -> str | None:
    """The window's diary is on a server when --database, $CAREGIVER_APP_DATABASE or this data
    folder's settings (after "Move this diary to a server") name one; None: the folder's file.
    Returns an error to show, or None when all is well."""
    from caregiver_app.services import diary_access, server_address

    global _server_from_settings
    url = server_address.from_environment(database_arg)
    _server_from_settings = False
    if url is None:
        saved = open_settings(data_dir).value(SERVER_KEY, "")
        url = str(saved) if saved else None
        _server_from_settings = url is not None
    if url is None:
        diary_access.use_server(None)
        return None
    try:
        address = server_address.parse(url)
    except server_address.BadAddress as exc:
        return str(exc)
    diary_access.use_server(address, _ask_password_in_window)
    return None


def run_window(
    data_dir_arg: str | None, open_page: str | None, database_arg: str | None = None
) -> int:
    from caregiver_app import paths
    from caregiver_app.logging_setup import setup_logging, stop_logging
    from caregiver_app.services import diary_access
    from caregiver_app.ui import prompts
    from caregiver_app.ui.main_window import MainWindow
    from caregiver_app.ui.service_text import say

    app = create_application()
    try:
        data_dir = paths.prepare_data_dir(paths.resolve_data_dir(data_dir_arg))
    except paths.DataDirError as exc:
        from caregiver_app.ui import i18n

        i18n.install("system")  # the saved language is in the folder that cannot be used
        prompts.warn(None, APP_DISPLAY_NAME, data_dir_problem(exc))
        return 1
    planted = paths.planted_links(data_dir)
    if planted:
        from caregiver_app.ui import i18n

        i18n.install("system")  # the saved settings are among the files not to be trusted
        prompts.warn(None, APP_DISPLAY_NAME, planted_links_problem(planted))
        return 1
    setup_logging(data_dir, "window")
    _install_excepthook()
    _apply_saved_look(app, data_dir)
    problem = choose_server(data_dir, database_arg)
    if problem is not None:
        prompts.warn(None, APP_DISPLAY_NAME, problem)
        stop_logging()
        return 1
    global _window_lock
    held = _window_lock = diary_access.DiaryLock(data_dir, diary_access.WINDOW)
    try:
        if diary_access.server() is None:  # a server takes several writers: no folder lock
            held.acquire()
    except diary_access.LockHeld as exc:
        log.info("another copy holds the lock; not starting")
        prompts.warn(
            None,
            APP_DISPLAY_NAME,
            tr(
                "The diary is already open in another copy of the app (%1).\n\nSwitch to that "
                "window, or close it and start the app again. Two copies writing to the same "
                "diary could lose entries, so this one will not open it."
            ).replace("%1", say(exc.holder.said()) if exc.holder else tr("unknown")),
        )
        stop_logging()
        return 1
    except OSError as exc:  # e.g. a network folder without locks: carry on, but log it
        log.warning("The data folder cannot be locked (errno %s).", exc.errno)
    try:
        if not prepare_diary(data_dir):
            return 1
        windows: list[MainWindow] = []

        def build(page: str | None) -> None:
            """A fresh window, e.g. after a language change; the diary stays open throughout."""
            window = MainWindow(data_dir, open_settings(data_dir))
            window.restart_requested.connect(lambda: rebuild(window))
            window.show()
            window.open_initial_page(page)
            windows.append(window)

        def rebuild(old: MainWindow) -> None:
            page = old.current_page_key() or "settings"
            old.save_state()
            old.live.stop()
            old.tray.icon.hide()
            old.hide()
            old.deleteLater()
            windows.remove(old)
            build(page)

        build(open_page)
        settle_garbage_collector()
        from caregiver_app.ui import bench_hook

        bench_hook.install(app, windows[0])  # only with CAREGIVER_APP_BENCH_FIRST_PAINT set
        start_daily_backup(data_dir, windows[0])
        quit_after = os.environ.get("CAREGIVER_APP_QUIT_AFTER_MS", "")
        if quit_after.isdigit():  # smoke tests of the built bundle (packaging/smoke_test.sh)
            QTimer.singleShot(int(quit_after), app.quit)
        return app.exec()
    finally:
        _rescue_deleted_diary(data_dir)
        diary_access.close()
        held.release()
        _window_lock = None
        log.info("window closed")
        stop_logging()
