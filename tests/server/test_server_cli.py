"""The same diary on a PostgreSQL server, tried as a new care team would, through the real
command line: a sample diary goes from a folder to the server and back byte for byte, a copy
comes home, a backup of the server diary is a file `restore` takes, `check` passes, and a
password given in the URL is in no file the app wrote."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from tests.server.conftest import cli


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


# The sample's 45 days end today; the report covers them, whatever today is.
LAST = dt.date.today().isoformat()
FIRST = (dt.date.today() - dt.timedelta(days=44)).isoformat()


def sample_folder(tmp_path: Path, name: str = "home") -> Path:
    folder = tmp_path / name
    ok(cli("--data-dir", str(folder), "demo", "--days", "45", "--seed", "11", "--caregiver", "Ana"))
    return folder


def export(where: list[str], output: Path, fmt: str = "json") -> bytes:
    ok(cli(*where, "export", "--format", fmt, "--output", str(output)))
    return output.read_bytes()


def test_a_sample_diary_goes_to_the_server_and_comes_back_byte_for_byte(
    server: str, tmp_path: Path
) -> None:
    home = sample_folder(tmp_path)
    on_server = ["--database", server, "--data-dir", str(tmp_path / "team")]
    first = export(["--data-dir", str(home)], tmp_path / "from-file.json")
    out = ok(cli(*on_server, "import", str(tmp_path / "from-file.json")))
    assert "added" in out.lower()
    again = export(on_server, tmp_path / "from-server.json")
    assert again == first
    assert json.loads(again)["episodes"], "the sample has episodes"
    # The CSV says the same too.
    assert export(on_server, tmp_path / "s.csv", "csv") == export(
        ["--data-dir", str(home)], tmp_path / "f.csv", "csv"
    )
    ok(cli(*on_server, "check"))
    # The report says the same, page for page.
    texts = []
    for where, name in ((["--data-dir", str(home)], "file"), (on_server, "server")):
        pdf = tmp_path / f"{name}.pdf"
        ok(
            cli(
                *where,
                "report",
                "--from",
                FIRST,
                "--to",
                LAST,
                "--log",
                "all",
                "--output",
                str(pdf),
            )
        )
        texts.append(pdf_text(pdf))
    assert texts[0] == texts[1]
    assert "Sam" in texts[0]


def test_copy_diary_takes_a_folder_to_the_server_and_brings_it_home_again(
    server: str, tmp_path: Path
) -> None:
    home = sample_folder(tmp_path)
    before = export(["--data-dir", str(home)], tmp_path / "before.json")
    out = ok(cli("--data-dir", str(home), "copy-diary", "--to", server))
    assert "checked" in out
    on_server = ["--database", server, "--data-dir", str(tmp_path / "team")]
    assert export(on_server, tmp_path / "server.json") == before
    # Copying into a database that already holds the diary is refused; nothing changes.
    again = cli("--data-dir", str(home), "copy-diary", "--to", server)
    assert again.returncode == 1
    assert "not empty" in again.stderr and "Nothing was copied" in again.stderr
    assert export(on_server, tmp_path / "server-2.json") == before
    # Home again: a folder of its own, checked, the same diary.
    copy = tmp_path / "copy-home"
    ok(cli(*on_server, "copy-diary", "--to", str(copy)))
    assert export(["--data-dir", str(copy)], tmp_path / "home.json") == before
    ok(cli("--data-dir", str(copy), "check"))
    # A folder that already holds a diary is refused.
    refused = cli(*on_server, "copy-diary", "--to", str(copy))
    assert refused.returncode == 1 and "already holds a diary" in refused.stderr


def test_a_backup_of_the_server_diary_is_a_checked_file_that_restore_puts_back(
    server: str, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    on_server = ["--database", server, "--data-dir", str(team)]
    ok(cli(*on_server, "demo", "--days", "20", "--seed", "5", "--caregiver", "Ben"))
    out = ok(cli(*on_server, "backup"))
    backups = sorted((team / "backups").glob("diary-*-manual.sqlite3"))
    assert len(backups) == 1, out
    assert str(backups[0]) in out
    elsewhere = tmp_path / "restored"
    ok(cli("--data-dir", str(elsewhere), "restore", str(backups[0])))
    assert export(["--data-dir", str(elsewhere)], tmp_path / "r.json") == export(
        on_server, tmp_path / "s.json"
    )
    # restore onto the server itself is refused with what to do instead.
    refused = cli(*on_server, "restore", str(backups[0]))
    assert refused.returncode == 1 and "copy-diary" in refused.stderr


def test_a_database_that_holds_something_else_is_refused_untouched(
    server: str, tmp_path: Path
) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer PRIMARY KEY)")
    result = cli("--database", server, "--data-dir", str(tmp_path / "d"), "demo", "--days", "3")
    assert result.returncode == 1
    assert "1 other tables and no diary" in result.stderr
    with psycopg.connect(server) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
    assert tables == ["invoices"]


def _with_login(url: str, user: str, password: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}:{password}@"))


def test_a_password_in_the_url_is_in_no_file_the_app_wrote(server: str, tmp_path: Path) -> None:
    password = "pw-" + uuid.uuid4().hex
    role = "team_" + uuid.uuid4().hex[:8]
    dbname = urlsplit(server).path.lstrip("/")
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE password_login")
        conn.execute(f"GRANT CREATE, USAGE ON SCHEMA public TO {role}")
    url = _with_login(server, role, password)
    team = tmp_path / "team"
    on_server = ["--database", url, "--data-dir", str(team)]
    said = [
        cli(*on_server, "demo", "--days", "10", "--caregiver", "Ana"),
        cli(*on_server, "export", "--format", "json", "--output", str(tmp_path / "out.json")),
        cli(*on_server, "import", str(tmp_path / "out.json")),
        cli(*on_server, "backup"),
        cli(*on_server, "check"),
        cli(*on_server, "copy-diary", "--to", str(tmp_path / "home")),
        cli(*on_server, "report", "--from", FIRST, "--to", LAST, "--output",
            str(tmp_path / "r.pdf")),
    ]  # fmt: skip
    for result in said[:6]:
        assert result.returncode == 0, result.stderr
    # A wrong password, and a database that is not there: clear messages, no password in them.
    wrong = cli("--database", _with_login(server, role, password + "x"), "--data-dir", str(team),
                "export", "--format", "csv", "--output", str(tmp_path / "x.csv"))  # fmt: skip
    assert wrong.returncode == 1 and "password authentication failed" in wrong.stderr
    missing = cli("--database", url.replace(dbname, dbname + "_nope"), "--data-dir", str(team),
                  "check")  # fmt: skip
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in written)  # backups and the copy home are there
    assert any("logs" in p.parts for p in written)
    secret = password.encode()
    for path in written:
        assert secret not in path.read_bytes(), path
    for result in [*said, wrong, missing]:
        assert password not in result.stdout + result.stderr


def test_an_older_server_diary_is_brought_up_to_date_with_its_entries_and_totals(
    server: str,
) -> None:
    from caregiver_app.store import day_totals, migrations, migrations_server
    from caregiver_app.store.db import close_database, open_server_database
    from caregiver_app.store.server import ServerDatabase

    old = ServerDatabase(server)
    old.connect()
    old.execute_sql("CREATE TABLE schema_version (id BIGINT GENERATED BY DEFAULT AS IDENTITY"
                    " PRIMARY KEY, version INTEGER NOT NULL)")  # fmt: skip
    for version, step in migrations_server.MIGRATIONS[:5]:
        with old.atomic():
            step(old)
            old.execute_sql("DELETE FROM schema_version")
            old.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (version,))
    old.execute_sql(
        "INSERT INTO person (name, cause, affected_side, notes, is_sample, created_utc)"
        " VALUES ('Rosa', NULL, 'left', '', 0, 1767225600)"
    )
    for n in range(5):
        old.execute_sql(
            "INSERT INTO episode (person_id, started_utc, utc_offset_min, body_region, side,"
            " kind, severity, pain, notes) VALUES (1, ?, 60, 'hand', 'left', ?, 2, ?, '')",
            (1767225600 + n * 7200, None if n == 0 else "spasm", n),
        )
    old.execute_sql("INSERT INTO episode_trigger (episode_id, code) VALUES (2, 'cold')")
    old.close()
    database = open_server_database(server)
    try:
        assert migrations.current_version(database) == migrations.LATEST_VERSION
        rows = database.execute_sql(
            "SELECT COUNT(*), COUNT(recorded_by) FROM episode WHERE person_id = 1"
        ).fetchone()
        assert tuple(rows) == (5, 0)  # kept, and "not recorded" rather than a guess
        assert all(n == 0 for n in day_totals.differences(database).values())
        totals = database.execute_sql(
            "SELECT episodes, counted_2, with_trigger, pain_0 FROM episode_day"
        ).fetchall()
        assert [tuple(r) for r in totals] == [(5, 5, 1, 1)]
    finally:
        close_database()


def test_a_server_diary_backup_opens_as_an_ordinary_sqlite_file(
    server: str, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    ok(cli("--database", server, "--data-dir", str(team), "demo", "--days", "5"))
    ok(cli("--database", server, "--data-dir", str(team), "backup"))
    (backup,) = (team / "backups").glob("*.sqlite3")
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM episode").fetchone()[0] > 0
    finally:
        conn.close()
    assert backup.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("url", ["mysql://ana@host/db", "postgresql://ana@host", "diary"])
def test_a_bad_server_address_is_named_and_nothing_is_made(url: str, tmp_path: Path) -> None:
    result = cli("--database", url, "--data-dir", str(tmp_path / "d"), "demo")
    assert result.returncode == 1
    assert "database" in result.stderr or "server address" in result.stderr
    assert not (tmp_path / "d").exists()
