"""Sample data from the welcome page: six months of made-up episodes for a made-up person,
made off the GUI thread behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from caregiver_app.services import sample
from caregiver_app.services.actions import Change
from caregiver_app.services.actions import diary as diary_actions
from caregiver_app.ui import prompts, tasks
from caregiver_app.ui.actions import record_done
from caregiver_app.ui.context import PageContext
from caregiver_app.words import tr


def make_sample_diary(
    parent: QWidget, ctx: PageContext, added: Callable[[sample.SampleResult], None]
) -> None:
    """Make the sample person and their diary (undoable), then `added(result)` (after a
    failure: a message)."""
    progress = QProgressDialog(tr("Making six months of sample data…"), "", 0, 0, parent)
    progress.setWindowTitle(tr("Sample data"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    progress.setWindowModality(Qt.WindowModality.WindowModal)

    def done(made: tuple[Change, sample.SampleResult]) -> None:
        progress.close()
        change, result = made
        record_done(ctx, tr("Sample data"), change)
        added(result)

    def failed(exc: BaseException) -> None:
        progress.close()
        prompts.warn(
            parent,
            tr("Sample data"),
            tr("Could not make sample data: %1").replace("%1", str(exc)),
        )

    def say(text: str) -> str:  # the sample's notes and names in the window's language
        return QCoreApplication.translate("sample", text)

    by = ctx.stamp()
    origin = ctx.notifier.origin
    tasks.run_task(
        lambda: diary_actions.make_sample(days=180, say=say, by=by, origin=origin), done, failed
    )


def added_text(result: sample.SampleResult) -> str:
    """What the status bar says once the sample is in the diary."""
    return (
        tr("Added %1 with %2 made-up episodes.")
        .replace("%1", result.name)
        .replace("%2", str(result.episodes))
    )
