"""Make the database file a release leaves behind for later migration tests.

Run once per release (python tests/data/make_fixtures.py) and commit the result; never re-make
the file of an older release.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from caregiver_app import __version__  # noqa: E402
from caregiver_app.services import checkins, sample  # noqa: E402
from caregiver_app.services.checkins import CheckInData  # noqa: E402
from caregiver_app.store import db, migrations  # noqa: E402
from caregiver_app.store.models import EquipmentState  # noqa: E402


def main() -> None:
    version = migrations.LATEST_VERSION
    path = HERE / f"diary-v{version}.sqlite3"
    if path.exists():
        raise SystemExit(f"{path} exists: a released fixture is never re-made.")
    db.open_database(path)
    now = dt.datetime(2026, 11, 20, 21, 0, tzinfo=dt.UTC)
    result = sample.generate(days=30, seed=7, now=now)
    checkins.save(
        result.person_id,
        dt.date(2026, 11, 20),
        CheckInData(notes="Kept <b>literally</b>"),
        today=now.date(),
    )
    EquipmentState.create(
        person=result.person_id, item_key="button-hook", status="ordered", note="for shirts"
    )
    db.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [
            "person",
            "episode",
            "episode_trigger",
            "episode_relief",
            "checkin",
            "equipment_state",
        ]
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        conn.execute("PRAGMA journal_mode=DELETE")
    (HERE / f"diary-v{version}.json").write_text(
        json.dumps({"made_by": __version__, "schema": version, "counts": counts}, indent=2) + "\n"
    )
    print(path, counts)


if __name__ == "__main__":
    main()
