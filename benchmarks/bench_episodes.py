"""How the Episodes page copes with 100,000 episodes: time to open, to filter, and memory.

Run: python benchmarks/bench_episodes.py   (prints figures; never pass/fail)
`benchmarks/run.py` calls `figures` in a process of its own, so the memory figure is this
page's alone.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median, rss_mb

RUNS = 5


def figures(person_id: int, runs: int = RUNS) -> list[Figure]:
    """Open the page, filter by a word in the notes, clear it: median of `runs` (diary open)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from caregiver_app.store.db import database_proxy
    from caregiver_app.ui.context import PageContext
    from caregiver_app.ui.notifier import DataNotifier
    from caregiver_app.ui.pages.episodes import EpisodesPage

    app = QApplication.instance() or QApplication([])
    db_path = Path(database_proxy.obj.database)
    settings = QSettings(str(db_path.parent / "settings.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: person_id)

    opens, filters, clears = [], [], []
    shown = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        page = EpisodesPage(ctx, lambda: None, lambda _id: None)
        page.resize(1200, 760)
        page.show()
        page.repaint()  # the first paint, rows included
        app.processEvents()
        opens.append((time.perf_counter() - t0) * 1000)

        t0 = time.perf_counter()
        page.search.setText("physio")
        page.apply_filters()
        page.table.repaint()
        filters.append((time.perf_counter() - t0) * 1000)
        shown = page.model.total()

        t0 = time.perf_counter()
        page.clear_filters()
        page.table.repaint()
        clears.append((time.perf_counter() - t0) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()

    return [
        Figure("Episodes: open the page (first paint)", median(opens), limit=200),
        Figure(
            "Episodes: filter by text in notes",
            median(filters),
            limit=200,
            note=f"{shown:,} match",
        ),
        Figure("Episodes: clear the filter", median(clears), limit=200),
        Figure(
            "Episodes: process memory (peak RSS)",
            rss_mb(peak=True),
            unit="MB",
            limit=300,
            note="the page's own process",
        ),
    ]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.fixtures import build

    QApplication.instance() or QApplication([])
    started = time.perf_counter()
    path, person_id = build()
    print(f"built 100,000 episodes in {time.perf_counter() - started:.1f} s at {path}")
    for figure in figures(person_id):
        print(f"{figure.name:45} {figure.ours:8.1f} {figure.unit}   budget {figure.budget}")


if __name__ == "__main__":
    main()
