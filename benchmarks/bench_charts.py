"""How the Charts page copes with 10 years, 100,000 episodes and 3,650 check-ins.

Prints, never asserts:
1. each aggregation (through the service, with peewee) against the very same SQL run straight
   through sqlite3, for "all" (10 years) and "30 days", and whether SQLite used the local-time
   index (`aggregation_figures`);
2. switching the page between "all" and "30 days": time until every chart has its new data
   and the page has been painted, the first time and when switching back (`switch_figures`;
   QApplication offscreen);
3. logging: from adding an episode and notifying until Today's counts and the per-day chart
   (Charts page on screen, 30 days) show it (`logging_figures`).

Run: python benchmarks/bench_charts.py   (or all figures at once: python benchmarks/run.py)
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median, median_ms

RUNS = 5
TODAY = dt.date(2026, 11, 25)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[tuple[str, tuple[Any, ...]]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            sql, params = record.msg
            self.statements.append((sql, tuple(params or ())))


def captured(job: Callable[[], object]) -> list[tuple[str, tuple[Any, ...]]]:
    logger = logging.getLogger("peewee")
    handler = _Capture()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        job()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    return [(sql, params) for sql, params in handler.statements if sql.lstrip().upper() != "BEGIN"]


def _jobs(person: int, period: Any, first: dt.date | None) -> dict[str, Callable[[], object]]:
    from caregiver_app.services import charts, insights, scales

    return {
        "first_entry_day": lambda: charts.first_entry_day(person),
        "episodes_per_day (+7-day avg)": lambda: charts.episodes_per_day(person, period, first),
        "severity_pain_per_day": lambda: charts.severity_pain_per_day(person, period),
        "weekday_hour": lambda: charts.weekday_hour(person, period),
        "by_region_side": lambda: charts.by_region_side(person, period),
        "trigger_counts": lambda: charts.trigger_counts(person, period),
        "factor_days hours_slept": lambda: charts.factor_days(person, period, "hours_slept"),
        "factor_days stress (lag 1)": lambda: charts.factor_days(person, period, "stress", 1),
        "insights (5 factors)": lambda: insights.insights(person, period, TODAY),
        "scale_scores": lambda: scales.scale_scores(person, period, TODAY),
        "load_dashboard (everything)": lambda: charts.load_dashboard(person, period, TODAY),
    }


def aggregation_figures(db_path: Path, person: int, runs: int = RUNS) -> list[Figure]:
    """Each aggregation through the service against the same statements through sqlite3."""
    from caregiver_app.services import charts
    from caregiver_app.services.periods import period_for

    conn = sqlite3.connect(str(db_path))
    figures = []
    first = charts.first_entry_day(person)
    for preset in ("all", "30d"):
        jobs = _jobs(person, period_for(preset, TODAY, first), first)
        for name, job in jobs.items():
            statements = captured(job)
            service = median_ms(job, runs)

            def raw(statements: list[tuple[str, tuple[Any, ...]]] = statements) -> None:
                for sql, params in statements:
                    conn.execute(sql, params).fetchall()

            direct = median_ms(raw, runs)
            plans = [
                " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
                for sql, params in statements
            ]
            kinds = {
                "index" if "episode_person_local" in plan else "scan"
                for plan in plans
                if "SCAN episode" in plan or "episode_person_local" in plan
            }
            figures.append(
                Figure(
                    f"Charts query {preset:>3}: {name}",
                    service,
                    reference=direct,
                    max_ratio=1.5,
                    slack=0.1,
                    note=f"{len(statements)} statement(s); episodes by "
                    + ("+".join(sorted(kinds)) or "-"),
                )
            )
    conn.close()
    return figures


class _Waiter:
    """Runs Qt's event loop (as the app does, idle in C++ and leaving the GIL to the
    background read) until a condition holds. The page's spy `poke()`s it the moment it has
    applied new data; a slow timer (50 ms) checks too, as a safety net. (Checking from a
    2 ms timer instead took the GIL from the background read 500 times a second, which
    the app itself never does, and made the read look up to half as slow again.)"""

    def __init__(self) -> None:
        self._check: Callable[[], None] | None = None

    def poke(self) -> None:
        if self._check is not None:
            self._check()

    def __call__(self, condition: Callable[[], bool], limit_s: float = 60) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        if condition():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(50)
        deadline = time.perf_counter() + limit_s
        failed: list[str] = []

        def check() -> None:
            if condition():
                loop.quit()
            elif time.perf_counter() > deadline:
                failed.append("timeout")
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        self._check = check
        try:
            loop.exec()
        finally:
            self._check = None
            timer.stop()
        if failed:
            raise TimeoutError("the page did not update")


wait_for = _Waiter()


def _charts_page(person: int, today: Callable[[], dt.date], preset: str) -> tuple[Any, Any, list]:
    """A Charts page on screen (1080 x 780) at `preset`; (page, notifier, applied generations)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QScrollArea

    from caregiver_app.ui.app import settle_garbage_collector
    from caregiver_app.ui.context import PageContext
    from caregiver_app.ui.notifier import DataNotifier
    from caregiver_app.ui.pages.charts import ChartsPage

    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-settings-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("charts/period", preset)
    notifier = DataNotifier()
    page = ChartsPage(
        PageContext(notifier, settings, QUndoStack(), lambda: person), lambda _flt: None
    )
    page.today = today
    page.period_bar.today = today
    # As in the window: the page scrolls inside a scroll area, so only what is in view paints.
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(1080, 780)
    area.show()
    page.area = area  # type: ignore[attr-defined]  # kept alive with the page
    settle_garbage_collector()  # as the app does once its window is up
    applied: list[int] = []
    original = page._apply

    def spy(generation: int, data: Any) -> None:
        original(generation, data)
        applied.append(generation)
        wait_for.poke()

    page._apply = spy  # type: ignore[method-assign]
    wait_for(lambda: bool(applied))
    return page, notifier, applied


def _paint(views: list[Any]) -> None:
    for view in views:
        view.grab()


def switch_figures(person: int, runs: int = RUNS) -> list[Figure]:
    """Switch the period as a user does, until the window shows every chart with its new
    data (all 9 redrawn; the page, i.e. what is on screen, painted). First with nothing kept
    from before (the page reads the diary), then back to a period already shown (the page
    keeps what it read until the diary changes). The note adds the time until the charts
    scrolled out of sight have been painted too."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    page, _notifier, applied = _charts_page(person, lambda: TODAY, "30d")

    def switch(preset: str, forget: bool) -> tuple[float, float]:
        if forget:
            page._cache.clear()
        before = len(applied)
        started = time.perf_counter()
        page.period_bar.set_period(preset)
        wait_for(lambda: len(applied) > before)
        app.processEvents()  # the window paints what changed on screen
        shown = (time.perf_counter() - started) * 1000
        _paint(page.chart_views())  # and the charts out of sight
        return shown, (time.perf_counter() - started) * 1000

    figures = []
    for preset in ("all", "30d"):
        for forget, how in ((True, "first time"), (False, "again")):
            shown, everything = [], []
            for _ in range(runs):
                switch("30d" if preset == "all" else "all", forget=False)
                app.processEvents()
                a, b = switch(preset, forget)
                shown.append(a)
                everything.append(b)
            figures.append(
                Figure(
                    f"Charts: switch the period to {preset}, {how}",
                    median(shown),
                    limit=150,
                    note=f"{'reads the diary' if forget else 'kept from before'}; "
                    f"fastest {min(shown):.0f} ms; "
                    f"off-screen charts painted too: {median(everything):.0f} ms",
                )
            )
    page.area.close()
    return figures


def logging_figures(person: int, runs: int = RUNS) -> list[Figure]:
    """Save an episode (as the dialog does, then notify) until Today's count and the per-day
    chart of the Charts page (on screen, 30 days) show it, painted."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from caregiver_app.services.episodes import EpisodeData, add_episode
    from caregiver_app.ui.context import PageContext
    from caregiver_app.ui.pages.today import TodayPage

    app = QApplication.instance() or QApplication([])
    page, notifier, _applied = _charts_page(person, dt.date.today, "30d")
    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-today-"))
    ctx = PageContext(
        notifier,
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        QUndoStack(),
        lambda: person,
    )
    today = TodayPage(ctx, lambda: None, lambda: None, lambda: None)
    today.resize(1000, 700)
    today.show()
    app.processEvents()

    def bars_total() -> float:
        return float(sum(page.daily.view.bars.opts["height"]))

    times = []
    for _ in range(runs):
        app.processEvents()
        _paint([page.daily.view, today])
        count, total = int(today.today_card.number.text()), bars_total()
        started = time.perf_counter()
        when = dt.datetime.now().astimezone() - dt.timedelta(seconds=5)
        episode_id = add_episode(
            person, EpisodeData(started=when, body_region="hand", side="left", severity=2)
        )
        notifier.notify("episodes", person)
        wait_for(
            lambda count=count, total=total: (
                today.today_card.number.text() == str(count + 1) and bars_total() == total + 1
            )
        )
        app.processEvents()  # the window paints what changed
        times.append((time.perf_counter() - started) * 1000)
        assert episode_id
    page.area.close()
    today.close()
    return [
        Figure(
            "Logging: save until Today and Charts show it",
            median(times),
            limit=50,
            note="Charts on screen, 30 days",
        )
    ]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.fixtures import build

    QApplication.instance() or QApplication([])
    started = time.perf_counter()
    db_path, person = build()
    print(f"Built the 10-year diary in {time.perf_counter() - started:.1f} s ({db_path})")
    for figure in (
        aggregation_figures(db_path, person) + switch_figures(person) + logging_figures(person)
    ):
        ref = "" if figure.reference is None else f"  sqlite3 {figure.reference:8.2f}"
        print(f"{figure.name:58} {figure.ours:8.2f} {figure.unit}{ref}  {figure.note}")


if __name__ == "__main__":
    main()
