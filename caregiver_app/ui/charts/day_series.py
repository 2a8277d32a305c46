"""What is drawn along the days: bars (`DayBars`) and trend lines, both quick to paint over
years of days, where there are more days than the chart has pixels across."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from caregiver_app.ui.charts import style

LONG_PERIOD_DAYS = 400  # longer: more days than a chart has pixels across


class DayBars(pg.BarGraphItem):
    """Bars along the days, filled without antialiasing (they are upright rectangles).

    When a bar is narrower than about a pixel (a long period), each pixel column is drawn
    once, from the lowest to the highest point of the bars that fall in it: thousands of
    rectangles thinner than a pixel would otherwise each cover a pixel or none, and most
    days would vanish. Bars must be given oldest first.
    """

    def setOpts(self, **opts: object) -> None:
        super().setOpts(**opts)
        x0, y0, x1, y1 = (np.atleast_1d(v) for v in self._getNormalizedCoords())
        self._edges = np.broadcast_arrays(x0, y0, x1, y1)
        self._brush = pg.mkBrush(self.opts["brush"])

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        t = p.transform()
        x0, y0, x1, y1 = self._edges
        scale = (t.m11(), t.dx(), t.m22(), t.dy())
        if (
            not len(x0)
            or t.isRotating()
            or not np.isfinite(scale).all()  # no view range yet (a picture's first layout pass)
            or abs(t.m11()) * float(np.min(x1 - x0)) >= 1.5
        ):
            super().paint(p, *args)
            return
        column = np.floor((x0 + x1) / 2 * t.m11() + t.dx()).astype(np.int64)
        starts = np.flatnonzero(np.r_[True, column[1:] != column[:-1]])
        a, b = y0 * t.m22() + t.dy(), y1 * t.m22() + t.dy()
        top = np.minimum.reduceat(np.minimum(a, b), starts)
        bottom = np.maximum.reduceat(np.maximum(a, b), starts)
        rects = pg.Qt.internals.PrimitiveArray(QRectF, 4)
        rects.resize(len(starts))
        memory = rects.ndarray()
        memory[:, 0] = column[starts]
        memory[:, 1] = top
        memory[:, 2] = 1.0
        memory[:, 3] = bottom - top
        p.save()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brush)
        p.drawRects(*rects.drawargs())
        p.restore()


def trend_line(plot: pg.PlotItem, colour: str, width: float, pen_scale: float) -> pg.PlotDataItem:
    """A smooth line along the days, added to `plot`. Over a long period it has more points
    than the plot has pixels; it then draws the highest and lowest of each few days (what the
    eye sees anyway), since an antialiased wide line of thousands of segments is slow to paint.
    """
    line = pg.PlotDataItem(
        pen=style.pen(colour, width, pen_scale), connect="finite", autoDownsampleFactor=1.0
    )
    plot.addItem(line)  # (adding applies the plot's own downsampling settings: set ours after)
    line.setDownsampling(auto=True, method="peak")
    line.setClipToView(True)
    return line


def set_trend(line: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """Set a trend line's points. With more days than about one a pixel, its segments are
    drawn one by one (their joins are too small to see then), much faster than stroking one
    long antialiased path; a short line keeps its smooth joins."""
    line.curve.setSegmentedLineMode("on" if len(x) > LONG_PERIOD_DAYS else "auto")
    line.setData(x, y)
