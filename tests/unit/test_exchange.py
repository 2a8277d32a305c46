"""Export and import: nothing lost on the way out and back, nothing half-imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caregiver_app.services import checkins, episodes, exchange, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.store import db as store_db
from tests.helpers import at, episode

NOW = at(2026, 11, 25, 21)


def fill(person: int) -> None:
    episodes.add_episode(
        person,
        episode(
            started=at(2026, 7, 1, 8, 5, offset_min=60),
            duration_seconds=75,
            pain=6,
            triggers=("stress", "poor_sleep"),
            relief=("rest",),
            activity="eating",
            observed_by="caregiver",
            notes='Line one, with "quotes"\nline two; and a semicolon',
        ),
        now=NOW,
    )
    episodes.add_episode(
        person, episode(started=at(2026, 11, 20, 22, 15), kind="twitch", severity=1), now=NOW
    )
    checkins.save(
        person,
        dt.date(2026, 11, 20),
        CheckInData(hours_slept=5.5, stress=7, therapy_today=True, therapy_willingness=4),
        today=NOW.date(),
    )


def reopen(path: Path) -> None:
    store_db.close_database()
    store_db.open_database(path)


def test_json_export_import_export_gives_the_same_file(person: int, tmp_path: Path) -> None:
    fill(person)
    first = tmp_path / "first.json"
    exchange.export_file(person, first, "json")
    (tmp_path / "empty").mkdir()
    reopen(tmp_path / "empty" / "diary.sqlite3")
    result = exchange.import_file(first, now=NOW)
    assert result.created_person and result.person_name == "Pat Example"
    second = tmp_path / "second.json"
    exchange.export_file(result.person_id, second, "json")
    assert second.read_text() == first.read_text()


def test_csv_export_imports_to_the_same_episodes(person: int, tmp_path: Path) -> None:
    fill(person)
    out = tmp_path / "log.csv"
    exchange.export_file(person, out, "csv")
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(exchange.CSV_COLUMNS)
    (tmp_path / "empty").mkdir()
    reopen(tmp_path / "empty" / "diary.sqlite3")
    result = exchange.import_file(out, now=NOW)
    again = tmp_path / "again.csv"
    exchange.export_file(result.person_id, again, "csv")
    assert again.read_bytes() == out.read_bytes()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "started_at,duration_seconds,body_region,side,kind,severity,pain,triggers,relief,activity,observed_by,notes\n"
GOOD = "2026-11-01T08:00:00+00:00,30,hand,left,spasm,2,4,stress,,resting,caregiver,ok\n"


@pytest.mark.parametrize(
    ("bad_row", "expected"),
    [
        (
            "2026-11-02T08:00:00+00:00,,hand,left,spasm,5,,,,,,\n",
            "line 3, column severity: '5' is not a severity this diary knows; use 1 (mild), "
            "2 (moderate) or 3 (severe).",
        ),
        (
            "not-a-date,,hand,left,spasm,2,,,,,,\n",
            "line 3, column started_at: 'not-a-date' is not an ISO 8601 date and time",
        ),
        (
            "2026-11-02T08:00:00+00:00,,hand,left,spasm,2,12,,,,,\n",
            "line 3, column pain: '12' is not a pain score; use a whole number from 0 to 10.",
        ),
        (
            "2026-11-02T08:00:00+00:00,-4,hand,left,spasm,2,,,,,,\n",
            "line 3, column duration_seconds: '-4' is not a duration this diary takes",
        ),
        (
            "2026-11-02T08:00:00+00:00,,elbow_left,left,spasm,2,,,,,,\n",
            "line 3, column body_region: 'elbow_left' is not a place this diary knows; use one "
            "of face, neck, shoulder, upper_arm, elbow,",
        ),
        (
            "2026-11-02T08:00:00+00:00,,hand,left,spasm,2,,stress;moon,,,,\n",
            "line 3, column triggers: 'moon' is not a trigger this diary knows; use one of "
            "stress, poor_sleep,",
        ),
        (
            "2026-11-02T08:00:00+00:00,,hand,up,spasm,2,,,,,,\n",
            "line 3, column side: 'up' is not a side this diary knows; use one of left, right, "
            "both.",
        ),
        (
            "2026-11-02T08:00:00+00:00,,,left,spasm,2,,,,,,\n",
            "line 3, column body_region: this is empty; use one of face, neck,",
        ),
        (
            "2099-11-02T08:00:00+00:00,,hand,left,spasm,2,,,,,,\n",
            "line 3, column started_at: The start time is in the future",
        ),
        (
            "1899-12-31T08:00:00+00:00,,hand,left,spasm,2,,,,,,\n",
            "line 3, column started_at: 1899-12-31T08:00:00+00:00 is outside the dates this "
            "diary takes (1900-01-01 to 2100-12-31)",
        ),
        ("2026-11-02T08:00:00+00:00,,hand,left,spasm,2,,,,,,,extra\n", "line 3: the row has more"),
    ],
)
def test_one_bad_row_imports_nothing_and_names_the_line_and_field(
    person: int, tmp_path: Path, bad_row: str, expected: str
) -> None:
    path = write(tmp_path, HEADER + GOOD + bad_row + GOOD)
    with pytest.raises(exchange.ImportFailed) as caught:
        exchange.import_file(path, now=NOW)
    assert str(caught.value).startswith(expected)
    assert episodes.count(EpisodeFilter(person)) == 0


def test_a_quoted_note_spanning_lines_keeps_the_line_numbers_right(
    person: int, tmp_path: Path
) -> None:
    multi = '2026-11-01T09:00:00+00:00,,hand,left,spasm,2,,,,,,"first\nsecond"\n'
    bad = "2026-11-02T08:00:00+00:00,,hand,left,spasm,9,,,,,,\n"
    with pytest.raises(exchange.ImportFailed, match="line 4, column severity"):
        exchange.import_file(write(tmp_path, HEADER + multi + bad), now=NOW)


def test_a_missing_column_is_named(person: int, tmp_path: Path) -> None:
    with pytest.raises(exchange.ImportFailed, match=r"line 1: .*severity"):
        exchange.import_file(write(tmp_path, "started_at,body_region,side\n"), now=NOW)


def test_import_goes_to_the_named_person_and_creates_them(person: int, tmp_path: Path) -> None:
    result = exchange.import_file(write(tmp_path, HEADER + GOOD), person_name="Grandad", now=NOW)
    assert result.created_person and result.person_name == "Grandad"
    assert episodes.count(EpisodeFilter(result.person_id)) == 1
    assert episodes.count(EpisodeFilter(person)) == 0
    assert people.get_active().id == person  # type: ignore[union-attr]


def test_a_check_in_for_a_day_the_diary_has_keeps_the_diary_s(person: int, tmp_path: Path) -> None:
    fill(person)
    out = tmp_path / "all.json"
    exchange.export_file(person, out, "json")
    checkins.save(person, dt.date(2026, 11, 20), CheckInData(stress=2), today=NOW.date())
    result = exchange.import_file(out, now=NOW)
    assert checkins.get(person, dt.date(2026, 11, 20)) == CheckInData(stress=2)
    assert episodes.count(EpisodeFilter(person)) == 2  # nothing added twice
    assert str(result.summary()) == (
        "Imported into Pat Example: nothing new added; skipped 2 episodes already in the "
        "diary, 1 check-in for days that already have one (kept the diary's)."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "line 1: this is not valid JSON"),
        ('{"format": "other"}', "not a diary exported by this app"),
        (
            '{"format": "caregiver-app-diary", "format_version": 99, "person": {"name": "A"}}',
            "newer",
        ),
        (
            '{"format": "caregiver-app-diary", "format_version": 1, "person": {}}',
            "person, field 'name'",
        ),
        (
            '{"format": "caregiver-app-diary", "format_version": 1, "person": {"name": "A"},'
            ' "episodes": [{"started_at": "2026-01-01T08:00:00+00:00", "body_region": "hand", "side": "left", "severity": "2"}]}',
            "episode 1, field 'severity'",
        ),
    ],
)
def test_bad_json_gets_a_clear_message(
    db: object, tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(text)
    with pytest.raises(exchange.ImportFailed, match=expected):
        exchange.import_file(path, now=NOW)
    assert people.list_people() == []


def test_a_failed_write_leaves_the_old_export_untouched(
    person: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(person)
    out = tmp_path / "log.csv"
    out.write_text("previous export")

    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    from caregiver_app.services import outputs

    monkeypatch.setattr(outputs.os, "fsync", boom)
    with pytest.raises(outputs.OutputError, match="No space left on device"):
        exchange.export_file(person, out, "csv")
    assert out.read_text() == "previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".log.csv")]
