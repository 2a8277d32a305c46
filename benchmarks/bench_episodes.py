"""How the Episodes page copes with 100,000 episodes: time to open, to filter, and memory.

Run: python benchmarks/bench_episodes.py   (prints figures; never pass/fail)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from benchmarks.fixtures import build
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.episodes import EpisodesPage

RUNS = 5


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    path, person_id = build()
    print(f"built 100,000 episodes in {time.perf_counter() - started:.1f} s at {path}")
    settings = QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person_id)

    opens, filters, clears = [], [], []
    page = None
    for _ in range(RUNS):
        t0 = time.perf_counter()
        page = EpisodesPage(ctx, lambda: None, lambda _id: None)
        page.resize(1200, 760)
        page.show()
        page.repaint()  # the first paint, rows included
        app.processEvents()
        opens.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        page.search.setText("physio")
        page.apply_filters()
        page.table.repaint()
        filters.append(time.perf_counter() - t0)
        shown = page.model.total()

        t0 = time.perf_counter()
        page.clear_filters()
        page.table.repaint()
        clears.append(time.perf_counter() - t0)
        page.close()
        page.deleteLater()
        app.processEvents()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.1f} ms (median of {RUNS})"

    print(f"{'open the page (100,000 rows, first paint)':45} {ms(opens)}   budget 200 ms")
    print(f"{'filter by text in notes':45} {ms(filters)}   budget 200 ms   ({shown:,} match)")
    print(f"{'clear the filter':45} {ms(clears)}")
    print(f"{'process memory (RSS)':45} {rss_mb():7.1f} MB                budget 300 MB")


if __name__ == "__main__":
    main()
