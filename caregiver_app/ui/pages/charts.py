"""Charts: is it getting better, when and where does it happen, what seems to go with it.

The page reads everything for the chosen period in one background job (`load_page_data`)
and then redraws every card. It listens to the notifier: when episodes, check-ins or the
active person change it recomputes at once if it is on screen, and otherwise only marks
itself stale and recomputes when it is shown again. What it read for each period is kept until
the diary changes, so switching back to a period shown before only redraws.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import charts, insights, scales
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.services.periods import SINCE_APPOINTMENT, Period, period_for
from caregiver_app.ui import tasks
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.base import ChartView
from caregiver_app.ui.charts.card import ChartCard
from caregiver_app.ui.charts.factor_charts import FluidsChart, SleepChart, StressChart
from caregiver_app.ui.charts.panels import InsightsPanel, ScalesPanel
from caregiver_app.ui.charts.pattern_charts import HeatMapChart, RegionChart, TriggerChart
from caregiver_app.ui.charts.text import no_episodes, period_text
from caregiver_app.ui.charts.time_charts import DailyChart, SeverityPainChart, WillingnessChart
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import (
    ACTIVE_PERSON,
    CHECKINS,
    EPISODES,
    PEOPLE,
    TREATMENTS,
)
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.widgets.period_bar import PeriodBar

style.configure()

TWO_COLUMNS_FROM = 980  # logical pixels of page width


@dataclass(frozen=True)
class PageData:
    dashboard: charts.Dashboard
    insights: tuple[insights.Insight, ...]
    scales: scales.ScaleScores


def load_page_data(
    person_id: int,
    preset: str,
    custom: tuple[dt.date, dt.date] | None,
    today: dt.date,
) -> PageData:
    """Everything the page shows (runs off the GUI thread)."""
    first = charts.first_entry_day(person_id)
    if preset == SINCE_APPOINTMENT:
        from caregiver_app.services import appointments

        last_visit = appointments.last_appointment_day(person_id, today)
        # With no appointment yet, the last 30 days; the dates above the charts say which.
        period = Period(last_visit, today) if last_visit else period_for("30d", today)
    else:
        period = period_for(preset, today, first, custom)
    dashboard = charts.load_dashboard(person_id, period, today).prepare()
    return PageData(
        dashboard=dashboard,
        insights=tuple(insights.from_dashboard(dashboard, today)),
        scales=scales.scale_scores(
            person_id, scales.recall_period(period, today, first), today=today
        ),
    )


class ChartsPage(Page):
    def __init__(
        self,
        ctx: PageContext,
        open_episodes: Callable[[EpisodeFilter], None],
        open_learn_for_trigger: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.active_person_id = ctx.active_person_id
        self.settings = ctx.settings
        self.open_episodes = open_episodes
        self.today: Callable[[], dt.date] = ctx.clock.today
        self.data: PageData | None = None
        # What each period showed, until the diary changes: switching back is then a redraw.
        self._cache: dict[tuple[object, ...], PageData] = {}
        self._dirty = True
        self._generation = 0
        self._columns = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        title = QLabel(self.tr("Charts"))
        title.setObjectName("PageTitle")
        self.period_bar = PeriodBar(ctx.settings, lambda: self.today())
        self.period_bar.changed.connect(self._request_refresh)
        self.period_label = QLabel()
        self.period_label.setObjectName("Muted")

        self.daily = ChartCard(
            self.tr("Episodes per day"),
            DailyChart,
            self.tr("Click a bar to see that day's episodes. Ctrl + mouse wheel zooms in time."),
        )
        self.severity = ChartCard(self.tr("Severity and pain"), SeverityPainChart)
        self.heat = ChartCard(
            self.tr("Day of the week and time of day"),
            HeatMapChart,
            self.tr(
                "The stronger the colour, the more episodes. Click a square to see those episodes."
            ),
        )
        self.regions = ChartCard(
            self.tr("Where on the body"), RegionChart, self.tr("Click a bar to see those episodes.")
        )
        self.triggers = ChartCard(self.tr("Suspected triggers"), TriggerChart)
        self.sleep = ChartCard(self.tr("Sleep and episodes"), SleepChart)
        self.stress = ChartCard(self.tr("Stress and episodes"), StressChart)
        self.fluids = ChartCard(self.tr("Fluids and episodes"), FluidsChart)
        self.willingness = ChartCard(self.tr("Willingness for therapy"), WillingnessChart)
        self.insights = InsightsPanel(open_learn_for_trigger)
        self.scales = ScalesPanel()
        self.cards: list[ChartCard] = [
            self.daily, self.severity, self.heat, self.regions, self.triggers,
            self.sleep, self.stress, self.fluids, self.willingness,
        ]  # fmt: skip
        for card in self.cards:
            card.view.activated.connect(self._open)

        self.grid = QVBoxLayout()  # wide charts
        self.left_column = QVBoxLayout()
        self.right_column = QVBoxLayout()
        self.columns_row = QHBoxLayout()
        self.columns_row.addLayout(self.left_column, 1)
        self.columns_row.addLayout(self.right_column, 1)
        self.grid_bottom = QVBoxLayout()  # words
        for layout in (
            self.grid,
            self.left_column,
            self.right_column,
            self.columns_row,
            self.grid_bottom,
        ):
            layout.setSpacing(14)
        self.grid_bottom.addWidget(self.insights)
        self.grid_bottom.addWidget(self.scales)
        dashboard = QWidget()
        inner = QVBoxLayout(dashboard)
        inner.setContentsMargins(0, 0, 8, 8)
        inner.setSpacing(14)
        inner.addLayout(self.grid)
        inner.addLayout(self.columns_row)
        inner.addLayout(self.grid_bottom)
        inner.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 14pt;")
        self.show_all_button = QPushButton(self.tr("Show all time"))
        self.show_all_button.clicked.connect(lambda: self.period_bar.set_period("all"))
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.show_all_button)
        button_row.addStretch(1)
        message_layout.addLayout(button_row)
        message_layout.addStretch(2)

        self.stack = QStackedWidget()
        # No scroll area of its own: the window scrolls the whole page, like every other
        # (two scroll bars inside each other left little room for the charts at large text).
        self.stack.addWidget(dashboard)
        self.stack.addWidget(message_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.period_label)
        layout.addWidget(self.stack, 1)
        self._arrange(2)

        ctx.notifier.changed.connect(self._on_data_changed)

    # --- layout ---------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """Wide charts across the page; the others in two columns that fill independently
        (so a tall chart leaves no gap beside it), or in one column on a narrow window."""
        if columns == self._columns:
            return
        self._columns = columns
        for layout in (self.grid, self.left_column, self.right_column):
            # removeWidget, not takeAt: a taken item outlives the move as the card's own layout
            # item, so the new one's cached heights were never refreshed and cards kept the
            # heights of the other arrangement (charts cut off at large text).
            for card in self.cards:
                layout.removeWidget(card)
            while layout.count():
                layout.takeAt(0)  # the stretches
        for card in (self.daily, self.severity, self.heat):
            self.grid.addWidget(card)
        left: list[QWidget] = [self.regions, self.sleep, self.fluids]
        right: list[QWidget] = [self.triggers, self.stress, self.willingness]
        if columns == 2:
            for item in left:
                self.left_column.addWidget(item)
            for item in right:
                self.right_column.addWidget(item)
        else:
            for a, b in zip(left, right, strict=True):
                self.left_column.addWidget(a)
                self.left_column.addWidget(b)
        self.left_column.addStretch(1)
        self.right_column.addStretch(1)
        self.columns_row.setStretch(1, 1 if columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        halves = (
            self.regions,
            self.triggers,
            self.sleep,
            self.stress,
            self.fluids,
            self.willingness,
        )
        needed = 2 * max(w.minimumSizeHint().width() for w in halves) + 80
        width = event.size().width()
        self._arrange(2 if width >= max(TWO_COLUMNS_FROM, needed) else 1)

    # --- refreshing -----------------------------------------------------------------------

    def _on_data_changed(self, topic: str, person_id: int) -> None:
        mine = person_id == (self.active_person_id() or 0)
        if topic in (ACTIVE_PERSON, PEOPLE) or (topic in (EPISODES, CHECKINS, TREATMENTS) and mine):
            self._cache.clear()
            self._request_refresh()

    def _request_refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def refresh(self) -> None:
        """Recompute and redraw now (in the background; stale answers are dropped)."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        person_id = self.active_person_id()
        if person_id is None:
            self._show_message(
                self.tr("No one is in the diary yet. Add the person you care for to see charts."),
                offer_all=False,
            )
            return
        preset, custom, today = self.period_bar.preset, self.period_bar.custom, self.today()
        key = (person_id, preset, custom, today)
        cached = self._cache.get(key)
        if cached is not None:  # e.g. back to a period shown before: nothing changed since
            self._apply(generation, cached)
            return

        def loaded(data: PageData) -> None:
            if generation == self._generation:
                self._cache[key] = data
            self._apply(generation, data)

        tasks.run_task(
            lambda: load_page_data(person_id, preset, custom, today),
            loaded,
            lambda error: self._failed(generation, error),
        )

    def _apply(self, generation: int, data: PageData) -> None:
        if generation != self._generation:
            return
        self.data = data
        dash = data.dashboard
        self.period_label.setText(period_text(dash.period))
        if dash.episodes == 0 and not dash.has_checkins:
            has_other = dash.first_entry is not None and self.period_bar.preset != "all"
            self._show_message(no_episodes(dash), offer_all=has_other)
            return
        self.stack.setCurrentIndex(0)
        for card in self.cards:
            card.show_data(dash)
        self.insights.set_insights(data.insights)
        self.scales.set_scores(data.scales, dash.frequency)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._show_message(
                self.tr("The charts could not be drawn: %1").replace("%1", str(error)),
                offer_all=False,
            )

    def _show_message(self, text: str, offer_all: bool) -> None:
        self.message.setText(text)
        self.show_all_button.setVisible(offer_all)
        self.stack.setCurrentIndex(1)

    @property
    def showing_message(self) -> bool:
        return self.stack.currentIndex() == 1

    # --- clicks -----------------------------------------------------------------------------

    def _open(self, target: object) -> None:
        if isinstance(target, EpisodeFilter):
            self.open_episodes(target)

    def chart_views(self) -> list[ChartView]:
        return [card.view for card in self.cards]

    @property
    def period(self) -> Period | None:
        return None if self.data is None else self.data.dashboard.period
