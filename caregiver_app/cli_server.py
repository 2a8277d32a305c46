"""The command line's side of a diary on a PostgreSQL server: `--database URL` (or
$CAREGIVER_APP_DATABASE), the password asked at the terminal when nothing else gave it, `check`
without changing anything, and `copy-diary --to DIR|URL`. Reaches the diary only through
services/diary_access.py, like cli.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class CommandError(Exception):
    """A headless command failed; the message is for the user."""


def ask_password_on_terminal(address: object, why: str) -> str | None:
    """The server wants a password the URL, keyring and ~/.pgpass did not give: ask at the
    terminal (never echoed), or give up when nobody is there to answer."""
    import getpass

    if not sys.stdin.isatty():
        return None
    print(f"The server says: {why}", file=sys.stderr)
    try:
        return getpass.getpass(f"Password for {address}: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def use_server(database_arg: str | None, command: str) -> None:
    """--database URL (or $CAREGIVER_APP_DATABASE): the diary is on that server."""
    from caregiver_app.services import diary_access, server_address

    url = server_address.from_environment(database_arg)
    if url is None:
        return
    try:
        address = server_address.parse(url)
    except server_address.BadAddress as exc:
        raise CommandError(str(exc)) from None
    if command == "restore":
        raise CommandError(
            "restore puts a backup back into a data folder's own diary file, not onto a server. "
            "To put a backup onto the server: restore it into a folder, then "
            f"'caregiver-app --data-dir FOLDER copy-diary --to URL' into an empty database on {address}."
        )
    diary_access.use_server(address, ask_password_on_terminal)


def connect_for_check() -> None:
    """`check` on a server diary: connect without updating or creating anything."""
    from caregiver_app.services import diary_access

    try:
        diary_access.connect_to_server()
    except diary_access.DiaryUnavailable as exc:
        raise CommandError(str(exc)) from None


def cmd_copy_diary(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.logging_setup import log
    from caregiver_app.services import diary_access, server_address
    from caregiver_app.services.health_check import plural

    target = args.to
    try:
        if server_address.looks_like_address(target):
            address = server_address.parse(target)
            report = diary_access.copy_to_server(address, ask_password_on_terminal)
            where = f"the server database {address}"
        else:
            report = diary_access.copy_home(Path(target).expanduser())
            where = str(Path(target).expanduser())
    except (diary_access.CopyError, diary_access.DiaryUnavailable) as exc:
        raise CommandError(str(exc)) from None
    except server_address.BadAddress as exc:
        raise CommandError(str(exc)) from None
    log.info("copy-diary: copied %d people, %d episodes", report.people, report.episodes)
    print(
        f"Copied the diary ({plural(report.people, 'person', 'people')}, "
        f"{plural(report.episodes, 'episode', 'episodes')}, "
        f"{sum(report.tables.values()):,} records in all) to {where}; the copy was checked. "
        "The diary used until now is unchanged."
    )
