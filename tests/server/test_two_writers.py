"""Two computers importing into one server diary at the same moment: both imports land whole, every
episode names the caregiver who imported it, the running totals agree with the episodes, and
`check` passes. Through the real command line, two processes started together, each with its
own data folder, as two computers of a care team would run them."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.server.conftest import cli

START = dt.datetime(2024, 3, 1, 7, 0, tzinfo=dt.UTC)


def episodes_file(path: Path, tag: str, count: int, minute: int) -> Path:
    """`count` episodes in the app's CSV, one an hour from START at `minute` past the hour (the
    two files share their days, not their moments), each with a trigger, notes = TAG-N."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(("started_at", "body_region", "side", "severity", "triggers", "notes"))
        for n in range(count):
            at = START + dt.timedelta(hours=n, minutes=minute)
            writer.writerow((at.isoformat(), "hand", "left", n % 3 + 1, "cold", f"{tag}-{n}"))
    return path


def start(server: str, folder: Path, *args: str) -> subprocess.Popen[str]:
    """The real command line in its own process, not waited for (as cli() in conftest)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CAREGIVER_APP_DATA_DIR", "CAREGIVER_APP_DATABASE")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "caregiver_app", "--database", server, "--data-dir", str(folder),
         *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )  # fmt: skip


# Small imports add row by row (the totals' triggers fire for each); large ones (2,000 or more)
# set the triggers aside and count the person's totals at the end, locking the episodes.
@pytest.mark.parametrize(
    ("ana", "ben"), [(600, 700), (2100, 2200), (2100, 500)], ids=["small", "large", "mixed"]
)
def test_two_imports_at_once_both_land_whole(
    server: str, tmp_path: Path, ana: int, ben: int
) -> None:
    from caregiver_app.store import day_totals
    from caregiver_app.store.db import close_database, open_server_database

    # The diary and its person exist before the two computers start.
    first = episodes_file(tmp_path / "first.csv", "first", 1, 0)
    made = cli("--database", server, "--data-dir", str(tmp_path / "d0"), "import", str(first),
               "--person", "Maria", "--caregiver", "Cy")  # fmt: skip
    assert made.returncode == 0, made.stderr
    files = {
        "Ana": episodes_file(tmp_path / "ana.csv", "ana", ana, 10),
        "Ben": episodes_file(tmp_path / "ben.csv", "ben", ben, 40),
    }
    running = {
        name: start(server, tmp_path / f"d-{name}", "import", str(path), "--person", "Maria",
                    "--caregiver", name)
        for name, path in files.items()
    }  # fmt: skip
    for name, proc in running.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"{name}'s import failed:\n{err}{out}"

    with psycopg.connect(server) as conn:
        by: dict[str | None, int] = dict(
            conn.execute(
                "SELECT recorded_by, COUNT(*) FROM episode GROUP BY recorded_by"
            ).fetchall()
        )
        wrong = conn.execute(
            "SELECT COUNT(*) FROM episode WHERE recorded_by IS DISTINCT FROM"
            " (CASE split_part(notes, '-', 1) WHEN 'ana' THEN 'Ana' WHEN 'ben' THEN 'Ben'"
            " ELSE 'Cy' END)"
        ).fetchone()
        notes = {row[0] for row in conn.execute("SELECT notes FROM episode")}
        untagged = conn.execute(
            "SELECT COUNT(*) FROM episode e WHERE NOT EXISTS"
            " (SELECT 1 FROM episode_trigger t WHERE t.episode_id = e.id AND t.code = 'cold')"
        ).fetchone()
        people = conn.execute("SELECT COUNT(*) FROM person").fetchone()
    assert by == {"Ana": ana, "Ben": ben, "Cy": 1}
    assert wrong == (0,), "an episode names a caregiver who did not import it"
    assert notes == {f"ana-{n}" for n in range(ana)} | {f"ben-{n}" for n in range(ben)} | {
        "first-0"
    }
    assert untagged == (0,), "an episode lost its trigger"
    assert people == (1,)

    database = open_server_database(server)
    try:
        assert set(day_totals.differences(database).values()) == {0}
    finally:
        close_database()
    checked = cli("--database", server, "--data-dir", str(tmp_path / "d0"), "check")
    assert checked.returncode == 0, checked.stderr + checked.stdout
