"""Every speed figure of the app against the machine's own limits, in one table.

    python benchmarks/run.py            # medians of 5 runs (3 for the slow ones); 1-2 minutes
    python benchmarks/run.py --quick    # fewer runs
    python benchmarks/run.py --only switch logging    # some groups of figures only
    python benchmarks/run.py --database postgresql://user@host/dbname   # at scale, both engines

Builds the benchmark diary once (10 years, 100,000 episodes, 3,650 check-ins; `fixtures.py`)
in a temporary folder, then measures each group of figures in a process of its own, so one
group's memory, caches and open diary never colour another's. Prints figure, our time, the
reference measured in the same run, the ratio, the budget and whether it is met. It never
fails on a slow figure: the budgets are for people to read (see docs/performance.md).

With --database URL it measures the care team's diary instead (50 people x 10 years, 5 million
episodes; `scale.py`): the Charts switch, the import and the report, each on the SQLite file
and on the server at URL (an empty database, or the one a former run built there), side by side.
Give the server's password through ~/.pgpass or PGPASSWORD, not in the URL.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Figure

MARK = "FIGURES-JSON "
# Each group runs in a process of its own as `run.py --child GROUP`; logging adds episodes to
# the diary, so it comes last.
GROUPS = ("queries", "switch", "episodes", "report", "import", "logging")
# What --database measures on both engines: the figures the care team's issue names.
SCALE_GROUPS = ("switch", "report", "import")


DATABASE_ENV = "CAREGIVER_BENCH_DATABASE"  # how a child is given the server's address


def is_url(where: str) -> bool:
    return where.startswith(("postgresql:", "postgres:"))


def _open(where: str) -> None:
    from caregiver_app.store import db

    if where == DATABASE_ENV:
        where = os.environ[DATABASE_ENV]
    if is_url(where):
        db.open_server_database(where)
    else:
        db.open_database(where)


def _child(group: str, where: str, person: int, runs: int, scale: bool) -> list[Figure]:
    """Measure one group in this (fresh) process, with the diary open."""
    from PySide6.QtWidgets import QApplication

    if scale and group == "import":
        from benchmarks import bench_import

        _open(where)
        return bench_import.scale_figures(person, max(1, runs // 2 + 1))
    db_path = Path(where)
    if group == "import":
        from benchmarks import bench_import

        return bench_import.figures(db_path, person, max(1, runs // 2 + 1))
    QApplication.instance() or QApplication([])
    _open(where)
    if group == "queries":
        from benchmarks import bench_charts

        return bench_charts.aggregation_figures(db_path, person, runs)
    if group == "switch":
        from benchmarks import bench_charts

        return bench_charts.switch_figures(person, runs)
    if group == "logging":
        from benchmarks import bench_charts

        return bench_charts.logging_figures(person, runs)
    if group == "episodes":
        from benchmarks import bench_episodes

        return bench_episodes.figures(person, runs)
    if group == "report":
        from benchmarks import bench_report

        return bench_report.figures(person, max(1, runs // 2 + 1))
    raise ValueError(group)


def _run_group(
    group: str, where: Path | str, person: int, runs: int, scale: bool = False
) -> list[Figure]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if is_url(str(where)):  # not on the command line, where other accounts can read it
        env[DATABASE_ENV], where = str(where), DATABASE_ENV
    args = [__file__, "--child", group, "--db", str(where), "--person", str(person)]
    args += ["--scale"] if scale else []
    done = subprocess.run(
        [sys.executable, *args, "--runs", str(runs)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            return [Figure(**item) for item in json.loads(line[len(MARK) :])]
    print(f"!! {group} failed:\n{done.stderr[-3000:]}", file=sys.stderr)
    return [Figure(f"{group}: FAILED (see above)", float("nan"))]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kb = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
            memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, StopIteration):
        pass
    import pyqtgraph
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"pyqtgraph {pyqtgraph.__version__}, SQLite {sqlite3.sqlite_version}"
    )


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "ours", "reference", "ratio", "budget", "ok?", "")]
    for f in figures:
        ok = {True: "ok", False: "OVER", None: "-"}[f.ok]
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}"
        rows.append((
            f.name, _value(f.ours, f.unit), _value(f.reference, f.unit), ratio, f.budget, ok, f.note,
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:4], widths[1:4], strict=True)]
        cells += [row[4].ljust(widths[4]), row[5].ljust(widths[5]), row[6]]
        lines.append(" | ".join(cells).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths) + "-+-" + "-" * 20)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs: 3 (2 for report and import, 1 for demo)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("startup", *GROUPS, "demo"),
        metavar="GROUP",
        help="measure only these: " + ", ".join(("startup", *GROUPS, "demo")),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="measure the 50-person diary on the SQLite file and on this PostgreSQL database"
        " (empty, or built there by a former run; kept): " + ", ".join(SCALE_GROUPS),
    )
    parser.add_argument("--child", choices=GROUPS, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--scale", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--person", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = _child(args.child, args.db, args.person, args.runs, args.scale)
        print(MARK + json.dumps([f.to_json() for f in figures]), flush=True)
        return 0

    from benchmarks import bench_startup
    from benchmarks.fixtures import build
    from caregiver_app.store import db

    runs = 3 if args.quick else 5
    if args.database:
        from benchmarks import run_scale

        return run_scale.main(args.database, runs, args.only or SCALE_GROUPS)
    groups = args.only or (*GROUPS, "startup", "demo")
    print(f"Machine: {machine()}")
    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-"))
    try:
        started = time.perf_counter()
        db_path, person = build(folder / db.DB_FILENAME)
        db.close_database()
        print(
            f"Diary: 10 years, 100,000 episodes, 3,650 check-ins, built in "
            f"{time.perf_counter() - started:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB). "
            f"Medians of {runs} runs ({runs // 2 + 1} for report and import"
            f"{'' if args.quick else ', 3 for demo'}).\n",
            flush=True,
        )
        figures: list[Figure] = []
        # Cold start first, before other groups add to the diary or its folder.
        if "startup" in groups:
            figures += bench_startup.cold_start_figures(folder, runs)
        for group in GROUPS:
            if group in groups:
                print(f"  measuring {group}...", file=sys.stderr, flush=True)
                figures += _run_group(group, db_path, person, runs)
        if "demo" in groups:
            figures += bench_startup.demo_figures(1 if args.quick else 3)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(table(figures))
    over = [f.name for f in figures if f.ok is False]
    print(f"\n{len(figures) - len(over)} of {len(figures)} figures within budget.", end=" ")
    print("Over: " + "; ".join(over) if over else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
