"""Numbered schema migrations. Each runs inside one transaction with the version bump.

Migrations are written as plain SQL, never from the current models, so that a migration keeps
meaning what it meant when it was released. Add a new function and append it to MIGRATIONS;
never edit a released one. Each release keeps a database file it made under tests/data/ and a
test opens it with the current code.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee


class NewerDatabaseError(Exception):
    """The file was made by a newer version of the app than this one."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This diary was saved by a newer version of the app (schema {found}; this version "
            f"reads up to {supported}). Install the newer version to open it. The file was not changed."
        )
        self.found = found
        self.supported = supported


def _m001_initial(db: peewee.SqliteDatabase) -> None:
    statements = [
        """CREATE TABLE setting (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE person (
            id INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            birth_year INTEGER,
            cause TEXT NOT NULL,
            affected_side TEXT NOT NULL,
            event_date DATE,
            notes TEXT NOT NULL,
            is_sample INTEGER NOT NULL,
            created_utc INTEGER NOT NULL)""",
        """CREATE TABLE episode (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            started_utc INTEGER NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            duration_seconds INTEGER,
            body_region TEXT NOT NULL,
            side TEXT NOT NULL,
            kind TEXT NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            activity TEXT,
            observed_by TEXT,
            notes TEXT NOT NULL)""",
        """CREATE INDEX episode_person_started ON episode (person_id, started_utc)""",
        # The wall-clock time at entry, as seconds; charts and filters group by local days.
        """CREATE INDEX episode_person_local
            ON episode (person_id, (started_utc + utc_offset_min * 60))""",
        """CREATE TABLE episode_trigger (
            episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            PRIMARY KEY (episode_id, code))""",
        """CREATE INDEX episode_trigger_code ON episode_trigger (code)""",
        """CREATE TABLE episode_relief (
            episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            PRIMARY KEY (episode_id, code))""",
        """CREATE TABLE checkin (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            hours_slept REAL,
            sleep_quality TEXT,
            fluids_glasses INTEGER,
            stress INTEGER,
            meals TEXT,
            exercises_done INTEGER,
            therapy_today INTEGER,
            therapy_willingness INTEGER,
            mood TEXT,
            notes TEXT NOT NULL)""",
        """CREATE UNIQUE INDEX checkin_person_day ON checkin (person_id, day)""",
        """CREATE TABLE equipment_state (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            status TEXT NOT NULL,
            status_changed_on DATE,
            note TEXT NOT NULL,
            hidden INTEGER NOT NULL)""",
        """CREATE UNIQUE INDEX equipment_state_person_item ON equipment_state (person_id, item_key)""",
        """CREATE TABLE custom_equipment (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            activity TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            created_utc INTEGER NOT NULL)""",
    ]
    for sql in statements:
        db.execute_sql(sql)


Migration = Callable[[peewee.SqliteDatabase], None]

# (version, migration) in order. Append only.
MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _m001_initial),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(db: peewee.SqliteDatabase) -> int:
    """The schema version of `db`: 0 for a new, empty file."""
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def pending(db: peewee.SqliteDatabase) -> list[int]:
    found = current_version(db)
    if found > LATEST_VERSION:
        raise NewerDatabaseError(found, LATEST_VERSION)
    return [version for version, _ in MIGRATIONS if version > found]


def migrate(db: peewee.SqliteDatabase, before: Callable[[int, int], None] | None = None) -> int:
    """Apply every pending migration, each atomically; return the version reached.

    `before(current, target)` is called once before any change when there is work to do (the
    data-safety layer uses it to take a backup).
    """
    todo = pending(db)
    if not todo:
        return current_version(db)
    if before is not None:
        before(current_version(db), todo[-1])
    with db.atomic():
        if "schema_version" not in db.get_tables():
            db.execute_sql(
                "CREATE TABLE schema_version (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)"
            )
    for version, step in MIGRATIONS:
        if version not in todo:
            continue
        with db.atomic():
            step(db)
            db.execute_sql("DELETE FROM schema_version")
            db.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (version,))
    return current_version(db)
