"""The command line. With no subcommand it opens the window; the subcommands run headless.

    caregiver-app [--data-dir DIR] [--open PAGE]
    caregiver-app demo [--days N] [--seed S]
    caregiver-app export --format csv|json --output FILE [--person NAME]
    caregiver-app import FILE [--person NAME]
    caregiver-app checklist --output FILE.pdf [--person NAME] [--only-wanted] [--paper a4|letter]
    caregiver-app report --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.pdf [--person NAME]
                         [--paper a4|letter]
    caregiver-app backup [--output FILE | --list]
    caregiver-app restore FILE
    caregiver-app check
    caregiver-app copy-diary --to DIR|URL

Any of them with --database postgresql://user@host/dbname (or $CAREGIVER_APP_DATABASE) uses the
diary on that PostgreSQL server instead of the data folder's file; the data folder still holds
settings, logs and backups, and nothing is locked (the server takes several writers).

Errors go to stderr with exit status 1; usage errors exit with status 2. `check` exits with 1 when
it finds a problem. The commands that write (demo, import, restore) take the data folder's lock,
so they refuse to run while the window (or another command) is using the same diary. The commands
that only read (export, report, checklist, backup, check) never create a folder or a diary, and
read a diary on read-only media without changing it. --output never replaces one of the app's own
files and is written whole or not at all (services/outputs.py). The diary is reached only through
services/diary_access.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app import APP_DISPLAY_NAME, __version__, cli_server
from caregiver_app.cli_server import CommandError

if TYPE_CHECKING:
    from caregiver_app.services.actions.stamp import Stamp

PAGES = (
    "today", "episodes", "new-episode", "checkin", "charts", "treatments", "equipment", "learn",
    "reports", "settings",
)  # fmt: skip


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def _days(text: str) -> int:
    value = _positive_int(text)
    if value > 20000:
        raise argparse.ArgumentTypeError(f"'{text}' is more than 20000 days")
    return value


def _iso_date(text: str) -> dt.date:
    """A calendar date written YYYY-MM-DD, e.g. 2026-11-25, in the years the diary takes."""
    from caregiver_app.services.import_checks import FIRST_DAY, LAST_DAY, day_in_range

    try:
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date written YYYY-MM-DD (e.g. 2026-11-25)"
        ) from None
    if not day_in_range(day):
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the dates the diary takes ({FIRST_DAY} to {LAST_DAY})"
        )
    return day


def _person_name(text: str) -> str:
    """A person's name as the diary takes it: not blank, at most 100 characters."""
    name = text.strip()
    if not name:
        raise argparse.ArgumentTypeError("the name is blank; give the person's name")
    if len(name) > 100:
        raise argparse.ArgumentTypeError(
            f"the name is {len(name)} characters long; a name has at most 100"
        )
    from caregiver_app.services.people import has_control_characters

    if has_control_characters(name):
        raise argparse.ArgumentTypeError(
            "the name holds a line break, tab or other control character; a name is one line"
        )
    return name


def _caregiver_name(text: str) -> str:
    """Who is logging: one line, not blank, at most 80 characters (services/caregivers.py)."""
    from caregiver_app.services.caregivers import MAX_NAME
    from caregiver_app.services.people import has_control_characters

    if has_control_characters(text):
        raise argparse.ArgumentTypeError(
            "the name holds a line break, tab or other control character; a name is one line"
        )
    name = " ".join(text.split())
    if not name:
        raise argparse.ArgumentTypeError("the name is blank; give the caregiver's name")
    if len(name) > MAX_NAME:
        raise argparse.ArgumentTypeError(
            f"the name is {len(name)} characters long; a caregiver's name has at most {MAX_NAME}"
        )
    return name


def _add_caregiver(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--caregiver",
        metavar="NAME",
        type=_caregiver_name,
        help="who is logging: the records added say NAME recorded them (default: the name of "
        "the computer account)",
    )


def _stamp(args: argparse.Namespace) -> Stamp | None:
    """Who is logging (--caregiver, else the account's name) and now, for the records added."""
    from caregiver_app.clock import SYSTEM_CLOCK
    from caregiver_app.services.actions.stamp import Stamp, account_name

    name = args.caregiver or account_name()
    return Stamp(name, SYSTEM_CLOCK.now()) if name else None


def build_parser() -> argparse.ArgumentParser:
    # --data-dir is accepted before or after any subcommand: the subparsers declare it too,
    # with SUPPRESS so an absent value never overwrites one given earlier.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder holding the diary (default: your per-user data folder, or $CAREGIVER_APP_DATA_DIR)",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="use the diary on this PostgreSQL server, e.g. postgresql://ana@diary.example.org/"
        "our_diary (default: $CAREGIVER_APP_DATABASE, else the data folder's own file)",
    )
    parser = argparse.ArgumentParser(
        prog="caregiver-app",
        description=f"{APP_DISPLAY_NAME}: a private diary of muscle twitching and spasms.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"caregiver-app {__version__}")
    parser.add_argument(
        "--open", metavar="PAGE", choices=PAGES, help="open the window on PAGE: " + ", ".join(PAGES)
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo", parents=[common], help="add a sample person with realistic made-up data"
    )
    demo.add_argument("--days", type=_days, default=180, help="days of data to make (default 180)")
    demo.add_argument(
        "--seed", type=int, default=1, help="the same seed always makes the same data (default 1)"
    )
    demo.add_argument(
        "--language",
        choices=("en", "es"),
        default="en",
        help="the language of the sample's notes, names and questions (default en)",
    )
    _add_caregiver(demo)

    export = sub.add_parser(
        "export", parents=[common], help="export a person's diary to CSV or JSON"
    )
    export.add_argument("--format", required=True, choices=("csv", "json"))
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument(
        "--person",
        metavar="NAME",
        type=_person_name,
        help="whose diary (default: the active person)",
    )

    imp = sub.add_parser(
        "import", parents=[common], help="import episodes (CSV) or a whole diary (JSON)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--person",
        metavar="NAME",
        type=_person_name,
        help="import into this person (created if new)",
    )
    _add_caregiver(imp)
    checklist = sub.add_parser(
        "checklist",
        parents=[common],
        help="print the equipment checklist (or shopping list) to a PDF",
    )
    checklist.add_argument("--output", required=True, metavar="FILE.pdf")
    checklist.add_argument(
        "--person",
        metavar="NAME",
        type=_person_name,
        help="whose checklist (default: the active person)",
    )
    checklist.add_argument(
        "--only-wanted", action="store_true", help="only items marked might help or ordered"
    )
    checklist.add_argument("--paper", choices=("a4", "letter"), default="a4")
    checklist.add_argument(
        "--language",
        choices=("en", "es"),
        help="the language of the PDF (default: the window's language setting, else the system's)",
    )

    report = sub.add_parser(
        "report",
        parents=[common],
        help="write the appointment summary (figures, charts, episode log) of a period to a PDF",
    )
    report.add_argument(
        "--from", dest="first_day", required=True, type=_iso_date, metavar="YYYY-MM-DD"
    )
    report.add_argument(
        "--to", dest="last_day", required=True, type=_iso_date, metavar="YYYY-MM-DD"
    )
    report.add_argument("--output", required=True, metavar="FILE.pdf")
    report.add_argument(
        "--person",
        metavar="NAME",
        type=_person_name,
        help="whose diary (default: the active person)",
    )
    report.add_argument("--paper", choices=("a4", "letter"), default="a4")
    report.add_argument(
        "--log",
        choices=("none", "14d", "all"),
        default="14d",
        help="the episode log: none, the last 14 days (default) or every episode of the period",
    )
    report.add_argument(
        "--language",
        choices=("en", "es"),
        help="the language of the PDF (default: the window's language setting, else the system's)",
    )
    report.set_defaults(usage_error=report.error)

    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="back up the diary into the backups folder, or to --output FILE",
    )
    where = backup.add_mutually_exclusive_group()
    where.add_argument(
        "--output", metavar="FILE", help="write the backup here instead (the file must not exist)"
    )
    where.add_argument("--list", action="store_true", help="list the backups kept in the folder")
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the diary with a backup (the current diary is kept as a backup first)",
    )
    restore.add_argument("file", metavar="FILE")
    sub.add_parser(
        "check",
        parents=[common],
        help="check the diary and its newest backup; exit status 1 if anything is wrong",
    )
    copy = sub.add_parser(
        "copy-diary",
        parents=[common],
        help="copy the whole diary into an empty folder or an empty server database, checked",
    )
    copy.add_argument(
        "--to",
        metavar="DIR|URL",
        required=True,
        help="a folder with no diary in it (made if missing), or postgresql://... of an empty database",
    )
    return parser


def _offscreen_gui() -> object:
    """A QGuiApplication for drawing PDFs; offscreen, so it works with no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["caregiver-app"])


def _use_language(choice: str | None, data_dir: Path) -> str:
    """Print in `choice`, else in the window's language setting, else the system's; return
    the language code in use ("en", "es")."""
    from PySide6.QtCore import QSettings

    from caregiver_app import translations as i18n

    if choice is None:
        settings = data_dir / "settings.ini"  # the window's (ui/app.open_settings)
        saved = QSettings(str(settings), QSettings.Format.IniFormat).value("appearance/language")
        choice = str(saved) if settings.is_file() and saved in i18n_choices() else "system"
    return i18n.install(choice)


def i18n_choices() -> tuple[str, ...]:
    return ("system", "en", "es")


def _check_output(output: str, data_dir: Path, *, spare_diaries: bool = True) -> Path:
    """The --output file, refused (CommandError naming it) when it is one of the app's own files
    or inside its folders, a folder, or in a folder that does not exist."""
    from caregiver_app.services import diary_access, outputs

    try:
        path = outputs.check_output_path(Path(output), data_dir)
    except outputs.OutputError as exc:
        raise CommandError(f"--output: {exc}") from None
    # A backup or copy kept elsewhere: an export is never meant for it.
    if spare_diaries and diary_access.is_sqlite_file(path):
        raise CommandError(
            f"--output: {path} is a diary file (a backup or a copy of the diary); writing there "
            "would replace it. Choose another name. Nothing was written."
        )
    return path


def _prepare_data_dir(data_dir_arg: str | None) -> Path:
    from caregiver_app import paths

    try:
        return paths.prepare_data_dir(paths.resolve_data_dir(data_dir_arg))
    except paths.DataDirError as exc:
        raise CommandError(str(exc)) from None


def _existing_data_dir(data_dir_arg: str | None) -> Path:
    """The data folder for commands that only read: never created by them."""
    from caregiver_app import paths

    data_dir = paths.resolve_data_dir(data_dir_arg)
    if not data_dir.is_dir():
        raise CommandError(f"The folder {data_dir} does not exist. Nothing was created.")
    return data_dir


def _take_lock(data_dir: Path, command: str) -> object:
    """The data folder's lock for a command that writes; CommandError if someone else has it."""
    from caregiver_app import paths
    from caregiver_app.logging_setup import log
    from caregiver_app.services import diary_access

    try:
        return diary_access.take_lock(data_dir, f"caregiver-app {command}")
    except diary_access.LockHeld as exc:
        raise CommandError(str(exc)) from None
    except paths.UnsafeFileError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:  # e.g. a network folder without locks: carry on, but say so
        log.warning("The data folder cannot be locked (errno %s).", exc.errno)
        print(
            f"caregiver-app {command}: note: the data folder cannot be locked "
            f"({exc.strerror}); make sure the app is not open on it.",
            file=sys.stderr,
        )
    return None


def _open_store(data_dir: Path, command: str) -> None:
    """Open the diary for a headless command; CommandError when it cannot be used.

    Commands that only read never create a diary: a missing one is an error naming the newest
    backup, and so is one for a command that writes when backups show there was a diary. A
    diary that cannot be written (read-only media) is read without any change.
    """
    from caregiver_app.services import diary_access

    reading = command in READING_COMMANDS
    if diary_access.server() is not None:
        try:
            diary_access.open_diary(data_dir, create=not reading)
        except diary_access.DiaryUnavailable as exc:
            raise CommandError(str(exc)) from None
        return
    # No diary but backups: a new diary would hide the loss (the window's restore offer is
    # only made for a missing diary), so no command starts one there.
    lost = not diary_access.diary_path(data_dir).exists() and diary_access.list_backups(data_dir)
    create = not reading and not lost
    try:
        opened = diary_access.open_diary(data_dir, create=create, read_only_ok=reading)
    except diary_access.DiaryUnavailable as exc:
        raise CommandError(str(exc)) from None
    if opened.read_only:
        print(
            f"caregiver-app {command}: note: the diary's folder is read-only, so the diary was "
            "only read (not updated, not backed up).",
            file=sys.stderr,
        )


def _person_id(name: str | None) -> int:
    from caregiver_app.services import people

    if name:
        found = people.find_by_name(name)
        if found is None:
            everyone = ", ".join(p.name for p in people.list_people()) or "nobody yet"
            raise CommandError(f"No one called '{name}' is in this diary (people: {everyone}).")
        return found.id
    active = people.get_active()
    if active is None:
        raise CommandError("This diary has no one in it yet. Open the app to set up a profile.")
    return active.id


def _cmd_demo(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.logging_setup import log
    from caregiver_app.services.actions import diary
    from caregiver_app.translations import translator_for

    say = translator_for(args.language, "sample")
    _, result = diary.make_sample(
        days=args.days, seed=args.seed, say=say, undoable=False, by=_stamp(args)
    )
    log.info("demo: added sample data (%d episodes)", result.episodes)
    print(
        f"Added sample person '{result.name}' with {result.episodes} episodes and "
        f"{result.checkins} check-ins over {result.days} days."
    )


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.services import exchange
    from caregiver_app.services.outputs import OutputError

    output = _check_output(args.output, data_dir)
    try:
        exchange.export_file(_person_id(args.person), output, args.format)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    print(f"Exported to {output}. {exchange.HEALTH_NOTICE}")


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.services import exchange
    from caregiver_app.services.actions import diary

    try:
        _, result = diary.import_file(Path(args.file), args.person, undoable=False, by=_stamp(args))
    except exchange.ImportFailed as exc:
        raise CommandError(f"Nothing was imported. {exc}") from None
    from caregiver_app.logging_setup import log

    log.info(
        "import: added %d, skipped %d already there, kept the diary's for %d",
        sum(result.tally.added.values()),
        sum(result.tally.same.values()),
        sum(result.tally.kept.values()),
    )
    print(result.summary())


def _cmd_checklist(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.services import equipment
    from caregiver_app.services.outputs import OutputError

    output = _check_output(args.output, data_dir)
    person_id = _person_id(args.person)
    app = _offscreen_gui()
    language = _use_language(args.language, data_dir)
    try:
        catalogue = equipment.load_catalogue(language=language)
    except equipment.CatalogueError as exc:
        raise CommandError(f"The equipment catalogue is damaged: {exc}") from None
    if args.only_wanted and not equipment.checklist(
        person_id, catalogue, statuses=equipment.WANTED_STATUSES
    ):
        print(
            "Nothing is marked 'might help' or 'ordered' yet, so there is no shopping list "
            f"to print. {output} was not written."
        )
        return
    from caregiver_app.report.checklist import write_checklist_pdf

    try:  # written private (0600), checked, then renamed into place
        write_checklist_pdf(
            person_id, output, only_wanted=args.only_wanted, paper=args.paper, catalogue=catalogue
        )
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    del app
    what = "shopping list" if args.only_wanted else "checklist"
    print(f"Wrote the equipment {what} to {output}.")


def _cmd_report(args: argparse.Namespace, data_dir: Path) -> None:
    today = dt.date.today()
    first, last = args.first_day, args.last_day
    if first > last:  # usage errors: exit status 2, before the diary is opened
        args.usage_error(f"--from {first} is after --to {last}; give the earlier day first.")
    if first > today:
        args.usage_error(f"the period {first} to {last} is in the future (today is {today}).")
    output = _check_output(args.output, data_dir)
    _open_store(data_dir, "report")
    person_id = _person_id(args.person)
    if last > today:
        print(f"--to {last} is in the future; the report ends today, {today}.")
        last = today
    app = _offscreen_gui()
    _use_language(args.language, data_dir)
    from caregiver_app.report import appointment
    from caregiver_app.services.outputs import OutputError
    from caregiver_app.services.periods import Period
    from caregiver_app.services.report_data.episode_log import LOG_CHOICES

    try:  # written private (0600), checked (every page there), then renamed into place
        pages = appointment.make_report_pdf(
            person_id,
            Period(first, last),
            output,
            args.paper,
            today,
            log_days=LOG_CHOICES[args.log],
        )
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    del app
    count = "1 page" if pages == 1 else f"{pages} pages"
    print(f"Wrote the appointment summary of {first} to {last} ({count}) to {output}.")


def _describe(report: object) -> str:
    from caregiver_app.services import diary_access
    from caregiver_app.services.health_check import contents, human_size

    assert isinstance(report, diary_access.FileReport)
    return f"{human_size(report.size)}; {contents(report)}"


def _cmd_backup(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app import paths
    from caregiver_app.logging_setup import log
    from caregiver_app.services import diary_access
    from caregiver_app.services.health_check import human_size

    if args.list:
        found = diary_access.list_backups(data_dir)
        if not found:
            print(f"No backups yet in {paths.backups_dir(data_dir)}.")
        for item in found:
            print(
                f"{item.when:%Y-%m-%d %H:%M:%S}  {item.kind:<15} {human_size(item.size):>9}  {item.path}"
            )
        return
    notice = diary_access.BACKUP_HEALTH_NOTICE
    try:
        if args.output:
            output = _check_output(args.output, data_dir, spare_diaries=False)  # never overwrites
            try:
                report = diary_access.save_copy(data_dir, output)
            except diary_access.BackupError as exc:
                log.warning("backup: the copy was not made")
                said = (
                    str(exc)
                    if str(output) in str(exc)
                    else f"The copy {output} was not made: {exc}"
                )
                raise CommandError(said) from None
            log.info("backup: saved a copy to a file the user chose")
            print(f"Backed up the diary to {output} ({_describe(report)}). {notice}")
        else:
            info = diary_access.create_backup(data_dir, "manual")
            log.info("backup: made %s", info.path.name)
            report = diary_access.check_file(info.path)
            print(f"Backed up the diary to {info.path} ({_describe(report)}). {notice}")
    except diary_access.BackupError as exc:
        log.warning("backup failed")
        raise CommandError(f"{exc}") from None


def _cmd_restore(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.logging_setup import log
    from caregiver_app.services import diary_access

    try:
        result = diary_access.restore(Path(args.file), data_dir)
    except diary_access.RestoreError as exc:
        log.warning("restore refused or failed")
        raise CommandError(str(exc)) from None
    log.info("restore: done (previous diary: %s)", result.kept_how or "none")
    try:
        diary_access.open_writable(data_dir)
    except diary_access.DiaryUnavailable as exc:
        raise CommandError(f"The restored diary could not be opened: {exc}") from None
    print(f"Restored the diary from {args.file} ({_describe(result.report)}).")
    if result.kept_how == "backup":
        print(f"The diary as it was before is kept as a backup: {result.kept}")
    elif result.kept_how == "set-aside":
        print(
            f"The diary that was there could not be used; it was moved, unchanged, to {result.kept}"
        )


def _cmd_check(args: argparse.Namespace, data_dir: Path) -> None:
    from caregiver_app.services import health_check

    report = health_check.run_check(data_dir)
    print(report.text(), end="")
    if not report.ok:
        raise CheckFailed()


class CheckFailed(Exception):
    """`check` found a problem: exit status 1, the report already printed."""


COMMANDS = {
    "demo": _cmd_demo,
    "export": _cmd_export,
    "import": _cmd_import,
    "checklist": _cmd_checklist,
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "copy-diary": cli_server.cmd_copy_diary,
}
WRITING_COMMANDS = frozenset({"demo", "import", "restore"})  # take the data folder's lock
OPENING_COMMANDS = frozenset({"demo", "export", "import", "checklist", "copy-diary"})  # open
READING_COMMANDS = frozenset({"export", "checklist", "report", "copy-diary"})  # never create
LOGGED_COMMANDS = frozenset({"demo", "import", "restore", "backup"})


def _check_input_file(path: str) -> None:
    """`import FILE` reads an ordinary file only: a FIFO or a device (/dev/zero) could keep it
    waiting for ever with the lock held. Checked before anything else."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise CommandError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(mode):
        raise CommandError(f"{path} is not a regular file. Nothing was imported.")


def _run(args: argparse.Namespace, data_dir_arg: str | None) -> None:
    from caregiver_app import paths
    from caregiver_app.logging_setup import setup_logging

    command = args.command
    if command == "import":
        _check_input_file(args.file)
    from caregiver_app.services import diary_access

    on_server = diary_access.server() is not None
    if (command in ("check", "backup") or command in READING_COMMANDS) and not on_server:
        data_dir = _existing_data_dir(data_dir_arg)
    else:
        data_dir = _prepare_data_dir(data_dir_arg)
    if command in LOGGED_COMMANDS and not getattr(args, "list", False):
        try:
            setup_logging(data_dir, f"caregiver-app {command}")
        except paths.UnsafeFileError as exc:
            raise CommandError(str(exc)) from None
    # A server takes several writers at once: no data-folder lock for its diary.
    held = _take_lock(data_dir, command) if command in WRITING_COMMANDS and not on_server else None
    try:
        if on_server and command == "check":
            cli_server.connect_for_check()
        elif command in OPENING_COMMANDS or (on_server and command == "backup"):
            _open_store(data_dir, command)
        COMMANDS[command](args, data_dir)
    finally:
        if held is not None:
            held.release()  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir_arg = getattr(args, "data_dir", None)
    database_arg = getattr(args, "database", None)
    if args.command is None:
        from caregiver_app.ui.app import run_window

        return run_window(data_dir_arg, args.open, database_arg)
    try:
        cli_server.use_server(database_arg, args.command)
        _run(args, data_dir_arg)
    except CheckFailed:
        return 1
    except CommandError as exc:
        print(f"caregiver-app {args.command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"caregiver-app {args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except Exception as exc:
        from caregiver_app.services import diary_access

        if not isinstance(exc, diary_access.DatabaseError):
            raise
        reason = diary_access.database_error_reason(exc)
        print(
            f"caregiver-app {args.command}: the diary could not be used ({reason}). "
            "Each change is saved whole or not at all, so nothing half-done was saved.",
            file=sys.stderr,
        )
        return 1
    finally:
        from caregiver_app.logging_setup import stop_logging
        from caregiver_app.services import diary_access

        diary_access.close()
        stop_logging()
    return 0


if __name__ == "__main__":
    sys.exit(main())
