"""The filter bar above the equipment list: activity, status, search words and "show hidden".

Says `changed` whenever any filter changes; remembers "show hidden" in the settings. It reads and
writes no data of its own: the page asks it what to show.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from caregiver_app.report.checklist import status_label
from caregiver_app.services import equipment
from caregiver_app.services.equipment import Catalogue
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow

SHOW_HIDDEN_KEY = "equipment/show_hidden"


class EquipmentFilters(QWidget):
    changed = Signal()

    def __init__(
        self, catalogue: Catalogue, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.activity_filter = QComboBox()
        self.activity_filter.setAccessibleName(self.tr("Show activity"))
        self.activity_filter.addItem(self.tr("All activities"), None)
        for activity in catalogue.activities:
            self.activity_filter.addItem(activity.title, activity.id)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(
            self.tr("Might help or ordered"), list(equipment.WANTED_STATUSES)
        )
        for code in equipment.STATUSES:
            self.status_filter.addItem(status_label(code), [code])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search equipment"))
        self.search.setAccessibleName(self.tr("Search equipment"))
        self.search.setClearButtonEnabled(True)
        # wide enough to type in; narrower than this, the filters go one under the other
        self.search.setMinimumWidth(16 * self.search.fontMetrics().averageCharWidth())
        self.show_hidden = QCheckBox(self.tr("Show hidden items"))
        self.show_hidden.setChecked(bool(settings.value(SHOW_HIDDEN_KEY, False, type=bool)))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.activity_filter)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.show_hidden)
        stack_when_narrow(layout, self)

        self.activity_filter.currentIndexChanged.connect(self.changed)
        self.status_filter.currentIndexChanged.connect(self.changed)
        self.search.textChanged.connect(self.changed)
        self.show_hidden.toggled.connect(self._on_show_hidden)

    def activity(self) -> str | None:
        """The chosen activity's id; None for all activities."""
        return self.activity_filter.currentData()

    def statuses(self) -> list[str] | None:
        """The statuses to show; None for any status."""
        return self.status_filter.currentData()

    def text(self) -> str:
        return self.search.text()

    def include_hidden(self) -> bool:
        return self.show_hidden.isChecked()

    def empty_text(self) -> str:
        """What to say when no item is shown: which filter to loosen."""
        narrowed = bool(
            self.search.text().strip()
            or self.activity_filter.currentIndex() > 0
            or self.status_filter.currentIndex() > 0
        )
        if narrowed:
            return self.tr(
                "Nothing matches. Try other words, or choose “All activities” and “Any status”."
            )
        return self.tr("Every item is hidden. Tick “Show hidden items” to see them.")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_show_hidden(self, checked: bool) -> None:
        self._settings.setValue(SHOW_HIDDEN_KEY, checked)
        self.changed.emit()
