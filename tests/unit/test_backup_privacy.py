"""Privacy: backups, logs and the lock are private; the log never holds names or notes."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from caregiver_app import cli, logging_setup
from caregiver_app.services import health_check
from caregiver_app.store.backup import making

SECRET_NAME = "Zebedee Quuxworth"
SECRET_NOTE = "cried-at-the-bus-stop-7"

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def logged(tmp_path: Path) -> object:
    yield logging_setup.setup_logging(tmp_path, "test")
    logging_setup.stop_logging()


@posix_only
def test_the_log_and_its_rotated_files_are_private(tmp_path: Path, logged: object) -> None:
    log_file = logging_setup.log_file(tmp_path)
    assert logged == log_file and mode(log_file) == 0o600 and mode(log_file.parent) == 0o700
    handler = next(
        h
        for h in logging_setup.log.handlers
        if isinstance(h, logging_setup.PrivateRotatingFileHandler)
    )
    handler.doRollover()
    logging_setup.log.info("after the rollover")
    assert mode(log_file) == 0o600
    assert mode(log_file.with_name(log_file.name + ".1")) == 0o600


def test_an_unexpected_error_is_logged_without_its_message(tmp_path: Path, logged: object) -> None:
    try:
        raise ValueError(f"someone called '{SECRET_NAME}' wrote {SECRET_NOTE}")
    except ValueError as exc:
        logging_setup.log_unexpected(type(exc), exc, exc.__traceback__)
    text = logging_setup.log_file(tmp_path).read_text()
    assert "builtins.ValueError" in text and "test_an_unexpected_error_is_logged" in text
    assert SECRET_NAME not in text and SECRET_NOTE not in text


def test_a_whole_session_of_commands_logs_no_names_or_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    source = tmp_path / f"{SECRET_NAME}.csv"
    source.write_text(
        "started_at,body_region,side,severity,notes\n"
        f"2026-01-01T08:00:00+00:00,hand,left,2,{SECRET_NOTE}\n"
    )
    copy = tmp_path / f"{SECRET_NAME} backup.sqlite3"
    for argv in (
        ["import", str(source), "--person", SECRET_NAME, "--data-dir", str(data)],
        ["demo", "--days", "3", "--data-dir", str(data)],
        ["backup", "--data-dir", str(data)],
        ["backup", "--output", str(copy), "--data-dir", str(data)],
        ["restore", str(copy), "--data-dir", str(data)],
        ["import", str(tmp_path / "missing.csv"), "--data-dir", str(data)],
    ):
        cli.main(argv)
    capsys.readouterr()
    text = logging_setup.log_file(data).read_text()
    assert "caregiver-app restore started" in text and "restore: done" in text
    assert SECRET_NAME.split()[0] not in text and SECRET_NOTE not in text


@posix_only
def test_every_file_the_app_makes_in_the_data_folder_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli.main(["demo", "--days", "3", "--data-dir", str(data)]) == 0
    assert cli.main(["backup", "--data-dir", str(data)]) == 0
    out = tmp_path / "export.json"
    assert (
        cli.main(["export", "--format", "json", "--output", str(out), "--data-dir", str(data)]) == 0
    )
    assert mode(out) == 0o600
    for path in [data, *data.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, path
    assert health_check.run_check(data).ok


@posix_only
def test_the_check_reports_files_others_could_read(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli.main(["demo", "--days", "3", "--data-dir", str(data)]) == 0
    made = making.create_backup(data / "diary.sqlite3", now=dt.datetime(2026, 11, 25, 9))
    made.path.chmod(0o644)
    report = health_check.run_check(data)
    assert not report.ok
    assert f"PROBLEM: {made.path}" in report.text()


def test_the_check_of_a_healthy_diary_says_so_in_plain_words(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli.main(["demo", "--days", "3", "--data-dir", str(data)]) == 0
    text = health_check.run_check(data).text()
    for expected in (
        "integrity check: ok",
        "foreign keys: ok",
        "schema version:",
        "1 person,",
        "Backups:",
        "Result: everything is fine.",
    ):
        assert expected in text
