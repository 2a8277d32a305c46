"""How charts look: the Okabe-Ito palette, readable fonts, thick enough lines for print.

Colours come from the Okabe-Ito palette, which colour-blind readers can tell apart; the pairs
used side by side (left blue / right orange / both green, bars sky blue under a dark blue line)
also differ in lightness, so they survive a grey-scale printer.

`pen_scale` multiplies every line width: a chart drawn for a PNG at print resolution uses 2,
because pyqtgraph's pens are cosmetic (their width is in device pixels, not in points).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

from caregiver_app.palette import (  # noqa: F401 - the charts' colours, by name
    BLACK,
    BLUE,
    GREEN,
    GRID,
    ORANGE,
    PURPLE,
    SKY,
    TEXT,
    VERMILLION,
    YELLOW,
)

GREY = "#5F6B76"

SIDE_COLOURS = {"left": BLUE, "right": ORANGE, "both": GREEN}

TICK_PT = 10.0
LABEL_PT = 11.0
SMALL_PT = 9.0


def configure() -> None:
    """The app's pyqtgraph settings (also set once by the app at start; repeating is harmless)."""
    pg.setConfigOptions(background="w", foreground="k", antialias=True)


def pen(colour: str, width: float = 1.0, scale: float = 1.0, dashed: bool = False) -> QPen:
    result = pg.mkPen(QColor(colour), width=width * scale)
    if dashed:
        result.setStyle(Qt.PenStyle.DashLine)
    return result


def font(points: float = TICK_PT, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def heat_colour_map() -> pg.ColorMap:
    """White (none) through sky blue to dark blue (most): lightness falls steadily."""
    return pg.ColorMap(
        pos=[0.0, 0.15, 0.55, 1.0],
        color=[QColor("#FFFFFF"), QColor("#C6E2F5"), QColor(SKY), QColor("#003E63")],
    )


def style_plot(
    plot: pg.PlotItem,
    scale: float,
    left: str | None = None,
    bottom: str | None = None,
    grid_y: bool = True,
) -> None:
    """Axis fonts and labels, no pyqtgraph menus (the card has its own), light grid."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pen(GREY, 1, scale))
        axis.setTextPen(pg.mkPen(QColor(TEXT)))
        axis.setStyle(tickFont=font(TICK_PT), tickTextOffset=6, autoExpandTextSpace=True)
    label_style = {"font-size": f"{LABEL_PT}pt", "color": TEXT}
    if left:
        plot.setLabel("left", left, **label_style)
    if bottom:
        plot.setLabel("bottom", bottom, **label_style)
    if grid_y:
        plot.showGrid(x=False, y=True, alpha=0.25)


def fit_bottom_axis(plot: pg.PlotItem) -> None:
    """Room for one line of tick labels and no axis title (pyqtgraph only widens an axis for
    its labels after painting them once, which can clip their lower edge)."""
    metrics = QFontMetrics(font(TICK_PT))
    plot.getAxis("bottom").setHeight(metrics.height() + 18)


class _StaticSample(ItemSample):
    """A legend sample that does not hide its series when clicked (pyqtgraph's does)."""

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()

    def paint(self, painter: QPainter, *args: Any) -> None:
        if isinstance(self.item, pg.BarGraphItem):  # a plain swatch, without pyqtgraph's line
            painter.setPen(pg.mkPen(self.item.opts.get("pen")))
            painter.setBrush(pg.mkBrush(self.item.opts.get("brush")))
            painter.drawRect(2, 4, 16, 14)
            return
        super().paint(painter, *args)


class StaticLegend(pg.LegendItem):
    """A legend laid out in its own row above a plot, so it never covers data; not draggable."""

    def __init__(self, columns: int) -> None:
        super().__init__(
            colCount=columns,
            frame=False,
            labelTextSize=f"{TICK_PT}pt",
            labelTextColor=TEXT,
            sampleType=_StaticSample,
            horSpacing=8,
        )
        self.wanted_columns = columns

    def mouseDragEvent(self, event: Any) -> None:
        event.ignore()

    def fit_width(self, width: float) -> None:
        """As many of the wanted columns as fit in `width` pixels (one at the least), so a
        narrow window or large text wraps the entries instead of cutting them off."""
        entries = [20 + 3 + label.item.boundingRect().width() for _, label in self.items]
        if not entries:
            return
        for columns in range(min(self.wanted_columns, len(entries)), 0, -1):
            needed = sum(max(entries[c::columns]) for c in range(columns)) + 8 * (columns - 1)
            if needed <= width or columns == 1:
                self.setColumnCount(columns)
                return


def legend_row(
    layout: pg.GraphicsLayout,
    row: int,
    entries: list[tuple[Any, str]],
    col: int = 0,
    columns: int | None = None,
) -> StaticLegend:
    item = StaticLegend(columns=columns or len(entries))
    layout.addItem(item, row=row, col=col)
    for series, name in entries:
        item.addItem(series, name)
    item.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    layout.layout.setAlignment(item, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return item
