"""The page layout behind printed reports: rows stay whole, headings stay with their content."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPdfWriter, QTextDocument

from caregiver_app.report.blocks import Drawing, Metrics, PageBreak, RichText, SafeTextDocument
from caregiver_app.report.document import page_layout
from caregiver_app.report.pagination import paginate
from caregiver_app.report.tables import MIN_ROWS, Column, Row, Table, TableStyle


def metrics(tmp_path: Path) -> Metrics:
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(page_layout("a4"))
    font = QFont()
    font.setPointSizeF(9.5)
    return Metrics(writer, font)


def rows_shown(pages: list) -> list[list[int]]:
    """The row numbers each page shows of the one table in the flow."""
    result = []
    for page in pages:
        shown = []
        for placed in page:
            if isinstance(placed.block, Table):
                shown.extend(range(placed.block._start, placed.block._stop))
        result.append(shown)
    return result


def test_a_table_splits_between_rows_and_every_row_is_shown_once(qapp, tmp_path) -> None:
    m = metrics(tmp_path)
    rows = [Row((f"row {i}", "x"), note=("a longer note " * (i % 7)).strip()) for i in range(300)]
    table = Table([Column("Name", fit=True), Column("Notes")], rows, TableStyle(note_column=1))
    width, height = m.mm(180), m.mm(250)
    pages = paginate([table], m, width, height)
    shown = rows_shown(pages)
    assert len(pages) > 3
    assert [i for page in shown for i in page] == list(range(300))
    for page in pages:
        used = max(p.y + p.block.wrap(m, width) for p in page)
        assert used <= height + 0.5  # nothing runs off the page
    assert all(len(page) >= MIN_ROWS for page in shown)  # no lone row on a page


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(qapp, tmp_path) -> None:
    m = metrics(tmp_path)
    width, height = m.mm(180), m.mm(250)
    filler = Drawing(lambda *_: None, 230)
    heading = RichText("<h2>Where on the body</h2>", keep_with_next=True)
    caption = RichText("<p>By region and side.</p>", keep_with_next=True)
    chart = Drawing(lambda *_: None, 40)
    pages = paginate([filler, heading, caption, chart], m, width, height)
    assert [[p.block for p in page] for page in pages] == [[filler], [heading, caption, chart]]


def test_a_page_break_starts_a_new_page_but_never_an_empty_one(qapp, tmp_path) -> None:
    m = metrics(tmp_path)
    text = RichText("<p>Page one</p>")
    pages = paginate([PageBreak(), text, PageBreak(), PageBreak(), text], m, 1000, 1000)
    assert [[p.block for p in page] for page in pages] == [[text], [text]]


def test_long_text_splits_between_lines(qapp, tmp_path) -> None:
    m = metrics(tmp_path)
    width, height = m.mm(180), m.mm(60)
    text = RichText("".join(f"<p>Paragraph {n} of a long text.</p>" for n in range(80)))
    pages = paginate([text], m, width, height)
    assert len(pages) > 3
    total = sum(p.block.wrap(m, width) for page in pages for p in page)
    assert abs(total - text.wrap(m, width)) < 1.0  # every line once, none lost or repeated


def test_documents_never_load_files_or_images(qapp, tmp_path) -> None:
    """Even markup that reached a document unescaped cannot read a file from the disk."""
    picture = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture)).toString()
    html = f'<p>x <img src="{url}"> <img src="{picture}"></p>'

    plain = QTextDocument()
    plain.setHtml(html)
    plain.size()  # lays out, loading the images
    loaded = plain.resource(QTextDocument.ResourceType.ImageResource, QUrl(str(picture)))
    assert loaded.width() == 40  # what Qt does by default: it read the file

    safe = SafeTextDocument()
    safe.setHtml(html)
    safe.size()
    for name in (url, str(picture)):
        found = safe.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert found.width() == 1  # a blank pixel, not the file


def test_a_table_taller_than_a_page_is_cut_between_lines_rather_than_lost(qapp, tmp_path):
    m = metrics(tmp_path)
    width, height = m.mm(180), m.mm(80)
    cells = "<br/>".join(f"line {n}" for n in range(60))
    block = RichText(f'<table cellpadding="4"><tr><td>{cells}</td></tr></table>')
    pages = paginate([block], m, width, height)
    assert len(pages) >= 3
    for page in pages:
        assert sum(p.block.wrap(m, width) for p in page) <= height + 0.5
    total = sum(p.block.wrap(m, width) for page in pages for p in page)
    assert abs(total - block.wrap(m, width)) < 1.0
