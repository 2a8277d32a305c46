"""Putting documents on paper: pages, footers with "Page X of Y", and writing PDFs safely.

Two ways to lay out a document, both painted with QPainter onto a `QPdfWriter` or a `QPrinter`
(text stays real, selectable text; drawings stay vector):

- `render_document(doc, device, footer)`: one `QTextDocument`, paginated by Qt (the equipment
  checklist).
- `render_flow(items, device, footer)`: a flow of blocks (rich text, tables, drawings) laid out
  here, so that a table repeats its header row on every page and never splits a row, and a
  heading is never left alone at the bottom of a page (the appointment report).

Everything a person typed must reach these blocks as plain text (`TextCell`, `Table`) or
escaped HTML (`RichText`); `SafeTextDocument` refuses to load any resource, so even markup that
slipped through could not fetch a file or an image.

Uses QtGui only, never QtWidgets: it runs from the command line with a `QGuiApplication` on the
offscreen platform, and off the GUI thread (painting onto a PDF writer is allowed there).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 15.0
PDF_RESOLUTION = 300
FOOTER_POINT_SIZE = 8.0


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def fill(template: str, *values: str) -> str:
    """Put `values` into the %1, %2... places of a translated template, in one pass (so a
    value that itself contains "%2" is never filled in again)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


# --- pages and PDF files --------------------------------------------------------------------------


def page_layout(paper: str) -> QPageLayout:
    """Portrait A4 or Letter with the house margins."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper: '{paper}' is not one of {', '.join(PAPER_SIZES)}")
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(
    path: Path, paper: str, title: str, paint: Callable[[QPdfWriter], None], prefix: str = "doc"
) -> None:
    """Write a PDF by calling `paint(writer)`. The file appears complete or not at all: it is
    written beside `path` and moved into place. Needs a `QGuiApplication`."""
    layout = page_layout(paper)
    if QGuiApplication.instance() is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication to exist")
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{prefix}-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("caregiver-app")
        writer.setPageLayout(layout)
        paint(writer)
        del writer  # flushes and closes the file
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _begin(painter: QPainter, device: QPagedPaintDevice) -> None:
    if not painter.begin(device):
        raise OSError(tr("Could not start writing the document."))


def _body_size(device: QPagedPaintDevice) -> QSizeF:
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QSizeF(float(rect.width()), float(rect.height()))


@dataclass(frozen=True)
class Footer:
    """The line at the foot of every page: `left` text, and "Page X of Y" on the right."""

    left: str = ""

    def font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(FOOTER_POINT_SIZE)
        font.setBold(False)
        return font

    def height(self, base: QFont, device: QPaintDevice) -> float:
        return QFontMetricsF(self.font(base), device).height() * 2.2

    def draw(
        self,
        painter: QPainter,
        base: QFont,
        device: QPaintDevice,
        top: float,
        width: float,
        number: int,
        pages: int,
    ) -> None:
        font = self.font(base)
        metrics = QFontMetricsF(font, device)
        painter.save()
        painter.setFont(font)
        painter.setPen(QPen(QColor("#7D8A96"), max(1.0, device.logicalDpiX() / 150)))
        line_y = top + metrics.height() * 0.6
        painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
        painter.setPen(Qt.GlobalColor.black)
        text_rect = QRectF(0, line_y + metrics.height() * 0.3, width, metrics.height())
        page_text = fill(tr("Page %1 of %2"), str(number), str(pages))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight, page_text)
        if self.left:
            room = width - metrics.horizontalAdvance(page_text) - metrics.height() * 2
            elided = metrics.elidedText(self.left, Qt.TextElideMode.ElideRight, room)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()


# --- one QTextDocument, paginated by Qt ----------------------------------------------------------------


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


def render_document(doc: QTextDocument, device: QPagedPaintDevice, footer_text: str = "") -> None:
    """Paint `doc` onto a PDF writer or printer, one page at a time, with "Page X of Y".

    The document is laid out for `device` (its resolution and page size), so pass a document
    made for this one use.
    """
    painter = QPainter()
    _begin(painter, device)
    try:
        size = _body_size(device)
        width = size.width()
        footer = Footer(footer_text)
        body_height = size.height() - footer.height(doc.defaultFont(), device)

        layout = doc.documentLayout()
        layout.setPaintDevice(device)
        doc.setPageSize(QSizeF(width, body_height))
        frame = doc.rootFrame().frameFormat()
        frame.setMargin(0)
        doc.rootFrame().setFrameFormat(frame)
        pages = max(1, doc.pageCount())

        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body_height)
            doc.drawContents(painter, QRectF(0, number * body_height, width, body_height))
            painter.restore()
            footer.draw(painter, doc.defaultFont(), device, body_height, width, number + 1, pages)
    finally:
        painter.end()


# --- a flow of blocks, paginated here --------------------------------------------------------------------


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


class Spacer(Block):
    def __init__(self, height_mm: float) -> None:
        self.height_mm = height_mm

    def wrap(self, m: Metrics, width: float) -> float:
        return m.mm(self.height_mm)

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


class TextCell:
    """Plain text (never markup) laid out in a box of `width`; line breaks kept as typed."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        device: QPaintDevice,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028")
        self.font = font
        self.width = max(1.0, width)
        self.align = align
        metrics = QFontMetricsF(font, device)
        self._layout: QTextLayout | None = None
        self.line_bottoms: list[float] = []
        if "\u2028" not in self.text and metrics.horizontalAdvance(self.text) <= self.width:
            self.height = metrics.height() if self.text else 0.0
            self.line_bottoms = [self.height]
            return
        layout = QTextLayout(self.text, font, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            self.line_bottoms.append(y)
        layout.endLayout()
        self._layout = layout
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self._layout is None:
            if self.text:
                painter.setFont(self.font)
                painter.drawText(
                    QRectF(x, y, self.width, self.height),
                    int(self.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine),
                    self.text,
                )
            return
        self._layout.draw(painter, QPointF(x, y))


@dataclass(frozen=True)
class Column:
    """`fit`: as wide as its widest cell (and the longest word of its title); the columns
    that do not fit share what is left by `weight` and wrap their text."""

    title: str
    weight: float = 1.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    fit: bool = False


@dataclass(frozen=True)
class Row:
    """Cells of plain text. A `note` too long for its column goes full width under the row."""

    cells: tuple[str, ...]
    note: str = ""
    bold: bool = False


@dataclass(frozen=True)
class TableStyle:
    font_pt: float = 8.0
    header_font_pt: float = 7.5
    pad_x_mm: float = 1.1
    pad_y_mm: float = 0.7
    header_fill: str = "#E4EBF1"
    stripe_fill: str = "#F4F6F8"
    rule: str = "#B9C3CC"
    # When the text of this column would make a row taller than `long_note_mm`, the text goes
    # full width under the row instead (None: never).
    note_column: int | None = None
    long_note_mm: float = 24.0
    # Show this column only when it changes (e.g. the date) and at the top of each page.
    group_column: int | None = None


MIN_ROWS = 3  # rows a table leaves on a page when it splits (widows and orphans)


class Table(Block):
    """Rows of plain text under a header row that is repeated on every page. A row is never
    split across pages; only a note taller than a whole page is (it could not fit anywhere),
    between two of its lines."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Row],
        style: TableStyle | None = None,
        space_before_mm: float = 0.0,
    ) -> None:
        self.columns = list(columns)
        self.rows = list(rows)
        self.style = style or TableStyle()
        self.space_before_mm = space_before_mm
        self._cache: dict[tuple[int, float], _TableLayout] = {}
        # This piece shows rows[_start:_stop]; the first row's long note from line _note_from,
        # the last row's up to line _note_to (None: to its end).
        self._start = 0
        self._stop = len(self.rows)
        self._note_from = 0
        self._note_to: int | None = None

    def _layout(self, m: Metrics, width: float) -> _TableLayout:
        key = (id(m.device), width)
        if key not in self._cache:
            self._cache[key] = _TableLayout(self, m, width)
        return self._cache[key]

    def _lines(self, index: int) -> tuple[int, int | None]:
        """The lines of row `index`'s long note this piece shows."""
        first = self._note_from if index == self._start else 0
        last = self._note_to if index == self._stop - 1 else None
        return first, last

    def _height(self, layout: _TableLayout, index: int) -> float:
        return layout.row_height(index, *self._lines(index))

    def wrap(self, m: Metrics, width: float) -> float:
        layout = self._layout(m, width)
        rows = range(self._start, self._stop)
        return layout.header + sum(self._height(layout, i) for i in rows)

    def min_height(self, m: Metrics, width: float) -> float:
        """The header and the first rows a split leaves on a page."""
        layout = self._layout(m, width)
        rows = range(self._start, min(self._stop, self._start + MIN_ROWS))
        return layout.header + sum(self._height(layout, i) for i in rows)

    def _piece(
        self, start: int, stop: int, note_from: int = 0, note_to: int | None = None
    ) -> Table:
        piece = Table(self.columns, self.rows, self.style)
        piece._cache = self._cache
        piece._start, piece._stop = start, stop
        piece._note_from, piece._note_to = note_from, note_to
        return piece

    def split(
        self, m: Metrics, width: float, available: float, strict: bool = True
    ) -> tuple[Block, Block] | None:
        layout = self._layout(m, width)
        used = layout.header
        for index in range(self._start, self._stop):
            height = self._height(layout, index)
            if used + height <= available:
                used += height
                continue
            if index > self._start:
                # Never leave a single row alone on either page when it can be helped.
                cut = index
                if strict and self._stop - cut < MIN_ROWS and cut - self._start > MIN_ROWS:
                    cut = max(self._start + MIN_ROWS, self._stop - MIN_ROWS)
                if strict and cut - self._start < MIN_ROWS:
                    return None
                first, last = self._lines(self._start)
                return (
                    self._piece(self._start, cut, first, last if cut - 1 == self._start else None),
                    self._piece(cut, self._stop, 0, self._note_to),
                )
            # The first row alone does not fit on a whole page: cut its long note.
            first, last = self._lines(index)
            stop_line = layout.lines_that_fit(index, first, last, available - used)
            if stop_line is None:
                return None
            return (
                self._piece(index, index + 1, first, stop_line),
                self._piece(index, self._stop, stop_line, self._note_to),
            )
        return None

    def draw(self, painter: QPainter, m: Metrics, x: float, y: float, width: float) -> None:
        layout = self._layout(m, width)
        style = self.style
        hair = max(1.0, m.dpi / 300)
        painter.save()
        painter.translate(x, y)
        painter.fillRect(QRectF(0, 0, width, layout.header), QColor(style.header_fill))
        painter.setPen(QColor("#1F2933"))
        for cell, left in zip(layout.header_cells, layout.lefts, strict=True):
            cell.draw(painter, left + layout.pad_x, layout.pad_y)
        painter.setPen(QPen(QColor("#5F6B76"), hair * 1.5))
        painter.drawLine(QPointF(0, layout.header), QPointF(width, layout.header))
        top = layout.header
        shown_group: str | None = None
        for index in range(self._start, self._stop):
            first, last = self._lines(index)
            height = layout.row_height(index, first, last)
            if layout.striped(index):
                painter.fillRect(QRectF(0, top, width, height), QColor(style.stripe_fill))
            painter.setPen(QColor("#1F2933"))
            note_top = top
            if first == 0:
                for column, (cell, left) in enumerate(
                    zip(layout.cells(index), layout.lefts, strict=True)
                ):
                    if column == style.group_column:
                        value = self.rows[index].cells[column]
                        if index > self._start and value == shown_group:
                            continue
                        shown_group = value
                    cell.draw(painter, left + layout.pad_x, top + layout.pad_y)
                note_top = top + layout.main_height(index) - layout.pad_y
            layout.draw_note(painter, index, note_top, first, last)
            top += height
            painter.setPen(QPen(QColor(style.rule), hair))
            painter.drawLine(QPointF(0, top), QPointF(width, top))
        painter.restore()


class _TableLayout:
    """A table measured for one device and width (each row is laid out when first needed)."""

    def __init__(self, table: Table, m: Metrics, width: float) -> None:
        self.table = table
        self.m = m
        style = table.style
        self.pad_x, self.pad_y = m.mm(style.pad_x_mm), m.mm(style.pad_y_mm)
        self.full_width = width
        self.font = m.scaled_font(style.font_pt)
        self.bold_font = m.scaled_font(style.font_pt, bold=True)
        header_font = m.scaled_font(style.header_font_pt, bold=True)
        self.widths = self._widths(width, header_font)
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.header_cells = [
            TextCell(c.title, header_font, w - 2 * self.pad_x, m.device, c.align)
            for c, w in zip(table.columns, self.widths, strict=True)
        ]
        self.header = max(c.height for c in self.header_cells) + 2 * self.pad_y
        self.long_note_height = m.mm(style.long_note_mm)
        self._stripes: list[bool] | None = None
        self._cells: dict[int, list[TextCell]] = {}
        self._notes: dict[int, TextCell | None] = {}

    def striped(self, index: int) -> bool:
        """Every other row is shaded; with a group column, every other group (e.g. day)."""
        group = self.table.style.group_column
        if group is None:
            return index % 2 == 1
        if self._stripes is None:
            shade, previous, stripes = True, None, []
            for row in self.table.rows:
                if row.cells[group] != previous:
                    shade, previous = not shade, row.cells[group]
                stripes.append(shade)
            self._stripes = stripes
        return self._stripes[index]

    def _widths(self, width: float, header_font: QFont) -> list[float]:
        columns = self.table.columns
        device = self.m.device
        body = QFontMetricsF(self.bold_font, device)
        head = QFontMetricsF(header_font, device)
        natural: list[float | None] = []
        for index, column in enumerate(columns):
            if not column.fit:
                natural.append(None)
                continue
            widest = max((head.horizontalAdvance(w) for w in column.title.split()), default=0.0)
            for row in self.table.rows:
                widest = max(widest, body.horizontalAdvance(row.cells[index]))
            natural.append(widest + 2 * self.pad_x + 1)
        fixed = sum(n for n in natural if n is not None)
        if fixed > width:  # everything is squeezed in proportion
            return [(n or 0.0) * width / fixed if n else 0.0 for n in natural]
        flexible = [c.weight if n is None else 0.0 for c, n in zip(columns, natural, strict=True)]
        if not any(flexible):  # only fitted columns: share the room left among them
            flexible = [c.weight for c in columns]
        total = sum(flexible)
        left = width - fixed
        return [(n or 0.0) + left * f / total for n, f in zip(natural, flexible, strict=True)]

    def _measure(self, index: int) -> None:
        row = self.table.rows[index]
        style = self.table.style
        font = self.bold_font if row.bold else self.font
        device = self.m.device
        cells = []
        for column, (text, col, w) in enumerate(
            zip(row.cells, self.table.columns, self.widths, strict=True)
        ):
            if column == style.note_column and row.note:
                text = row.note
            cells.append(TextCell(text, font, w - 2 * self.pad_x, device, col.align))
        note: TextCell | None = None
        at = style.note_column
        if at is not None and row.note and cells[at].height > self.long_note_height:
            # Too tall for its column: it goes full width under the row instead.
            cells[at] = TextCell(tr("(note below)"), font, self.widths[at] - 2 * self.pad_x, device)
            note = TextCell(row.note, font, self.full_width - 2 * self.pad_x, device)
        self._cells[index] = cells
        self._notes[index] = note

    def cells(self, index: int) -> list[TextCell]:
        if index not in self._cells:
            self._measure(index)
        return self._cells[index]

    def long_note(self, index: int) -> TextCell | None:
        if index not in self._notes:
            self._measure(index)
        return self._notes[index]

    def main_height(self, index: int) -> float:
        return max(c.height for c in self.cells(index)) + 2 * self.pad_y

    def _span(self, note: TextCell, first: int, last: int | None) -> tuple[float, float]:
        top = note.line_bottoms[first - 1] if first else 0.0
        bottom = note.line_bottoms[last - 1] if last else note.height
        return top, bottom

    def row_height(self, index: int, first: int = 0, last: int | None = None) -> float:
        note = self.long_note(index)
        if note is None:
            return self.main_height(index)
        top, bottom = self._span(note, first, last)
        head = self.main_height(index) if first == 0 else self.pad_y
        return head + (bottom - top) + self.pad_y

    def lines_that_fit(
        self, index: int, first: int, last: int | None, available: float
    ) -> int | None:
        """The line of row `index`'s long note to stop before so the row fits `available`;
        None when not even one more line fits (or the note is not long)."""
        note = self.long_note(index)
        if note is None:
            return None
        head = self.main_height(index) if first == 0 else self.pad_y
        top = note.line_bottoms[first - 1] if first else 0.0
        end = len(note.line_bottoms) if last is None else last
        stop = None
        for line in range(first, end - 1):
            if head + note.line_bottoms[line] - top + self.pad_y <= available:
                stop = line + 1
        return stop

    def draw_note(
        self, painter: QPainter, index: int, top: float, first: int, last: int | None
    ) -> None:
        note = self.long_note(index)
        if note is None:
            return
        start, bottom = self._span(note, first, last)
        painter.save()
        painter.setClipRect(QRectF(0, top + self.pad_y, self.full_width, bottom - start))
        note.draw(painter, self.pad_x, top + self.pad_y - start)
        painter.restore()


# --- laying out and painting a flow -------------------------------------------------------------------------


@dataclass
class Placed:
    block: Block
    y: float


def paginate(
    blocks: Sequence[Block], m: Metrics, width: float, height: float
) -> list[list[Placed]]:
    """Blocks placed on pages: split where they allow it, a heading kept with what follows,
    a page break starting a new page (never an empty one)."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(reversed(blocks))
    while queue:
        block = queue.pop()
        if isinstance(block, PageBreak):
            if pages[-1]:
                pages.append([])
                y = 0.0
            continue
        gap = m.mm(block.space_before_mm) if y > 0 else 0.0
        need = block.wrap(m, width)
        if block.keep_with_next:
            # A heading (and its caption) goes with the first piece of what follows.
            for following in reversed(queue):
                if isinstance(following, PageBreak):
                    break
                need += m.mm(following.space_before_mm)
                if not following.keep_with_next:
                    need += following.min_height(m, width)
                    break
                need += following.wrap(m, width)
        if y + gap + need <= height:
            pages[-1].append(Placed(block, y + gap))
            y += gap + block.wrap(m, width)
            continue
        if not block.keep_with_next:
            parts = block.split(m, width, height - y - gap)
            if parts is not None:
                head, tail = parts
                pages[-1].append(Placed(head, y + gap))
                pages.append([])
                y = 0.0
                queue.append(tail)
                continue
        if y > 0:  # start it on a new page
            pages.append([])
            y = 0.0
            queue.append(block)
            continue
        # Taller than a whole page: cut it wherever it allows; else the page edge cuts it.
        parts = block.split(m, width, height, strict=False)
        if parts is not None:
            head, tail = parts
            pages[-1].append(Placed(head, 0.0))
            pages.append([])
            queue.append(tail)
            continue
        pages[-1].append(Placed(block, 0.0))
        y = block.wrap(m, width)
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


def render_flow(
    blocks: Sequence[Block],
    device: QPagedPaintDevice,
    footer_text: str = "",
    font: QFont | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Lay out `blocks` for `device` and paint every page with its footer; return the number
    of pages. `on_page(done, total)` is told after each page (for progress)."""
    base = QFont(font or QGuiApplication.font())
    painter = QPainter()
    _begin(painter, device)
    try:
        size = _body_size(device)
        footer = Footer(footer_text)
        m = Metrics(device, base)
        body_height = size.height() - footer.height(base, device)
        pages = paginate(blocks, m, size.width(), body_height)
        for number, placed in enumerate(pages):
            if number:
                device.newPage()
            for item in placed:
                item.block.draw(painter, m, 0.0, item.y, size.width())
            footer.draw(painter, base, device, body_height, size.width(), number + 1, len(pages))
            if on_page is not None:
                on_page(number + 1, len(pages))
        return len(pages)
    finally:
        painter.end()
