"""How the Charts page copes with 10 years, 100,000 episodes and 3,650 check-ins.

Prints, never asserts:
1. each aggregation (through the service, with peewee) against the very same SQL run straight
   through sqlite3, for "all" (10 years) and "30 days", median of 5, and whether SQLite used
   the local-time index;
2. switching the page between "all" and "30 days": time until every chart has its new data,
   and until every chart has also been painted (median of 5; QApplication offscreen);
3. time from adding an episode and notifying until the per-day chart shows it (median of 5).

Run: python benchmarks/bench_charts.py
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.fixtures import build
from caregiver_app.services import charts, insights, scales
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period, period_for
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.charts import ChartsPage

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


def median_ms(job: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


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


def _jobs(person: int, period: Period, first: dt.date | None) -> dict[str, Callable[[], object]]:
    return {
        "first_entry_day": lambda: charts.first_entry_day(person),
        "episodes_per_day (+7-day average)": lambda: charts.episodes_per_day(person, period, first),
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


def aggregations(person: int) -> None:
    conn = sqlite3.connect(str(DB_PATH))
    print("1. Aggregations: service (peewee) vs the same SQL straight through sqlite3")
    print(
        f"   {'query':<34}{'period':>8}{'service ms':>12}{'sqlite3 ms':>12}{'ratio':>8}  episodes read by"
    )
    first = charts.first_entry_day(person)
    for preset in ("all", "30d"):
        jobs = _jobs(person, period_for(preset, TODAY, first), first)
        for name, job in jobs.items():
            statements = captured(job)
            service = median_ms(job)

            def raw(statements: list[tuple[str, tuple[Any, ...]]] = statements) -> None:
                for sql, params in statements:
                    conn.execute(sql, params).fetchall()

            direct = median_ms(raw)
            plans = [
                " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
                for sql, params in statements
            ]
            kinds = {
                "index" if "episode_person_local" in plan else "scan"
                for plan in plans
                if "SCAN episode" in plan or "episode_person_local" in plan
            }
            uses = "+".join(sorted(kinds)) or "-"
            print(
                f"   {name:<34}{preset:>8}{service:>12.2f}{direct:>12.2f}"
                f"{service / direct if direct else float('nan'):>8.2f}  {uses}"
            )
    conn.close()


def page_timings(app: QApplication, person: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-settings-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("charts/period", "30d")
    notifier = DataNotifier()
    page = ChartsPage(notifier, lambda: person, settings, lambda _flt: None)
    page.today = lambda: TODAY
    page.period_bar.today = lambda: TODAY
    page.resize(1080, 780)
    page.show()
    applied: list[int] = []
    original = page._apply

    def spy(generation: int, data: Any) -> None:
        original(generation, data)
        applied.append(generation)

    page._apply = spy  # type: ignore[method-assign]

    def wait_for(condition: Callable[[], bool], limit_s: float = 60) -> None:
        """Run Qt's event loop (as the app does, idle in C++ and leaving the GIL to the
        background read) until `condition` holds; it is checked every 5 ms."""
        if condition():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(5)
        deadline = time.perf_counter() + limit_s

        def check() -> None:
            if condition():
                loop.quit()
            elif time.perf_counter() > deadline:
                loop.quit()
                raise TimeoutError("the page did not update")

        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()

    def settle() -> None:
        app.processEvents()
        for view in page.chart_views():
            view.grab()
        app.processEvents()

    wait_for(lambda: bool(applied))

    def switch(preset: str, paint: bool) -> float:
        before = len(applied)
        started = time.perf_counter()
        page.period_bar.set_period(preset)
        wait_for(lambda: len(applied) > before)
        if paint:
            for view in page.chart_views():
                view.grab()
        return (time.perf_counter() - started) * 1000

    print(
        "\n2. Switching the page's period (background read + redraw of all 9 charts), median of 5"
    )
    for paint in (False, True):
        label = "data set on every chart" if not paint else "and every chart painted"
        for preset in ("all", "30d"):
            times = []
            for _ in range(RUNS):
                other = "30d" if preset == "all" else "all"
                switch(other, paint=False)
                settle()
                times.append(switch(preset, paint))
            print(f"   to {preset:<4} {label:<26} {statistics.median(times):8.1f} ms")

    print("\n3. Added episode + notify until the per-day chart shows it, median of 5")
    for preset in ("30d", "all"):
        switch(preset, paint=False)
        times = []
        for i in range(RUNS):
            settle()
            total = sum(page.daily.view.bars.opts["height"])
            started = time.perf_counter()
            when = dt.datetime(2026, 11, 24, 10, i, tzinfo=dt.UTC)
            add_episode(
                person,
                EpisodeData(started=when, body_region="hand", side="left", severity=2),
                now=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
            )
            notifier.notify("episodes", person)

            def shown(expected: float = total + 1) -> bool:
                return bool(sum(page.daily.view.bars.opts["height"]) == expected)

            wait_for(shown)
            page.daily.view.grab()
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"   period {preset:<4} {statistics.median(times):8.1f} ms (save, notify, read, redraw, paint)"
        )
    page.close()


def main() -> None:
    global DB_PATH
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    DB_PATH, person = build()
    print(
        f"Built 100,000 episodes and 3,650 check-ins over 10 years in {time.perf_counter() - started:.1f} s"
    )
    print(f"Database: {DB_PATH} ({DB_PATH.stat().st_size / 1e6:.1f} MB)\n")
    aggregations(person)
    page_timings(app, person)  # type: ignore[arg-type]


DB_PATH = Path()

if __name__ == "__main__":
    main()
