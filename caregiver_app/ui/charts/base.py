"""What every chart shares: drawing a Dashboard, hover tooltips, clicks that open episodes.

A `ChartView` builds its plots once and redraws them from a `Dashboard`. Each chart answers
`hit(plot_index, x, y)` with the text to show under the mouse and, for things that can be
clicked (a day's bar, a region, a trigger, a heat-map square), the `EpisodeFilter` to open.
The same class drawn again at `pen_scale=2` makes the picture saved at print resolution.

The mouse wheel scrolls the page; Ctrl + wheel zooms the charts that can zoom (time charts,
along the time axis only), and dragging moves along it.

A chart takes its colours (`self.c`) from the window's theme, or from `theme` when given (the
pictures saved for printing are light), and its text size from the window's. When the window's
theme or text size changes it builds its plots again in the new colours and sizes and redraws
what it showed, at the same zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFontMetrics, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QWidget

from caregiver_app.services.charts import Dashboard
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.axes import LeftAxis
from caregiver_app.ui.charts.text import no_episodes

style.configure()


@dataclass(frozen=True)
class Hit:
    text: str
    target: EpisodeFilter | None = None


class ChartView(pg.GraphicsLayoutWidget):
    """One chart. Subclasses build plots in `build` and fill them in `draw`."""

    activated = Signal(object)  # EpisodeFilter

    zoomable = False
    export_height = 560  # logical pixels of the picture at 1200 wide (before the header)

    def __init__(
        self, pen_scale: float = 1.0, parent: QWidget | None = None, theme: str | None = None
    ) -> None:
        super().__init__(parent)
        self.pen_scale = pen_scale
        self.fixed_theme = theme
        self.c = style.chart_colours(theme)
        self.dashboard: Dashboard | None = None
        self.plots: list[pg.PlotItem] = []
        self.ci.layout.setContentsMargins(4, 8, 12, 4)
        self.setBackground(self.c.background)
        self.setMinimumHeight(260)
        self.build()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    @property
    def line_scale(self) -> float:
        """What line widths are multiplied by: print resolution times the theme's thickness."""
        return self.pen_scale * self.c.width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)
        # (not while pyqtgraph's constructor sets the view up; a hidden chart follows when shown)
        if event.type() in changed and hasattr(self, "c") and self.isVisible():
            # Later, not inside Qt's round of every widget: rebuilding plots while the
            # application changes its style crashes.
            QTimer.singleShot(0, self, self.follow_theme)

    def showEvent(self, event: QShowEvent) -> None:
        self.follow_theme()  # the theme may have changed while it was hidden
        super().showEvent(event)

    def follow_theme(self) -> None:
        """Draw again in the window's theme if it changed since the chart was built."""
        colours = style.chart_colours(self.fixed_theme)
        if colours == self.c:
            return
        ranges = self.view_ranges() if self.dashboard is not None else None
        self.c = colours
        self.setBackground(colours.background)
        self.ci.clear()
        self.plots = []
        self.build()
        if self.dashboard is not None:
            self.show_data(self.dashboard)
            if self.zoomable and ranges:
                self.set_view_ranges(ranges)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for item in self.scene().items():
            if isinstance(item, style.StaticLegend):
                item.fit_width(self.width() - 40)

    # --- for subclasses -------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def draw(self, dash: Dashboard) -> None:
        raise NotImplementedError

    def hit(self, plot_index: int, x: float, y: float) -> Hit | None:
        return None

    def is_empty(self, dash: Dashboard) -> bool:
        return dash.episodes == 0

    def empty_text(self, dash: Dashboard) -> str:
        """What the card says instead of blank axes."""
        return no_episodes(dash)

    def summary(self, dash: Dashboard) -> str:
        """A short text summary for screen readers and under the title."""
        return ""

    def caption(self, dash: Dashboard) -> str | None:
        """What the card says under the chart for this data, if not its usual caption."""
        return None

    def marker_key(self) -> list[str]:
        """What each lettered treatment marker is, one line each (the card lists them)."""
        return []

    def add_plot(self, row: int = 0, col: int = 0, **kwargs: object) -> pg.PlotItem:
        axes = dict(kwargs.pop("axisItems", None) or {})  # type: ignore[call-overload]
        axes.setdefault("left", LeftAxis("left"))  # its end labels drawn (0 and 10 of pain)
        plot = self.addPlot(row=row, col=col, axisItems=axes, **kwargs)
        plot.setMouseEnabled(x=self.zoomable, y=False)
        for name in ("left", "bottom", "right", "top"):
            # Each axis is painted from a picture of itself kept until it changes: drawing
            # its text again on every repaint was a good part of the page's paint.
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plots.append(plot)
        return plot

    def keep_titles_apart(self, titles: list[str], other: int) -> None:
        """Tall enough that the upright titles of stacked plots (`titles`, one a plot) each
        fit beside their own plot, with `other` pixels for the legend and the date axis (at
        100 % text; they grow with it): large text made them run into each other."""
        metrics = QFontMetrics(self.c.font(style.LABEL_PT))
        needed = sum(metrics.horizontalAdvance(t) + 24 for t in titles)
        needed += round(other * self.c.text_scale)
        self.setMinimumHeight(max(self.minimumHeight(), needed))

    def home(self) -> None:
        """Show the whole period (the view after drawing and after "Reset zoom")."""

    # --- used by the card and the page ----------------------------------------------------

    def show_data(self, dash: Dashboard) -> None:
        self.dashboard = dash
        self.draw(dash)
        self.home()
        # Settle pyqtgraph's deferred range and axis updates now: done at the first paint,
        # they changed the axes again and every chart was painted twice.
        self.scene().prepareForPaint()

    def reset_zoom(self) -> None:
        if self.dashboard is not None:
            self.home()

    def view_ranges(self) -> list[tuple[list[float], list[float]]]:
        return [tuple(p.getViewBox().viewRange()) for p in self.plots]

    def set_view_ranges(self, ranges: list[tuple[list[float], list[float]]]) -> None:
        for plot, (xr, yr) in zip(self.plots, ranges, strict=False):
            plot.getViewBox().setRange(xRange=xr, yRange=yr, padding=0)

    def hit_at_scene(self, pos: QPointF) -> Hit | None:
        if self.dashboard is None:
            return None
        for index, plot in enumerate(self.plots):
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(pos):
                point = box.mapSceneToView(pos)
                return self.hit(index, point.x(), point.y())
        return None

    # --- mouse ----------------------------------------------------------------------------

    def _on_mouse_moved(self, pos: QPointF) -> None:
        found = self.hit_at_scene(pos)
        if found is None:
            QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), found.text, self)
        if found.target is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def _on_mouse_clicked(self, event: object) -> None:
        button = getattr(event, "button", lambda: None)()
        if button != Qt.MouseButton.LeftButton or getattr(event, "double", lambda: False)():
            return
        found = self.hit_at_scene(event.scenePos())  # type: ignore[attr-defined]
        if found is not None and found.target is not None:
            self.activated.emit(found.target)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.zoomable and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
        else:
            event.ignore()  # let the page scroll
