"""Tables (and trees) whose columns stay within the window's width: the widest columns give way
(their text is elided; the tooltip shows all of it), and the least needed step aside, instead of
scrolling sideways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def fit_widths(
    wanted: Sequence[int], available: int, minimum: int | Sequence[int] = 48
) -> list[int]:
    """Column widths that fit in `available`: as wanted when they fit, else the widest columns
    are narrowed to one shared width (never below `minimum`, one for all or one a column) so
    the narrow ones stay whole. With too little room for the minimums, the minimums."""
    widths = list(wanted)
    if sum(widths) <= available or not widths:
        return widths
    least = [minimum] * len(widths) if isinstance(minimum, int) else list(minimum)
    least = [min(lo, w) for lo, w in zip(least, widths, strict=True)]

    def capped(cap: int) -> list[int]:
        return [max(lo, min(w, cap)) for w, lo in zip(widths, least, strict=True)]

    low, high = min(least), max(widths)
    while low < high:  # the largest cap whose capped widths still fit
        cap = (low + high + 1) // 2
        if sum(capped(cap)) <= available:
            low = cap
        else:
            high = cap - 1
    return capped(low)


class ColumnFitter(QObject):
    """Keeps a table's (or tree's) columns within its width: no sideways scrolling. The last
    column takes what is left; when the wanted widths do not fit, the widest give way and their
    text is elided, so every row should carry its whole text as a tooltip. Columns hidden to
    make room are announced (`hidden_changed`, with their numbers) so the page can name them."""

    hidden_changed = Signal(list)

    def __init__(self, view: QAbstractItemView, header: QHeaderView) -> None:
        super().__init__(view)
        self._view = view
        self._header = header
        self._wanted: list[int] = []
        self._least: list[int] = []
        self._optional: list[int] = []
        self.hidden: list[int] = []
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def set_wanted(self, widths: Sequence[int]) -> None:
        """The widths the columns would like (e.g. their contents' widths)."""
        self._wanted = list(widths)
        self.fit()

    def set_least(self, widths: Sequence[int]) -> None:
        """The narrowest each column may become (e.g. its title's width); when even these do
        not fit, the table scrolls sideways rather than cut a column."""
        self._least = list(widths)
        self.fit()

    def want_contents(self, extra: int = 16, most: int = 320) -> None:
        """Want each column as wide as its contents (plus `extra`, at most `most`)."""
        wanted = []
        for column in range(self._header.count()):
            content = max(
                self._view.sizeHintForColumn(column), self._header.sectionSizeHint(column)
            )
            wanted.append(min(content + extra, most))
        self.set_wanted(wanted)

    def hide_when_narrow(self, columns: Sequence[int]) -> None:
        """Columns to hide, in this order, while the wanted widths of the shown ones do not
        fit (their values stay in each row's tooltip and in the row's form)."""
        self._optional = list(columns)
        self.fit()

    def fit(self) -> None:
        if not self._wanted:
            return
        available = self._view.viewport().width() - 2
        least = max(48, self._header.minimumSectionSize())
        # A column with no wanted width still needs room: the least (else the last column,
        # which takes what is left, is pushed past the right edge uncut, with no "…").
        count = self._header.count()
        wanted = (self._wanted + [least] * count)[:count]
        # A column never wants less than it was told it needs (a date wider than `most`).
        wanted = [
            max(w, self._least[c]) if c < len(self._least) else w for c, w in enumerate(wanted)
        ]
        hidden: set[int] = set()
        for column in self._optional:
            shown = sum(w for c, w in enumerate(wanted) if c not in hidden)
            if shown <= available:
                break
            hidden.add(column)
        for column in range(count):
            if self._header.isSectionHidden(column) != (column in hidden):
                self._header.setSectionHidden(column, column in hidden)
        if sorted(hidden) != self.hidden:
            self.hidden = sorted(hidden)
            self.hidden_changed.emit(self.hidden)
        shown_columns = [c for c in range(count) if c not in hidden]
        lows = (self._least + [least] * count)[:count]
        shown_least = [max(least, lows[c]) for c in shown_columns]
        widths = fit_widths([wanted[c] for c in shown_columns], available, shown_least)
        self._view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if sum(widths) > available
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        last = max(shown_columns, default=-1)
        for column, width in zip(shown_columns, widths, strict=True):
            if column != last:
                self._header.resizeSection(column, width)
