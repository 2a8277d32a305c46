"""The equipment list: items grouped under their daily activity, with the person's status.

Shows what it is given and says which item the user picked; it reads and writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.report.checklist import status_label
from caregiver_app.services import equipment
from caregiver_app.services.equipment import Catalogue, ChecklistEntry

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def mix(a: QColor, b: QColor, amount_of_a: float) -> QColor:
    t = amount_of_a
    return QColor.fromRgbF(
        a.redF() * t + b.redF() * (1 - t),
        a.greenF() * t + b.greenF() * (1 - t),
        a.blueF() * t + b.blueF() * (1 - t),
    )


def quiet_colour(palette: QPalette) -> QColor:
    """Secondary text that is still easy to read (the 'disabled' grey is too faint)."""
    return mix(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.62
    )


def make_quiet(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, quiet_colour(palette))
    label.setPalette(palette)


class _RoomyDelegate(QStyledItemDelegate):
    """Rows with a little air, so the list is easy to read and to click."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        extra = line // 2 if index.parent().isValid() else line
        return QSize(size.width() + line, size.height() + extra)


class EquipmentList(QWidget):
    currentKeyChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Equipment list"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_quiet(self.empty)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def show_entries(
        self,
        entries: list[ChecklistEntry],
        catalogue: Catalogue,
        selected: str | None,
        empty_text: str,
    ) -> None:
        """Fill the list, keeping the scroll position and selecting `selected` if it is shown."""
        scroll = self.tree.verticalScrollBar().value()
        palette = self.tree.palette()
        quiet = quiet_colour(palette)
        group_background = mix(
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.Base),
            0.12,
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._filling = True
        try:
            self.model.clear()
            self.model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Status")])
            select_index = QModelIndex()
            for activity in catalogue.activities:
                group = [e for e in entries if e.activity == activity.id]
                if not group:
                    continue
                heading = QStandardItem(
                    self.tr("%1  (%2)").replace("%1", activity.title).replace("%2", str(len(group)))
                )
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setFont(bold)
                heading.setBackground(group_background)
                self.model.appendRow(heading)
                for entry in group:
                    name, status = self._row(entry, quiet, bold)
                    heading.appendRow([name, status])
                    if entry.key == selected:
                        select_index = name.index()
                self.tree.setFirstColumnSpanned(heading.row(), QModelIndex(), True)
            self.tree.expandAll()
            header = self.tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            if select_index.isValid():
                self.tree.setCurrentIndex(select_index)
            self.tree.verticalScrollBar().setValue(scroll)
        finally:
            self._filling = False
        self._fit_width()
        self.empty.setText(empty_text)
        self._stack.setCurrentWidget(self.tree if entries else self.empty)

    def _fit_width(self) -> None:
        """Never narrower than the longest name and status, so no text is cut off."""
        plain = self.tree.fontMetrics()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        strong = QFontMetrics(bold)
        padding = plain.height() * 2  # the delegate's air plus the cell margins
        names = [
            self.model.item(row).child(child).text()
            for row in range(self.model.rowCount())
            for child in range(self.model.item(row).rowCount())
        ]
        name_width = max((plain.horizontalAdvance(n) for n in names), default=0)
        status_width = max(strong.horizontalAdvance(status_label(c)) for c in equipment.STATUSES)
        scrollbar = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = (
            name_width
            + status_width
            + 2 * padding
            + self.tree.indentation()
            + scrollbar
            + 2 * self.tree.frameWidth()
        )
        # A very long name of the person's own is shortened (its tooltip holds it in full).
        self.tree.setMinimumWidth(min(width, plain.averageCharWidth() * 45))

    def _row(
        self, entry: ChecklistEntry, quiet: QColor, bold: QFont
    ) -> tuple[QStandardItem, QStandardItem]:
        item = entry.item
        text = item.name
        if item.is_custom:
            text = self.tr("%1 (your own)").replace("%1", text)
        if entry.hidden:
            text = self.tr("%1 (hidden)").replace("%1", text)
        name = QStandardItem(text)
        name.setToolTip(f"{item.name}\n\n{item.description}" if item.description else item.name)
        status = QStandardItem(status_label(entry.status))
        if entry.note:
            status.setToolTip(entry.note)
        if entry.hidden or entry.status == equipment.NOT_CONSIDERED:
            status.setForeground(quiet)
            if entry.hidden:
                name.setForeground(quiet)
        else:
            status.setFont(bold)
        for cell in (name, status):
            cell.setData(entry.key, KEY_ROLE)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return name, status

    def current_key(self) -> str | None:
        index = self.tree.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        return str(key) if key else None

    def select(self, key: str) -> bool:
        """Select the item `key`; False when it is not in the list (filtered out or hidden)."""
        found = QModelIndex()
        for row in range(self.model.rowCount()):
            heading = self.model.item(row)
            for child in range(heading.rowCount()):
                cell = heading.child(child)
                if cell.data(KEY_ROLE) == key:
                    found = cell.index()
        if not found.isValid():
            return False
        self.tree.scrollTo(found)
        self.tree.setCurrentIndex(found)  # may refresh the list: `found` is not used after
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling or not current.isValid():
            return
        key = current.data(KEY_ROLE)
        if key:
            self.currentKeyChanged.emit(str(key))
