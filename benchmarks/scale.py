"""The care team's diary at scale: 50 people x 10 years (5 million episodes), on the SQLite file
and on a PostgreSQL server, built once and kept between runs.

Each person's episodes and check-ins are those of `fixtures.person_rows` (the 10-year diary of
the single-person benchmark, with its own seed), so the two engines hold the very same diary.

- The file is kept in the benchmarks' cache folder under a name that says its sizes
  (`diary-50x3650d-100000e-seed1.sqlite3`); it is built under another name and renamed into
  place only when complete.
- On the server, the database named by the URL must be empty or hold this benchmark's diary:
  the table `benchmark_diary` says the sizes it was built with, written in the same transaction
  as the rows, so a second run finds it and a half-built diary is never taken for a whole one.
  Any other diary there is refused, never overwritten.

Rows go in through the fastest way each engine has (COPY on the server, executemany on the
file), with the running totals' triggers set aside and each person's totals counted once
(`day_totals.counted_at_the_end`, the app's own bulk path for a large import).
"""

from __future__ import annotations

import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import peewee

from benchmarks.fixtures import CHECKIN_COLUMNS, EPISODE_COLUMNS, Rows, person_rows
from caregiver_app.store import day_totals, dialect

MARKER = "benchmark_diary"


@dataclass(frozen=True)
class Sizes:
    people: int = 50
    days: int = 3650
    episodes: int = 100_000  # per person
    seed: int = 1

    @property
    def name(self) -> str:
        return f"{self.people}x{self.days}d-{self.episodes}e-seed{self.seed}"

    @property
    def total(self) -> int:
        return self.people * self.episodes


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "caregiver-app-benchmarks"


def person_name(n: int) -> str:
    return f"Benchmark Person {n:02d}"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _write(database: peewee.Database, table: str, columns: str, rows: Rows) -> None:
    if dialect.is_server(database):
        with database.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ",".join("?" * len(columns.split(",")))
    database.cursor().executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _fill(database: peewee.Database, sizes: Sizes) -> None:
    """Everyone's rows, inside the caller's transaction."""
    from caregiver_app.services import people

    started = time.perf_counter()
    for n in range(1, sizes.people + 1):
        person = people.create_person(person_name(n), make_active=n == 1)
        rows, triggers, checkins = person_rows(
            person.id,
            (n - 1) * sizes.episodes + 1,
            sizes.episodes,
            sizes.days,
            random.Random(sizes.seed * 1000 + n),
        )
        with day_totals.counted_at_the_end(database, person.id):
            _write(database, "episode", EPISODE_COLUMNS, rows)
            _write(database, "episode_trigger", "episode_id, code", triggers)
        _write(database, "checkin", CHECKIN_COLUMNS, checkins)
        if n % 10 == 0:
            _say(f"  {n} of {sizes.people} people in {time.perf_counter() - started:.0f} s")


def sqlite_diary(sizes: Sizes, folder: Path | None = None) -> Path:
    """The path of the 50-person diary file, built first if it is not in the cache yet."""
    from caregiver_app.store import db

    folder = folder or cache_folder()
    path = folder / f"diary-{sizes.name}.sqlite3"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f"building-{sizes.name}" / db.DB_FILENAME
    building.parent.mkdir(exist_ok=True)
    for old in building.parent.glob(db.DB_FILENAME + "*"):
        old.unlink()  # what an interrupted build left
    _say(f"Building the {sizes.name} diary file once (kept in {folder})...")
    started = time.perf_counter()
    database = db.open_database(building, backup_before_update=False)
    with database.atomic():
        _fill(database, sizes)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()
    building.rename(path)
    _say(f"  built in {time.perf_counter() - started:.0f} s")
    return path


def _marker(database: peewee.Database) -> str | None:
    if MARKER not in database.get_tables():
        return None
    row = database.execute_sql(f"SELECT sizes FROM {MARKER}").fetchone()
    return str(row[0]) if row else None


class NotABenchmarkDiary(Exception):
    pass


def server_diary(url: str, sizes: Sizes) -> None:
    """Make sure the server database at `url` holds the 50-person diary (built if it is empty);
    NotABenchmarkDiary if it holds anything else."""
    from caregiver_app.store import db

    database = db.open_server_database(url)
    try:
        found = _marker(database)
        if found == sizes.name:
            return
        people = int(database.execute_sql("SELECT COUNT(*) FROM person").fetchone()[0])
        if found is not None or people:
            raise NotABenchmarkDiary(
                f"the database holds {'a benchmark diary of ' + found if found else 'a diary'},"
                f" not the {sizes.name} benchmark diary: give an empty database"
            )
        _say(f"Building the {sizes.name} diary on the server once (kept there)...")
        started = time.perf_counter()
        with database.atomic():
            _fill(database, sizes)
            for table in ("person", "episode", "checkin"):
                database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" COALESCE(MAX(id), 0) + 1, false) FROM {table}"
                )
            database.execute_sql(f"CREATE TABLE {MARKER} (sizes TEXT NOT NULL)")
            database.execute_sql(f"INSERT INTO {MARKER} (sizes) VALUES (?)", (sizes.name,))
        # What autovacuum does to a table that has just grown: statistics for the planner and
        # the visibility map for index-only scans.
        database.execute_sql("VACUUM ANALYZE")
        _say(f"  built in {time.perf_counter() - started:.0f} s")
    finally:
        db.close_database()


def bench_person(database: peewee.Database) -> int:
    """The person whose Charts, report and episodes are measured: the first of the fifty."""
    row = database.execute_sql("SELECT id FROM person WHERE name = ?", (person_name(1),)).fetchone()
    return int(row[0])
