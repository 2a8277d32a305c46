"""The sidebar's list of pages, sized so every page stays in view.

With room to spare each page is a large target (the text's height plus 26 px, 44 px at 100%).
When the window is short for its text (large text, a small screen) the entries shrink together,
down to the text's height plus 10 px, so the last page (Settings) is still shown rather than cut
off; only below that does the list scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFocusEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListWidget

ROOMY_EXTRA = 26  # px above the text's height when there is room
TIGHT_EXTRA = 10  # px above the text's height when the window is short


class NavList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel scrolls, it does not focus

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing into the list does not open a page: Qt makes the first usable entry current
        on focus when none is (before anyone is in the diary that jumped to Settings)."""
        before = self.currentRow()
        blocked = self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if before < 0:
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(blocked)

    def fit_items(self) -> None:
        """Give every entry the same height: roomy if all fit that way, else as many px as fit."""
        count = self.count()
        if not count:
            return
        text = self.fontMetrics().height()
        share = self.viewport().height() // count
        height = max(text + TIGHT_EXTRA, min(text + ROOMY_EXTRA, share))
        for row in range(count):
            item = self.item(row)
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(0, height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_items()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_items()
