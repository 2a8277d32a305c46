"""Staying within the window's width at large text and in longer languages: rows that stack when
narrow, form labels that move above their fields, check boxes and buttons whose text wraps, tabs
that become a list, and an inner scroll area that gives way to the page's. Tables whose widest
columns give way are in `table_columns`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)


class _OnResize(QObject):
    """Calls `callback()` whenever a watched widget changes size."""

    def __init__(self, watched: Sequence[QWidget], callback: Callable[[], None]) -> None:
        super().__init__(watched[0])
        self._callback = callback
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def _viewport_of(host: QWidget) -> QWidget | None:
    """The viewport of the nearest scroll area around `host`, if any."""
    widget = host.parentWidget()
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            return widget
        widget = parent
    return None


def available_width(host: QWidget) -> int:
    """The width `host` can have without scrolling sideways: its own width, or less when a
    wide child has already pushed it past the scroll area it sits in."""
    viewport = _viewport_of(host)
    area = viewport.parentWidget() if viewport is not None else None
    if viewport is None or not isinstance(area, QAbstractScrollArea):
        return host.width()
    inset = host.mapTo(viewport, QPoint(0, 0)).x() + area.horizontalScrollBar().value()
    return min(host.width(), viewport.width() - 2 * max(0, inset))


def _watch(host: QWidget, callback: Callable[[], None]) -> None:
    viewport = _viewport_of(host)
    _OnResize([host] if viewport is None else [host, viewport], callback)


def _too_narrow(host: QWidget, needed: int, chars: int | None) -> bool:
    width = available_width(host)
    return needed > width or (
        chars is not None and width < chars * host.fontMetrics().averageCharWidth()
    )


def _side_by_side_width(layout: QBoxLayout | QSplitter) -> int:
    """The least width `layout`'s visible items need side by side."""
    if isinstance(layout, QSplitter):
        panes = [layout.widget(i) for i in range(layout.count())]
        # A scroll area can be narrower than its contents, but then it scrolls sideways.
        inner = [w.widget() if isinstance(w, QScrollArea) else w for w in panes]
        widths = [w.minimumSizeHint().width() for w in inner if w is not None and not w.isHidden()]
        return sum(widths) + layout.handleWidth() * max(0, len(widths) - 1)
    items = [layout.itemAt(i) for i in range(layout.count())]
    visible: list[QLayoutItem] = [
        item
        for item in items
        if item is not None and not ((w := item.widget()) is not None and w.isHidden())
    ]
    margins = layout.contentsMargins()
    spacing = max(0, layout.spacing())
    return (
        sum(item.minimumSize().width() for item in visible)
        + spacing * max(0, len(visible) - 1)
        + margins.left()
        + margins.right()
    )


def stack_when_narrow(
    layout: QBoxLayout | QSplitter, host: QWidget, chars: int | None = None
) -> None:
    """`layout`'s items side by side, one above the other while they do not fit in `host`'s
    width (or while `host` is narrower than `chars` average characters)."""

    def apply() -> None:
        needed = _side_by_side_width(layout)
        outer = host.layout()
        if outer is not None and outer is not layout:  # a row inside the host's own margins
            needed += outer.contentsMargins().left() + outer.contentsMargins().right()
        narrow = _too_narrow(host, needed, chars)
        if isinstance(layout, QSplitter):
            orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            if layout.orientation() != orientation:
                layout.setOrientation(orientation)
            return
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if layout.direction() != direction:
            layout.setDirection(direction)

    _watch(host, apply)


class _TallEnoughForItsLines(QObject):
    """Keeps a word-wrapped form label as tall as its lines need at the width it is given.

    QFormLayout sizes a row from its label's size hint, not from the height the label needs at
    its real width; where the label column is narrower than that hint, the wrapped lines were
    cut at the top and bottom (Spanish check-in at 150 %)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and watched.minimumHeight() != needed:
                watched.setMinimumHeight(needed)
        return False


def wrap_rows_when_narrow(form: QFormLayout, host: QWidget, chars: int) -> None:
    """Labels above their fields while `host` is narrower than `chars`, beside them otherwise.
    Call it once the rows are added: their labels wrap too, and keep the height their lines
    need."""

    fitter = _TallEnoughForItsLines(host)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setWordWrap(True)
            label.installEventFilter(fitter)

    def apply() -> None:
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if _too_narrow(host, 0, chars)
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    _watch(host, apply)


class WrappingCheckBox(QWidget):
    """A check box whose text wraps onto more lines when there is little room.

    `box` is the QCheckBox (state, signals, keyboard focus, the accessible name); clicking the
    text ticks it too, as with a plain check box."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
        ):
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


class WrappingButton(QPushButton):
    """A push button whose text wraps onto more lines when there is little room (a plain
    QPushButton never wraps, so a long text makes its window scroll sideways)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()  # type: ignore[union-attr]

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()  # type: ignore[union-attr]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)  # type: ignore[union-attr]


def tabs_as_choice_when_narrow(tabs: QTabWidget, host: QWidget, name: str) -> QComboBox:
    """A drop-down list of `tabs`' pages, shown instead of the tab bar while the tabs do not
    fit in `host`'s width (Qt would otherwise show a few tabs, one cut off, and arrows). The
    caller puts the returned list above `tabs`; `name` is its accessible name."""
    choice = QComboBox()
    choice.setAccessibleName(name)
    for index in range(tabs.count()):
        # The text without its keyboard mnemonic ("&Medications"; "&&" is a real "&").
        text = tabs.tabText(index).replace("&&", "\0").replace("&", "")
        choice.addItem(text.replace("\0", "&"))
    choice.setCurrentIndex(tabs.currentIndex())
    choice.currentIndexChanged.connect(tabs.setCurrentIndex)
    tabs.currentChanged.connect(choice.setCurrentIndex)
    choice.hide()

    def apply() -> None:
        bar = tabs.tabBar()
        layout = host.layout()
        margins = layout.contentsMargins() if layout is not None else None
        inset = 0 if margins is None else margins.left() + margins.right()
        narrow = bar.sizeHint().width() > available_width(host) - inset
        if choice.isVisibleTo(host) != narrow:
            choice.setVisible(narrow)
            bar.setVisible(not narrow)

    _watch(host, apply)
    return choice


SHORT_WINDOW = 600  # logical pixels of page height under which inner areas stop scrolling
SHORT_WINDOW_LINES = 30  # ... or under this many lines of text (the text-size setting)


class _Unrolled(QObject):
    """Keeps an inner scroll area as tall as its content while the page around it is short."""

    def __init__(self, inner: QScrollArea, host: QWidget) -> None:
        super().__init__(inner)
        self.inner = inner
        self.host = host
        self.active = False
        content = inner.widget()
        if content is not None:
            content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return False

    def short(self) -> bool:
        viewport = _viewport_of(self.host)
        height = viewport.height() if viewport is not None else self.host.height()
        lines = SHORT_WINDOW_LINES * self.host.fontMetrics().height()
        return height < max(SHORT_WINDOW, lines)

    def apply(self) -> None:
        unroll = self.inner.isVisibleTo(self.host) and self.short()
        if unroll == self.active:
            if unroll:
                self.fit()
            return
        self.active = unroll
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if unroll
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.inner.setVerticalScrollBarPolicy(policy)
        if unroll:
            self.fit()
        else:
            self.inner.setMinimumHeight(0)

    def fit(self) -> None:
        content = self.inner.widget()
        if content is None:
            return
        width = self.inner.viewport().width()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = content.minimumSizeHint().height()
        needed += 2 * self.inner.frameWidth()
        if self.inner.minimumHeight() != needed:
            self.inner.setMinimumHeight(needed)


def scroll_with_page_when_short(inner: QScrollArea, host: QWidget) -> Callable[[], None]:
    """`inner` scrolls on its own while the window is tall enough (so buttons below it stay in
    view); while it is short (large text, small screens) `inner` shows all its content and the
    whole page scrolls in the window: one scroll bar, not one inside another with little room.
    Returns a function to call when `inner` is shown or hidden (e.g. a tab change)."""
    unrolled = _Unrolled(inner, host)
    _watch(host, unrolled.apply)
    return unrolled.apply
