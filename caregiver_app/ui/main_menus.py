"""The window's menus: File (log, check-in, export, import, quit), Edit (undo, redo), Go (a
shortcut to each page) and Help (when to get help now, about)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

from caregiver_app import APP_DISPLAY_NAME, __version__
from caregiver_app.ui import prompts
from caregiver_app.ui.sidebar import PAGE_KEYS


class MainMenuBar(QMenuBar):
    """Each menu entry calls back into the window; `new_action` is enabled once someone is in
    the diary. `page_labels` are the pages' names by key, in the sidebar's order."""

    def __init__(
        self,
        undo_stack: QUndoStack,
        page_labels: dict[str, str],
        *,
        new_episode: Callable[[], None],
        show_page: Callable[[str], None],
        export_diary: Callable[[], None],
        import_diary: Callable[[], None],
        quit_app: Callable[[], None],
        help_now: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        file_menu = self.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&Log episode…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(new_episode)
        file_menu.addAction(self.new_action)
        checkin = QAction(self.tr("Daily &check-in"), self)
        checkin.setShortcut(QKeySequence("Ctrl+D"))
        checkin.triggered.connect(lambda: show_page("checkin"))
        file_menu.addAction(checkin)
        file_menu.addSeparator()
        export = QAction(self.tr("&Export…"), self)
        export.triggered.connect(export_diary)
        file_menu.addAction(export)
        imp = QAction(self.tr("&Import…"), self)
        imp.triggered.connect(import_diary)
        file_menu.addAction(imp)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(quit_app)
        file_menu.addAction(quit_action)

        edit_menu = self.addMenu(self.tr("&Edit"))
        undo = undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z and Ctrl+Y
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        go_menu = self.addMenu(self.tr("&Go"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(page_labels[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: show_page(k))
            go_menu.addAction(action)

        help_menu = self.addMenu(self.tr("&Help"))
        self.help_now_action = QAction(self.tr("&When to get help now"), self)
        self.help_now_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        if help_now is not None:
            self.help_now_action.triggered.connect(help_now)
        help_menu.addAction(self.help_now_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        prompts.inform(
            self.window(),
            self.tr("About"),
            f"{APP_DISPLAY_NAME} {__version__}\n\n"
            + self.tr(
                "A private diary of muscle twitching and spasms after a stroke or brain injury. "
                "It records and informs; it does not diagnose or give medical advice. "
                "In an emergency, call your local emergency number."
            ),
        )
