"""The reading view of the Learn page: a library section rendered from Markdown, and on paper.

`SectionBrowser` is a QTextBrowser that reads `learn:section-id` addresses from the library, so
its own history does Back and Forward. `shape_document` sizes the headings and spaces the lines
of a Markdown document, on screen and in print alike (see dialogs/learn_output.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from caregiver_app.services.learn import (
    LINK_SCHEME,
    Library,
    best_paragraph,
    page_markdown,
    term_regex,
)

_HIGHLIGHT = QColor("#ffe27a")
_READING_CHARS = 80  # widest comfortable line, in average characters
_HEADING_SCALE = {1: 1.75, 2: 1.3, 3: 1.1}
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def section_url(section_id: str, anchor: str = "") -> QUrl:
    url = QUrl(f"{LINK_SCHEME}:{section_id}")
    if anchor:
        url.setFragment(anchor)
    return url


class SectionBrowser(QTextBrowser):
    """Reads `learn:` addresses from the library, so QTextBrowser's own history works."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._loaded = ""  # the section id of the page last loaded (source() lags behind it)
        self.zoom_requested: Callable[[int], None] | None = None  # Ctrl+wheel: +1 or -1

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme() == LINK_SCHEME:
            section = self._library.get(url.path())
            if section is not None:
                self._loaded = section.id
                return page_markdown(section, self._library.language)
        return super().loadResource(type_, name)

    def format_document(self) -> None:
        """Headings sized to the reading font, airy body lines, a comfortable reading width,
        and the page's `{#anchor}` paragraphs named, so `scrollToAnchor` finds them."""
        shape_document(self.document(), self.font(), body_line_height=140)
        self._name_anchors()
        self.fit_reading_width()

    def _name_anchors(self) -> None:
        section = self._library.get(self._loaded)
        if section is None or not section.anchors:
            return
        starts = {text[:60]: anchor for anchor, text in section.anchors}
        doc = self.document()
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            anchor = starts.get(block.text()[:60])
            if anchor is not None:
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setAnchor(True)
                fmt.setAnchorNames([anchor])
                cursor.mergeCharFormat(fmt)
            block = block.next()

    def anchor_block_text(self, anchor: str) -> str:
        """The text of the paragraph named `anchor` in the shown page ("" if none)."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            if not it.atEnd() and anchor in it.fragment().charFormat().anchorNames():
                return block.text()
            block = block.next()
        return ""

    def go_to_anchor(self, anchor: str) -> None:
        """Scroll the paragraph named `anchor` to the upper part of the view."""
        position = self._anchor_position(anchor)
        if position is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        QTimer.singleShot(0, self, self.cursor_to_upper_quarter)

    def _anchor_position(self, anchor: str) -> int | None:
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            if not it.atEnd() and anchor in it.fragment().charFormat().anchorNames():
                return block.position()
            block = block.next()
        return None

    def reading_position_text(self) -> str:
        """The text of the paragraph the text cursor is in (where a search or anchor took us)."""
        return self.textCursor().block().text()

    def fit_reading_width(self) -> None:
        """Centre the text in a column about `_READING_CHARS` wide, however wide the window."""
        doc = self.document()
        widest = self.fontMetrics().averageCharWidth() * _READING_CHARS
        side = max(24, (self.viewport().width() - widest) // 2)
        frame: QTextFrameFormat = doc.rootFrame().frameFormat()
        if (frame.leftMargin(), frame.rightMargin(), frame.topMargin()) != (side, side, 16):
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(16)
            frame.setBottomMargin(32)
            doc.rootFrame().setFrameFormat(frame)
        fit_headings(
            doc, self.font(), self.viewport().width() - 2 * side - 2 * doc.documentMargin()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_reading_width()

    def highlight(
        self,
        terms: tuple[str, ...],
        scroll_to_first: bool,
        groups: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        """Mark every word of the search in the shown page. If asked, scroll to the paragraph
        that answers it best (`best_paragraph` over `groups`), else to the first match."""
        doc = self.document()
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        fmt.setForeground(QColor("black"))
        selections = []
        for term in terms:
            pattern = QRegularExpression(
                term_regex(term), QRegularExpression.PatternOption.CaseInsensitiveOption
            )  # the same rule as services.learn.term_pattern
            cursor = doc.find(pattern, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = doc.find(pattern, cursor)
        self.setExtraSelections(selections)
        if scroll_to_first and selections:
            first = min(selections, key=lambda s: s.cursor.selectionStart())
            start = first.cursor.selectionStart()
            if groups:
                blocks = []
                block = doc.begin()
                while block.isValid():
                    blocks.append(block)
                    block = block.next()
                best = best_paragraph([b.text() for b in blocks], groups)
                if best is not None:
                    # the first highlighted word in the paragraph that answers the search best
                    block = blocks[best]
                    inside = [
                        s.cursor.selectionStart()
                        for s in selections
                        if block.contains(s.cursor.selectionStart())
                    ]
                    start = min(inside, default=block.position())
            position = QTextCursor(doc)
            position.setPosition(start)
            self.setTextCursor(position)
            # once the new page is laid out, bring the match to the upper part of the view
            QTimer.singleShot(0, self, self.cursor_to_upper_quarter)

    def highlighted_words(self) -> list[str]:
        """The text of every highlighted match in the shown page."""
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def cursor_to_upper_quarter(self) -> None:
        """Scroll so the text cursor sits a quarter of the way down, with context above it."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - self.viewport().height() // 4)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.zoom_requested:
            self.zoom_requested(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


def fit_headings(doc: QTextDocument, font: QFont, width: float) -> None:
    """Make a heading smaller (never below the body size) while its longest word is wider than
    `width`: in a narrow column a long word, e.g. "cerebrovascular", would be broken mid-word."""
    base = font.pointSizeF()
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            size = base * _HEADING_SCALE.get(level, 1.0)
            bold = QFont(font)
            bold.setWeight(QFont.Weight.Bold)
            bold.setPointSizeF(size)
            widest = max(
                (QFontMetricsF(bold).horizontalAdvance(w) for w in block.text().split()), default=0
            )
            if widest > width > 0:
                size = max(base, size * width / widest * 0.97)
            if abs(block.begin().fragment().charFormat().fontPointSize() - size) > 0.05:
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                smaller = QTextCharFormat()
                smaller.setFontPointSize(size)
                cursor.mergeCharFormat(smaller)
        block = block.next()


def shape_document(doc: QTextDocument, font: QFont, body_line_height: int) -> None:
    """Size the headings of a Markdown document to `font` and give its paragraphs room to
    breathe. Qt's Markdown import makes headings very large and lines tight. Headings are set
    as plain bold text (the library's headings hold no links or inline marks)."""
    base = font.pointSizeF()
    em = QFontMetricsF(font).height()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        spacing = QTextBlockFormat()
        if level:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            heading = QTextCharFormat(block.charFormat())
            heading.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            heading.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
            heading.setFontWeight(QFont.Weight.Bold)
            cursor.setCharFormat(heading)
            spacing.setTopMargin(0 if level == 1 else em * 1.1)
            spacing.setBottomMargin(em * (0.6 if level == 1 else 0.35))
            spacing.setLineHeight(110, _PROPORTIONAL)
        elif block.textList() is not None:
            spacing.setLineHeight(body_line_height - 10, _PROPORTIONAL)
            spacing.setTopMargin(em * 0.1)
            spacing.setBottomMargin(em * 0.1)
        else:
            spacing.setLineHeight(body_line_height, _PROPORTIONAL)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(spacing)
        block = block.next()
    cursor.endEditBlock()
