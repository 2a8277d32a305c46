"""An axis title is only its words: no '(x0.001)' or '(x1e+09)' scale that pyqtgraph adds by
itself (seen on the screenshots: 'Episodes per day (x0.001)' while a chart waited for its
data, 'Fecha de la consulta (x1e+09)' under the clinician scores)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caregiver_app.ui.charts.axes import CountAxis, LeftAxis, date_axis


def test_the_charts_axes_never_add_a_scale_to_their_titles(qtbot: QtBot) -> None:
    host = QWidget()  # pyqtgraph's PlotWidget cannot be closed twice; its host can
    qtbot.addWidget(host)
    widget = pg.PlotWidget(
        host,
        axisItems={"left": CountAxis("left"), "bottom": date_axis(), "right": LeftAxis("right")},
    )
    plot = widget.getPlotItem()
    plot.showAxis("right")
    for name, title in (("left", "Episodes per day"), ("bottom", "Day"), ("right", "Pain")):
        plot.setLabel(name, title)
    plot.setYRange(0, 0.002, padding=0)  # a chart with no data yet
    plot.setXRange(1.7e9, 1.71e9, padding=0)  # local seconds, as the date axes use
    widget.resize(600, 300)
    host.resize(600, 300)
    host.show()
    qtbot.waitExposed(host)
    widget.grab()
    for name, title in (("left", "Episodes per day"), ("bottom", "Day"), ("right", "Pain")):
        shown = plot.getAxis(name).labelString()
        assert "(x" not in shown, (name, shown)
        assert title in shown
