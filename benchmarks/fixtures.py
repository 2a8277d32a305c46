"""A big diary for benchmarks: 10 years, 100,000 episodes and 3,650 check-ins, made in seconds."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path
from typing import Any

from caregiver_app.services import codes, people
from caregiver_app.store import db
from caregiver_app.store.db import database_proxy

WORDS = (
    "stiff",
    "after lunch",
    "during physio",
    "woke up",
    "calmed with warmth",
    "dinner",
    "walk",
    "shower",
)
END = dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)  # the diaries' last day is 2026-11-25
EPISODE_COLUMNS = (
    "id, person_id, started_utc, utc_offset_min, duration_seconds, body_region, side, kind,"
    " severity, pain, activity, observed_by, notes"
)
CHECKIN_COLUMNS = (
    "person_id, day, hours_slept, sleep_quality, fluids_glasses, stress, meals, exercises_done,"
    " therapy_today, therapy_willingness, mood, notes"
)
Rows = list[tuple[Any, ...]]


def person_rows(
    person_id: int, first_id: int, episodes: int, days: int, rng: random.Random
) -> tuple[Rows, Rows, Rows]:
    """One person's made-up diary: (episode rows with ids from `first_id`, (episode id, trigger
    code) rows, check-in rows), in the columns of EPISODE_COLUMNS and CHECKIN_COLUMNS."""
    start_s = int((END - dt.timedelta(days=days)).timestamp())
    span = int(END.timestamp()) - start_s
    rows, triggers = [], []
    for i in range(first_id, first_id + episodes):
        started = start_s + rng.randrange(span)
        notes = rng.choice(WORDS) if rng.random() < 0.2 else ""
        rows.append((
            i, person_id, started, 0, rng.choice((None, 30, 60, 120)), rng.choice(codes.BODY_REGIONS),
            rng.choice(("left", "left", "left", "right", "both")), rng.choice(codes.KINDS), rng.choice((1, 2, 3)),
            rng.randint(0, 10), None, "caregiver", notes,
        ))  # fmt: skip
        if rng.random() < 0.4:
            triggers.append((i, rng.choice(codes.TRIGGERS)))
    checkins = [
        (person_id, (END.date() - dt.timedelta(days=d)).isoformat(), rng.choice((5.0, 6.5, 7.5, 8.0)), "fair",
         rng.randint(3, 10), rng.randint(0, 10), "fair", 1, int(d % 3 == 0), 7, "okay", "")
        for d in range(days)
    ]  # fmt: skip
    return rows, triggers, checkins


def build(
    path: Path | None = None, episodes: int = 100_000, days: int = 3650, seed: int = 1
) -> tuple[Path, int]:
    """Create the diary at `path` (default: a new temp folder); return (path, person id)."""
    path = path or Path(tempfile.mkdtemp(prefix="caregiver-bench-")) / db.DB_FILENAME
    db.open_database(path)
    person = people.create_person("Benchmark Person")
    rows, triggers, checkins = person_rows(person.id, 1, episodes, days, random.Random(seed))
    with database_proxy.atomic():
        conn = database_proxy.connection()
        conn.executemany(
            f"INSERT INTO episode ({EPISODE_COLUMNS}) VALUES ({','.join('?' * 13)})", rows
        )
        conn.executemany("INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", triggers)
        conn.executemany(
            f"INSERT INTO checkin ({CHECKIN_COLUMNS}) VALUES ({','.join('?' * 12)})", checkins
        )
    return path, person.id
