"""How charts look: the Okabe-Ito palette, readable fonts, thick enough lines for print.

Colours come from the Okabe-Ito palette, which colour-blind readers can tell apart; the pairs
used side by side (left blue / right orange / both green, bars sky blue under a dark blue line)
also differ in lightness, so they survive a grey-scale printer.

`pen_scale` multiplies every line width: a chart drawn for a PNG at print resolution uses 2,
because pyqtgraph's pens are cosmetic (their width is in device pixels, not in points).

On screen the charts follow the window's theme (`ChartColours`), and every series keeps at
least 3:1 against the background: light keeps white paper, with orange and sky blue a shade
darker; dark and high contrast draw on the window's own dark colour, swap the two blues (the
dark blue is too dim there, so lines take the sky blue and bars the dark blue) and draw black
lines in the text colour. High contrast also thickens every line. Pictures saved or copied
keep the printed palette's white paper.

On screen the charts' text (tick labels, axis titles, legends, marker letters, numbers in the
plots) also follows the window's text size (Settings: 100 to 200 %): `ChartColours.text_scale`,
read with the theme, so a chart built again for a new theme is also built for a new text size.
Pictures saved for printing keep the printed size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

from caregiver_app.palette import (  # noqa: F401 - the charts' colours, by name
    BLACK,
    BLUE,
    GREEN,
    GRID,
    ORANGE,
    PURPLE,
    SIDES,
    SKY,
    TEXT,
    VERMILLION,
    YELLOW,
)
from caregiver_app.ui.style import current_theme

GREY = "#5F6B76"


@dataclass(frozen=True)
class ChartColours:
    """The colours of the charts in one theme, and the size of their text."""

    theme: str
    background: str
    text: str
    axis: str
    grid_alpha: float  # of the axis colour
    width: float  # every line's width is multiplied by this
    band_alpha: int  # shaded treatment bands, 0-255
    outline: str  # around bars next to each other
    heat: tuple[str, ...]  # none to most
    recolour: tuple[tuple[str, str], ...]  # Okabe-Ito colours drawn otherwise in this theme
    text_scale: float = 1.0  # the window's text size: 1 at 100 %, 2 at 200 %

    def font(self, points: float = 10.0, bold: bool = False) -> QFont:
        """A font of `points` at the printed size, grown by the window's text size."""
        return font(points * self.text_scale, bold)

    def pt(self, points: float) -> str:
        """`points` grown by the window's text size, for pyqtgraph's "font-size" options."""
        return f"{points * self.text_scale:.1f}pt"

    def series(self, colour: str) -> str:
        """An Okabe-Ito colour as it is drawn in this theme: at least 3:1 on its background."""
        return dict(self.recolour).get(colour.upper(), colour)

    def paler(self, colour: str, alpha: int) -> QColor:
        """`colour` at `alpha` (0-255) over the chart's background, as one opaque colour."""
        base, back = QColor(self.series(colour)), QColor(self.background)
        mixed = (
            round(a * alpha / 255 + b * (1 - alpha / 255))
            for a, b in (
                (base.red(), back.red()),
                (base.green(), back.green()),
                (base.blue(), back.blue()),
            )
        )
        return QColor(*mixed)


CHART_COLOURS = {
    "light": ChartColours(
        theme="light", background="#FFFFFF", text=TEXT, axis=GREY, grid_alpha=0.25, width=1.0,
        band_alpha=40, outline="#33404D", heat=("#FFFFFF", "#C6E2F5", SKY, "#003E63"),
        # orange and sky blue are too pale on white (2.3:1): a shade darker, same hue
        recolour=((ORANGE, "#C48700"), (SKY, "#4999C6")),
    ),
    "dark": ChartColours(
        theme="dark", background="#1C2026", text="#E8EBEF", axis="#A9B3BE", grid_alpha=0.3,
        width=1.0, band_alpha=70, outline="#E8EBEF", heat=("#1C2026", "#12405F", BLUE, "#A6D9F7"),
        recolour=((BLUE, SKY), (SKY, BLUE), (BLACK, "#E8EBEF")),
    ),
    "high_contrast": ChartColours(
        theme="high_contrast", background="#000000", text="#FFFFFF", axis="#FFFFFF",
        grid_alpha=0.45, width=1.6, band_alpha=90, outline="#FFFFFF",
        heat=("#000000", "#0A3D5E", BLUE, "#CFEFFF"),
        recolour=((BLUE, SKY), (SKY, BLUE), (BLACK, "#FFFFFF")),
    ),
}  # fmt: skip
# Pictures saved or copied for printing: the printed palette (report/charts) on white paper.
CHART_COLOURS["paper"] = replace(CHART_COLOURS["light"], theme="paper", recolour=())


def chart_colours(theme: str | None = None) -> ChartColours:
    """The chart colours of `theme` (light, dark, high_contrast, paper) at the printed text
    size, or of the window's theme at the window's text size."""
    if theme:
        return CHART_COLOURS.get(theme, CHART_COLOURS["light"])
    return replace(CHART_COLOURS[current_theme()], text_scale=text_percent() / 100)


def text_percent() -> int:
    """The window's text size in percent (100 to 200), as `ui.style.apply` set it."""
    app = QCoreApplication.instance()
    value = app.property("caregiver_text_percent") if app is not None else None
    return min(200, max(100, int(value))) if isinstance(value, int | float) else 100


SIDE_COLOURS = SIDES  # as printed: dark blue, orange, light yellow, each outlined

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


def heat_colour_map(c: ChartColours) -> pg.ColorMap:
    """From the background (none) to the colour furthest from it (most): on white, through sky
    blue to dark blue; on a dark background, to a light blue. Lightness changes steadily."""
    return pg.ColorMap(pos=[0.0, 0.15, 0.55, 1.0], color=[QColor(h) for h in c.heat])


def style_plot(
    plot: pg.PlotItem,
    c: ChartColours,
    scale: float,
    left: str | None = None,
    bottom: str | None = None,
    grid_y: bool = True,
) -> None:
    """Axis fonts and labels in the theme's colours, no pyqtgraph menus (the card has its own),
    a faint grid."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pen(c.axis, 1, scale * c.width))
        axis.setTextPen(pg.mkPen(QColor(c.text)))
        axis.setStyle(tickFont=c.font(TICK_PT), tickTextOffset=6, autoExpandTextSpace=True)
    label_style = {"font-size": c.pt(LABEL_PT), "color": c.text}
    if left:
        plot.setLabel("left", left, **label_style)
    if bottom:
        plot.setLabel("bottom", bottom, **label_style)
    if grid_y:
        plot.showGrid(x=False, y=True, alpha=c.grid_alpha)


def fit_bottom_axis(plot: pg.PlotItem, c: ChartColours) -> None:
    """Room for one line of tick labels and no axis title (pyqtgraph only widens an axis for
    its labels after painting them once, which can clip their lower edge)."""
    metrics = QFontMetrics(c.font(TICK_PT))
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

    def __init__(self, columns: int, text: str = TEXT, size: str = f"{TICK_PT}pt") -> None:
        super().__init__(
            colCount=columns,
            frame=False,
            labelTextSize=size,
            labelTextColor=text,
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
    c: ChartColours,
    row: int,
    entries: list[tuple[Any, str]],
    col: int = 0,
    columns: int | None = None,
) -> StaticLegend:
    item = StaticLegend(columns=columns or len(entries), text=c.text, size=c.pt(TICK_PT))
    layout.addItem(item, row=row, col=col)
    for series, name in entries:
        item.addItem(series, name)
    item.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    layout.layout.setAlignment(item, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return item
