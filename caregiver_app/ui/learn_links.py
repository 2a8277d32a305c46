"""The Learn library as other pages reach it: "Learn more" from the episode form, a chart
insight or an equipment item. Loads the library once, in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from caregiver_app.services.learn import Library, Section
from caregiver_app.ui.pages.page import Page
from caregiver_app.words import tr


class LearnLinks:
    def __init__(
        self,
        window: QWidget,
        settings: QSettings,
        language: str,
        show_section: Callable[[str, str], None],
    ) -> None:
        self._window = window
        self._settings = settings
        self._language = language
        # switches to the Learn page and opens a section (at an anchor, or "" for the top)
        self._show_section = show_section
        self._library: Library | None = None
        self.error: str | None = None

    def library(self) -> Library | None:
        """The library, loaded once; None (with `error` set) if it cannot be read."""
        if self._library is None and self.error is None:
            from caregiver_app.services import learn

            try:
                self._library = learn.load_library(language=self._language)
            except learn.LearnError as exc:
                self.error = str(exc)
        return self._library

    def page(self) -> Page:
        from caregiver_app.ui.pages.learn import LearnPage
        from caregiver_app.ui.pages.placeholder import PlaceholderPage

        library = self.library()
        if library is None:
            return PlaceholderPage(
                tr("Learn"), tr("The library could not be read: %1").replace("%1", self.error or "")
            )
        return LearnPage(library, self._settings)

    def open(self, section: Section | None, anchor: str = "") -> bool:
        if section is None:
            return False
        self._show_section(section.id, anchor if section.anchor_text(anchor) else "")
        return True

    def open_help_now(self) -> bool:
        """ "When to get help now", from the Help menu or the Today page."""
        library = self.library()
        return self.open(library.get("get-help-now") if library else None)

    def has_for_item(self, item_id: str) -> bool:
        library = self.library()
        return library is not None and library.for_equipment(item_id) is not None

    def open_for_item(self, item_id: str) -> bool:
        library = self.library()
        return self.open(library.for_equipment(item_id) if library else None, item_id)

    def open_for_trigger(self, code: str) -> bool:
        library = self.library()
        return self.open(
            (library.for_trigger(code) or library.get("triggers")) if library else None
        )

    def popup(self, what: str, code: str) -> None:
        """From inside a dialog: show the matching reading in a window of its own."""
        from caregiver_app.ui.pages.learn import LearnPage

        library = self.library()
        if library is None:
            return
        if what == "trigger":
            section = (library.for_trigger(code) if code else None) or library.get("triggers")
        else:
            section = (library.for_relief(code) if code else None) or library.get("day-to-day")
        if section is None:
            return
        dialog = QDialog(self._window)
        dialog.setWindowTitle(section.title)
        page = LearnPage(library, self._settings, dialog)
        page.open_section(section.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page)
        layout.addWidget(buttons)
        screen = self._window.screen().availableGeometry()
        dialog.resize(min(1000, screen.width() - 24), min(680, screen.height() - 24))
        dialog.exec()
