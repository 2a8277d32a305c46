"""Table cells that say less rather than cut: a cell offers its text in several lengths (e.g. a
date with and without its weekday) and shows the longest that fits its column. Used for the
time of episodes, which at large text was cut to "Wed 25 Nov 20…" and lost the time of day.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

SHORTER_ROLE = Qt.ItemDataRole.UserRole + 7  # a list of shorter texts, longest first


class ShortestFitDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        shorter = index.data(SHORTER_ROLE)
        if not shorter or not option.rect.isValid() or option.rect.width() <= 0:
            return  # measuring the column: the whole text
        style = option.widget.style() if option.widget is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) if style else 2
        room = option.rect.width() - 2 * (margin + 1) - 4
        metrics = option.fontMetrics
        for text in (option.text, *shorter):
            if metrics.horizontalAdvance(text) <= room:
                option.text = text
                return
        option.text = shorter[-1]  # even the shortest is cut: it is elided as usual
