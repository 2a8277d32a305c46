"""An opt-in hook for the cold-start benchmark (`benchmarks/run.py`); does nothing unless asked.

With `CAREGIVER_APP_BENCH_FIRST_PAINT` set, the first time the main window is painted the app
prints `first-paint <seconds since the process started>` to stdout and quits. The benchmark sets
the variable to `time.time()` taken just before it starts the process, so the figure counts
from there; with any other value (e.g. `1`) the process's start time comes from `/proc/self/stat`.
The bare reference window in `benchmarks/` measures itself with this same module.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CAREGIVER_APP_BENCH_FIRST_PAINT"


def process_start() -> float:
    """When this process started (seconds since the epoch)."""
    try:
        given = float(os.environ.get(ENV, ""))
    except ValueError:
        given = 0.0
    if given > 1e9:  # a wall-clock time, as the benchmark passes it
        return given
    with open("/proc/self/stat") as stat:
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as uptime:
        booted = time.time() - float(uptime.read().split()[0])
    return booted + ticks / os.sysconf("SC_CLK_TCK")


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.seen = True
            QTimer.singleShot(0, self.report)  # once this paint has been delivered
        return False

    def report(self) -> None:
        self.app.removeEventFilter(self)
        print(f"first-paint {time.time() - process_start():.4f}", flush=True)
        sys.stdout.flush()
        self.app.quit()


def install(app: QApplication, window: QWidget) -> None:
    """Report the window's first paint and quit, when the benchmark asks for it."""
    if ENV in os.environ:
        app.installEventFilter(_FirstPaint(app, window))
