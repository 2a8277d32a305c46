"""The contents list of the Learn page: one entry a section, a bold title over a grey line.

The grey line is the section's summary, or for a search hit the snippet with the searched words
in bold. Each entry holds its section id in `SECTION_ROLE`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from caregiver_app.services.learn import SearchHit, Section, term_pattern

SECTION_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
TERMS_ROLE = Qt.ItemDataRole.UserRole + 2


class EntryList(QListWidget):
    """The contents or search hits; keeps the open section in view when entries re-wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # also re-measures the entries whenever the width changes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_contents(self, sections: Sequence[Section]) -> None:
        """Every section, with its summary."""
        self.clear()
        self.setAccessibleName(self.tr("Library contents"))
        for section in sections:
            self.add_entry(section.id, section.title, section.summary, ())

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        """The search hits, each with its snippet and the searched words in bold."""
        self.clear()
        self.setAccessibleName(self.tr("Search results"))
        for hit in hits:
            self.add_entry(hit.section_id, hit.title, hit.snippet, hit.terms)

    def add_entry(self, section_id: str, title: str, detail: str, terms: tuple[str, ...]) -> None:
        """An entry for a section; `terms` are the searched words to set in bold in `detail`."""
        item = QListWidgetItem(title, self)
        item.setData(SECTION_ROLE, section_id)
        item.setData(DETAIL_ROLE, detail)
        item.setData(TERMS_ROLE, terms)
        item.setToolTip(detail)

    def select_section(self, section_id: str) -> None:
        """Make the entry for `section_id` current and scroll to it; none current if not listed."""
        self.setCurrentRow(-1)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(SECTION_ROLE) == section_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        item = self.currentItem()
        if item is not None:
            self.scrollToItem(item)


class EntryDelegate(QStyledItemDelegate):
    """Paints a list entry as a bold title over a smaller grey line, both wrapped to the width."""

    PAD_X, PAD_Y = 12, 9

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
    ) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.highlightedText().color() if selected else palette.text().color()
        back = palette.highlight().color() if selected else palette.base().color()
        grey = mix(text, back, 0.72 if selected else 0.6)
        detail = html.escape(index.data(DETAIL_ROLE) or "")
        for term in index.data(TERMS_ROLE) or ():
            detail = term_pattern(html.escape(term)).sub(lambda m: f"<b>{m.group(0)}</b>", detail)
        font = QFont(option.font)
        size = font.pointSizeF()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(
            f'<div style="color:{text.name()}; font-weight:600; font-size:{size + 1:.1f}pt">'
            f"{html.escape(index.data(Qt.ItemDataRole.DisplayRole))}</div>"
            f'<div style="color:{grey.name()}; margin-top:3px">{detail}</div>'
        )
        doc.setTextWidth(max(width - 2 * self.PAD_X, 80))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        rect = option.rect
        doc = self._document(option, index, rect.width())
        painter.save()
        painter.translate(rect.left() + self.PAD_X, rect.top() + self.PAD_Y)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD_Y)


def mix(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back`: a readable secondary text colour in any theme."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount),
    )
