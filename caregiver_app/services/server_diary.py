"""The diary on a PostgreSQL server: opening it, backing it up into a checked SQLite file,
copying a diary in and out, and checking it. No Qt.

The data folder of each computer still holds its settings, logs and backups; only the diary
itself is on the server. There is no file lock: the server lets several computers write at
once, each change in its own transaction. The password is never kept by the app: it comes from
the URL (used, never written), the system keyring, libpq's own ~/.pgpass or $PGPASSWORD, or
the person at the keyboard (`ask_password`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import peewee

from caregiver_app import paths
from caregiver_app.messages import Message, MessageError
from caregiver_app.services import server_address
from caregiver_app.services.messages import message
from caregiver_app.services.server_address import ServerAddress
from caregiver_app.store import day_totals, db, diary_copy, migrations
from caregiver_app.store.backup import diary_file, listing, retention

# (address, the server's words) -> a password typed by the person, or None when they gave up.
AskPassword = Callable[[ServerAddress, str], "str | None"]

_open: ServerAddress | None = None


class ServerUnavailable(MessageError):
    """The server diary cannot be used; `kind`: "away" (no answer), "login" (the server
    refused the login), "not_empty" (the database holds something else), "newer", "refused"
    (a permission or other server error)."""

    def __init__(self, kind: str, said: Message) -> None:
        super().__init__(said)
        self.kind = kind


def current() -> ServerAddress | None:
    """The server this process has its diary open on, or None (the file)."""
    return _open


def reason_of(exc: BaseException) -> str:
    """The server's (or libpq's) own words, first line, without any connection details."""
    text = str(exc).strip() or type(exc).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    words = next((line for line in lines if "FATAL" in line or "ERROR" in line), lines[0])
    return server_address.redact(words.split("FATAL:", 1)[-1].strip())


def _unavailable(address: ServerAddress, reason: str) -> ServerUnavailable:
    """What to tell the person when connecting failed with the server's (or libpq's) `reason`."""
    if server_address.is_login_refused(reason):
        return ServerUnavailable("login", message("server.login", address=address, reason=reason))
    if "does not exist" in reason:  # it answered: the database or the user is not there
        return ServerUnavailable(
            "refused", message("server.answered", address=address, reason=reason)
        )
    return ServerUnavailable("away", message("server.away", address=address, reason=reason))


def _logged_in(
    address: ServerAddress,
    ask_password: AskPassword | None,
    connect: Callable[[str | None], peewee.Database],
) -> peewee.Database:
    """`connect(password)` with the password the URL or the keyring gives (None: libpq's own
    ~/.pgpass or $PGPASSWORD); when the server refuses the login, the person is asked again (up
    to three times). ServerUnavailable, said for the person, when it cannot be used."""
    password = address.password or server_address.remembered_password(address)
    for _ in range(4):
        try:
            return connect(password)
        except peewee.ImproperlyConfigured:
            raise ServerUnavailable("refused", message("server.no_driver")) from None
        except peewee.OperationalError as exc:
            reason = reason_of(exc)
            if server_address.is_login_refused(reason) and ask_password is not None:
                password = ask_password(address, reason)
                if password is not None:
                    continue
            raise _unavailable(address, reason) from None
    raise ServerUnavailable("login", message("server.login_tries", address=address))


def _connect(address: ServerAddress, ask_password: AskPassword | None) -> peewee.Database:
    """The diary on `address`, open for this process (the models use it), not migrated."""

    def connect(password: str | None) -> peewee.Database:
        try:
            return db.open_server_database(address.conninfo, password=password, migrate=False)
        except peewee.DatabaseError:
            db.close_database()
            raise

    return _logged_in(address, ask_password, connect)


def connect_only(address: ServerAddress, ask_password: AskPassword | None = None) -> None:
    """Connect to the diary on `address` without creating or updating anything (`check`)."""
    global _open
    _connect(address, ask_password)
    _open = address


def open_server(
    address: ServerAddress,
    data_dir: Path,
    *,
    ask_password: AskPassword | None = None,
    create: bool = True,
) -> None:
    """Open the diary on `address` for this process and bring its schema up to date (after a
    checked copy into this computer's backups folder, when an older diary is updated).

    An empty database becomes a new diary when `create`; a database holding other tables and no
    diary is refused untouched. Raises ServerUnavailable with a message for the person."""
    global _open
    database = _connect(address, ask_password)
    try:
        tables = database.get_tables()
        if "schema_version" not in tables:
            if tables:
                raise ServerUnavailable(
                    "not_empty", message("server.not_a_diary", address=address, count=len(tables))
                )
            if not create:
                raise ServerUnavailable("missing", message("server.no_diary_yet", address=address))

        def before(current_version: int, target: int) -> None:
            if current_version:
                backup(data_dir, "before-update")

        migrations.migrate(database, before=before)
    except migrations.NewerDatabaseError as exc:
        db.close_database()
        raise ServerUnavailable("newer", exc.said) from None
    except peewee.DatabaseError as exc:
        db.close_database()
        raise ServerUnavailable(
            "refused", message("server.cannot_use", address=address, reason=reason_of(exc))
        ) from None
    except BaseException:
        db.close_database()
        raise
    _open = address


def close() -> None:
    global _open
    _open = None


def backup(
    data_dir: Path, kind: str = "manual", *, now: dt.datetime | None = None
) -> listing.BackupInfo:
    """A checked SQLite copy of the open server diary in this computer's backups folder, under
    a backup's name, so `restore` and the damaged-diary start treat it like any other."""
    from caregiver_app.store.backup.making import BackupError
    from caregiver_app.store.messages import message

    when = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        folder = listing.backups_folder(Path(data_dir))
    except OSError as exc:
        raise BackupError(message("backup.no_folder", reason=exc.strerror)) from None
    target = listing.backup_name(when, kind, folder)
    try:
        diary_copy.copy_to_file(db.database_proxy.obj, target)
    except diary_copy.CopyError as exc:
        raise BackupError(exc.said) from None
    except OSError as exc:
        raise BackupError(message("backup.not_written", reason=exc.strerror or exc)) from None
    parsed = listing.parse_backup_name(target)
    info = listing.BackupInfo(target, when, kind, target.stat().st_size, parsed[2] if parsed else 1)
    retention.rotate(Path(data_dir), now=when)
    return info


def daily_backup(data_dir: Path, *, now: dt.datetime | None = None) -> listing.BackupInfo | None:
    """The start-up backup of a server diary on this computer: at most once a day, and only
    when someone is in the diary."""
    from caregiver_app.store.backup.making import daily_backup_due

    now = now or dt.datetime.now()
    if not daily_backup_due(Path(data_dir), now.date()):
        return None
    people = db.database_proxy.execute_sql("SELECT COUNT(*) FROM person").fetchone()[0]
    return backup(data_dir, "daily", now=now) if people else None


def copy_home(folder: Path, progress: diary_copy.Progress | None = None) -> diary_copy.CopyReport:
    """Copy the open diary (on a server or in a file) into `folder`'s diary file, which must not
    exist yet; the folder is made (private) when it does not exist."""
    folder = paths.prepare_data_dir(Path(folder))
    target = paths.database_path(folder)
    if target.exists():
        raise diary_copy.CopyError(
            message("copy.folder_has_diary", folder=folder, name=target.name)
        )
    return diary_copy.copy_to_file(db.database_proxy.obj, target, progress)


def copy_to_server(
    address: ServerAddress,
    *,
    ask_password: AskPassword | None = None,
    progress: diary_copy.Progress | None = None,
) -> diary_copy.CopyReport:
    """Copy the open diary into the empty database at `address` (made a diary first), checked.
    The open diary stays the one this process uses."""
    from caregiver_app.store.server import ServerDatabase

    source = db.database_proxy.obj

    def connect(password: str | None) -> peewee.Database:
        target = ServerDatabase(address.conninfo, **({"password": password} if password else {}))
        target.connect()
        return target

    target = _logged_in(address, ask_password, connect)
    try:
        if target.get_tables():  # someone's diary or data: never touched
            raise diary_copy.CopyError(message("copy.not_empty", address=address))
        try:
            migrations.migrate(target)
            return diary_copy.copy_into(source, target, progress)
        except BaseException:
            _drop_what_was_made(target)  # it was empty before: only what this copy made
            raise
    finally:
        target.close()


def _drop_what_was_made(target: peewee.Database) -> None:
    """After a failed copy into a database that was empty: leave it empty again."""
    with target.atomic():
        for table in reversed(diary_copy.tables_in_order(target)):
            target.execute_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
        target.execute_sql("DROP TABLE IF EXISTS schema_version")
        for name in ("episode_totals", "episode_trigger_totals"):
            for what in ("insert", "delete", "update"):
                target.execute_sql(f"DROP FUNCTION IF EXISTS {name}_{what}()")


def check_lines(address: ServerAddress) -> tuple[list[str], list[str]]:
    """`check` on the open server diary: (lines, problems)."""
    from caregiver_app.services.health_check import plural

    database = db.database_proxy.obj
    lines = [f"Diary: on the server {address}"]
    problems: list[str] = []
    version = migrations.current_version(database)
    tables = set(database.get_tables())
    if not version:
        # A database made for the diary and not used yet (the set-up check before copy-diary).
        if tables:
            lines.append(f"  PROBLEM: no diary, but {len(tables)} other tables")
            problems.append("not a diary")
        else:
            lines.append("  no diary yet: the database is empty (copy-diary --to, or the first")
            lines.append("  start with --database, makes one)")
        return lines + _login_lines(database, address, problems), problems
    lines.append(f"  schema version: {version} (this app reads up to {migrations.LATEST_VERSION})")
    # SQLite's own tables (sqlite_sequence, made by AUTOINCREMENT in the file) are not the diary's.
    expected = {t for t in diary_file.expected_tables(version) if not t.startswith("sqlite_")}
    missing = sorted(expected - tables - {"schema_version"})
    if missing:
        lines.append(f"  PROBLEM: tables missing: {', '.join(missing)}")
        problems.append("tables missing")
    else:
        lines.append("  tables: all there")
        off = {t: n for t, n in day_totals.differences(database).items() if n}
        if off:
            lines.append(f"  PROBLEM: running totals differ from the episodes: {off}")
            problems.append("running totals")
        else:
            lines.append("  running totals: agree with the episodes")
        counts = [
            int(database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
            for t in ("person", "episode", "checkin")
        ]
        lines.append(
            f"  holds: {plural(counts[0], 'person', 'people')}, "
            f"{plural(counts[1], 'episode', 'episodes')}, "
            f"{plural(counts[2], 'check-in', 'check-ins')}"
        )
    return lines + _login_lines(database, address, problems), problems


def _login_lines(
    database: peewee.Database, address: ServerAddress, problems: list[str]
) -> list[str]:
    """What `check` says about the login (not a superuser) and the connection (encrypted when
    the server is another computer); adds to `problems`."""
    lines: list[str] = []
    row = database.execute_sql(
        "SELECT rolsuper, COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()),"
        " false) FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if row and row[0]:
        lines.append("  PROBLEM: the app logs in as a superuser; give it a role of its own")
        problems.append("superuser login")
    if not address.local:
        lines.append(f"  connection: {'encrypted (TLS)' if row and row[1] else 'NOT encrypted'}")
        if not (row and row[1]):
            problems.append("connection not encrypted")
    return lines
