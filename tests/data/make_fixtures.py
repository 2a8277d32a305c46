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

TABLES_V1 = [
    "person",
    "episode",
    "episode_trigger",
    "episode_relief",
    "checkin",
    "equipment_state",
]
TABLES_V3 = ["episode_day", "episode_month_place", "episode_month_trigger"]
TABLES_V2 = [
    "medication",
    "medication_dose_change",
    "medication_dose_taken",
    "injection",
    "injection_goal",
    "goal_score",
    "therapy_session",
    "daily_minutes",
    "mas_score",
    "appointment",
    "appointment_question",
]


def add_treatments(person_id: int, now: dt.datetime) -> None:
    """A little of every kind of treatment record (schema 2), beyond what the sample makes."""
    from caregiver_app.services import appointments, clinician_scores, injections, medications

    today = now.date()
    medication_id = medications.add_medication(
        person_id,
        medications.MedicationData(
            name="Diazepam", dose=2.5, unit="mg", schedule="as_needed", purpose="spasms"
        ),
    )
    medications.add_dose_change(medication_id, dt.date(2026, 11, 10), 5.0, "night only")
    medications.log_as_needed_dose(
        person_id, medication_id, now - dt.timedelta(days=2), note="bad night", now=now
    )
    injection_id = injections.add_injection(
        person_id,
        injections.InjectionData(
            day=dt.date(2026, 10, 23),
            muscles="Calf",
            side="left",
            product="Botulinum toxin type A",
            dose="100 units",
            goals=("Heel down when standing", "Fewer night cramps"),
        ),
        today=today,
    )
    injection = injections.get_injection(injection_id)
    assert injection is not None
    injections.record_follow_up(
        injection_id,
        dt.date(2026, 11, 18),
        {injection.goals[0].id: 1, injection.goals[1].id: -1},
        today=today,
    )
    clinician_scores.add_score(
        person_id,
        clinician_scores.ScoreData(dt.date(2026, 11, 18), "ankle_plantarflexors", "left", "1+"),
        today=today,
    )
    appointments.add_appointment(
        person_id,
        appointments.AppointmentData(
            day=dt.date(2026, 11, 18),
            clinician="Physiotherapist",
            purpose="Review",
            questions=(appointments.QuestionData("Night splint?", asked=True),),
        ),
    )


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
    if version >= 2:
        add_treatments(result.person_id, now)
    db.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = (
            TABLES_V1 + (TABLES_V2 if version >= 2 else []) + (TABLES_V3 if version >= 3 else [])
        )
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        conn.execute("PRAGMA journal_mode=DELETE")
    (HERE / f"diary-v{version}.json").write_text(
        json.dumps({"made_by": __version__, "schema": version, "counts": counts}, indent=2) + "\n"
    )
    print(path, counts)


if __name__ == "__main__":
    main()
