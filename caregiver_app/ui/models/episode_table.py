"""The Episodes table model: holds only the ordered ids of matching episodes.

Rows are loaded from the database a page at a time as the view asks for them and kept in a
small cache, so 100,000 episodes cost a list of ints, not 100,000 Python objects or widgets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caregiver_app import labels
from caregiver_app.services import episodes
from caregiver_app.services.durations import format_duration
from caregiver_app.services.episodes import EpisodeFilter, EpisodeRow
from caregiver_app.ui.qt_dates import DATE_TIME, SHORT_DATE_TIME, local_datetime
from caregiver_app.ui.widgets.fitting_text import SHORTER_ROLE

PAGE = 200
CACHE_PAGES = 20
Index = QModelIndex | QPersistentModelIndex

# (sort key used by the service, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("started", "When"),
    ("body_region", "Where"),
    ("kind", "Kind"),
    ("severity", "Severity"),
    ("pain", "Pain"),
    ("duration", "How long"),
    ("triggers", "Possible triggers"),
    ("recorded_by", "Logged by"),
    ("notes", "Notes"),
)
SORTABLE = {
    "started", "body_region", "kind", "severity", "pain", "duration", "recorded_by", "notes",
}  # fmt: skip


class EpisodeTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter: EpisodeFilter | None = None
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, EpisodeRow]] = OrderedDict()
        self._sort = "started"
        self._descending = True

    # --- loading ------------------------------------------------------------------------------

    def set_filter(self, flt: EpisodeFilter | None) -> None:
        self._filter = flt
        self.reload()

    def filter(self) -> EpisodeFilter | None:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = (
            episodes.query_ids(self._filter, self._sort, self._descending) if self._filter else []
        )
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key not in SORTABLE:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _row(self, row: int) -> EpisodeRow | None:
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            cached = episodes.fetch_rows(ids)
            self._pages[page] = cached
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def episode_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, episode_id: int) -> int:
        try:
            return self._ids.index(episode_id)
        except ValueError:
            return -1

    def episode(self, row: int) -> EpisodeRow | None:
        return self._row(row)

    def total(self) -> int:
        return len(self._ids)

    # --- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Where"),
            self.tr("Kind"),
            self.tr("Severity"),
            self.tr("Pain"),
            self.tr("How long"),
            self.tr("Possible triggers"),
            self.tr("Logged by"),
            self.tr("Notes"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        episode = self._row(index.row())
        if episode is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(episode, key)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text when a narrow column elides it
            if key == "recorded_by":
                return self._recorded(episode)
            return self._display(episode, key) or None
        if role == SHORTER_ROLE and key == "started":  # a narrow column: without the weekday
            # (never the locale's short numeric date: "7/12/26" reads as July in one country
            # and December in another)
            return [local_datetime(episode.started, SHORT_DATE_TIME)]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("severity", "pain", "duration"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, e: EpisodeRow, key: str) -> str:
        if key == "started":
            started = e.started
            return local_datetime(started, DATE_TIME)
        if key == "body_region":
            return labels.where(e.body_region, e.side)
        if key == "kind":
            return labels.kind(e.kind)
        if key == "severity":
            return f"{e.severity} · {labels.severities()[e.severity]}"
        if key == "pain":
            return "" if e.pain is None else f"{e.pain}/10"
        if key == "duration":
            return format_duration(e.duration_seconds)
        if key == "triggers":
            return ", ".join(labels.trigger(c) for c in e.triggers)
        if key == "recorded_by":
            return e.recorded_by or ""
        if key == "notes":
            return e.notes.replace("\n", " ")
        return ""

    def _recorded(self, e: EpisodeRow) -> str:
        """Who logged it and when, or that it was logged before the app recorded who."""
        if e.recorded_by is None:
            return self.tr("Not recorded (logged before the app kept who logged each entry)")
        if e.recorded_at is None:
            return self.tr("Logged by %1").replace("%1", e.recorded_by)
        when = dt.datetime.fromisoformat(e.recorded_at.replace("Z", "+00:00")).astimezone()
        return (
            self.tr("Logged by %1 on %2")
            .replace("%1", e.recorded_by)
            .replace("%2", local_datetime(when, "d MMM yyyy HH:mm"))
        )


def with_changes(flt: EpisodeFilter, **changes: Any) -> EpisodeFilter:
    return dataclasses.replace(flt, **changes)
