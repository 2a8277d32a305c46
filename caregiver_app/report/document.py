"""Putting documents on paper: pages, footers with "Page X of Y", and writing PDFs safely.

Two ways to lay out a document, both painted with QPainter onto a `QPdfWriter` or a `QPrinter`
(text stays real, selectable text; drawings stay vector):

- `render_document(doc, device, footer)`: one `QTextDocument`, paginated by Qt (the equipment
  checklist).
- `render_flow(items, device, footer)`: a flow of blocks (rich text, tables, drawings) placed
  on pages by our own `pagination.py`, so that a table repeats its header row on every page and
  never splits a row, and a heading is never left alone at the bottom of a page (the
  appointment report). The blocks are in `blocks.py` and `tables.py`.

Everything a person typed must reach the blocks as plain text (`TextCell`, `Table`) or escaped
HTML (`RichText`).

Uses QtGui only, never QtWidgets: it runs from the command line with a `QGuiApplication` on the
offscreen platform, and off the GUI thread (painting onto a PDF writer is allowed there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from caregiver_app.report.blocks import Block, Metrics
from caregiver_app.report.pagination import paginate
from caregiver_app.services import outputs
from caregiver_app.words import fill, tr

PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 15.0
PDF_RESOLUTION = 300
FOOTER_POINT_SIZE = 8.0


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
    path: Path,
    paper: str,
    title: str,
    paint: Callable[[QPdfWriter], int | None],
) -> int | None:
    """Write a PDF by calling `paint(writer)`, which returns the number of pages it painted.

    The file appears complete or not at all (`services.outputs.write_output`): it is written to
    a temporary file beside `path`, checked (it ends as a PDF must and has every page: Qt's PDF
    writer says nothing when the disk fills up), forced to the disk and renamed into place.
    Raises `outputs.OutputError` when it cannot be written. Needs a `QGuiApplication`.
    """
    layout = page_layout(paper)
    if QGuiApplication.instance() is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication to exist")

    def write(temporary: Path) -> int | None:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("caregiver-app")
        writer.setPageLayout(layout)
        pages = paint(writer)
        del writer  # flushes and closes the file
        return pages

    return outputs.write_output(Path(path), write, outputs.verify_pdf)


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


# --- a flow of blocks, placed on pages by pagination.py -------------------------------------------


def render_document(doc: QTextDocument, device: QPagedPaintDevice, footer_text: str = "") -> int:
    """Paint `doc` onto a PDF writer or printer, one page at a time, with "Page X of Y"; return
    the number of pages.

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
    return pages


# --- a flow of blocks, paginated by pagination.py -------------------------------------------------


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
