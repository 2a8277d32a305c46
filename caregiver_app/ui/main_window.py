"""The main window: a sidebar of pages. It builds the pages, hands each what it needs, and owns nothing else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME, __version__
from caregiver_app.services import episodes, people, sample
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui import i18n, prompts, style, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs import diary_transfer
from caregiver_app.ui.dialogs.episode_dialog import EpisodeDialog
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.icons import app_icon
from caregiver_app.ui.learn_links import LearnLinks
from caregiver_app.ui.notifier import ACTIVE_PERSON, PEOPLE, DataNotifier
from caregiver_app.ui.pages.placeholder import PlaceholderPage
from caregiver_app.ui.pages.welcome import WelcomePage
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.tray import TrayController
from caregiver_app.ui.undo_commands import AddEpisode, EditEpisode
from caregiver_app.ui.widgets.nav_list import NavList

# (key, label); the order of the sidebar. Keys match --open.
PAGE_KEYS = (
    "today",
    "checkin",
    "episodes",
    "charts",
    "treatments",
    "equipment",
    "learn",
    "reports",
    "settings",
)


class MainWindow(QMainWindow):
    restart_requested = Signal()  # e.g. after a language change: the app builds a fresh window

    def __init__(self, data_dir: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.notifier = DataNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.ctx = PageContext(self.notifier, settings, self.undo_stack, self.active_person_id)
        self._active_id: int | None = None
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1200, 760)
        self._quitting = False
        self.prefs = Preferences.load(settings)
        self.learn = LearnLinks(
            self, settings, i18n.language_code(self.prefs.language), self._show_learn_section
        )
        style.apply(QApplication.instance(), self.prefs.theme, self.prefs.text_percent)  # type: ignore[arg-type]

        # --- sidebar ---------------------------------------------------------------------------
        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        app_name = QLabel(APP_DISPLAY_NAME)
        app_name.setWordWrap(True)
        app_name.setObjectName("SectionTitle")
        caring = QLabel(self.tr("Caring for"))
        caring.setObjectName("Muted")
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person cared for"))
        self.person_combo.activated.connect(
            lambda i: self.set_active_person(self.person_combo.itemData(i))
        )
        self.nav = NavList()
        self.nav.setObjectName("Nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        labels = self._page_labels()
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{labels[key]} (Ctrl+{number})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(
            lambda row: self.show_page(PAGE_KEYS[row]) if row >= 0 else None
        )
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(8, 16, 8, 12)
        side.setSpacing(6)
        side.addWidget(app_name)
        side.addSpacing(8)
        side.addWidget(caring)
        side.addWidget(self.person_combo)
        side.addSpacing(8)
        side.addWidget(self.nav, 1)
        for widget in (app_name, caring):
            widget.setContentsMargins(8, 0, 0, 0)

        self.stack = QStackedWidget()
        self.welcome = WelcomePage(
            self.set_up_profile, self.explore_sample, lambda: self.show_page("settings")
        )
        self.stack.addWidget(self._scrollable(self.welcome))
        sidebar.setMaximumWidth(19 * self.fontMetrics().averageCharWidth() + 60)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.notifier.changed.connect(self._on_changed)
        self._reload_people()
        self._restore_state()
        self.tray = TrayController(
            app_icon(),
            log_episode=self.log_from_tray,
            open_checkin=self.checkin_from_tray,
            show_window=self.bring_to_front,
            quit_app=self.quit_app,
            active_person_id=self.active_person_id,
            parent=self,
        )
        self.tray.reminded.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.tray.apply(self.prefs)
        self.setWindowIcon(app_icon())

    # --- pages ----------------------------------------------------------------------------------

    def _page_labels(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "checkin": self.tr("Check-in"),
            "episodes": self.tr("Episodes"),
            "charts": self.tr("Charts"),
            "treatments": self.tr("Treatments"),
            "equipment": self.tr("Equipment"),
            "learn": self.tr("Learn"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }

    def _factories(self) -> dict[str, Callable[[], QWidget]]:
        """Each page's module is imported when the page is first shown (a quick start)."""

        def today() -> QWidget:
            from caregiver_app.ui.pages.today import TodayPage

            return TodayPage(
                self.ctx,
                self.new_episode,
                lambda: self.show_page("checkin"),
                lambda: self.show_page("episodes"),
            )

        def checkin() -> QWidget:
            from caregiver_app.ui.pages.checkin import CheckInPage

            return CheckInPage(self.ctx)

        def episodes_page() -> QWidget:
            from caregiver_app.ui.pages.episodes import EpisodesPage

            return EpisodesPage(self.ctx, self.new_episode, self.edit_episode)

        def treatments() -> QWidget:
            from caregiver_app.ui.pages.treatments import TreatmentsPage

            return TreatmentsPage(self.ctx)

        def reports() -> QWidget:
            from caregiver_app.ui.pages.reports import ReportsPage

            return ReportsPage(self.ctx)

        def settings() -> QWidget:
            from caregiver_app.ui.pages.settings import SettingsPage

            return SettingsPage(
                self.ctx,
                self.data_dir,
                self.set_active_person,
                preferences_changed=self.apply_preferences,
            )

        return {
            "today": today,
            "checkin": checkin,
            "episodes": episodes_page,
            "charts": self._charts_page,
            "treatments": treatments,
            "equipment": self._equipment_page,
            "learn": self.learn.page,
            "reports": reports,
            "settings": settings,
        }

    def _charts_page(self) -> QWidget:
        from caregiver_app.ui.pages.charts import ChartsPage

        return ChartsPage(
            self.notifier,
            self.active_person_id,
            self.settings,
            open_episodes=self.open_episodes,
            open_learn_for_trigger=self.learn.open_for_trigger,
        )

    def open_episodes(self, flt: EpisodeFilter) -> None:
        """Show the episodes behind a bar or cell of a chart."""
        self.show_page("episodes")
        self.page("episodes").show_filter(flt)  # type: ignore[attr-defined]

    def _equipment_page(self) -> QWidget:
        from caregiver_app.services import equipment
        from caregiver_app.ui.pages.equipment import EquipmentPage

        try:
            catalogue = equipment.load_catalogue(language=i18n.language_code(self.prefs.language))
        except equipment.CatalogueError as exc:
            return PlaceholderPage(
                self.tr("Equipment"),
                self.tr("The equipment catalogue could not be read: %1").replace("%1", str(exc)),
            )
        return EquipmentPage(
            catalogue,
            self.notifier,
            self.active_person_id,
            self.settings,
            open_learn_for_item=self.learn.open_for_item,
            has_learn_for_item=self.learn.has_for_item,
        )

    def _show_learn_section(self, section_id: str) -> None:
        self.show_page("learn")
        self.page("learn").open_section(section_id)  # type: ignore[attr-defined]

    def page(self, key: str) -> QWidget:
        """The page for `key`, built the first time it is needed (keeps start-up quick)."""
        if key not in self.pages:
            widget = self._factories()[key]()
            widget.setObjectName(f"page-{key}")
            self.pages[key] = widget
            self.stack.addWidget(self._scrollable(widget))
        return self.pages[key]

    @staticmethod
    def _area(page: QWidget) -> QWidget:
        """The scroll area holding `page` in the stack."""
        viewport = page.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        assert area is not None, "every page sits in a scroll area"
        return area

    @staticmethod
    def _scrollable(page: QWidget) -> QScrollArea:
        """A page never forces the window wider or taller than the screen: at large text it scrolls."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def show_page(self, key: str) -> None:
        if key == "new-episode":
            self.show_page("today")
            QTimer.singleShot(0, self.new_episode)
            return
        if self._active_id is None and key != "settings":
            self.stack.setCurrentWidget(self._area(self.welcome))
            return
        self.stack.setCurrentWidget(self._area(self.page(key)))
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.settings.setValue("window/last_page", key)

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        for key, widget in self.pages.items():
            if current is not None and current.isAncestorOf(widget):
                return key
        return None

    # --- people ----------------------------------------------------------------------------------

    def active_person_id(self) -> int | None:
        return self._active_id

    def _reload_people(self) -> None:
        active = people.get_active()
        self._active_id = active.id if active else None
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in people.list_people():
            self.person_combo.addItem(person.name, person.id)
        if active is not None:
            self.person_combo.setCurrentIndex(self.person_combo.findData(active.id))
        self.person_combo.blockSignals(False)
        self.person_combo.setEnabled(self.person_combo.count() > 0)  # one name reads as one
        # Before anyone is in the diary only Settings opens (e.g. to restore a backup).
        for row, key in enumerate(PAGE_KEYS):
            item = self.nav.item(row)
            usable = active is not None or key == "settings"
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if usable else flags & ~enabled)
        if hasattr(self, "new_action"):
            self.new_action.setEnabled(active is not None)

    def set_active_person(self, person_id: int) -> None:
        if person_id == self._active_id:
            return
        people.set_active(person_id)
        self.notifier.notify(ACTIVE_PERSON, person_id)

    def _on_changed(self, topic: str, _person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE):
            had_person = self._active_id is not None
            self._reload_people()
            if self._active_id is None:
                self.stack.setCurrentWidget(self._area(self.welcome))
            elif not had_person:
                self.show_page("today")

    def set_up_profile(self) -> None:
        dialog = PersonDialog(parent=self)
        if dialog.exec() and dialog.saved_person is not None:
            self.notifier.notify(PEOPLE, dialog.saved_person.id)
            self.show_page("today")

    def explore_sample(self) -> None:
        progress = QProgressDialog(self.tr("Making six months of sample data…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Sample data"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: sample.SampleResult) -> None:
            progress.close()
            self.notifier.notify(PEOPLE, result.person_id)
            self.show_page("today")
            self.statusBar().showMessage(
                self.tr("Added %1 with %2 made-up episodes.")
                .replace("%1", result.name)
                .replace("%2", str(result.episodes)),
                8000,
            )

        def failed(exc: BaseException) -> None:
            progress.close()
            prompts.warn(
                self,
                self.tr("Sample data"),
                self.tr("Could not make sample data: %1").replace("%1", str(exc)),
            )

        def say(text: str) -> str:  # the sample's notes and names in the window's language
            return QCoreApplication.translate("sample", text)

        tasks.run_task(lambda: sample.generate(days=180, say=say), done, failed)

    # --- episodes --------------------------------------------------------------------------------

    def new_episode(self) -> None:
        person_id = self._active_id
        if person_id is None:
            return

        saved: list[episodes.EpisodeData] = []

        def save(data: episodes.EpisodeData) -> None:
            self.undo_stack.push(AddEpisode(person_id, data, self.notifier))
            saved.append(data)

        dialog = EpisodeDialog(person_id, save, learn=self.learn.popup, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Episode saved. Ctrl+Z undoes it."), 6000)
            if saved and "medication" in saved[-1].relief:
                # "What helped: medication": offer to log the as-needed dose too (nothing shows
                # when the person has no as-needed medication).
                from caregiver_app.ui.dialogs.dose_dialog import log_dose

                log_dose(self, self.undo_stack, self.notifier, person_id, when=saved[-1].started)

    def edit_episode(self, episode_id: int) -> None:
        person_id = self._active_id
        existing = episodes.get_episode(episode_id)
        if person_id is None or existing is None:
            return

        def save(data: episodes.EpisodeData) -> None:
            self.undo_stack.push(
                EditEpisode(person_id, episode_id, existing.to_data(), data, self.notifier)
            )

        dialog = EpisodeDialog(
            person_id, save, existing=existing, learn=self.learn.popup, parent=self
        )
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Changes saved. Ctrl+Z undoes them."), 6000)

    # --- export and import ---------------------------------------------------------------------------

    def export_diary(self) -> None:
        if self._active_id is not None:
            diary_transfer.export_diary(self, self._active_id)

    def import_diary(self) -> None:
        diary_transfer.import_diary(self, self.notifier)

    # --- preferences, tray and quitting -------------------------------------------------------------

    def apply_preferences(self, prefs: Preferences, language_changed: bool) -> None:
        """Apply a change made in Settings at once; a new language rebuilds the window."""
        self.prefs = prefs
        style.apply(QApplication.instance(), prefs.theme, prefs.text_percent)  # type: ignore[arg-type]
        self.tray.apply(prefs)
        if language_changed:
            i18n.install(prefs.language)
            self.restart_requested.emit()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def checkin_from_tray(self) -> None:
        self.bring_to_front()
        self.show_page("checkin")

    def log_from_tray(self) -> None:
        self.bring_to_front()
        self.new_episode()

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()

    # --- menus and state ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&Log episode…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_episode)
        file_menu.addAction(self.new_action)
        checkin = QAction(self.tr("Daily &check-in"), self)
        checkin.setShortcut(QKeySequence("Ctrl+D"))
        checkin.triggered.connect(lambda: self.show_page("checkin"))
        file_menu.addAction(checkin)
        file_menu.addSeparator()
        export = QAction(self.tr("&Export…"), self)
        export.triggered.connect(self.export_diary)
        file_menu.addAction(export)
        imp = QAction(self.tr("&Import…"), self)
        imp.triggered.connect(self.import_diary)
        file_menu.addAction(imp)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        labels = self._page_labels()
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(labels[key], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(
            lambda: prompts.inform(
                self,
                self.tr("About"),
                f"{APP_DISPLAY_NAME} {__version__}\n\n"
                + self.tr(
                    "A private diary of muscle twitching and spasms after a stroke or brain injury. "
                    "It records and informs; it does not diagnose or give medical advice. "
                    "In an emergency, call your local emergency number."
                ),
            )
        )
        help_menu.addAction(about)
        self._reload_people()

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(820, screen.height()))
        if screen.width() <= 1366:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def open_initial_page(self, requested: str | None) -> None:
        if self._active_id is None:
            self.stack.setCurrentWidget(self._area(self.welcome))
            if requested == "settings":
                self.show_page("settings")
            return
        key = requested or str(self.settings.value("window/last_page", "today"))
        if key not in (*PAGE_KEYS, "new-episode"):
            key = "today"
        self.show_page(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray.keeps_running():
            # Closed to the tray: still one click away from logging an episode.
            self.save_state()
            self.hide()
            event.ignore()
            if not self.settings.value("tray/told", False):
                self.tray.icon.showMessage(
                    APP_DISPLAY_NAME,
                    self.tr(
                        "Still running here. Click the icon to log an episode; choose Quit to close."
                    ),
                )
                self.settings.setValue("tray/told", True)
            return
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        checkin = self.pages.get("checkin")
        if checkin is not None and getattr(checkin, "_dirty", False):
            checkin.save()  # type: ignore[attr-defined]
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
