"""How the Treatments charts look: the window's theme, Okabe-Ito colours, a symbol per line.

Colours are from the Okabe-Ito palette (told apart by colour-blind readers), drawn as the Charts
page draws them in the theme (`ui.charts.style.ChartColours`); each line also gets its own
symbol and dash, so lines stay distinct in grey print.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPen, QShowEvent
from PySide6.QtWidgets import QWidget

from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.style import ChartColours

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


def band(c: ChartColours, colour: str) -> QColor:
    """A shaded band in `colour` (Okabe-Ito green: the usual peak; orange: wearing off)."""
    result = QColor(c.series(colour))
    result.setAlpha(c.band_alpha + 8)
    return result


def line_pen(c: ChartColours, index: int, width: float = 2.5) -> QPen:
    pen = pg.mkPen(QColor(colour(c, index)), width=width * c.width)
    pen.setStyle(DASHES[index % len(DASHES)])
    return pen


def symbol(index: int) -> str:
    return SYMBOLS[index % len(SYMBOLS)]


def colour(c: ChartColours, index: int) -> str:
    return c.series(LINE_COLOURS[index % len(LINE_COLOURS)])


def style_plot(widget: pg.PlotWidget, c: ChartColours, left: str, bottom: str) -> None:
    """The theme's background, labelled axes, a faint grid, no pyqtgraph menus or buttons, no
    panning or zooming."""
    widget.setBackground(c.background)
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(QColor(c.axis), width=c.width))
        axis.setTextPen(pg.mkPen(QColor(c.text)))
        axis.setStyle(tickFont=c.font(10), tickTextOffset=6, autoExpandTextSpace=True)
    style = {"font-size": c.pt(11), "color": c.text}
    plot.setLabel("left", left, **style)
    plot.setLabel("bottom", bottom, **style)
    plot.showGrid(x=False, y=True, alpha=c.grid_alpha)


def legend_html(c: ChartColours, index: int, text: str) -> str:
    """A legend entry: the line's colour and symbol, then its name (text is escaped). Entries
    wrap onto more lines between each other; only a name too long for a narrow window wraps
    inside itself."""
    from html import escape

    marks = {"o": "●", "s": "■", "t": "▲", "d": "◆", "star": "★", "h": "⬢", "p": "⬟"}
    mark = marks.get(symbol(index), "●")
    return (
        f'<span style="color:{colour(c, index)}; font-weight:600;">━━{mark}━━</span>'
        f"&nbsp;{_whole(escape(text))}"
    )


WHOLE_UP_TO = 28  # characters: a name this short is never split over two lines


def _whole(text: str) -> str:
    return text.replace(" ", "&nbsp;") if len(text) <= WHOLE_UP_TO else text


class ThemedChart(QWidget):
    """A Treatments chart in the window's theme and text size, drawn again when either changes
    (also while it was hidden). Subclasses style their plot in `restyle()` and draw their data in
    `redraw()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = style.chart_colours()
        self._built = False  # set by the subclass once its plot exists

    def restyle(self) -> None:
        raise NotImplementedError

    def redraw(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        if event.type() in changed and self._built and self.isVisible():
            QTimer.singleShot(0, self, self.follow_theme)  # not inside Qt's round of widgets

    def showEvent(self, event: QShowEvent) -> None:
        self.follow_theme()  # the theme may have changed while it was hidden
        super().showEvent(event)

    def follow_theme(self) -> None:
        colours = style.chart_colours()
        if self._built and colours != self.c:
            self.c = colours
            self.restyle()
            self.redraw()
