"""The appointment report: a one-page clinical summary, the charts, the daily factors week by
week, and the episode log as an appendix; printed, previewed or saved as a PDF.

Page 1 answers "how often, how bad, better or worse, and why" on its own. The numbers come
from `services.report_data` (which reads the same services as the Charts page); this package
only words and lays them out. Everything a person typed (names, notes, questions) is either
escaped with `html.escape` before it enters HTML or drawn as plain text, so it prints exactly as
typed and nothing in it is ever interpreted or loaded.

QtGui and QtPrintSupport only, never QtWidgets: it runs from the command line with a
`QGuiApplication` on the offscreen platform, and off the GUI thread when writing a PDF.

The parts, in the order they print: `summary.py` (page 1, its lines worded in
`summary_lines.py`), `chart_pages.py`, `factors.py` and `episode_log.py`; `style.py` is their
common look. Here they are put together, and the whole is written, printed or previewed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from caregiver_app.report.appointment.chart_pages import chart_blocks
from caregiver_app.report.appointment.episode_log import log_blocks
from caregiver_app.report.appointment.factors import factor_blocks, insight_blocks
from caregiver_app.report.appointment.style import report_font
from caregiver_app.report.appointment.summary import report_title, summary_blocks
from caregiver_app.report.appointment.treatment_pages import treatment_blocks
from caregiver_app.report.blocks import Block, PageBreak
from caregiver_app.report.document import render_flow, write_pdf
from caregiver_app.services import report_data
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data import ReportData
from caregiver_app.words import span_text


def footer_text(data: ReportData) -> str:
    return f"{data.person.name} \u00b7 {span_text(data.period)}"


def document_title(data: ReportData) -> str:
    return f"{report_title()} \u2014 {data.person.name} \u2014 {span_text(data.period)}"


def build_blocks(data: ReportData) -> list[Block]:
    blocks = summary_blocks(data)
    blocks += treatment_blocks(data)
    if data.figures.episodes:
        blocks += chart_blocks(data)
        blocks += insight_blocks(data)
    if data.therapy.checkin_days and not data.figures.episodes:
        blocks.append(PageBreak())
    blocks += factor_blocks(data)
    blocks += log_blocks(data)
    return blocks


def print_report(
    data: ReportData,
    device: QPagedPaintDevice,
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Lay out and paint the report onto a printer or PDF writer; return the number of pages."""
    return render_flow(build_blocks(data), device, footer_text(data), report_font(), on_page)


def write_report_pdf(
    data: ReportData,
    path: Path,
    paper: str = "a4",
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Write the report as a PDF with real, selectable text; return the number of pages.
    The file appears complete or not at all. Needs a `QGuiApplication` (offscreen is fine)."""

    def paint(writer: QPagedPaintDevice) -> int:
        return print_report(data, writer, on_page)

    return write_pdf(Path(path), paper, document_title(data), paint) or 0


def make_report_pdf(
    person_id: int,
    period: Period,
    path: Path,
    paper: str = "a4",
    today: dt.date | None = None,
    questions: str | None = None,
    log_days: int | None = 14,
) -> int:
    """Read the diary and write the report (for the command line); return the number of pages.
    The episode log covers the last `log_days` days (None: all; 0: none)."""
    data = report_data.load_report(person_id, period, today, questions, log_days=log_days)
    return write_report_pdf(data, path, paper)
