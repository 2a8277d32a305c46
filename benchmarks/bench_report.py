"""How long the appointment report takes for 1 year and for 10 years with 100,000 episodes.

Prints, never asserts (median of 3 runs each; `figures` gives the two that `run.py` shows):
1. reading the numbers (`report_data.load_report`), and laying out and writing the PDF;
2. painting onto a printer (what Print and the print preview do on the GUI thread);
3. saving a PDF from the Reports page in the background: the time until it is written, and
   the longest the window went without handling events meanwhile (a 10 ms timer keeps ticking
   if the window stays responsive).

Run: python benchmarks/bench_report.py
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from benchmarks.common import Figure
from benchmarks.fixtures import build
from caregiver_app.report import appointment
from caregiver_app.report.document import page_layout
from caregiver_app.services import charts, report_data
from caregiver_app.services.periods import Period, period_for
from caregiver_app.ui import tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.reports import ReportsPage

RUNS = 3
TODAY = dt.date(2026, 11, 25)
OUT = Path(tempfile.mkdtemp(prefix="caregiver-bench-report-"))


def median_s(job: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def figures(person: int, runs: int = RUNS) -> list[Figure]:
    """The appointment report for 1 year and for 10 years: numbers read, laid out, PDF written."""
    first = charts.first_entry_day(person)
    result = []
    for preset, name, limit in (("1y", "1 year", 2.0), ("all", "10 years", 6.0)):
        period = period_for(preset, TODAY, first)

        def make(period: Period = period, preset: str = preset) -> int:
            data = report_data.load_report(person, period, TODAY)
            return appointment.write_report_pdf(data, OUT / f"report-{preset}.pdf")

        took, pages = median_s(make, runs)
        result.append(
            Figure(
                f"Report: {name} (numbers + PDF)",
                took,
                unit="s",
                limit=limit,
                note=f"{pages} pages",
            )
        )
    return result


def pdf_figures(person: int) -> None:
    print("1. Numbers, then layout + PDF (A4), median of 3")
    print(
        f"   {'period':<22}{'episodes':>10}{'numbers s':>11}{'PDF s':>8}{'total s':>9}{'pages':>7}{'MB':>6}"
    )
    first = charts.first_entry_day(person)
    for preset, name in (("1y", "1 year"), ("all", "10 years (all)")):
        period = period_for(preset, TODAY, first)
        read, data = median_s(lambda period=period: report_data.load_report(person, period, TODAY))
        assert isinstance(data, report_data.ReportData)
        path = OUT / f"report-{preset}.pdf"
        write, pages = median_s(
            lambda data=data, path=path: appointment.write_report_pdf(data, path)
        )
        size = path.stat().st_size / 1e6
        print(
            f"   {name:<22}{data.figures.episodes:>10,}{read:>11.2f}{write:>8.2f}"
            f"{read + write:>9.2f}{pages:>7}{size:>6.1f}"
        )
        print(
            f"   {'':<22}log: the most recent {len(data.log.rows):,} of {data.log.total:,} episodes"
        )


def printer_figures(person: int) -> None:
    print("\n2. Painting onto a printer (print and preview, GUI thread), median of 3")
    first = charts.first_entry_day(person)
    for preset, name in (("1y", "1 year"), ("all", "10 years (all)")):
        data = report_data.load_report(person, period_for(preset, TODAY, first), TODAY)

        def paint(data: report_data.ReportData = data, preset: str = preset) -> int:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(OUT / f"printed-{preset}.pdf"))
            printer.setPageLayout(page_layout("a4"))
            return appointment.print_report(data, printer)

        took, pages = median_s(paint)
        print(f"   {name:<22}{took:>8.2f} s  ({pages} pages)")


def save_watching_the_window(app: QApplication, page: ReportsPage) -> tuple[float, int]:
    """Save a PDF from the page; (seconds until written, longest gap between 10 ms ticks)."""
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    started = time.perf_counter()
    page.save_pdf()
    while page._busy:  # as the window's event loop would: sleep until something happens
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    total = time.perf_counter() - started
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)] or [clock.elapsed()]
    return total, max(gaps)


def page_figures(app: QApplication, person: int) -> None:
    print("\n3. Save as PDF from the Reports page (background thread), median of 3")
    settings = QSettings(str(OUT / "settings.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person)
    page = ReportsPage(ctx)
    page.today = lambda: TODAY
    tasks.SYNCHRONOUS = False
    for preset, name in (("1y", "1 year"), ("all", "10 years (all)")):
        page.set_period(preset)
        page.data = None
        page.refresh()
        while page.data is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        totals, stalls = [], []
        for run in range(RUNS):
            target = OUT / f"page-{preset}-{run}.pdf"
            page._ask_pdf_path = lambda _name, target=target: target  # type: ignore[method-assign]
            total, stall = save_watching_the_window(app, page)
            totals.append(total)
            stalls.append(stall)
        print(
            f"   {name:<22}written in {statistics.median(totals):5.2f} s; longest pause of the "
            f"window {statistics.median(stalls):4.0f} ms"
        )
    page.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    db_path, person = build()
    print(
        f"Built 100,000 episodes and 3,650 check-ins over 10 years in "
        f"{time.perf_counter() - started:.1f} s ({db_path})\n"
    )
    pdf_figures(person)
    printer_figures(person)
    page_figures(app, person)  # type: ignore[arg-type]
    print(f"\nPDFs in {OUT}")


if __name__ == "__main__":
    main()
