"""The kill test on a server diary: writers killed at random moments lose nothing reported as saved
and leave nothing in part, and the running totals still agree with the episodes.

The same writers as tests/kill/test_kill_writer.py (tests/kill/writer.py, the app's real
services), each opening a fresh PostgreSQL database with `open_server_database`. Most are
killed from the computer's side (SIGKILL: the server sees the connection drop and rolls back
what was not committed); every fourth loses its connection from the server's side instead
(`pg_terminate_backend`, as when an administrator or a restart ends it) and must stop with an
error rather than go on as if it had saved.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.kill.test_kill_writer import Reported, run_and_kill
from tests.server_db import ENV, fresh_database, server_url

pytestmark = pytest.mark.skipif(
    server_url() is None, reason=f"needs a PostgreSQL test server: {ENV} is not set"
)

ROUNDS = 24
SEED = 20261207


def _terminate(url: str) -> Callable[[int], None]:
    import psycopg

    def cut(backend: int) -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            ended = conn.execute("SELECT pg_terminate_backend(%s)", (backend,)).fetchone()
        assert ended == (True,), f"server process {backend} was not there to end"

    return cut


def test_killed_server_writers_never_lose_or_half_save_anything(tmp_path: Path) -> None:
    import psycopg

    from caregiver_app.store import day_totals
    from caregiver_app.store.db import close_database, open_server_database

    rng = random.Random(SEED)
    seen = Reported()
    with fresh_database() as url:
        cut = _terminate(url)
        for round_no in range(1, ROUNDS + 1):
            by_server = round_no % 4 == 3
            run_and_kill(tmp_path, round_no, rng, seen, url=url, cut=cut if by_server else None)
        assert seen.killed_while_writing > ROUNDS // 2
        assert seen.cut_by_server >= 3  # the server's side really ended some connections

        with psycopg.connect(url) as conn:
            notes: dict[str, int] = dict(
                conn.execute("SELECT notes, COUNT(*) FROM episode GROUP BY notes").fetchall()
            )
            codes = {
                row[0]: (row[1], row[2])
                for row in conn.execute(
                    "SELECT e.id, (SELECT COUNT(*) FROM episode_trigger t WHERE t.episode_id = e.id),"
                    " (SELECT COUNT(*) FROM episode_relief r WHERE r.episode_id = e.id)"
                    " FROM episode e WHERE e.notes LIKE 'add-%'"
                )
            }
            days = {row[0].isoformat() for row in conn.execute("SELECT day FROM checkin")}

        # Everything reported as saved is there (unless it was being deleted).
        for tag in seen.adds:
            if tag not in seen.deleting:
                assert notes.get(tag) == 1, f"{tag} was reported saved but is missing"
        for tag, count in seen.batches.items():
            assert notes.get(tag) == count, f"{tag}: {notes.get(tag)} of {count} episodes"
        assert seen.checkin_days <= days
        assert not (seen.deleted & set(notes)), "an episode reported deleted is back"
        # Nothing is there in part: batches whole, every episode with all its triggers and relief.
        for tag, count in notes.items():
            if tag.startswith("batch-"):
                assert count == int(tag.rsplit("-", 1)[1]), f"{tag} is there in part ({count})"
            elif tag.startswith("add-"):
                assert count == 1
        assert all(found == (2, 1) for found in codes.values()), "an episode lost its triggers"
        assert len(seen.adds) + len(seen.batches) > ROUNDS  # the writers did real work

        # The running totals agree with the episodes, and the app opens the diary as usual.
        database = open_server_database(url)
        try:
            assert set(day_totals.differences(database).values()) == {0}
        finally:
            close_database()
