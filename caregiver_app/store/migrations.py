"""Numbered schema migrations. Each runs inside one transaction with the version bump.

Migrations are written as plain SQL, never from the current models, so that a migration keeps
meaning what it meant when it was released. Add a new function and append it to MIGRATIONS;
never edit a released one. Each release keeps a database file it made under tests/data/ and a
test opens it with the current code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee

from caregiver_app.messages import MessageError
from caregiver_app.store.messages import message


class NewerDatabaseError(MessageError):
    """The file was made by a newer version of the app than this one."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(message("diary.newer", found=found, supported=supported))
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


def _m002_treatments(db: peewee.SqliteDatabase) -> None:
    """Treatments, therapy and appointments (issue 7). Only new tables: nothing existing changes.

    Every table uses AUTOINCREMENT, so an id is never handed out twice and an undone removal
    puts a record back under the id it had.
    """
    statements = [
        """CREATE TABLE medication (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            dose REAL CHECK (dose IS NULL OR dose > 0),
            unit TEXT NOT NULL,
            how_often TEXT NOT NULL,
            schedule TEXT NOT NULL CHECK (schedule IN ('regular', 'as_needed')),
            purpose TEXT NOT NULL,
            started_on DATE,
            stopped_on DATE,
            side_effects TEXT NOT NULL,
            notes TEXT NOT NULL)""",
        """CREATE INDEX medication_person ON medication (person_id)""",
        """CREATE TABLE medication_dose_change (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            dose REAL NOT NULL CHECK (dose > 0),
            note TEXT NOT NULL)""",
        """CREATE INDEX medication_dose_change_medication
            ON medication_dose_change (medication_id, day)""",
        """CREATE TABLE medication_dose_taken (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
            taken_utc INTEGER NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            dose REAL CHECK (dose IS NULL OR dose > 0),
            note TEXT NOT NULL)""",
        """CREATE INDEX medication_dose_taken_medication
            ON medication_dose_taken (medication_id, taken_utc)""",
        """CREATE TABLE injection (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            muscles TEXT NOT NULL,
            side TEXT NOT NULL,
            product TEXT NOT NULL,
            dose TEXT NOT NULL,
            clinician TEXT NOT NULL,
            notes TEXT NOT NULL)""",
        """CREATE INDEX injection_person_day ON injection (person_id, day)""",
        """CREATE TABLE injection_goal (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            injection_id INTEGER NOT NULL REFERENCES injection (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            goal TEXT NOT NULL)""",
        """CREATE INDEX injection_goal_injection ON injection_goal (injection_id, position)""",
        """CREATE TABLE goal_score (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            goal_id INTEGER NOT NULL REFERENCES injection_goal (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2))""",
        """CREATE UNIQUE INDEX goal_score_goal_day ON goal_score (goal_id, day)""",
        """CREATE TABLE therapy_session (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            kind TEXT NOT NULL,
            minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 1440),
            willingness INTEGER CHECK (willingness IS NULL OR willingness BETWEEN 0 AND 10),
            pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
            notes TEXT NOT NULL)""",
        """CREATE INDEX therapy_session_person_day ON therapy_session (person_id, day)""",
        """CREATE TABLE daily_minutes (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            home_exercise INTEGER CHECK (home_exercise IS NULL OR home_exercise BETWEEN 0 AND 1440),
            splint INTEGER CHECK (splint IS NULL OR splint BETWEEN 0 AND 1440))""",
        """CREATE UNIQUE INDEX daily_minutes_person_day ON daily_minutes (person_id, day)""",
        """CREATE TABLE mas_score (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            muscle_group TEXT NOT NULL,
            side TEXT NOT NULL,
            score TEXT NOT NULL CHECK (score IN ('0', '1', '1+', '2', '3', '4')),
            clinician TEXT NOT NULL,
            notes TEXT NOT NULL)""",
        """CREATE INDEX mas_score_person_day ON mas_score (person_id, day)""",
        """CREATE TABLE appointment (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            day DATE NOT NULL,
            time TEXT,
            clinician TEXT NOT NULL,
            purpose TEXT NOT NULL,
            notes_after TEXT NOT NULL)""",
        """CREATE INDEX appointment_person_day ON appointment (person_id, day)""",
        """CREATE TABLE appointment_question (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            asked INTEGER NOT NULL)""",
        """CREATE INDEX appointment_question_appointment
            ON appointment_question (appointment_id, position)""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _m003_day_totals(db: peewee.SqliteDatabase) -> None:
    """Running totals of episodes per person and local day or month, kept by SQLite triggers.

    The Charts page and the report read whole years; counting 100,000 episodes four ways each
    time was most of their wait (issue 3). These tables hold what the charts count, and
    triggers keep them exact in the same transaction as every insert, update and delete of an
    episode or of its triggers, whoever writes it (the app, an import, the sample generator,
    an undo, a person's removal):

    - `episode_day`, per (person, day): episodes; episodes of each severity (1-3); of each
      pain score (0-10); starting in each local hour (0-23); of each severity among the kinds
      the spasm scales count (all but stiffness); episodes with at least one trigger.
    - `episode_month_place`, per (person, month, body region, side): episodes.
    - `episode_month_trigger`, per (person, month, trigger code): episodes.

    `day` is the local day number `(started_utc + utc_offset_min * 60) / 86400` (as in
    services/timeutil.py); `month` is that local day's year * 100 + month (202611). Every change
    adds or takes away exactly what one row contributes (never a recount), so a person's
    removal or a 100,000-row import costs the same per row as one entry. The place and
    trigger tallies are by month because a day holds dozens of combinations; the charts read
    whole months here and the few days at either end from the episodes.

    An episode's trigger rows are taken away BEFORE the episode is deleted (SQLite removes
    them by cascade after the row, when the episode can no longer be looked up); a trigger
    row removed on its own finds its episode and takes itself away. Everything is written out
    here, never from the current code, like every migration.
    """
    local = "({r}.started_utc + {r}.utc_offset_min * 60)"
    day = f"({local} / 86400)"
    hour = f"(({local} % 86400) / 3600)"
    month = f"CAST(strftime('%Y%m', {local}, 'unixepoch') AS INTEGER)"
    columns = [
        "episodes",
        *(f"severity_{n}" for n in (1, 2, 3)),
        *(f"pain_{n}" for n in range(11)),
        *(f"hour_{n:02d}" for n in range(24)),
        *(f"counted_{n}" for n in (1, 2, 3)),
        "with_trigger",
    ]
    values = [
        "1",
        *(f"({{r}}.severity = {n})" for n in (1, 2, 3)),
        *(f"({{r}}.pain IS {n})" for n in range(11)),
        *(f"({hour} = {n})" for n in range(24)),
        *(f"({{r}}.kind <> 'stiffness' AND {{r}}.severity = {n})" for n in (1, 2, 3)),
        "EXISTS (SELECT 1 FROM episode_trigger WHERE episode_id = {r}.id)",
    ]

    def add(r: str) -> str:
        row = ", ".join(v.format(r=r) for v in values)
        sums = ", ".join(f"{c} = {c} + excluded.{c}" for c in columns)
        m = month.format(r=r)
        return (
            f"INSERT INTO episode_day (person_id, day, {', '.join(columns)})"
            f" VALUES ({r}.person_id, {day.format(r=r)}, {row})"
            f" ON CONFLICT (person_id, day) DO UPDATE SET {sums};"
            " INSERT INTO episode_month_place (person_id, month, body_region, side, episodes)"
            f" VALUES ({r}.person_id, {m}, {r}.body_region, {r}.side, 1)"
            " ON CONFLICT (person_id, month, body_region, side)"
            " DO UPDATE SET episodes = episodes + 1;"
            " INSERT INTO episode_month_trigger (person_id, month, code, episodes)"
            f" SELECT {r}.person_id, {m}, code, 1 FROM episode_trigger"
            f" WHERE episode_id = {r}.id"
            " ON CONFLICT (person_id, month, code) DO UPDATE SET episodes = episodes + 1;"
        )

    def take(r: str) -> str:
        on_day = f"person_id = {r}.person_id AND day = {day.format(r=r)}"
        in_month = f"person_id = {r}.person_id AND month = {month.format(r=r)}"
        minus = ", ".join(
            f"{c} = {c} - {v.format(r=r)}" for c, v in zip(columns, values, strict=True)
        )
        return (
            f"UPDATE episode_day SET {minus} WHERE {on_day};"
            f" DELETE FROM episode_day WHERE {on_day} AND episodes = 0;"
            f" UPDATE episode_month_place SET episodes = episodes - 1 WHERE {in_month}"
            f" AND body_region = {r}.body_region AND side = {r}.side;"
            f" UPDATE episode_month_trigger SET episodes = episodes - 1 WHERE {in_month}"
            f" AND code IN (SELECT code FROM episode_trigger WHERE episode_id = {r}.id);"
            f" DELETE FROM episode_month_place WHERE {in_month} AND episodes = 0;"
            f" DELETE FROM episode_month_trigger WHERE {in_month} AND episodes = 0;"
        )

    def tag(r: str, sign: str, first_or_last: str) -> str:
        """A trigger row `r` added (sign '+') or taken away ('-') while its episode exists.
        `first_or_last`: SQL true when the episode just got its first / lost its last one."""
        episode = f"FROM episode WHERE id = {r}.episode_id"
        return (
            " INSERT INTO episode_month_trigger (person_id, month, code, episodes)"
            f" SELECT person_id, {month.format(r='episode')}, {r}.code, {sign}1 {episode}"
            f" ON CONFLICT (person_id, month, code) DO UPDATE SET episodes = episodes {sign} 1;"
            " DELETE FROM episode_month_trigger WHERE episodes = 0"
            f" AND (person_id, month) IN (SELECT person_id, {month.format(r='episode')} {episode});"
            f" UPDATE episode_day SET with_trigger = with_trigger {sign} 1 WHERE {first_or_last}"
            f" AND (person_id, day) IN (SELECT person_id, {day.format(r='episode')} {episode});"
        )

    def tags_of(r: str) -> str:
        return f"(SELECT COUNT(*) FROM episode_trigger WHERE episode_id = {r}.episode_id)"

    moved = "OLD.episode_id <> NEW.episode_id"
    new_first, old_last = f"{tags_of('NEW')} = 1", f"{tags_of('OLD')} = 0"
    key = "person_id INTEGER NOT NULL"
    statements = [
        f"""CREATE TABLE episode_day (
            {key}, day INTEGER NOT NULL,
            {", ".join(f"{c} INTEGER NOT NULL" for c in columns)},
            PRIMARY KEY (person_id, day)) WITHOUT ROWID""",
        f"""CREATE TABLE episode_month_place (
            {key}, month INTEGER NOT NULL, body_region TEXT NOT NULL, side TEXT NOT NULL,
            episodes INTEGER NOT NULL,
            PRIMARY KEY (person_id, month, body_region, side)) WITHOUT ROWID""",
        f"""CREATE TABLE episode_month_trigger (
            {key}, month INTEGER NOT NULL, code TEXT NOT NULL, episodes INTEGER NOT NULL,
            PRIMARY KEY (person_id, month, code)) WITHOUT ROWID""",
        # The diary so far.
        f"""INSERT INTO episode_day (person_id, day, {", ".join(columns)})
            SELECT e.person_id, {day.format(r="e")},
                {", ".join(f"SUM({v.format(r='e')})" for v in values)}
            FROM episode e GROUP BY e.person_id, {day.format(r="e")}""",
        f"""INSERT INTO episode_month_place (person_id, month, body_region, side, episodes)
            SELECT e.person_id, {month.format(r="e")}, e.body_region, e.side, COUNT(*)
            FROM episode e GROUP BY e.person_id, {month.format(r="e")}, e.body_region, e.side""",
        f"""INSERT INTO episode_month_trigger (person_id, month, code, episodes)
            SELECT e.person_id, {month.format(r="e")}, t.code, COUNT(*)
            FROM episode e JOIN episode_trigger t ON t.episode_id = e.id
            GROUP BY e.person_id, {month.format(r="e")}, t.code""",
        # Kept from now on.
        f"CREATE TRIGGER episode_totals_insert AFTER INSERT ON episode BEGIN {add('NEW')} END",
        f"CREATE TRIGGER episode_totals_delete BEFORE DELETE ON episode BEGIN {take('OLD')} END",
        "CREATE TRIGGER episode_totals_update AFTER UPDATE OF person_id, started_utc,"
        " utc_offset_min, body_region, side, kind, severity, pain ON episode"
        f" BEGIN {take('OLD')} {add('NEW')} END",
        "CREATE TRIGGER episode_trigger_totals_insert AFTER INSERT ON episode_trigger"
        f" BEGIN {tag('NEW', '+', new_first)} END",
        "CREATE TRIGGER episode_trigger_totals_delete AFTER DELETE ON episode_trigger"
        f" BEGIN {tag('OLD', '-', old_last)} END",
        "CREATE TRIGGER episode_trigger_totals_update AFTER UPDATE ON episode_trigger BEGIN"
        f" {tag('OLD', '-', f'{moved} AND {old_last}')}"
        f" {tag('NEW', '+', f'{moved} AND {new_first}')} END",
    ]
    for sql in statements:
        db.execute_sql(sql)


# Migration 4 reads an injection's regions from its muscles' words with this table, frozen as
# released (the server's migration 4 uses it too).
INJECTION_REGION_WORDS_V4: dict[str, tuple[str, ...]] = {
    "face": ("face", "jaw", "cara", "mandíbula"),
    "neck": ("neck", "cervical", "cuello"),
    "shoulder": ("shoulder", "pectoral", "hombro"),
    "upper_arm": ("upper arm", "biceps", "triceps", "brachialis", "brazo"),
    "elbow": ("elbow", "codo"),
    "forearm": ("forearm", "pronator", "antebrazo", "pronador"),
    "wrist": ("wrist", "muñeca"),
    "hand": ("hand", "thumb", "palm", "mano", "pulgar"),
    "fingers": ("finger", "dedos de la mano", "dedos"),
    "trunk": ("trunk", "back", "tronco", "espalda"),
    "hip": ("hip", "adductor", "cadera", "aductor"),
    "thigh": ("thigh", "hamstring", "quadriceps", "muslo", "isquio", "cuádriceps"),
    "knee": ("knee", "rodilla"),
    "calf": ("calf", "gastrocnemius", "soleus", "pantorrilla", "gemelo", "sóleo"),
    "ankle": ("ankle", "plantarflexor", "tobillo"),
    "foot": ("foot", "pie"),
    "toes": ("toe", "dedos del pie"),
}


def _m004_regions_falls_nights(db: peewee.SqliteDatabase) -> None:
    """Injections gain structured body regions (the free-text muscles stay as typed); falls
    get a table of their own; a check-in can say whether spasms woke the person that night.

    The regions of an existing injection are read from its muscles' words (English and
    Spanish) with the table below, frozen as released; an injection whose words name no
    region keeps "" (regions not known), which the cycle view says it cannot filter by.
    """
    db.execute_sql("ALTER TABLE injection ADD COLUMN regions TEXT NOT NULL DEFAULT ''")
    for injection_id, muscles in db.execute_sql("SELECT id, muscles FROM injection").fetchall():
        text = str(muscles).lower()
        found = [
            code
            for code, names in INJECTION_REGION_WORDS_V4.items()
            if any(n in text for n in names)
        ]
        db.execute_sql(
            "UPDATE injection SET regions = ? WHERE id = ?", (",".join(found), injection_id)
        )
    db.execute_sql("ALTER TABLE checkin ADD COLUMN woken_by_spasms INTEGER")
    db.execute_sql(
        """CREATE TABLE fall (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            happened_utc INTEGER NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            injured INTEGER NOT NULL,
            note TEXT NOT NULL)"""
    )
    db.execute_sql(
        "CREATE INDEX fall_person_local ON fall (person_id, (happened_utc + utc_offset_min * 60))"
    )


def _m005_unrecorded_is_null(db: peewee.SqliteDatabase) -> None:
    """The kind of an episode, and a person's cause and affected side, may be "not recorded".

    Until now the form stored its first option (kind "twitch") and a new profile "stroke" and
    "left" when the caregiver chose nothing, and those guesses read as facts in the report
    (issue "Works for everyone"). From now on an answer left out is NULL. The values already
    stored stay as they are: they were stored, and which of them were defaults is not known.

    Only NOT NULL is dropped, which leaves the file format as it was, so this follows SQLite's
    documented procedure for that change (sqlite.org/lang_altertable.html, "making other kinds
    of table schema changes"): the tables' CREATE text is edited in place and the schema version
    raised, in this transaction. Rebuilding `episode` instead would delete its trigger and relief
    rows by cascade, because foreign keys cannot be turned off inside a transaction.

    The running totals (migration 3) count the kinds the spasm scales count as
    `kind <> 'stiffness'`, which is NULL, not true or false, for an unrecorded kind and would
    break their NOT NULL columns; they now use `kind IS NOT 'stiffness'`, so an episode of no
    recorded kind is counted, as every episode was when the form filled the kind in itself.
    """
    edits = (
        ("episode", "kind TEXT NOT NULL", "kind TEXT"),
        ("person", "cause TEXT NOT NULL", "cause TEXT"),
        ("person", "affected_side TEXT NOT NULL", "affected_side TEXT"),
    )
    tables: dict[str, str] = {}
    for table, old, new in edits:
        if table not in tables:
            row = db.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            tables[table] = str(row[0])
        if tables[table].count(old) != 1:
            raise RuntimeError(f"migration 5: {old!r} not found once in table {table}")
        tables[table] = tables[table].replace(old, new)
    schema_version = int(db.execute_sql("PRAGMA schema_version").fetchone()[0])
    db.execute_sql("PRAGMA writable_schema = ON")
    try:
        for table, sql in tables.items():
            db.execute_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
            )
        db.execute_sql(f"PRAGMA schema_version = {schema_version + 1}")
    finally:
        db.execute_sql("PRAGMA writable_schema = OFF")
    for name in ("episode_totals_insert", "episode_totals_delete", "episode_totals_update"):
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        old_sql = str(row[0])
        new_sql = old_sql.replace(".kind <> 'stiffness'", ".kind IS NOT 'stiffness'")
        if new_sql == old_sql:
            raise RuntimeError(f"migration 5: trigger {name} does not count kinds as expected")
        db.execute_sql(f"DROP TRIGGER {name}")
        db.execute_sql(new_sql)
    if db.execute_sql("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise RuntimeError("migration 5: the integrity check failed")


def _m006_caregivers(db: peewee.SqliteDatabase) -> None:
    """Named caregivers: the diary keeps a list of the people who log in it, and each record
    says who recorded it and when (UTC, ISO 8601). Rows made before this release get NULL in
    both: not recorded, never a guess."""
    for table in (
        "episode", "checkin", "fall", "equipment_state", "medication",
        "medication_dose_change", "medication_dose_taken", "injection", "goal_score",
        "therapy_session", "daily_minutes", "mas_score", "appointment",
    ):  # fmt: skip
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN recorded_by TEXT")
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN recorded_at TEXT")
    db.execute_sql(
        """CREATE TABLE caregiver (
            id INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE)"""
    )


Migration = Callable[[Any], None]  # a peewee database of the engine the list is for

# (version, migration) in order. Append only.
MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _m001_initial),
    (2, _m002_treatments),
    (3, _m003_day_totals),
    (4, _m004_regions_falls_nights),
    (5, _m005_unrecorded_is_null),
    (6, _m006_caregivers),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def _steps(db: peewee.Database) -> list[tuple[int, Migration]]:
    """The migrations for `db`'s engine: the file's, or the server's (same numbers)."""
    if getattr(db, "is_server", False):
        from caregiver_app.store import migrations_server

        return migrations_server.MIGRATIONS
    return MIGRATIONS


def current_version(db: peewee.Database) -> int:
    """The schema version of `db`: 0 for a new, empty file."""
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def pending(db: peewee.Database) -> list[int]:
    found = current_version(db)
    if found > LATEST_VERSION:
        raise NewerDatabaseError(found, LATEST_VERSION)
    return [version for version, _ in _steps(db) if version > found]


def migrate(db: peewee.Database, before: Callable[[int, int], None] | None = None) -> int:
    """Apply every pending migration, each atomically; return the version reached.

    `before(current, target)` is called once before any change when there is work to do (the
    data-safety layer uses it to take a backup).
    """
    todo = pending(db)
    if not todo:
        return current_version(db)
    if before is not None:
        before(current_version(db), todo[-1])
    server = getattr(db, "is_server", False)
    with db.atomic():
        if server:
            # Two computers starting the app at once: the second waits here for the first's
            # migrations, then finds nothing left to do (the lock ends with the transaction).
            db.execute_sql("SELECT pg_advisory_xact_lock(4242)")
        if "schema_version" not in db.get_tables():
            db.execute_sql(
                "CREATE TABLE schema_version (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)"
                if not server
                else "CREATE TABLE schema_version (id BIGINT GENERATED BY DEFAULT AS IDENTITY"
                " PRIMARY KEY, version INTEGER NOT NULL)"
            )
    for version, step in _steps(db):
        if version not in todo:
            continue
        with db.atomic():
            if server:
                db.execute_sql("SELECT pg_advisory_xact_lock(4242)")
                if current_version(db) >= version:  # another computer got there first
                    continue
            step(db)
            db.execute_sql("DELETE FROM schema_version")
            db.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (version,))
    return current_version(db)
