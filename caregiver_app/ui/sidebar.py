"""The window's sidebar: the app's name, whom the diary is for, and the list of pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.ui.widgets.nav_list import TIGHT_EXTRA, NavList

# The order of the sidebar. Keys match --open.
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


class Sidebar(QWidget):
    """Choosing a person calls `choose_person(id)`; choosing a page calls `show_page(key)`."""

    def __init__(
        self,
        choose_person: Callable[[int], None],
        show_page: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        # A QWidget subclass paints its style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        app_name = self.app_name = QLabel(APP_DISPLAY_NAME)
        app_name.setWordWrap(True)
        app_name.setObjectName("SectionTitle")
        caring = QLabel(self.tr("Caring for"))
        caring.setObjectName("Muted")
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person cared for"))
        self.person_combo.activated.connect(lambda i: choose_person(self.person_combo.itemData(i)))
        self.nav = NavList()
        self.nav.setObjectName("Nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        labels = self.page_labels()
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{labels[key]} (Ctrl+{number})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(
            lambda row: show_page(PAGE_KEYS[row]) if row >= 0 else None
        )
        side = QVBoxLayout(self)
        side.setContentsMargins(8, 16, 8, 12)
        side.setSpacing(6)
        side.addWidget(app_name)
        side.addWidget(caring)
        side.addWidget(self.person_combo)
        side.addSpacing(8)
        side.addWidget(self.nav, 1)
        app_name.setContentsMargins(8, 0, 0, 8)
        caring.setContentsMargins(8, 0, 0, 0)
        self.fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_width()

    # each entry's padding (14 px a side) and margin (8 px a side) in the style sheet, the
    # list's focus frame (3 px a side) and the sidebar's own margins (8 px a side)
    ENTRY_EXTRA = 2 * 14 + 2 * 8 + 2 * 3 + 2 * 8 + 4

    def fit_width(self) -> None:
        """Wide enough for the longest page name in the sidebar's language and text size (a
        name cut to "Ayudas técn…" says nothing), and otherwise about 19 characters."""
        metrics = self.nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
            default=0,
        )
        needed = longest + self.ENTRY_EXTRA
        self.setMinimumWidth(needed)
        self.setMaximumWidth(max(needed, 19 * self.fontMetrics().averageCharWidth() + 60))

    def _fit_title(self) -> None:
        """On a short window (large text) the app's name gives its room to the page list, so
        every page is in view (the window's title bar still says the name)."""
        entries = self.nav.count() * (self.nav.fontMetrics().height() + TIGHT_EXTRA)
        needed = entries + 2 * self.nav.frameWidth()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        title = self.app_name.heightForWidth(self.app_name.width()) + spacing
        room = self.nav.height() + (title if self.app_name.isHidden() else 0)
        show = room - title >= needed
        if self.app_name.isHidden() == show:
            self.app_name.setVisible(show)

    def page_labels(self) -> dict[str, str]:
        """Each page's name, by key (the sidebar's entries, the Go menu)."""
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

    def show_people(self, everyone: Iterable[tuple[str, int]], active_id: int | None) -> None:
        """List (name, id) of everyone in the diary; before anyone is in it only Settings
        opens (e.g. to restore a backup)."""
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for name, person_id in everyone:
            self.person_combo.addItem(name, person_id)
        if active_id is not None:
            self.person_combo.setCurrentIndex(self.person_combo.findData(active_id))
        self.person_combo.blockSignals(False)
        self.person_combo.setEnabled(self.person_combo.count() > 0)  # one name reads as one
        for row, key in enumerate(PAGE_KEYS):
            item = self.nav.item(row)
            usable = active_id is not None or key == "settings"
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if usable else flags & ~enabled)

    def mark_current(self, key: str) -> None:
        """Select `key`'s entry without showing its page again."""
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
