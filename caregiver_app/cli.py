"""The command line. With no subcommand it opens the window; the subcommands run headless.

    caregiver-app [--data-dir DIR] [--open PAGE]
    caregiver-app demo [--days N] [--seed S]
    caregiver-app export --format csv|json --output FILE [--person NAME]
    caregiver-app import FILE [--person NAME]
    caregiver-app checklist --output FILE.pdf [--person NAME] [--only-wanted] [--paper a4|letter]

Errors go to stderr with exit status 1; usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from caregiver_app import APP_DISPLAY_NAME, __version__

PAGES = (
    "today", "episodes", "new-episode", "checkin", "charts", "treatments", "equipment", "learn",
    "reports", "settings",
)  # fmt: skip


class CommandError(Exception):
    """A headless command failed; the message is for the user."""


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

    export = sub.add_parser(
        "export", parents=[common], help="export a person's diary to CSV or JSON"
    )
    export.add_argument("--format", required=True, choices=("csv", "json"))
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument("--person", metavar="NAME", help="whose diary (default: the active person)")

    imp = sub.add_parser(
        "import", parents=[common], help="import episodes (CSV) or a whole diary (JSON)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--person", metavar="NAME", help="import into this person (created if new)")
    checklist = sub.add_parser(
        "checklist",
        parents=[common],
        help="print the equipment checklist (or shopping list) to a PDF",
    )
    checklist.add_argument("--output", required=True, metavar="FILE.pdf")
    checklist.add_argument(
        "--person", metavar="NAME", help="whose checklist (default: the active person)"
    )
    checklist.add_argument(
        "--only-wanted", action="store_true", help="only items marked might help or ordered"
    )
    checklist.add_argument("--paper", choices=("a4", "letter"), default="a4")
    return parser


def _offscreen_gui() -> object:
    """A QGuiApplication for drawing PDFs; offscreen, so it works with no display."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["caregiver-app"])


def _check_output(path: Path) -> Path:
    if path.is_dir():
        raise CommandError(f"--output: {path} is a folder; give a file name.")
    if not path.parent.exists():
        raise CommandError(f"--output: the folder {path.parent} does not exist.")
    return path


def _open_store(data_dir_arg: str | None) -> Path:
    """Open the diary for a headless command; CommandError when it cannot be used."""
    import peewee

    from caregiver_app import paths
    from caregiver_app.store import db, migrations

    try:
        data_dir = paths.prepare_data_dir(paths.resolve_data_dir(data_dir_arg))
    except paths.DataDirError as exc:
        raise CommandError(str(exc)) from None
    db_path = paths.database_path(data_dir)
    try:
        db.open_database(db_path)
    except migrations.NewerDatabaseError as exc:
        raise CommandError(str(exc)) from None
    except peewee.DatabaseError as exc:
        raise CommandError(
            f"The diary {db_path} cannot be opened: {exc}. It was not changed."
        ) from None
    paths.make_private(db_path)
    return data_dir


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


def _cmd_demo(args: argparse.Namespace) -> None:
    from caregiver_app.services import sample

    result = sample.generate(days=args.days, seed=args.seed)
    print(
        f"Added sample person '{result.name}' with {result.episodes} episodes and "
        f"{result.checkins} check-ins over {result.days} days."
    )


def _cmd_export(args: argparse.Namespace) -> None:
    from caregiver_app.services import exchange

    output = _check_output(Path(args.output))
    exchange.export_file(_person_id(args.person), output, args.format)
    print(f"Exported to {output}. {exchange.HEALTH_NOTICE}")


def _cmd_import(args: argparse.Namespace) -> None:
    from caregiver_app.services import exchange

    try:
        result = exchange.import_file(Path(args.file), args.person)
    except exchange.ImportFailed as exc:
        raise CommandError(f"Nothing was imported. {exc}") from None
    created = " (new person)" if result.created_person else ""
    print(
        f"Imported {result.episodes} episodes and {result.checkins} check-ins "
        f"into {result.person_name}{created}."
    )


def _cmd_checklist(args: argparse.Namespace) -> None:
    from caregiver_app.services import equipment

    output = _check_output(Path(args.output))
    person_id = _person_id(args.person)
    try:
        catalogue = equipment.load_catalogue()
    except equipment.CatalogueError as exc:
        raise CommandError(f"The equipment catalogue is damaged: {exc}") from None
    app = _offscreen_gui()
    from caregiver_app.report.checklist import write_checklist_pdf

    write_checklist_pdf(
        person_id, output, only_wanted=args.only_wanted, paper=args.paper, catalogue=catalogue
    )
    del app
    what = "shopping list" if args.only_wanted else "checklist"
    print(f"Wrote the equipment {what} to {output}.")


COMMANDS = {
    "demo": _cmd_demo,
    "export": _cmd_export,
    "import": _cmd_import,
    "checklist": _cmd_checklist,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir_arg = getattr(args, "data_dir", None)
    if args.command is None:
        from caregiver_app.ui.app import run_window

        return run_window(data_dir_arg, args.open)
    try:
        _open_store(data_dir_arg)
        COMMANDS[args.command](args)
    except CommandError as exc:
        print(f"caregiver-app {args.command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"caregiver-app {args.command}: {exc.strerror or exc}: {exc.filename or ''}",
            file=sys.stderr,
        )
        return 1
    finally:
        from caregiver_app.store.db import close_database

        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
