"""A writing process for the kill test: it writes to a diary through the app's real services until
it is killed, printing each change only after its transaction has committed.

    python writer.py DATA_DIR ROUND SEED [URL]

With URL (postgresql://...) it writes to that server diary instead of the file in DATA_DIR
(no lock: the server takes many writers) and makes no backups.

Lines printed (one per committed action, flushed at once):

    ready
    backend PID                (server only) the server process serving this writer
    add TAG ID                 one episode with 2 triggers and 1 relief, its notes = TAG
    batch TAG N                N episodes in one transaction (an import), notes = TAG
    checkin DAY                a check-in for DAY (YYYY-MM-DD)
    deleting TAG / deleted TAG around the deletion of an episode added earlier
    backup NAME                a backup made with the backup API

TAG encodes what must be in the diary: add-R-I (one episode) or batch-R-I-N (N episodes).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from caregiver_app import paths
from caregiver_app.services import checkins, episodes, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData
from caregiver_app.store import lock
from caregiver_app.store.backup import making
from caregiver_app.store.db import database_proxy, open_database, open_server_database

PERSON = "Kill Test"
START = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    data_dir, round_no, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    url = sys.argv[4] if len(sys.argv) > 4 else None
    db_path = paths.database_path(data_dir)
    if url:
        open_server_database(url)
    else:
        held = lock.DiaryLock(data_dir, "kill test writer")
        held.acquire()  # a killed writer must never leave the lock behind
        open_database(db_path)
    found = people.find_by_name(PERSON)
    person_id = found.id if found else people.create_person(PERSON).id
    rng = random.Random(seed)
    mine: list[tuple[int, str]] = []
    say("ready")
    if url:
        say(f"backend {database_proxy.execute_sql('SELECT pg_backend_pid()').fetchone()[0]}")
    step = 0
    while True:
        step += 1
        started = START + dt.timedelta(minutes=round_no * 10_000 + step)
        roll = rng.random()
        if roll < 0.55:
            tag = f"add-{round_no}-{step}"
            data = EpisodeData(
                started=started,
                body_region="hand",
                side="left",
                severity=rng.choice((1, 2, 3)),
                triggers=("stress", "poor_sleep"),
                relief=("rest",),
                notes=tag,
            )
            new_id = episodes.add_episode(person_id, data)
            mine.append((new_id, tag))
            say(f"add {tag} {new_id}")
        elif roll < 0.75:
            count = rng.randint(5, 60)
            tag = f"batch-{round_no}-{step}-{count}"
            items = [
                EpisodeData(
                    started=started + dt.timedelta(seconds=n),
                    body_region="calf",
                    side="right",
                    severity=2,
                    triggers=("cold",),
                    notes=tag,
                )
                for n in range(count)
            ]
            with database_proxy.atomic():  # as an import does: all or nothing
                episodes.insert_validated(person_id, items)
            say(f"batch {tag} {count}")
        elif roll < 0.88:
            day = dt.date(1960, 1, 1) + dt.timedelta(days=round_no * 500 + step)
            checkins.save(person_id, day, CheckInData(hours_slept=7.5, stress=3, notes="k"))
            say(f"checkin {day.isoformat()}")
        elif (roll < 0.97 or url) and mine:
            victim, tag = mine.pop(rng.randrange(len(mine)))
            say(f"deleting {tag}")
            episodes.delete_episodes([victim])
            say(f"deleted {tag}")
        elif url:
            continue  # nothing of this writer's to delete yet; no backups on the server
        else:
            made = making.create_backup(db_path, "manual")
            say(f"backup {made.path.name}")


if __name__ == "__main__":
    main()
