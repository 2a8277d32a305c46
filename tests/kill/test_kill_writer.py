"""A kill at any moment leaves a consistent diary holding everything reported as saved.

Writers run as separate processes through the app's real services (tests/kill/writer.py) and are
killed (SIGKILL on POSIX, TerminateProcess on Windows) at random moments, many times over the same
diary. Each writer prints a change only after its transaction has committed. Afterwards SQLite's
integrity and foreign-key checks pass, every change reported as saved is there, and no change is
there in part: every batch is all there or not at all, every episode has all its triggers.
No timing is asserted; the random moments come from a fixed seed (a random number of reported
changes, then a random wait of up to 30 ms, so kills land inside transactions too).
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from caregiver_app.store import lock
from caregiver_app.store.backup import diary_file, listing
from caregiver_app.store.db import close_database, open_database

WRITER = Path(__file__).with_name("writer.py")
ROUNDS = 36
SEED = 20261125


@dataclass
class Reported:
    adds: dict[str, int] = field(default_factory=dict)  # tag -> id at the time
    batches: dict[str, int] = field(default_factory=dict)  # tag -> count
    checkin_days: set[str] = field(default_factory=set)
    deleting: set[str] = field(default_factory=set)  # tags
    deleted: set[str] = field(default_factory=set)
    backups: set[str] = field(default_factory=set)
    killed_before_ready: int = 0
    killed_while_writing: int = 0
    cut_by_server: int = 0

    def take(self, line: str) -> None:
        word, *rest = line.split()
        if word == "add":
            self.adds[rest[0]] = int(rest[1])
        elif word == "batch":
            self.batches[rest[0]] = int(rest[1])
        elif word == "checkin":
            self.checkin_days.add(rest[0])
        elif word == "deleting":
            self.deleting.add(rest[0])
        elif word == "deleted":
            self.deleted.add(rest[0])
        elif word == "backup":
            self.backups.add(rest[0])


def run_and_kill(
    data_dir: Path,
    round_no: int,
    rng: random.Random,
    seen: Reported,
    url: str | None = None,
    cut: Callable[[int], None] | None = None,
) -> None:
    """One writer, killed at a random moment. With `url` it writes to that server diary; with
    `cut` too, the kill comes from the server's side: `cut(backend pid)` ends its connection,
    the writer must stop with an error about it, and only then is the process killed."""
    env = {k: v for k, v in os.environ.items() if k != "CAREGIVER_APP_DATA_DIR"}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(round_no), str(round_no)]
        + ([url] if url else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    # One round in eight is killed at once (while starting, opening or migrating); the others
    # after a random number of committed changes...
    lines_wanted = 0 if rng.random() < 0.125 and cut is None else rng.randint(1, 80)
    ready = False
    backend = 0
    lines: list[str] = []
    while len(lines) < lines_wanted:
        line = proc.stdout.readline()
        if not line:
            break  # the writer stopped by itself: reported below
        if line.strip() == "ready":
            ready = True
            continue
        if line.startswith("backend "):
            backend = int(line.split()[1])
            continue
        lines.append(line)
    if lines_wanted:
        # ...and a random moment later, so the kill can land anywhere inside the next change.
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=rng.uniform(0, 0.03))
    cut_off = cut is not None and proc.poll() is None
    if cut is not None and cut_off:
        assert backend, "the writer did not say its server process"
        cut(backend)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)  # it stops by itself on the lost connection
    proc.kill()
    # Read the rest through the same buffered pipe readline used (communicate() would read the
    # file descriptor directly and miss lines already in the buffer).
    rest = proc.stdout.read()
    assert proc.stderr is not None
    errors = proc.stderr.read()
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    if cut_off:
        assert proc.returncode not in (0, -signal.SIGKILL), "the writer went on without its server"
        assert "OperationalError" in errors, f"the writer failed another way:\n{errors}"
        seen.cut_by_server += 1
    else:
        assert proc.returncode != 0 and not errors.strip(), (
            f"the writer failed by itself:\n{errors}"
        )
    lines.extend(rest.splitlines(keepends=True))
    for line in lines:
        if line.endswith("\n") and line.strip() not in ("", "ready"):
            seen.take(line)
    if ready:
        seen.killed_while_writing += 1
    else:
        seen.killed_before_ready += 1


def test_killed_writers_never_lose_or_half_save_anything(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rng = random.Random(SEED)
    seen = Reported()
    for round_no in range(1, ROUNDS + 1):
        run_and_kill(data_dir, round_no, rng, seen)
    assert seen.killed_while_writing > ROUNDS // 2
    assert lock.current_holder(data_dir) is None  # no kill left the lock behind

    db_path = data_dir / "diary.sqlite3"
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = dict(conn.execute("SELECT notes, COUNT(*) FROM episode GROUP BY notes").fetchall())
        codes = {
            row[0]: (row[1], row[2])
            for row in conn.execute(
                "SELECT e.id, (SELECT COUNT(*) FROM episode_trigger t WHERE t.episode_id = e.id),"
                " (SELECT COUNT(*) FROM episode_relief r WHERE r.episode_id = e.id) FROM episode e"
                " WHERE e.notes LIKE 'add-%'"
            )
        }
        days = {row[0] for row in conn.execute("SELECT day FROM checkin")}
    finally:
        conn.close()

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

    # Every backup reported as made is whole, and no half-written copy is listed as a backup.
    listed = {b.path.name: b for b in listing.list_backups(data_dir)}
    for name in seen.backups:
        if name in listed:  # rotation may have removed older ones
            assert diary_file.check_file(listed[name].path).ok, name
    for item in listed.values():
        assert diary_file.check_file(item.path).ok, item.path.name
    for path in (data_dir / "backups").glob("*"):
        assert path.name in listed or re.match(r"^\.diary-.*\.partial", path.name), path.name

    # And the app opens it as usual.
    open_database(db_path)
    close_database()
