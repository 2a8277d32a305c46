"""Rotation keeps 7 daily, 4 weekly and 12 monthly backups, and never the wrong ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.store.backup import listing, retention
from caregiver_app.store.backup.listing import BackupInfo

NOW = dt.datetime(2026, 11, 25, 9, 0)


def daily(days_ago: int, kind: str = "daily", hour: int = 9) -> BackupInfo:
    when = (NOW - dt.timedelta(days=days_ago)).replace(hour=hour)
    return BackupInfo(Path(f"diary-{when:%Y-%m-%d-%H%M%S}-{kind}.sqlite3"), when, kind, 1000)


def kept(backups: list[BackupInfo]) -> list[BackupInfo]:
    removed = {b.path for b in retention.backups_to_remove(backups)}
    return sorted((b for b in backups if b.path not in removed), key=BackupInfo.order)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months() -> None:
    year = [daily(n) for n in range(400)]
    left = kept(year)
    days = {b.day for b in left}
    assert {(NOW - dt.timedelta(days=n)).date() for n in range(7)} <= days
    weeks = {b.day.isocalendar()[:2] for b in left}
    assert len(weeks) >= 4
    months = {(b.day.year, b.day.month) for b in left}
    assert len(months) == 12
    assert len(left) <= 7 + 4 + 12


def test_only_the_newest_of_a_day_is_kept_and_the_newest_of_all_always() -> None:
    same_day = [daily(0, hour=h) for h in (8, 12, 18)]
    assert [b.when.hour for b in kept(same_day)] == [18]
    assert kept([daily(500)]) == [daily(500)]


def test_backups_made_by_hand_or_before_a_change_are_kept_10_of_each() -> None:
    made = [daily(n, kind) for n in range(15) for kind in ("manual", "before-restore")]
    left = kept(made + [daily(n) for n in range(3)])
    assert sum(1 for b in left if b.kind == "manual") == 10
    assert sum(1 for b in left if b.kind == "before-restore") == 10
    assert sum(1 for b in left if b.kind == "daily") == 3
    newest_manual = max((b for b in made if b.kind == "manual"), key=BackupInfo.order)
    assert newest_manual in left


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=900), min_size=1, max_size=80))
def test_rotation_never_removes_the_newest_backup_nor_one_of_the_last_7_days(
    ages: list[int],
) -> None:
    backups = [daily(age) for age in set(ages)]
    left = kept(backups)
    assert max(backups, key=BackupInfo.order) in left
    recent_days = sorted({b.day for b in backups}, reverse=True)[:7]
    assert recent_days == sorted({b.day for b in left}, reverse=True)[:7]
    assert len(left) <= 7 + 4 + 12


def test_rotation_removes_files_but_leaves_other_files_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for n in range(40):
        when = NOW - dt.timedelta(days=n)
        (folder / f"diary-{when:%Y-%m-%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    (folder / "my notes.txt").write_text("keep me")
    (folder / "diary-copy.sqlite3").write_bytes(b"keep me too")
    removed = retention.rotate(tmp_path)
    assert removed and all(not p.exists() for p in removed)
    assert (folder / "my notes.txt").exists() and (folder / "diary-copy.sqlite3").exists()
    assert len(listing.list_backups(tmp_path)) == 40 - len(removed)


def test_a_half_written_backup_left_by_a_crash_is_never_listed_and_is_cleared_later(
    tmp_path: Path,
) -> None:
    import os
    import time

    folder = tmp_path / "backups"
    folder.mkdir()
    partial = folder / ".diary-2026-11-25-090000-daily.sqlite3.123.456.partial"
    partial.write_bytes(b"half")
    fresh = folder / ".diary-2026-11-25-090001-daily.sqlite3.124.457.partial"
    fresh.write_bytes(b"being written right now")
    # Times from the process clock, as the app sees them (a file system's clock may differ).
    now = time.time()
    os.utime(fresh, (now, now))
    old = now - 2 * retention.STALE_PARTIAL_SECONDS
    os.utime(partial, (old, old))
    assert listing.list_backups(tmp_path) == []
    retention.rotate(tmp_path)
    assert not partial.exists() and fresh.exists()
