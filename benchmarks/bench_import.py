"""Importing a 100,000-row CSV against sqlite3's executemany of the same rows.

`figures(db_path, person, runs)` exports the benchmark diary's episodes as CSV (as the app's
Export does), then times `exchange.import_file` into a new, empty diary, against inserting the
very same rows with `sqlite3.executemany` into a new diary of the same schema; and importing
the same file again into that diary, where every row is found already there and skipped.

Run: python benchmarks/bench_import.py   (or all figures at once: python benchmarks/run.py)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Figure, median

RUNS = 3
AFTER_THE_DIARY = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)  # the diary ends on 2026-11-25
_EPISODE_COLUMNS = (
    "id, person_id, started_utc, utc_offset_min, duration_seconds, body_region, side, kind,"
    " severity, pain, activity, observed_by, notes"
)


def _empty_diary(folder: Path) -> Path:
    """A new diary with the app's schema and one person, closed again."""
    from caregiver_app.services import people
    from caregiver_app.store import db

    path = Path(tempfile.mkdtemp(prefix="import-", dir=folder)) / db.DB_FILENAME
    db.open_database(path)
    people.create_person("Imported")
    db.close_database()
    return path


def figures(db_path: Path, person: int, runs: int = RUNS) -> list[Figure]:
    from caregiver_app.services import exchange
    from caregiver_app.store import db

    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-import-"))
    db.open_database(db_path)
    csv_path = folder / "episodes.csv"
    csv_path.write_text(exchange.episodes_csv(person), encoding="utf-8")
    db.close_database()
    source = sqlite3.connect(db_path)
    rows = source.execute(f"SELECT {_EPISODE_COLUMNS} FROM episode ORDER BY id").fetchall()
    triggers = source.execute("SELECT episode_id, code FROM episode_trigger").fetchall()
    relief = source.execute("SELECT episode_id, code FROM episode_relief").fetchall()
    source.close()

    ours, again, reference = [], [], []
    imported = skipped = 0
    for _ in range(runs):
        target = _empty_diary(folder)
        db.open_database(target)
        started = time.perf_counter()
        imported = exchange.import_file(csv_path, now=AFTER_THE_DIARY).episodes
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()  # the same file again: every row is already there
        skipped = exchange.import_file(csv_path, now=AFTER_THE_DIARY).tally.same["episode"]
        again.append(time.perf_counter() - started)
        db.close_database()

        target = _empty_diary(folder)
        started = time.perf_counter()
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA journal_mode=wal")
        conn.execute("PRAGMA foreign_keys=1")
        with conn:
            conn.executemany(
                f"INSERT INTO episode ({_EPISODE_COLUMNS}) VALUES ({','.join('?' * 13)})", rows
            )
            conn.executemany(
                "INSERT INTO episode_trigger (episode_id, code) VALUES (?,?)", triggers
            )
            conn.executemany("INSERT INTO episode_relief (episode_id, code) VALUES (?,?)", relief)
        conn.close()
        reference.append(time.perf_counter() - started)
    return [
        Figure(
            "Import: 100,000-row CSV",
            median(ours),
            unit="s",
            reference=median(reference),
            limit=5.0,
            note=f"{imported:,} episodes; reference: executemany of the rows",
        ),
        Figure(
            "Import the same CSV again",
            median(again),
            unit="s",
            reference=median(reference),
            limit=5.0,
            note=f"{skipped:,} episodes found already in the diary, none added",
        ),
    ]


SCALE_PERSON = "Imported (benchmark)"


def _remove(name: str) -> None:
    """Take away what an import into the big diary added (not timed): the person and their
    episodes, the running totals set aside while the rows go and counted once at the end."""
    from caregiver_app.services import people
    from caregiver_app.store import day_totals
    from caregiver_app.store.db import database_proxy

    found = people.find_by_name(name)
    if found is None:
        return
    database = database_proxy.obj
    with day_totals.counted_at_the_end(database, found.id):
        database.execute_sql("DELETE FROM person WHERE id = ?", (found.id,))


def scale_figures(person: int, runs: int = RUNS) -> list[Figure]:
    """On the open diary (the 50-person one, on either engine): one person's 100,000 episodes
    exported as CSV, then imported as a new person with `exchange.import_file`, and the same
    file again into that person (every row found already there). The new person is removed
    after each run, untimed."""
    from caregiver_app.services import exchange

    folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-import-"))
    csv_path = folder / "episodes.csv"
    csv_path.write_text(exchange.episodes_csv(person), encoding="utf-8")
    ours, again = [], []
    imported = skipped = 0
    _remove(SCALE_PERSON)  # left by an interrupted run
    for _ in range(runs):
        started = time.perf_counter()
        imported = exchange.import_file(csv_path, SCALE_PERSON, now=AFTER_THE_DIARY).episodes
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = exchange.import_file(csv_path, SCALE_PERSON, now=AFTER_THE_DIARY)
        skipped = result.tally.same["episode"]
        again.append(time.perf_counter() - started)
        _remove(SCALE_PERSON)
    return [
        Figure(
            "Import: 100,000-row CSV",
            median(ours),
            unit="s",
            limit=5.0,
            note=f"{imported:,} episodes, a new person beside the 50",
        ),
        Figure(
            "Import the same CSV again",
            median(again),
            unit="s",
            limit=5.0,
            note=f"{skipped:,} episodes found already in the diary, none added",
        ),
    ]


def main() -> None:
    from benchmarks.fixtures import build

    db_path, person = build()
    for figure in figures(db_path, person):
        print(f"{figure.name}: {figure.ours:.2f} s (sqlite3 executemany {figure.reference:.2f} s)")


if __name__ == "__main__":
    main()
