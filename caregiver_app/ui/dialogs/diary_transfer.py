"""Export and import from the window: file dialogs, messages, and the work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from caregiver_app.services import exchange, outputs, people
from caregiver_app.services.actions import Change
from caregiver_app.services.actions import diary as diary_actions
from caregiver_app.ui import output_guard, prompts, tasks
from caregiver_app.ui.actions import record_done
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.service_text import error_text, say
from caregiver_app.words import tr


def export_diary(parent: QWidget, person_id: int) -> None:
    name = people.get_person(person_id).name
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Export diary"),
        str(Path.home() / f"{name}.csv"),
        tr("Episode log, CSV (*.csv);;Everything, JSON (*.json)"),
    )
    if not path or not output_guard.may_write(parent, tr("Export"), Path(path)):
        return
    fmt = "json" if path.lower().endswith(".json") or "json" in chosen.lower() else "csv"
    try:  # whole or not at all: a checked temporary file, then a rename
        exchange.export_file(person_id, Path(path), fmt)
    except outputs.OutputError as exc:
        prompts.warn(parent, tr("Export"), error_text(exc))
        return
    prompts.inform(
        parent,
        tr("Export"),
        tr("Saved to %1.\n\nThis file contains health information. Keep it private.").replace(
            "%1", path
        ),
    )


def import_diary(parent: QWidget, ctx: PageContext) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import"), str(Path.home()), tr("Diary files (*.csv *.json)")
    )
    if path:
        import_path(parent, ctx, Path(path))


def import_path(parent: QWidget, ctx: PageContext, path: Path) -> None:
    """Import all or nothing, in the background (undoable); say what came in and what was
    skipped (the diary keeps what it has), or why nothing came in."""

    def done(made: tuple[Change, exchange.ImportResult]) -> None:
        change, result = made
        record_done(ctx, tr("Import"), change)
        prompts.inform(parent, tr("Import"), say(result.summary()))

    def failed(exc: BaseException) -> None:
        prompts.warn(parent, tr("Import"), tr("Nothing was imported.") + "\n\n" + error_text(exc))

    by = ctx.stamp()
    origin = ctx.notifier.origin
    tasks.run_task(lambda: diary_actions.import_file(path, by=by, origin=origin), done, failed)
