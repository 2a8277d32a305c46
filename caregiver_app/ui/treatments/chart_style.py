"""How the Treatments charts look: white paper, Okabe-Ito colours, a symbol per line.

Colours are from the Okabe-Ito palette (told apart by colour-blind readers); each line also gets
its own symbol and dash, so lines stay distinct in grey print.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

TEXT = "#1F2933"
GREY = "#5F6B76"
LINE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
SYMBOLS = ("o", "s", "t", "d", "star", "h", "p")
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
)
PEAK_BAND = QColor(0, 158, 115, 45)  # Okabe-Ito green, light
WEARING_OFF_BAND = QColor(230, 159, 0, 50)  # Okabe-Ito orange, light


def line_pen(index: int, width: float = 2.5) -> QPen:
    pen = pg.mkPen(QColor(LINE_COLOURS[index % len(LINE_COLOURS)]), width=width)
    pen.setStyle(DASHES[index % len(DASHES)])
    return pen


def symbol(index: int) -> str:
    return SYMBOLS[index % len(SYMBOLS)]


def colour(index: int) -> str:
    return LINE_COLOURS[index % len(LINE_COLOURS)]


def font(points: float = 10.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def style_plot(plot: pg.PlotItem, left: str, bottom: str) -> None:
    """Labelled axes, light grid, no pyqtgraph menus or buttons, no panning or zooming."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(QColor(GREY)))
        axis.setTextPen(pg.mkPen(QColor(TEXT)))
        axis.setStyle(tickFont=font(10), tickTextOffset=6, autoExpandTextSpace=True)
    style = {"font-size": "11pt", "color": TEXT}
    plot.setLabel("left", left, **style)
    plot.setLabel("bottom", bottom, **style)
    plot.showGrid(x=False, y=True, alpha=0.25)


def legend_html(index: int, text: str) -> str:
    """A legend entry: the line's colour and symbol, then its name (text is escaped; a long name
    may wrap in a narrow window)."""
    from html import escape

    marks = {"o": "●", "s": "■", "t": "▲", "d": "◆", "star": "★", "h": "⬢", "p": "⬟"}
    mark = marks.get(symbol(index), "●")
    return (
        f'<span style="color:{colour(index)}; font-weight:600;">━━{mark}━━</span>'
        f"&nbsp;{escape(text)}"
    )
