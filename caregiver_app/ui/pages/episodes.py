"""The Episodes page: every episode, newest first, with filters, sorting, editing and undoable deletion."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import episodes
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.models.episode_table import EpisodeTableModel
from caregiver_app.ui.notifier import ACTIVE_PERSON, EPISODES, PEOPLE
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow
from caregiver_app.ui.widgets.fitting_text import ShortestFitDelegate
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.ui.widgets.table_columns import ColumnFitter
from caregiver_app.words import (
    DATE_TIME,
    SHORT_DATE,
    SHORT_DATE_TIME,
    local_date,
    local_datetime,
    tr,
    weekday_name,
)

PERIODS = (("all", None), ("7d", 7), ("30d", 30), ("90d", 90), ("1y", 365))
CHART_PERIOD = "chart"  # the period item for days chosen by a click on a chart


class EpisodesPage(Page):
    def __init__(
        self,
        ctx: PageContext,
        new_episode: Callable[[], None],
        edit_episode: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._new_episode = new_episode
        self._edit_episode = edit_episode
        self._stale = True
        self._extra: dict[str, Any] = {}  # filter parts set from a chart (days, weekday, hour)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        title = QLabel(self.tr("Episodes"))
        title.setObjectName("PageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        self.count_label.setWordWrap(True)
        new_button = QPushButton(self.tr("Log episode"))
        new_button.setObjectName("Primary")
        new_button.setToolTip(self.tr("Log a new episode (Ctrl+N)"))
        new_button.clicked.connect(self._new_episode)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(new_button)
        stack_when_narrow(header, self)

        # --- filters ---------------------------------------------------------------------------
        self.period = self._combo(
            self.tr("Period"),
            [
                (self.tr("All time"), "all"),
                (self.tr("Last 7 days"), "7d"),
                (self.tr("Last 30 days"), "30d"),
                (self.tr("Last 90 days"), "90d"),
                (self.tr("Last year"), "1y"),
            ],
        )
        self.region = self._combo(
            self.tr("Body region"), [(self.tr("Anywhere"), None), *self._items(labels.regions())]
        )
        self.side = self._combo(
            self.tr("Side"), [(self.tr("Any side"), None), *self._items(labels.sides())]
        )
        self.kind = self._combo(
            self.tr("Kind"), [(self.tr("Any kind"), None), *self._items(labels.kinds())]
        )
        self.severity = self._combo(
            self.tr("Severity"),
            [(self.tr("Any severity"), None), *self._items(labels.severities())],
        )
        self.trigger = self._combo(
            self.tr("Trigger"), [(self.tr("Any trigger"), None), *self._items(labels.triggers())]
        )
        self.logged_by = self._combo(self.tr("Logged by"), [(self.tr("Logged by anyone"), None)])
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = flow_host(
            self.search,
            self.period,
            self.region,
            self.side,
            self.kind,
            self.severity,
            self.trigger,
            self.logged_by,
            self.clear_button,
        )
        # What a click on a chart narrowed the list to, with a way back.
        self.extra_label = QLabel()
        self.extra_label.setWordWrap(True)
        self.extra_clear = QPushButton(self.tr("Clear"))
        self.extra_clear.setToolTip(self.tr("Show every episode again"))
        self.extra_clear.clicked.connect(self.clear_filters)
        self.extra_row = QWidget()
        extra_layout = QHBoxLayout(self.extra_row)
        extra_layout.setContentsMargins(0, 0, 0, 0)
        extra_layout.addWidget(self.extra_label, 1)
        extra_layout.addWidget(self.extra_clear)
        self.extra_row.hide()

        # --- table -----------------------------------------------------------------------------
        self.model = EpisodeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Episodes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head = self.table.horizontalHeader()
        head.setStretchLastSection(True)
        head.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        # Column widths from typical values in the user's language.
        samples = (
            local_datetime(dt.datetime(2026, 11, 25, 22, 58), DATE_TIME),
            labels.where("upper_arm", "right"),
            labels.kind("stiffness"),
            f"2 · {labels.severities()[2]}",
            "10/10",
            "2 min 30 s",
            f"{labels.trigger('poor_sleep')}, {labels.trigger('stress')}",
            "Caregiver",  # Logged by: a first name (the column is never narrower than its title)
            "x" * 12,  # Notes: the start of a note; it takes what is left and elides the rest
        )
        # In a narrow window the widest columns give way instead of scrolling sideways.
        self.table.setItemDelegateForColumn(0, ShortestFitDelegate(self.table))  # When
        self._columns = ColumnFitter(self.table, head)
        # Each column at least as wide as its title, so a title is never cut.
        self._columns.set_wanted(
            [
                max(metrics.horizontalAdvance(text) + 16, head.sectionSizeHint(column))
                for column, text in enumerate(samples)
            ]
        )
        titles = [head.sectionSizeHint(column) for column in range(len(samples))]
        shortest_date = metrics.horizontalAdvance(
            local_datetime(dt.datetime(2026, 11, 25, 22, 58), SHORT_DATE_TIME)
        )
        self._columns.set_least([max(titles[0], shortest_date + 24), *titles[1:]])
        # Least needed first: triggers, duration, pain, kind, who logged it, and last the
        # notes, which need some width to be worth showing (Enter opens the whole episode).
        self._columns.hide_when_narrow([6, 5, 4, 2, 7, 8])
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        # Columns that stepped aside for a narrow window or large text are named, not lost.
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("Muted")
        self.hidden_label.setWordWrap(True)
        self.hidden_label.hide()
        self._columns.hidden_changed.connect(self._name_hidden_columns)
        self._name_hidden_columns(self._columns.hidden)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        # --- actions ----------------------------------------------------------------------------
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected episodes (Delete). Ctrl+Z brings them back.")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_banner = QFrame()
        self.undo_banner.setObjectName("InfoBanner")
        self.undo_text = QLabel()
        undo_button = QPushButton(self.tr("Undo"))
        undo_button.clicked.connect(self.ctx.undo_stack.undo)
        banner = QHBoxLayout(self.undo_banner)
        banner.setContentsMargins(10, 4, 4, 4)
        banner.addWidget(self.undo_text, 1)
        banner.addWidget(undo_button)
        self.undo_banner.hide()
        self._banner_step = -1  # the undo stack's index just after the deletion it offers to undo
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addSpacing(12)
        actions.addWidget(self.undo_banner, 1)
        actions.addStretch(1)
        stack_when_narrow(actions, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(filters)
        layout.addWidget(self.extra_row)
        layout.addWidget(self.hidden_label)  # above the table: seen before scrolling down
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(actions)

        self.table.installEventFilter(self)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ctx.notifier.changed.connect(self._on_changed)
        self.ctx.undo_stack.indexChanged.connect(self._update_undo_banner)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            for combo in self._combos():
                _fit_combo(combo)  # a new text size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected episodes; Enter edits the selected one."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    # --- building ------------------------------------------------------------------------------

    @staticmethod
    def _items(mapping: dict[Any, str]) -> list[tuple[str, object]]:
        return [(label, code) for code, label in mapping.items()]

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for label, code in items:
            combo.addItem(label, code)
        # As wide as its first choice ("Any trigger"), not its longest, so the filters and
        # "Clear filters" fit on one row; the list that opens shows every choice whole, and a
        # longer choice, once picked, is in the tooltip.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        _fit_combo(combo)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 32)
        combo.currentTextChanged.connect(lambda text, c=combo, n=name: c.setToolTip(f"{n}: {text}"))
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.period, self.region, self.side, self.kind, self.severity, self.trigger,
            self.logged_by,
        )  # fmt: skip

    def _fill_logged_by(self) -> None:
        """Offer everyone who logged an episode of the active person; keep the choice."""
        person_id = self.ctx.active_person_id()
        names = episodes.caregivers(person_id) if person_id is not None else []
        chosen = self.logged_by.currentData()
        self.logged_by.blockSignals(True)
        while self.logged_by.count() > 1:
            self.logged_by.removeItem(1)
        for name in names:
            self.logged_by.addItem(self.tr("Logged by %1").replace("%1", name), name)
        self.logged_by.setCurrentIndex(max(0, self.logged_by.findData(chosen)))
        self.logged_by.blockSignals(False)

    # --- filters --------------------------------------------------------------------------------

    def current_filter(self) -> EpisodeFilter | None:
        person_id = self.ctx.active_person_id()
        if person_id is None:
            return None
        first_day: dt.date | None = None
        last_day: dt.date | None = None
        days = dict(PERIODS).get(self.period.currentData())
        if days is not None:
            last_day = self.ctx.clock.today()
            first_day = last_day - dt.timedelta(days=days - 1)
        flt = EpisodeFilter(
            person_id=person_id,
            first_day=first_day,
            last_day=last_day,
            body_region=self.region.currentData(),
            side=self.side.currentData(),
            kind=self.kind.currentData(),
            severity=self.severity.currentData(),
            trigger=self.trigger.currentData(),
            text=self.search.text().strip(),
            recorded_by=self.logged_by.currentData(),
        )
        if self._extra:
            flt = dataclasses.replace(flt, **self._extra)
        return flt

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._stale = False
        self._update_count()

    def clear_filters(self) -> None:
        self._extra = {}
        self.extra_row.hide()
        self._drop_chart_period()
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def show_filter(self, flt: EpisodeFilter) -> None:
        """Show the episodes matching `flt` (from a click on a chart)."""
        self.clear_filters()
        for combo, value in (
            (self.region, flt.body_region),
            (self.side, flt.side),
            (self.kind, flt.kind),
            (self.severity, flt.severity),
            (self.trigger, flt.trigger),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(flt.text)
        self.search.blockSignals(False)
        self._extra = {
            key: getattr(flt, key)
            for key in ("first_day", "last_day", "weekday", "hour")
            if getattr(flt, key) is not None
        }
        if self._extra:
            described = self._describe_extra(flt)
            self.extra_label.setText(self.tr("Showing %1 only").replace("%1", described))
            self.extra_row.show()
            if flt.first_day is not None and flt.last_day is not None:
                # The period says it too: not "All time" while one day is shown.
                self.period.blockSignals(True)
                self.period.addItem(self.tr("%1 only").replace("%1", described), CHART_PERIOD)
                self.period.setCurrentIndex(self.period.count() - 1)
                self.period.blockSignals(False)
        self.apply_filters()

    def _drop_chart_period(self) -> None:
        index = self.period.findData(CHART_PERIOD)
        if index >= 0:
            self.period.blockSignals(True)
            self.period.removeItem(index)
            self.period.blockSignals(False)

    def _period_chosen(self) -> None:
        """Another period chosen: the days a chart click set give way to it."""
        if self.period.currentData() != CHART_PERIOD:
            self._drop_chart_period()
            self._extra.pop("first_day", None)
            self._extra.pop("last_day", None)
            self.extra_row.setVisible(bool(self._extra))

    def _describe_extra(self, flt: EpisodeFilter) -> str:
        parts = []
        if flt.first_day and flt.last_day:
            if flt.first_day == flt.last_day:
                parts.append(local_date(flt.first_day, SHORT_DATE))
            else:
                parts.append(
                    self.tr("From %1 to %2")
                    .replace("%1", local_date(flt.first_day, SHORT_DATE))
                    .replace("%2", local_date(flt.last_day, SHORT_DATE))
                )
        if flt.weekday is not None:
            day_name = weekday_name(flt.weekday)
            parts.append(self.tr("on %1s").replace("%1", day_name))
        if flt.hour is not None:
            parts.append(
                self.tr("between %1:00 and %2:00")
                .replace("%1", f"{flt.hour:02d}")
                .replace("%2", f"{(flt.hour + 1) % 24:02d}")
            )
        return ", ".join(parts)

    def _name_hidden_columns(self, hidden: list[int]) -> None:
        names = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in sorted(hidden)]
        self.hidden_label.setText(
            self.tr(
                "Not shown at this width: %1. Open an episode (Enter) to see all of it."
            ).replace("%1", ", ".join(names))
        )
        self.hidden_label.setVisible(bool(hidden) and self.model.total() > 0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- refreshing ------------------------------------------------------------------------------

    def _on_changed(self, topic: str, person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE) or (
            topic == EPISODES and person_id == self.ctx.active_person_id()
        ):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._fill_logged_by()
        selected = self.selected_ids()
        scroll = self.table.verticalScrollBar().value()
        self.apply_filters()
        self.table.verticalScrollBar().setValue(scroll)
        selection = self.table.selectionModel()
        for episode_id in selected:
            row = self.model.row_of(episode_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _update_count(self) -> None:
        total = self.model.total()
        flt = self.model.filter()
        if flt is None:
            self.count_label.setText("")
            self.empty_label.setText(self.tr("Set up a profile first, on the Today page."))
        elif total == 0:
            filtered = flt != EpisodeFilter(person_id=flt.person_id)
            self.empty_label.setText(
                self.tr("No episodes match these filters.")
                if filtered
                else self.tr(
                    "No episodes logged yet. Press “Log episode” (Ctrl+N) when one happens."
                )
            )
        count_text = tr("%Ln episode(s)", None, total)
        self.count_label.setText(count_text if flt is not None else "")
        self.table.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)
        self.hidden_label.setVisible(bool(self._columns.hidden) and total > 0)
        self._update_buttons()

    # --- editing ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.episode_id(r) for r in rows if r < self.model.total()]

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    def _edit_row(self, row: int) -> None:
        if 0 <= row < self.model.total():
            self._edit_episode(self.model.episode_id(row))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._edit_episode(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        person_id = self.ctx.active_person_id()
        if not ids or person_id is None:
            return
        row = min(index.row() for index in self.table.selectionModel().selectedRows())
        text = tr("Delete %n episode(s)", None, len(ids))
        run_action(self.ctx, text, lambda: episode_actions.delete_episodes(person_id, ids))
        self._banner_step = self.ctx.undo_stack.index()  # the banner goes once this is undone
        self.undo_text.setText(
            tr("%n episode(s) deleted.", None, len(ids))
            + " "
            + self.tr("Press Undo or Ctrl+Z to bring it back.")
        )
        self.undo_banner.show()
        if self.model.total():
            self.table.selectRow(min(row, self.model.total() - 1))

    def _update_undo_banner(self, index: int) -> None:
        if index != self._banner_step:
            self.undo_banner.hide()


def _fit_combo(combo: QComboBox) -> None:
    """As wide as its first choice's words, the drop-down arrow (26 px) and the padding."""
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 56)
