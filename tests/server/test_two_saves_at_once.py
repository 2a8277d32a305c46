"""Two computers save the same record at the same moment on the server: exactly one save wins,
the other is told (ChangedMeanwhile, with both versions) and nothing is lost or mixed.

Each thread has its own connection to the server (peewee keeps one per thread), as two
computers would."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import psycopg
import pytest

from caregiver_app.services import episodes
from caregiver_app.services.actions import ChangedMeanwhile, Stamp, opened, perform
from caregiver_app.services.actions import episodes as episode_actions
from caregiver_app.services.actions import treatments as record_actions
from caregiver_app.services.actions.meanwhile import top_value
from caregiver_app.services.actions.undo import Tree
from caregiver_app.store.db import database_proxy
from tests import server_db
from tests.helpers import episode

pytestmark = pytest.mark.skipif(
    not server_db.server_url(),
    reason="needs a PostgreSQL server: set CAREGIVER_APP_TEST_DATABASE (tests/server/cluster.sh)",
)

ANA = Stamp("Ana", dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC))
BEN = Stamp("Ben", dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC))


def _in_threads(*saves: Callable[[], object]) -> list[object]:
    """Run each save in its own thread (own connection); what each returned or raised."""
    results: list[object] = [None] * len(saves)

    def run(i: int) -> None:
        try:
            results[i] = saves[i]()
        except Exception as exc:
            results[i] = exc
        finally:
            database_proxy.close()  # this thread's connection

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(saves))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), "a save never finished (a lock held forever?)"
    return results


def test_two_saves_of_one_episode_at_once_one_wins_the_other_is_told(person: int) -> None:
    for round_ in range(8):
        two_saves_at_once(person, round_)


def two_saves_at_once(person: int, round_: int) -> None:
    """Two computers open one episode, then save it at the same moment (also used on the file,
    tests/unit/test_changed_meanwhile.py)."""
    first = episodes.add_episode(person, episode(severity=2, notes=f"round {round_}"))
    form = opened("episode", id=first)  # both computers opened the same version
    start = threading.Barrier(2)

    def save(stamp: Stamp, severity: int) -> object:
        mine = episode(severity=severity, notes=f"{stamp.by} {round_}")
        start.wait(timeout=30)
        return perform(lambda: episode_actions.edit_episode(person, first, mine, since=form), stamp)

    ana, ben = _in_threads(lambda: save(ANA, 1), lambda: save(BEN, 3))
    told = [r for r in (ana, ben) if isinstance(r, ChangedMeanwhile)]
    assert len(told) == 1, (ana, ben)
    winner = "Ben" if told[0] is ana else "Ana"
    stored = opened("episode", id=first).part
    assert top_value(stored, "recorded_by") == winner
    assert top_value(stored, "notes") == f"{winner} {round_}"
    assert told[0].theirs.part == stored  # the loser was shown exactly what is stored
    assert told[0].yours is not None  # and still has its own version to choose from
    assert top_value(told[0].yours.part, "notes") != f"{winner} {round_}"


def _waiting_on_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock'"
        ).fetchone()
    return bool(row and row[0])


def test_a_save_that_checked_first_holds_the_record_until_it_is_written(person: int) -> None:
    """The second save waits while the first is between its check and its commit, then sees
    the first's change: the check and the write cannot interleave with another computer's."""
    url = database_proxy.obj.database
    record = episodes.add_episode(person, episode(severity=2))
    form = opened("episode", id=record)
    ana_checked = threading.Event()
    ben_waits = threading.Event()

    def write(severity: int, hold: bool) -> int:
        if hold:
            ana_checked.set()
            assert ben_waits.wait(timeout=30), "Ben's save did not wait for Ana's"
        database_proxy.execute_sql(
            "UPDATE episode SET severity = ? WHERE id = ?", (severity, record)
        )
        return record

    def ana() -> object:
        return perform(
            lambda: record_actions.change_record(
                person, Tree("episode"), record, lambda: write(1, True), form
            ),
            ANA,
        )

    def ben() -> object:
        assert ana_checked.wait(timeout=30)
        return perform(
            lambda: record_actions.change_record(
                person, Tree("episode"), record, lambda: write(3, False), form
            ),
            BEN,
        )

    def watch() -> None:
        assert ana_checked.wait(timeout=30)
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while dt.datetime.now() < deadline:
            if _waiting_on_a_lock(url):
                ben_waits.set()
                return
            threading.Event().wait(0.02)  # polling another connection; nothing to signal on

    _, ana_result, ben_result = _in_threads(watch, ana, ben)
    assert not isinstance(ana_result, Exception), ana_result
    assert isinstance(ben_result, ChangedMeanwhile), ben_result
    stored = opened("episode", id=record).part
    assert (top_value(stored, "severity"), top_value(stored, "recorded_by")) == (1, "Ana")
