"""Backups and restores: complete copies, checked before they count, nothing overwritten unkept."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from caregiver_app.services import checkins, episodes, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.store import db as store_db
from caregiver_app.store import migrations
from caregiver_app.store.backup import diary_file, listing, making, restoring, retention
from tests.helpers import at, episode

NOW = dt.datetime(2026, 11, 25, 9, 30)


def make_diary(folder: Path, episodes_count: int = 3, name: str = "Pat Example") -> Path:
    """A diary with one person and some episodes, closed again."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "diary.sqlite3"
    store_db.open_database(path)
    person = people.create_person(name=name)
    start = at(2026, 11, 1, 8)
    episodes.insert_validated(
        person.id,
        [episode(started=start + dt.timedelta(minutes=n)) for n in range(episodes_count)],
    )
    checkins.save(person.id, dt.date(2026, 11, 1), CheckInData(stress=4))
    store_db.close_database()
    return path


def count(path: Path, table: str = "episode") -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def run_sql(path: Path, sql: str) -> None:
    """Change a file behind the app's back, then close the connection."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk might."""
    with open(path, "r+b") as handle:
        handle.seek(2 * 4096)
        handle.write(b"\xff" * 4096)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- making backups ---------------------------------------------------------------------------


def test_a_backup_holds_what_is_still_only_in_the_wal_file(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data", episodes_count=1)
    database = store_db.open_database(path)
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    person = people.get_active()
    assert person is not None
    for n in range(20):
        episodes.add_episode(person.id, episode(started=at(2026, 11, 2, 8, n)))
    # A plain copy of the file misses the 20 episodes still in diary.sqlite3-wal...
    shutil.copy(path, tmp_path / "plain-copy.sqlite3")
    assert count(tmp_path / "plain-copy.sqlite3") == 1
    # ...the backup, made with SQLite's backup API, has them all.
    made = making.create_backup(path, "manual", now=NOW)
    store_db.close_database()
    assert count(made.path) == 21
    assert made.path.name == "diary-2026-11-25-093000-manual.sqlite3"
    assert made.path.parent == tmp_path / "data" / "backups"


def test_a_backup_is_one_private_self_contained_file_that_passes_every_check(
    tmp_path: Path,
) -> None:
    path = make_diary(tmp_path / "data")
    made = making.create_backup(path, "manual", now=NOW)
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    with open(made.path, "rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -wal file needed
    report = diary_file.check_file(made.path)
    assert report.ok and report.people == 1 and report.episodes == 3 and report.checkins == 1
    assert report.version == migrations.LATEST_VERSION
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o777 == 0o600
        assert made.path.parent.stat().st_mode & 0o777 == 0o700


def test_a_backup_taken_during_a_transaction_neither_waits_nor_holds_unsaved_changes(
    sqlite_db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "diary.sqlite3"
    person = people.create_person(name="Pat Example").id
    episodes.add_episode(person, episode())
    with sqlite_db.atomic():
        episodes.add_episode(person, episode(started=at(2026, 11, 3)))
        made = making.create_backup(path, "manual", now=NOW)
    assert count(made.path) == 1


def test_two_backups_in_the_same_second_both_kept(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data")
    first = making.create_backup(path, "manual", now=NOW)
    second = making.create_backup(path, "manual", now=NOW)
    assert first.path != second.path and second.path.name.endswith("-manual-2.sqlite3")
    assert [b.path for b in listing.list_backups(tmp_path / "data")] == [second.path, first.path]


def test_a_damaged_diary_gives_no_backup_and_a_clear_reason(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data", episodes_count=300)
    corrupt(path)
    with pytest.raises(making.BackupError, match=r"damaged|could not be copied"):
        making.create_backup(path, "manual", now=NOW)
    assert listing.list_backups(tmp_path / "data") == []
    assert not any((tmp_path / "data" / "backups").iterdir())


def test_there_is_nothing_to_back_up_without_a_diary(tmp_path: Path) -> None:
    with pytest.raises(making.BackupError, match="There is no diary"):
        making.create_backup(tmp_path / "diary.sqlite3")
    assert not (tmp_path / "diary.sqlite3").exists()


def test_a_copy_elsewhere_never_replaces_a_file_unless_asked(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data")
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    target.write_text("an older file")
    with pytest.raises(making.BackupError, match="already exists"):
        making.save_copy(path, target)
    assert target.read_text() == "an older file"
    report = making.save_copy(path, target, overwrite=True)
    assert report.ok and report.episodes == 3 and count(target) == 3
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_the_daily_backup_is_made_once_a_day_and_only_of_a_diary_with_someone_in_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store_db.open_database(data / "diary.sqlite3")
    store_db.close_database()
    assert making.make_daily_backup(data / "diary.sqlite3", now=NOW) is None  # no one in it
    path = make_diary(data)
    first = making.make_daily_backup(path, now=NOW)
    assert first is not None and first.kind == "daily"
    assert making.make_daily_backup(path, now=NOW + dt.timedelta(hours=5)) is None
    assert making.make_daily_backup(path, now=NOW + dt.timedelta(days=1)) is not None
    assert len(listing.list_backups(data)) == 2


def test_a_backup_is_made_before_a_migration_changes_the_diary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_diary(tmp_path / "data")
    released = migrations.LATEST_VERSION

    def next_release(database: peewee.SqliteDatabase) -> None:
        database.execute_sql("CREATE TABLE added_later (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (released + 1, next_release)]
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", released + 1)
    store_db.open_database(path)
    store_db.close_database()
    made = listing.list_backups(tmp_path / "data")
    assert [b.kind for b in made] == ["before-update"]
    report = diary_file.check_file(made[0].path)
    assert report.ok and report.version == released and report.episodes == 3
    assert diary_file.check_file(path).version == released + 1


def test_when_the_backup_before_a_migration_fails_nothing_is_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_diary(tmp_path / "data")
    released = migrations.LATEST_VERSION
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        [*migrations.MIGRATIONS, (released + 1, lambda database: None)],
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", released + 1)

    def disk_full(*_args: object, **_kwargs: object) -> listing.BackupInfo:
        raise making.BackupError("The backup could not be written: No space left on device.")

    monkeypatch.setattr(making, "create_backup", disk_full)
    with pytest.raises(making.BackupError, match=r"No space left.*The diary was not changed"):
        store_db.open_database(path)
    store_db.close_database()
    assert diary_file.check_file(path).version == released


def test_a_new_diary_needs_no_backup_before_its_first_migration(tmp_path: Path) -> None:
    store_db.open_database(tmp_path / "diary.sqlite3")
    store_db.close_database()
    assert not (tmp_path / "backups").exists()


# --- checking files ----------------------------------------------------------------------------


def test_the_checks_name_each_kind_of_problem(tmp_path: Path) -> None:
    good = make_diary(tmp_path / "good")
    assert diary_file.check_file(good).ok

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 500)
    assert "not an SQLite database" in diary_file.check_file(garbage).summary()

    damaged = make_diary(tmp_path / "damaged", episodes_count=300)
    corrupt(damaged)
    assert "is damaged" in diary_file.check_file(damaged).summary()

    orphans = make_diary(tmp_path / "orphans")
    run_sql(orphans, "UPDATE episode SET person_id = 999 WHERE id = 1")
    assert "foreign key check" in diary_file.check_file(orphans).summary()

    missing_table = make_diary(tmp_path / "missing")
    run_sql(missing_table, "DROP TABLE checkin")
    assert "checkin are missing" in diary_file.check_file(missing_table).summary()

    newer = make_diary(tmp_path / "newer")
    run_sql(newer, "UPDATE schema_version SET version = 999")
    report = diary_file.check_file(newer)
    assert report.newer and "newer version" in report.summary()

    other_app = tmp_path / "other.sqlite3"
    run_sql(other_app, "CREATE TABLE recipes (name TEXT)")
    assert "not a diary made by this app" in diary_file.check_file(other_app).summary()


def test_checking_a_file_never_changes_it_nor_adds_files_beside_it(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data", episodes_count=300)
    made = making.create_backup(path, "manual", now=NOW)
    corrupt(path)
    before = snapshot(tmp_path)
    diary_file.check_file(made.path)
    diary_file.check_file(path)
    diary_file.inspect_diary(path)
    assert snapshot(tmp_path) == before


def test_start_up_tells_new_missing_ok_damaged_and_newer_apart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "diary.sqlite3"
    assert diary_file.inspect_diary(db_path).status == "new"
    make_diary(data)
    assert diary_file.inspect_diary(db_path).status == "ok"
    making.create_backup(db_path, "daily", now=NOW)
    db_path.unlink()
    assert diary_file.inspect_diary(db_path).status == "missing"
    db_path.write_bytes(b"")
    assert diary_file.inspect_diary(db_path).status == "missing"  # emptied: offer the backups
    db_path.write_bytes(b"garbage" * 100)
    assert diary_file.inspect_diary(db_path).status == "damaged"
    db_path.unlink()
    make_diary(data)
    run_sql(db_path, "UPDATE schema_version SET version = 999")
    state = diary_file.inspect_diary(db_path)
    assert state.status == "newer" and [b.kind for b in state.backups] == ["daily"]


# --- restoring ----------------------------------------------------------------------------------


def test_restore_round_trip_nothing_is_lost_either_way(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data", episodes_count=2)
    earlier = making.create_backup(path, "manual", now=NOW)
    store_db.open_database(path)
    person = people.get_active()
    assert person is not None
    for n in range(5):
        episodes.add_episode(person.id, episode(started=at(2026, 11, 5, 8, n)))
    store_db.close_database()

    result = restoring.restore(earlier.path, path, now=NOW + dt.timedelta(minutes=1))
    assert count(path) == 2 and result.report.episodes == 2
    assert result.kept_how == "backup" and result.kept is not None
    assert count(result.kept) == 7  # the diary as it was, kept before it was replaced
    assert listing.parse_backup_name(result.kept) is not None
    assert diary_file.check_file(earlier.path).ok  # the backup itself is untouched

    back = restoring.restore(result.kept, path, now=NOW + dt.timedelta(minutes=2))
    assert count(path) == 7 and back.kept is not None and count(back.kept) == 2
    store_db.open_database(path)
    assert people.get_active() is not None
    store_db.close_database()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("make_bad", "message"),
    [
        (lambda p: p.write_bytes(b"garbage" * 1000), "not an SQLite database"),
        (lambda p: p.write_bytes(b""), "holds no diary"),
        (lambda p: None, "does not exist"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    tmp_path: Path, make_bad: object, message: str
) -> None:
    path = make_diary(tmp_path / "data")
    candidate = tmp_path / "candidate.sqlite3"
    make_bad(candidate)  # type: ignore[operator]
    before = snapshot(tmp_path / "data")
    with pytest.raises(restoring.RestoreError, match=message) as caught:
        restoring.restore(candidate, path)
    assert "Nothing was changed" in str(caught.value)
    assert snapshot(tmp_path / "data") == before


def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data")
    damaged = make_diary(tmp_path / "damaged", episodes_count=300)
    corrupt(damaged)
    newer = make_diary(tmp_path / "newer")
    run_sql(newer, "UPDATE schema_version SET version = 999")
    before = snapshot(tmp_path / "data")
    with pytest.raises(restoring.RestoreError, match="damaged"):
        restoring.restore(damaged, path)
    with pytest.raises(restoring.RestoreError, match="newer version"):
        restoring.restore(newer, path)
    with pytest.raises(restoring.RestoreError, match="the diary itself"):
        restoring.restore(path, path)
    assert snapshot(tmp_path / "data") == before


def test_the_file_restored_from_is_never_changed(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data")
    elsewhere = make_diary(tmp_path / "usb", episodes_count=4, name="Someone Else")
    before = snapshot(tmp_path / "usb")
    restoring.restore(elsewhere, path)
    assert snapshot(tmp_path / "usb") == before
    assert count(path) == 4


def test_a_damaged_diary_is_set_aside_untouched_with_its_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = make_diary(data, episodes_count=300)
    good = making.create_backup(path, "daily", now=NOW)
    corrupt(path)
    wal = data / "diary.sqlite3-wal"
    wal.write_bytes(b"left by a crash")
    damaged_bytes = path.read_bytes()
    result = restoring.restore(good.path, path, now=NOW + dt.timedelta(hours=1))
    assert result.kept_how == "set-aside" and result.kept is not None
    assert result.kept.parent == data / "set-aside"
    assert result.kept.read_bytes() == damaged_bytes
    assert Path(str(result.kept) + "-wal").read_bytes() == b"left by a crash"
    assert not wal.exists()
    assert diary_file.check_file(path).ok and count(path) == 300


def test_a_deleted_diary_comes_back_from_yesterdays_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = make_diary(data, episodes_count=6)
    yesterday = making.make_daily_backup(path, now=NOW - dt.timedelta(days=1))
    assert yesterday is not None
    path.unlink()
    assert diary_file.inspect_diary(path).status == "missing"
    found = making.newest_good_backup(data)
    assert found is not None and found[0].path == yesterday.path
    result = restoring.restore(found[0].path, path)
    assert result.kept is None and count(path) == 6


def test_an_old_journal_beside_the_diary_never_leaks_into_the_restored_one(
    tmp_path: Path,
) -> None:
    """A crash leaves diary.sqlite3-wal with saved changes; a restore keeps them in its backup
    and the restored diary is exactly the backup, not the backup plus the old journal."""
    data = tmp_path / "data"
    path = make_diary(data, episodes_count=2)
    earlier = making.create_backup(path, "manual", now=NOW)
    database = store_db.open_database(path)
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    person = people.get_active()
    assert person is not None
    for n in range(10):
        episodes.add_episode(person.id, episode(started=at(2026, 11, 9, 8, n)))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what a crash at this moment leaves on disk
        shutil.copy(str(path) + suffix, str(crashed / "diary.sqlite3") + suffix)
    store_db.close_database()
    shutil.copy(earlier.path, tmp_path / "earlier.sqlite3")

    crashed_db = crashed / "diary.sqlite3"
    result = restoring.restore(tmp_path / "earlier.sqlite3", crashed_db, now=NOW)
    assert result.kept is not None and count(result.kept) == 12
    assert count(crashed_db) == 2
    assert diary_file.check_file(crashed_db).ok


def test_rotation_after_a_restore_never_removes_the_diary_as_it_was(tmp_path: Path) -> None:
    path = make_diary(tmp_path / "data")
    for day in range(30):
        making.create_backup(path, "before-restore", now=NOW - dt.timedelta(days=day + 1))
    chosen = listing.list_backups(tmp_path / "data")[-1]
    result = restoring.restore(chosen.path, path, now=NOW)
    kept = [b.path for b in listing.list_backups(tmp_path / "data") if b.kind == "before-restore"]
    assert result.kept in kept and len(kept) == retention.KEEP_OTHER


@pytest.mark.skipif(os.name != "posix", reason="an open file cannot be deleted on Windows")
def test_a_diary_deleted_while_open_is_written_back_from_the_open_connection(
    tmp_path: Path,
) -> None:
    path = make_diary(tmp_path / "data", episodes_count=2)
    database = store_db.open_database(path)
    person = people.get_active()
    assert person is not None
    path.unlink()  # deleted by mistake while the window is open...
    episodes.add_episode(person.id, episode(started=at(2026, 11, 9, 8)))  # ...and still used
    assert restoring.rescue_if_deleted(path, database.connection())
    store_db.close_database()
    assert count(path) == 3 and diary_file.check_file(path).ok
    other = sqlite3.connect(":memory:")
    assert not restoring.rescue_if_deleted(path, other)  # the file is there now: nothing to do
    other.close()
