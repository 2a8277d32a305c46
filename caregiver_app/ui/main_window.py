"""The main window: a sidebar of pages. It builds the pages, hands each what it needs, and owns nothing else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.clock import SYSTEM_CLOCK, Clock
from caregiver_app.services import people, sample
from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui import i18n, style
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs import diary_transfer, episode_actions, sample_diary
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.icons import app_icon
from caregiver_app.ui.learn_links import LearnLinks
from caregiver_app.ui.live import LiveLink
from caregiver_app.ui.main_menus import MainMenuBar
from caregiver_app.ui.notifier import ACTIVE_PERSON, PEOPLE, DataNotifier
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.pages.placeholder import PlaceholderPage
from caregiver_app.ui.pages.welcome import WelcomePage
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.sidebar import PAGE_KEYS, Sidebar
from caregiver_app.ui.tray import TrayController
from caregiver_app.ui.widgets.sample_banner import SampleBanner


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


class MainWindow(QMainWindow):
    # After a language change or a move to a server: the app builds a fresh window.
    restart_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.notifier = DataNotifier(self)
        self.undo_stack = QUndoStack(self)
        self.ctx = PageContext(
            self.notifier, settings, self.undo_stack, self.active_person_id, clock
        )
        self._active_id: int | None = None
        self.pages: dict[str, Page] = {}
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1200, 760)
        self._quitting = False
        self.prefs = Preferences.load(settings)
        self.learn = LearnLinks(
            self, settings, i18n.language_code(self.prefs.language), self._show_learn_section
        )
        style.apply(_application(), self.prefs.theme, self.prefs.text_percent)

        self.sidebar = Sidebar(self.set_active_person, self.show_page)
        self.person_combo = self.sidebar.person_combo
        self.nav = self.sidebar.nav

        self.stack = QStackedWidget()
        self.welcome = WelcomePage(
            self.set_up_profile, self.explore_sample, lambda: self.show_page("settings")
        )
        self.stack.addWidget(self._scrollable(self.welcome))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        self.sample_banner = SampleBanner(
            self.ctx, self.set_up_profile, lambda text: self.statusBar().showMessage(text, 15_000)
        )
        self.live = LiveLink(self.notifier, self)  # a diary on a server: other computers' changes
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        banners = QVBoxLayout()
        banners.setContentsMargins(12, 8, 12, 0)
        banners.setSpacing(6)
        banners.addWidget(self.live.banner)
        banners.addWidget(self.sample_banner)
        pages.addLayout(banners)
        pages.addWidget(self.stack, 1)
        row.addLayout(pages, 1)
        self.setCentralWidget(central)
        menus = MainMenuBar(
            self.undo_stack,
            self.sidebar.page_labels(),
            new_episode=self.new_episode,
            show_page=self.show_page,
            export_diary=self.export_diary,
            import_diary=self.import_diary,
            quit_app=self.quit_app,
            help_now=self.learn.open_help_now,
        )
        self.setMenuBar(menus)
        self.new_action = menus.new_action
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
            clock=clock,
        )
        self.tray.reminded.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.tray.apply(self.prefs)
        self.setWindowIcon(app_icon())
        self.live.start()

    # --- pages ----------------------------------------------------------------------------------

    def _factories(self) -> dict[str, Callable[[], Page]]:
        """Each page's module is imported when the page is first shown (a quick start)."""

        def today() -> Page:
            from caregiver_app.ui.pages.today import TodayPage

            return TodayPage(
                self.ctx,
                self.new_episode,
                lambda: self.show_page("checkin"),
                lambda: self.show_page("episodes"),
                self.learn.open_help_now,
            )

        def checkin() -> Page:
            from caregiver_app.ui.pages.checkin import CheckInPage

            return CheckInPage(self.ctx)

        def episodes_page() -> Page:
            from caregiver_app.ui.pages.episodes import EpisodesPage

            return EpisodesPage(self.ctx, self.new_episode, self.edit_episode)

        def treatments() -> Page:
            from caregiver_app.ui.pages.treatments import TreatmentsPage

            return TreatmentsPage(self.ctx)

        def reports() -> Page:
            from caregiver_app.ui.pages.reports import ReportsPage

            return ReportsPage(self.ctx)

        def settings() -> Page:
            from caregiver_app.ui.pages.settings import SettingsPage

            return SettingsPage(
                self.ctx,
                self.data_dir,
                self.set_active_person,
                preferences_changed=self.apply_preferences,
                restart_window=self.restart_requested.emit,
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

    def _charts_page(self) -> Page:
        from caregiver_app.ui.pages.charts import ChartsPage

        return ChartsPage(
            self.ctx,
            open_episodes=self.open_episodes,
            open_learn_for_trigger=self.learn.open_for_trigger,
        )

    def open_episodes(self, flt: EpisodeFilter) -> None:
        """Show the episodes behind a bar or cell of a chart."""
        from caregiver_app.ui.pages.episodes import EpisodesPage

        self.show_page("episodes")
        page = self.page("episodes")
        assert isinstance(page, EpisodesPage)
        page.show_filter(flt)

    def _equipment_page(self) -> Page:
        from caregiver_app.services import equipment
        from caregiver_app.ui.pages.equipment import EquipmentPage

        try:
            catalogue = equipment.load_catalogue(language=i18n.language_code(self.prefs.language))
        except equipment.CatalogueError as exc:
            return PlaceholderPage(
                self.sidebar.page_labels()["equipment"],
                self.tr("The equipment catalogue could not be read: %1").replace("%1", str(exc)),
            )
        return EquipmentPage(
            catalogue,
            self.ctx,
            open_learn_for_item=self.learn.open_for_item,
            has_learn_for_item=self.learn.has_for_item,
        )

    def _show_learn_section(self, section_id: str, anchor: str = "") -> None:
        from caregiver_app.ui.pages.learn import LearnPage

        self.show_page("learn")
        page = self.page("learn")
        if isinstance(page, LearnPage):  # not when the Learn content could not be read
            page.open_section(section_id, anchor)

    def page(self, key: str) -> Page:
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
        if self._active_id is None and key not in ("settings", "learn"):  # help is never locked
            self.stack.setCurrentWidget(self._area(self.welcome))
            return
        self.stack.setCurrentWidget(self._area(self.page(key)))
        self.sidebar.mark_current(key)
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
        self.sidebar.show_people(((p.name, p.id) for p in people.list_people()), self._active_id)
        self.sample_banner.show_for(active)  # the person just read, not read again
        self.new_action.setEnabled(active is not None)

    def set_active_person(self, person_id: int) -> None:
        if person_id == self._active_id:
            return
        name = people.get_person(person_id).name
        run_action(
            self.ctx,
            self.tr("Switch to %1").replace("%1", name),
            lambda: people_actions.make_active(person_id),
        )

    def _on_changed(self, topic: str, _person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE):
            had_person = self._active_id is not None
            self._reload_people()
            if self._active_id is None:
                self.stack.setCurrentWidget(self._area(self.welcome))
            elif not had_person:
                self.show_page("today")

    def set_up_profile(self) -> None:
        dialog = PersonDialog(parent=self, ctx=self.ctx)
        if dialog.exec() and dialog.saved_person is not None:
            self.show_page("today")

    def explore_sample(self) -> None:
        def added(result: sample.SampleResult) -> None:
            self.show_page("today")
            self.statusBar().showMessage(sample_diary.added_text(result), 8000)

        sample_diary.make_sample_diary(self, self.ctx, added)

    # --- episodes --------------------------------------------------------------------------------

    def new_episode(self) -> None:
        if self._active_id is not None:
            episode_actions.new_episode(self, self._active_id, self.ctx, self.learn.popup)

    def edit_episode(self, episode_id: int) -> None:
        if self._active_id is not None:
            episode_actions.edit_episode(
                self, self._active_id, episode_id, self.ctx, self.learn.popup
            )

    # --- export and import ---------------------------------------------------------------------------

    def export_diary(self) -> None:
        if self._active_id is not None:
            diary_transfer.export_diary(self, self._active_id)

    def import_diary(self) -> None:
        diary_transfer.import_diary(self, self.ctx)

    # --- preferences, tray and quitting -------------------------------------------------------------

    def apply_preferences(self, prefs: Preferences, language_changed: bool) -> None:
        """Apply a change made in Settings at once; a new language rebuilds the window."""
        self.prefs = prefs
        style.apply(_application(), prefs.theme, prefs.text_percent)
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
        if self.close():  # not when the user stays with what they typed (closeEvent)
            QApplication.quit()

    # --- window state ---------------------------------------------------------------------------

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
        staying = self.save_state()
        if staying is not None:  # the user went back to what they typed: stay open, show it
            self._quitting = False
            self.show_page(staying)
            event.ignore()
            return
        self.live.stop()
        super().closeEvent(event)

    def save_state(self) -> str | None:
        """Save what pages hold and the window's place; the key of a page whose typing the user
        chose to keep unsaved (someone else saved it meanwhile), else None."""
        staying = None
        for key, page in self.pages.items():  # the ones built
            if not page.save_if_changed():
                staying = key
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        return staying
