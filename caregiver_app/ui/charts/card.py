"""A chart in a card: title, a one-line summary, the chart or a friendly empty message, and
buttons to reset the zoom, copy the picture and save it as a PNG at print resolution.

Pictures are drawn afresh by a second, off-screen copy of the chart, 1200 logical pixels wide
at a device pixel ratio of 2 (2400 pixels), with line widths doubled to match, and a header
with the title and the period. (Not SVG: pyqtgraph 0.14.0's SVG export is broken on
PySide6 6.11+, pyqtgraph issue 3495.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from caregiver_app.services import outputs
from caregiver_app.services.charts import Dashboard
from caregiver_app.ui import output_guard, prompts
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.base import ChartView
from caregiver_app.ui.charts.text import period_text
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow

PRINT_WIDTH = 2400
EXPORT_LOGICAL_WIDTH = 1200
HEADER_HEIGHT = 64
DOTS_PER_METRE_300_DPI = 11811


class ChartCard(Card):
    def __init__(
        self,
        title: str,
        view_type: type[ChartView],
        caption: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.title_text = title
        self.view_type = view_type
        self.view = view_type()
        self.view.setAccessibleName(self.tr("%1 chart").replace("%1", title))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.dashboard: Dashboard | None = None

        self.body.removeWidget(self.title)
        header = QHBoxLayout()
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.reset_button = self._button(self.tr("Reset zoom"), self.view.reset_zoom)
        self.reset_button.setToolTip(
            self.tr("Show the whole period again. Ctrl + mouse wheel zooms; drag to move.")
        )
        self.reset_button.setVisible(self.view.zoomable)
        self.copy_button = self._button(self.tr("Copy"), self.copy_image)
        self.copy_button.setToolTip(self.tr("Copy this chart as a picture, to paste elsewhere"))
        self.save_button = self._button(self.tr("Save…"), self.save_as)
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture for printing"))
        buttons = QHBoxLayout()
        for button in (self.reset_button, self.copy_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        header.addLayout(buttons)
        self.body.insertLayout(0, header)
        stack_when_narrow(header, self, chars=60)  # the buttons go under the title

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.summary)
        self.empty = QLabel()
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(120)
        self.empty.setStyleSheet("font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.body.addWidget(self.stack)
        self.key = QLabel()  # what each lettered treatment marker is
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setVisible(False)
        self.body.addWidget(self.key)
        self.usual_caption = caption
        self.caption = QLabel(caption)
        self.caption.setObjectName("Muted")
        self.caption.setWordWrap(True)
        self.caption.setVisible(bool(caption))
        self.body.addWidget(self.caption)
        self.body.addStretch(1)  # spare height (from word-wrapped labels) goes below, not between
        for label in (self.summary, self.key, self.caption):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(title)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)  # styled by the theme, light, dark or high contrast
        button.setAccessibleName(f"{text} – {self.title_text}")
        button.clicked.connect(slot)
        return button

    @property
    def has_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_data(self, dash: Dashboard) -> None:
        self.dashboard = dash
        if self.view.is_empty(dash):
            message = self.view.empty_text(dash)
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)
            self.stack.setFixedHeight(max(120, self.empty.sizeHint().height()))
            self.summary.setVisible(False)
            description = message
        else:
            self.view.show_data(dash)
            self.stack.setCurrentWidget(self.view)
            self.stack.setFixedHeight(self.view.minimumHeight())
            description = self.view.summary(dash)
            self.summary.setText(description)
            self.summary.setVisible(bool(description))
        caption = self.view.caption(dash) if self.has_chart else None
        self.caption.setText(caption or self.usual_caption)
        self.caption.setVisible(bool(caption or self.usual_caption))
        key = self.view.marker_key() if self.has_chart else []
        self.key.setText("\n".join([self.tr("Treatments marked on the chart:"), *key]))
        self.key.setVisible(bool(key))
        for button in (self.copy_button, self.save_button, self.reset_button):
            button.setEnabled(self.has_chart)
        self.view.setAccessibleDescription(description)
        self.setAccessibleDescription(description)

    # --- pictures -----------------------------------------------------------------------------

    def render_image(self, width: int = PRINT_WIDTH) -> QImage:
        """The chart as it is now (same zoom), drawn afresh at `width` pixels, with a header."""
        if self.dashboard is None or not self.has_chart:
            raise ValueError("There is no chart to draw.")
        scale = width / EXPORT_LOGICAL_WIDTH
        twin = self.view_type(pen_scale=scale, theme="paper")  # as printed, whatever the theme
        twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        try:
            twin.show_data(self.dashboard)
            height = twin.export_height
            twin.resize(EXPORT_LOGICAL_WIDTH, height)
            twin.show()
            if self.view.zoomable:
                twin.set_view_ranges(self.view.view_ranges())
            # Axes widen to fit their labels while painting; paint once, let the layout settle.
            scratch = QImage(EXPORT_LOGICAL_WIDTH, height, QImage.Format.Format_ARGB32)
            warm_up = QPainter(scratch)
            twin.scene().render(warm_up)
            warm_up.end()
            QCoreApplication.sendPostedEvents()
            twin.ci.layout.activate()
            image = QImage(
                round(EXPORT_LOGICAL_WIDTH * scale),
                round((height + HEADER_HEIGHT) * scale),
                QImage.Format.Format_ARGB32,
            )
            image.setDevicePixelRatio(scale)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                painter.setPen(style.pen(style.TEXT))
                painter.setFont(style.font(15, bold=True))
                painter.drawText(QRectF(20, 8, EXPORT_LOGICAL_WIDTH - 40, 30), self.title_text)
                painter.setFont(style.font(10.5))
                painter.drawText(
                    QRectF(20, 36, EXPORT_LOGICAL_WIDTH - 40, 24),
                    period_text(self.dashboard.period),
                )
                source = QRectF(twin.viewport().rect())
                twin.scene().render(
                    painter, QRectF(0, HEADER_HEIGHT, EXPORT_LOGICAL_WIDTH, height), source
                )
            finally:
                painter.end()
        finally:
            twin.hide()
            twin.deleteLater()
        image.setDevicePixelRatio(1.0)
        image.setDotsPerMeterX(DOTS_PER_METRE_300_DPI)
        image.setDotsPerMeterY(DOTS_PER_METRE_300_DPI)
        return image

    def save_png(self, path: Path | str, width: int = PRINT_WIDTH) -> bool:
        """Write the chart as a PNG, whole or not at all (a checked temporary file, then a
        rename); False when it could not be written."""
        image = self.render_image(width)

        def write(temporary: Path) -> None:
            writer = QImageWriter(str(temporary))
            writer.setFormat(QByteArray(b"png"))
            if not writer.write(image):
                raise OSError(writer.errorString())

        try:
            outputs.write_output(Path(path), write)
        except outputs.OutputError:
            return False
        return True

    def copy_image(self) -> None:
        if self.has_chart:
            QGuiApplication.clipboard().setImage(self.render_image())

    def default_file_name(self) -> str:
        stem = "".join(c if c.isalnum() else "-" for c in self.title_text.lower()).strip("-")
        period = self.dashboard.period if self.dashboard else None
        suffix = f"-{period.first_day}-to-{period.last_day}" if period else ""
        return f"{stem}{suffix}.png"

    def ask_png_path(self) -> Path | None:
        """The file dialog (tests replace this method)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart as picture"),
            self.default_file_name(),
            self.tr("PNG picture (*.png)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".png" else path.with_suffix(".png")

    def save_as(self) -> None:
        if not self.has_chart:
            return
        path = self.ask_png_path()
        if path is None or not output_guard.may_write(self, self.tr("Picture not saved"), path):
            return
        if not self.save_png(path):
            prompts.warn(
                self,
                self.tr("Picture not saved"),
                self.tr("The picture could not be saved to %1. Choose another folder.").replace(
                    "%1", str(path)
                ),
            )

    def _show_menu(self, pos: QPoint) -> None:
        if not self.has_chart:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Save picture…"), self.save_as)
        menu.addAction(self.tr("Copy picture"), self.copy_image)
        if self.view.zoomable:
            menu.addAction(self.tr("Reset zoom"), self.view.reset_zoom)
        menu.exec(self.view.mapToGlobal(pos))
