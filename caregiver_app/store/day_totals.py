"""Checks that the running totals (migration 3) agree with the episodes they count.

The totals are kept by SQLite triggers in the same transaction as every change, so they should
never disagree. `differences` counts everything again from the episodes and lists where the
stored totals differ; the health check reports it and `rebuild` puts them right. Both read the
tables the triggers write, in plain SQL. `counted_at_the_end` is the fast path for an import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee

from caregiver_app.store import dialect

_LOCAL = "(e.started_utc + e.utc_offset_min * 60)"
_DAY = f"({_LOCAL} / 86400)"
_HOUR = f"(({_LOCAL} % 86400) / 3600)"

DAY_COLUMNS: tuple[str, ...] = (
    "episodes",
    *(f"severity_{n}" for n in (1, 2, 3)),
    *(f"pain_{n}" for n in range(11)),
    *(f"hour_{n:02d}" for n in range(24)),
    *(f"counted_{n}" for n in (1, 2, 3)),
    "with_trigger",
)
# The kinds the spasm scales count: every kind but stiffness, an unrecorded kind included.
_COUNTED_KIND = "COALESCE(e.kind, '') <> 'stiffness'"
_DAY_SUMS = ", ".join(
    ["COUNT(*)"]
    + [f"SUM({dialect.flag(f'e.severity = {n}')})" for n in (1, 2, 3)]
    + [f"SUM({dialect.flag(f'e.pain = {n}')})" for n in range(11)]
    + [f"SUM({dialect.flag(f'{_HOUR} = {n}')})" for n in range(24)]
    + [f"SUM({dialect.flag(f'{_COUNTED_KIND} AND e.severity = {n}')})" for n in (1, 2, 3)]
    + [f"SUM({dialect.flag('EXISTS (SELECT 1 FROM episode_trigger t WHERE t.episode_id = e.id)')})"]
)


def _counts(db: peewee.Database) -> tuple[tuple[str, str, str], ...]:
    """(table, its columns, the same rows counted from the episodes) on `db`'s engine."""
    month = dialect.month_of(db, _LOCAL)
    return (
        (
            "episode_day",
            f"person_id, day, {', '.join(DAY_COLUMNS)}",
            f"SELECT e.person_id, {_DAY}, {_DAY_SUMS} FROM episode e {{where}}"
            f" GROUP BY e.person_id, {_DAY}",
        ),
        (
            "episode_month_place",
            "person_id, month, body_region, side, episodes",
            f"SELECT e.person_id, {month}, e.body_region, e.side, COUNT(*) FROM episode e"
            f" {{where}} GROUP BY e.person_id, {month}, e.body_region, e.side",
        ),
        (
            "episode_month_trigger",
            "person_id, month, code, episodes",
            f"SELECT e.person_id, {month}, t.code, COUNT(*) FROM episode e"
            f" JOIN episode_trigger t ON t.episode_id = e.id {{where}}"
            f" GROUP BY e.person_id, {month}, t.code",
        ),
    )


def differences(db: peewee.Database) -> dict[str, int]:
    """Rows that differ between each totals table and a fresh count (0s when all agree)."""
    found: dict[str, int] = {}
    with db.atomic():
        for table, columns, counted in _counts(db):
            fresh = counted.format(where="")
            stored = f"SELECT {columns} FROM {table}"
            sql = (
                f"SELECT COUNT(*) FROM (SELECT * FROM ({stored} EXCEPT {fresh}) AS a"
                f" UNION ALL SELECT * FROM ({fresh} EXCEPT {stored}) AS b) AS c"
            )
            found[table] = int(db.execute_sql(sql).fetchone()[0])
    return found


def rebuild(db: peewee.Database) -> None:
    """Count every total again from the episodes, in one transaction."""
    with db.atomic():
        for table, columns, counted in _counts(db):
            db.execute_sql(f"DELETE FROM {table}")
            db.execute_sql(f"INSERT INTO {table} ({columns}) {counted.format(where='')}")


def recount_person(db: peewee.Database, person_id: int) -> None:
    """Count one person's totals again from their episodes (inside the caller's transaction)."""
    for table, columns, counted in _counts(db):
        db.execute_sql(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))
        db.execute_sql(
            f"INSERT INTO {table} ({columns}) {counted.format(where='WHERE e.person_id = ?')}",
            (person_id,),
        )


@contextmanager
def counted_at_the_end(db: peewee.Database, person_id: int) -> Iterator[None]:
    """For adding many episodes of one person at once (an import): the triggers that keep the
    totals are set aside while the rows go in, and that person's totals are counted once at the
    end. Row by row, the triggers made a 100,000-row import take twice as long.

    Everything happens in one transaction: if anything fails, SQLite rolls the whole of it back,
    the triggers included (its schema changes are transactional). The triggers are put back
    exactly as they were, from their own SQL in the schema.
    """
    with db.atomic():
        if dialect.is_server(db):
            # Other computers may keep reading; their new episodes wait until this transaction
            # ends (SHARE ROW EXCLUSIVE), so none slips in uncounted.
            db.execute_sql("LOCK TABLE episode, episode_trigger IN SHARE ROW EXCLUSIVE MODE")
        with triggers_set_aside(db):
            yield
        recount_person(db, person_id)


@contextmanager
def triggers_set_aside(db: peewee.Database) -> Iterator[None]:
    """Inside the caller's transaction: the running totals are not kept while rows go in (the
    caller counts them, or copies them whole), and are kept again afterwards.

    On the server the trigger functions read a setting that ends with the transaction, so no
    schema changes and no reader is blocked. In the file the triggers are dropped and put back
    exactly as they were, from their own SQL; SQLite's schema changes are transactional, so a
    failure rolls them back with everything else.
    """
    if dialect.is_server(db):
        db.execute_sql("SET LOCAL caregiver.totals_later = 'on'")
        yield  # a failure rolls the whole transaction back, the setting included
        db.execute_sql("SET LOCAL caregiver.totals_later = 'off'")
        return
    kept = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND tbl_name IN ('episode', 'episode_trigger') AND name GLOB '*totals_*'"
    ).fetchall()
    for name, _sql in kept:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in kept:
            db.execute_sql(sql)
