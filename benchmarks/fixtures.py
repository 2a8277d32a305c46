"""A big diary for benchmarks: 10 years, 100,000 episodes and 3,650 check-ins, made in seconds."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

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


def build(
    path: Path | None = None, episodes: int = 100_000, days: int = 3650, seed: int = 1
) -> tuple[Path, int]:
    """Create the diary at `path` (default: a new temp folder); return (path, person id)."""
    path = path or Path(tempfile.mkdtemp(prefix="caregiver-bench-")) / db.DB_FILENAME
    db.open_database(path)
    rng = random.Random(seed)
    person = people.create_person("Benchmark Person")
    end = dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)
    start_s = int((end - dt.timedelta(days=days)).timestamp())
    span = int(end.timestamp()) - start_s
    rows, triggers = [], []
    for i in range(1, episodes + 1):
        started = start_s + rng.randrange(span)
        notes = rng.choice(WORDS) if rng.random() < 0.2 else ""
        rows.append((
            i, person.id, started, 0, rng.choice((None, 30, 60, 120)), rng.choice(codes.BODY_REGIONS),
            rng.choice(("left", "left", "left", "right", "both")), rng.choice(codes.KINDS), rng.choice((1, 2, 3)),
            rng.randint(0, 10), None, "caregiver", notes,
        ))  # fmt: skip
        if rng.random() < 0.4:
            triggers.append((i, rng.choice(codes.TRIGGERS)))
    checkins = [
        (person.id, (end.date() - dt.timedelta(days=d)).isoformat(), rng.choice((5.0, 6.5, 7.5, 8.0)), "fair",
         rng.randint(3, 10), rng.randint(0, 10), "fair", 1, d % 3 == 0, 7, "okay", "")
        for d in range(days)
    ]  # fmt: skip
    with database_proxy.atomic():
        conn = database_proxy.connection()
        conn.executemany(
            "INSERT INTO episode (id, person_id, started_utc, utc_offset_min, duration_seconds, body_region,"
            " side, kind, severity, pain, activity, observed_by, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany("INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", triggers)
        conn.executemany(
            "INSERT INTO checkin (person_id, day, hours_slept, sleep_quality, fluids_glasses, stress, meals,"
            " exercises_done, therapy_today, therapy_willingness, mood, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            checkins,
        )
    return path, person.id
