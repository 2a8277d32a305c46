"""The blocks a flow is made of, and the device it is laid out for.

`Metrics` turns millimetres and points into the pixels of one device. A `Block` knows its
height at a width, may split in two to fill the rest of a page, and paints itself: `PageBreak`,
`Drawing` (vector pictures), `Columns` (blocks side by side) and `RichText` (HTML laid
out by a `SafeTextDocument`, cut between lines and under tables). Tables are in `tables.py`;
placing blocks on pages is `pagination.py`.

`SafeTextDocument` refuses to load any resource, so even markup that slipped through could not
fetch a file or an image; still, every user-typed string must be escaped before it enters HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPaintDevice, QPainter, QTextCursor, QTextDocument


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads a resource: no file, no image, nothing from a network.

    Qt would otherwise read `<img src="/any/file">` from the disk while laying out: when
    `loadResource` finds nothing, its image handler loads the file directly. So every image
    asked for is a blank 1 x 1 pixel, and every other resource is empty."""

    def loadResource(self, type: int, name: Any) -> Any:
        if type == QTextDocument.ResourceType.ImageResource:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return ""


@dataclass(frozen=True)
class Metrics:
    """The device a flow is laid out for: lengths in millimetres and points become its pixels."""

    device: QPaintDevice
    font: QFont  # the base font (family and size of body text)

    @property
    def dpi(self) -> float:
        return float(self.device.logicalDpiX())

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def scaled_font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font


class Block:
    """Something in the flow. `wrap` gives its height at a width; `split` may cut it in two so
    that the first part fits in `available`; `draw` paints it with its top-left at (x, y)."""

    space_before_mm = 0.0  # dropped at the top of a page
    keep_with_next = False  # never the last thing on a page (headings)

    def wrap(self, m: Metrics, width: float) -> float:
        raise NotImplementedError

    def min_height(self, m: Metrics, width: float) -> float:
        """The height of the smallest first piece (what must follow a kept-with-next block)."""
        return self.wrap(m, width)

    def split(
        self, m: Metrics, width: float, available: float, strict: bool = True
    ) -> tuple[Block, Block] | None:
        """`strict` False: the block starts a page and must be cut somewhere, even badly."""
        return None

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        raise NotImplementedError


class PageBreak(Block):
    def wrap(self, m: Metrics, width: float) -> float:
        return 0.0

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        return None


class Drawing(Block):
    """A picture drawn with QPainter (vector) into a box `height_mm` tall; never split."""

    def __init__(
        self,
        paint: Callable[[QPainter, QRectF, Metrics], None],
        height_mm: float,
        space_before_mm: float = 0.0,
    ) -> None:
        self.paint = paint
        self.height_mm = height_mm
        self.space_before_mm = space_before_mm

    def wrap(self, m: Metrics, width: float) -> float:
        return m.mm(self.height_mm)

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        painter.save()
        self.paint(painter, QRectF(x, y, width, m.mm(self.height_mm)), m)
        painter.restore()


class Columns(Block):
    """Blocks side by side (e.g. two small charts), `gap_mm` apart; never split."""

    def __init__(
        self, blocks: Sequence[Block], gap_mm: float = 6.0, space_before_mm: float = 0.0
    ) -> None:
        self.blocks = list(blocks)
        self.gap_mm = gap_mm
        self.space_before_mm = space_before_mm

    def _width(self, m: Metrics, width: float) -> float:
        gaps = m.mm(self.gap_mm) * (len(self.blocks) - 1)
        return (width - gaps) / len(self.blocks)

    def wrap(self, m: Metrics, width: float) -> float:
        each = self._width(m, width)
        return max(b.wrap(m, each) for b in self.blocks)

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        each = self._width(m, width)
        for index, block in enumerate(self.blocks):
            block.draw(painter, m, x + index * (each + m.mm(self.gap_mm)), y, each)


class RichText(Block):
    """HTML laid out by a `SafeTextDocument`. It splits between lines of its paragraphs and
    after a table, never inside a table (a table is kept whole: use `Table` for long ones).

    The HTML must already have every user-typed string escaped (see `html.escape`)."""

    def __init__(
        self,
        html_text: str,
        css: str = "",
        space_before_mm: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        self.html = html_text
        self.css = css
        self.space_before_mm = space_before_mm
        self.keep_with_next = keep_with_next
        self._doc: QTextDocument | None = None
        self._key: tuple[int, float] | None = None
        self._breaks: list[float] = []
        self._loose: list[float] | None = None  # also inside tables, computed when needed
        self._top = 0.0  # this piece shows the document from _top ...
        self._bottom: float | None = None  # ... to _bottom (None: to the end)

    def _layout(self, m: Metrics, width: float) -> QTextDocument:
        key = (id(m.device), width)
        if self._doc is None or self._key != key:
            doc = self._doc or SafeTextDocument()
            if self._doc is None:
                doc.setDefaultFont(m.font)
                doc.setDefaultStyleSheet(self.css)
                doc.setDocumentMargin(0)
                doc.documentLayout().setPaintDevice(m.device)
                doc.setHtml(self.html)
            doc.setTextWidth(width)
            self._doc, self._key = doc, key
            self._breaks = _break_points(doc)
        return self._doc

    def _end(self, doc: QTextDocument) -> float:
        return doc.size().height() if self._bottom is None else self._bottom

    def wrap(self, m: Metrics, width: float) -> float:
        doc = self._layout(m, width)
        return self._end(doc) - self._top

    def min_height(self, m: Metrics, width: float) -> float:
        doc = self._layout(m, width)
        first = next((b for b in self._breaks if b > self._top + 0.5), self._end(doc))
        return min(first, self._end(doc)) - self._top

    def _piece(self, top: float, bottom: float | None, keep: bool) -> RichText:
        piece = RichText(self.html, self.css, 0.0, keep)
        piece._doc, piece._key, piece._breaks = self._doc, self._key, self._breaks
        piece._top, piece._bottom = top, bottom
        return piece

    def split(
        self, m: Metrics, width: float, available: float, strict: bool = True
    ) -> tuple[Block, Block] | None:
        doc = self._layout(m, width)
        end = self._end(doc)
        limit = self._top + available
        points = self._breaks
        if not strict:
            if self._loose is None:
                self._loose = _break_points(doc, inside_tables=True)
            points = self._loose
        cuts = [b for b in points if self._top + 0.5 < b <= limit and b < end - 0.5]
        if not cuts:
            return None
        cut = cuts[-1]
        return self._piece(self._top, cut, False), self._piece(
            cut, self._bottom, self.keep_with_next
        )

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        doc = self._layout(m, width)
        height = self._end(doc) - self._top
        painter.save()
        painter.translate(x, y - self._top)
        doc.drawContents(painter, QRectF(0, self._top, width, height))
        painter.restore()


def _break_points(doc: QTextDocument, inside_tables: bool = False) -> list[float]:
    """Where the document may be cut between pages: under each line of a paragraph, and under
    each table, but nowhere inside one (unless `inside_tables`: a last resort for a table
    taller than a page, cut under a line of one of its cells)."""
    layout = doc.documentLayout()
    points: set[float] = set()
    inside: set[float] = set()
    tables: list[tuple[float, float]] = []
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        text_layout = block.layout()
        if table is not None:
            frame = layout.frameBoundingRect(table)
            tables.append((frame.top(), frame.bottom()))
            points.add(frame.bottom())
            top = layout.blockBoundingRect(block).top()  # a cell's block: inside its padding
            target = inside
        else:
            top = text_layout.position().y()
            target = points
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            target.add(top + line.y() + line.height())
        block = block.next()
    # Qt puts an empty paragraph where a table begins: its foot lies inside the table.
    found = {p for p in points if not any(a + 0.5 < p < b - 0.5 for a, b in tables)}
    if inside_tables:
        found |= inside
    return sorted(found)
