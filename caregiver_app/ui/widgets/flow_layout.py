"""A layout that wraps its widgets onto the next line when the row is full (after Qt's Flow Layout example)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        """Preferred: everything on one row; it wraps only when there is less room."""
        items = [i for i in self._items if not (w := i.widget()) or not w.isHidden()]
        if not items:
            return QSize(0, 0)
        width = sum(i.sizeHint().width() for i in items) + self._spacing * (len(items) - 1)
        height = max(i.sizeHint().height() for i in items)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def place_row() -> None:
            """The row's items centred on its height (a caption beside taller buttons)."""
            for item, at, size in row:
                item.setGeometry(QRect(at + QPoint(0, (line_height - size.height()) // 2), size))
            row.clear()

        for item in self._items:
            widget = item.widget()
            # isHidden, not isVisible: while the page holding the row is hidden every widget
            # in it is "not visible", and skipping them left them unplaced (at 0,0 and 640x480,
            # drawn over each other) once the page was shown, e.g. an equipment item's buttons.
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                if not test_only:
                    place_row()
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            row.append((item, QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        if not test_only:
            place_row()
        return y + line_height - rect.y() + margins.bottom()


def flow_host(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """A widget holding `widgets` in a FlowLayout, growing in height as the rows wrap."""
    host = QWidget()
    layout = FlowLayout(host, spacing)
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    return host
