"""Starting the window: the application object, the look, the diary, the main window."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from caregiver_app import APP_DISPLAY_NAME, APP_NAME, __version__


def _install_excepthook() -> None:
    """An unexpected error shows a friendly message; saved data stays safe (each action is a transaction)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        app = QApplication.instance()
        if app is not None:
            QMessageBox.critical(
                None,
                APP_DISPLAY_NAME,
                QApplication.translate(
                    "App",
                    "Something went wrong: %1\n\nEverything you had saved is safe. "
                    "If this keeps happening, please tell us what you were doing.",
                ).replace("%1", str(value) or kind.__name__),
            )

    sys.excepthook = hook


def create_application() -> QApplication:
    from caregiver_app.ui import style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    style.apply(app)
    return app


def open_settings(data_dir: object) -> QSettings:
    return QSettings(str(data_dir) + "/settings.ini", QSettings.Format.IniFormat)


def run_window(data_dir_arg: str | None, open_page: str | None) -> int:
    import peewee

    from caregiver_app import paths
    from caregiver_app.store import db, migrations
    from caregiver_app.ui.main_window import MainWindow

    app = create_application()
    try:
        data_dir = paths.prepare_data_dir(paths.resolve_data_dir(data_dir_arg))
        db_path = paths.database_path(data_dir)
        db.open_database(db_path)
        paths.make_private(db_path)
    except (paths.DataDirError, migrations.NewerDatabaseError) as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return 1
    except peewee.DatabaseError as exc:
        QMessageBox.critical(
            None,
            APP_DISPLAY_NAME,
            QApplication.translate(
                "App", "The diary file cannot be opened: %1\n\nIt was not changed."
            ).replace("%1", str(exc)),
        )
        return 1
    _install_excepthook()
    window = MainWindow(data_dir, open_settings(data_dir))
    window.show()
    window.open_initial_page(open_page)
    try:
        return app.exec()
    finally:
        db.close_database()
