"""Opening the diary database: one place, one set of pragmas, one proxy every model shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import peewee

from caregiver_app.paths import DB_FILENAME as DB_FILENAME

# Every model binds to this proxy; `open_database` points it at a real database.
database_proxy = peewee.DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    # WAL with synchronous=FULL: a committed transaction survives a power cut.
    "synchronous": "full",
}


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


def make_database(path: Path | str) -> peewee.SqliteDatabase:
    """A peewee database for `path` with the app's pragmas (one connection per thread)."""
    return peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, thread_safe=True, autoconnect=True)


def open_database(
    path: Path | str, *, migrate: bool = True, backup_before_update: bool = True
) -> peewee.SqliteDatabase:
    """Open (creating if needed) the diary at `path`, bring its schema up to date, bind the models.

    Before any migration changes an existing diary, a `before-update` backup is made in the
    backups folder beside it (`backup.making.backup_before_update`); if that fails, nothing is
    migrated.

    Raises `migrations.NewerDatabaseError` for a file made by a newer version of the app,
    `backup.making.BackupError` when the backup before an update fails, and
    `peewee.DatabaseError` for a file that is not a usable SQLite database.
    """
    from caregiver_app.store import migrations
    from caregiver_app.store.backup import making

    def before(current: int, target: int) -> None:
        # Called by `migrate` outside any transaction; the backup reads from a fresh connection.
        making.backup_before_update(Path(path), current, target)

    db = make_database(path)
    db.connect(reuse_if_open=True)
    database_proxy.initialize(db)
    if migrate:
        migrations.migrate(db, before=before if backup_before_update else None)
    return db


def open_read_only(path: Path | str) -> peewee.SqliteDatabase:
    """Open the diary at `path` without changing it, e.g. on read-only media: SQLite's read-only
    mode (as immutable when no -wal or -shm file is beside it, so none is made), no migration,
    no backup, no pragma that writes. The schema must already be this version's (the caller
    checks); peewee.DatabaseError when the file cannot be opened."""
    from caregiver_app.store.backup.diary_file import read_only_uri

    db = peewee.SqliteDatabase(
        read_only_uri(Path(path)),
        uri=True,
        pragmas={"foreign_keys": 1, "query_only": 1, "busy_timeout": 5000},
        thread_safe=True,
        autoconnect=True,
    )
    db.connect(reuse_if_open=True)
    database_proxy.initialize(db)
    return db


def close_database() -> None:
    obj = database_proxy.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def open_server_database(
    conninfo: str,
    *,
    password: str | None = None,
    migrate: bool = True,
    before: Callable[[int, int], None] | None = None,
) -> peewee.Database:
    """Open the diary on a PostgreSQL server (`conninfo`: a libpq URL without the password),
    bring its schema up to date and bind the models, as `open_database` does for a file.

    `password`, when the app has one (a prompt, the keyring, the URL), goes to the connection
    only. `before(current, target)` runs before any migration changes the schema (a checked copy
    of the diary into the backups folder). Raises `peewee.OperationalError` when the server
    cannot be reached or refuses the login, `migrations.NewerDatabaseError` as for a file.
    """
    from caregiver_app.store import migrations
    from caregiver_app.store.server import ServerDatabase

    extra = {"password": password} if password else {}
    database = ServerDatabase(conninfo, **extra)
    database.connect(reuse_if_open=True)
    database_proxy.initialize(database)
    if migrate:
        migrations.migrate(database, before=before)
    return database


def is_server(database: peewee.Database | None = None) -> bool:
    """True when `database` (default: the open diary) is on a PostgreSQL server."""
    found = database if database is not None else database_proxy.obj
    return bool(getattr(found, "is_server", False))
