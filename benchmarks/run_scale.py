"""`run.py --database URL`: the care team's figures on 50 people x 10 years, SQLite beside the server.

The same groups of `run.py` (the Charts switch, the report, the import at scale), each in a
process of its own, first on the SQLite file, then on the server; one table with a column for
each engine. Like `run.py`, it prints figures and never fails on a slow one.
"""

from __future__ import annotations

import os
import sys
import time

from benchmarks.common import Figure
from benchmarks.run import _run_group, _value, is_url, machine
from benchmarks.scale import NotABenchmarkDiary, Sizes, bench_person, server_diary, sqlite_diary


def _server_version(url: str) -> str:
    from caregiver_app.store import db

    database = db.open_server_database(url, migrate=False)
    try:
        return str(database.execute_sql("SHOW server_version").fetchone()[0]).split()[0]
    finally:
        db.close_database()


def _person(where: str) -> int:
    from caregiver_app.store import db

    if is_url(where):
        database = db.open_server_database(where, migrate=False)
    else:
        database = db.open_database(where, migrate=False)
    try:
        return bench_person(database)
    finally:
        db.close_database()


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} / {five:.1f}"


def side_by_side(pairs: list[tuple[Figure | None, Figure | None]]) -> str:
    rows = [("figure", "SQLite file", "server", "budget", "ok? (file, server)", "server notes")]
    for file_fig, server_fig in pairs:
        some = file_fig or server_fig
        assert some is not None

        def cell(f: Figure | None) -> str:
            return "-" if f is None else _value(f.ours, f.unit)

        def ok(f: Figure | None) -> str:
            return "-" if f is None else {True: "ok", False: "OVER", None: "-"}[f.ok]

        note = (server_fig or file_fig).note  # type: ignore[union-attr]
        rows.append(
            (some.name, cell(file_fig), cell(server_fig), some.budget,
             f"{ok(file_fig)}, {ok(server_fig)}", note)
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].rjust(widths[2])]
        cells += [row[3].ljust(widths[3]), row[4].ljust(widths[4]), row[5]]
        lines.append(" | ".join(cells).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths) + "-+-" + "-" * 20)
    return "\n".join(lines)


def main(url: str, runs: int, groups: tuple[str, ...] | list[str]) -> int:
    from benchmarks.run import SCALE_GROUPS

    wanted = [g for g in SCALE_GROUPS if g in groups]
    sizes = Sizes()
    started = time.perf_counter()
    try:
        server_diary(url, sizes)
    except NotABenchmarkDiary as exc:
        print(f"run.py: {exc}", file=sys.stderr)
        return 2
    path = str(sqlite_diary(sizes))
    print(f"Machine: {machine()}; PostgreSQL {_server_version(url)} (server on this machine)")
    print(
        f"Diary: {sizes.people} people x {sizes.days // 365} years, {sizes.total:,} episodes,"
        f" {sizes.people * sizes.days:,} check-ins ({sizes.name}); ready in"
        f" {time.perf_counter() - started:.0f} s. Medians of {runs} runs"
        f" ({runs // 2 + 1} for report and import). Load average before: {_load()}.\n",
        flush=True,
    )
    results: dict[str, dict[str, Figure]] = {"file": {}, "server": {}}
    engines = {"file": (path, _person(path)), "server": (url, _person(url))}
    # Each group on the file, then at once on the server: on a shared machine the two see
    # much the same load.
    for group in wanted:
        for engine, (where, person) in engines.items():
            print(f"  measuring {group} on the {engine}...", file=sys.stderr, flush=True)
            for figure in _run_group(group, where, person, runs, scale=True):
                results[engine][figure.name] = figure
    names = list(dict.fromkeys([*results["file"], *results["server"]]))
    print(side_by_side([(results["file"].get(n), results["server"].get(n)) for n in names]))
    over = [
        f"{n} ({engine})"
        for engine in ("file", "server")
        for n, f in results[engine].items()
        if f.ok is False
    ]
    print(f"\nLoad average after: {_load()}.", end=" ")
    print("Over budget: " + "; ".join(over) if over else "Every figure within budget.")
    return 0
