"""dialect.execute_many writes many rows as they were given, on the file and on the server (where a
plain INSERT goes in through COPY), and the running totals' triggers still fire for each."""

from __future__ import annotations

import peewee

from caregiver_app.store import day_totals, dialect

NOTES = ("", "tab\there", "two\nlines", "back\\slash \\N", "Ünïcödé – ok", "50 % \"quoted\" 'x'")


def test_many_rows_go_in_whole_and_fire_the_totals(db: peewee.Database, person: int) -> None:
    ids = dialect.new_ids(db, "episode", len(NOTES))
    rows = [
        (episode_id, person, 1_780_000_000 + 3600 * n, 60, None if n % 2 else 90, "calf",
         "left", None if n == 1 else "spasm", n % 3 + 1, None, None, None, note)
        for n, (episode_id, note) in enumerate(zip(ids, NOTES, strict=True))
    ]  # fmt: skip
    with db.atomic():
        dialect.execute_many(
            db,
            "INSERT INTO episode (id, person_id, started_utc, utc_offset_min, duration_seconds,"
            " body_region, side, kind, severity, pain, activity, observed_by, notes)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        dialect.execute_many(
            db, "INSERT INTO episode_trigger (episode_id, code) VALUES (?, ?)", [(ids[0], "cold")]
        )
        dialect.execute_many(db, "INSERT INTO episode_relief (episode_id, code) VALUES (?, ?)", [])
    found = db.execute_sql(
        "SELECT id, person_id, started_utc, utc_offset_min, duration_seconds, body_region, side,"
        " kind, severity, pain, activity, observed_by, notes FROM episode ORDER BY id"
    ).fetchall()
    assert [tuple(row) for row in found] == rows
    assert set(day_totals.differences(db).values()) == {0}
    day = db.execute_sql("SELECT SUM(episodes), SUM(with_trigger) FROM episode_day").fetchone()
    assert tuple(day) == (len(NOTES), 1)
