"""Tables in a flow: rows of plain text under a header row that is repeated on every page.

A row is never split across pages, and a table leaves at least `MIN_ROWS` rows on either side
of a page break when it can; a note too long for its column goes full width under its row (and
only a note taller than a whole page is cut, between two of its lines). Every cell is a
`TextCell`: plain text, never markup, so whatever a person typed prints exactly as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from caregiver_app.report.blocks import Block, Metrics
from caregiver_app.words import tr


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
            # words split at ordinary spaces only: a no-break space keeps "13 May 2026" whole
            words = re.split(r"[ \t\n]+", column.title)
            widest = max((head.horizontalAdvance(w) for w in words), default=0.0)
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
