"""The cold-start reference: a bare PySide6 window holding one pyqtgraph plot.

Started by `benchmarks/run.py` exactly as the app is (same interpreter, offscreen, the same
`CAREGIVER_APP_BENCH_FIRST_PAINT` hook), it prints `first-paint <seconds>` and quits.
"""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

from caregiver_app.ui import bench_hook


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)
    window.resize(1100, 760)
    window.show()
    bench_hook.install(app, window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
