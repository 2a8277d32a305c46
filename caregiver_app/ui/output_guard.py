"""The window's Save dialogs and the command line follow one rule for where a file may be
written (`services.outputs.check_output_path`): never over one of the app's own files nor into
its backups, set-aside or logs folders. Here the window says why, instead of writing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from caregiver_app.services import diary_access, outputs
from caregiver_app.ui import prompts
from caregiver_app.ui.service_text import error_text


def may_write(parent: QWidget, title: str, path: Path) -> bool:
    """True when `path` may be written; otherwise False, after telling the user why."""
    folder = diary_access.open_folder()
    if folder is None:
        return True
    try:
        outputs.check_output_path(path, folder)
    except outputs.OutputError as exc:
        prompts.warn(parent, title, error_text(exc))
        return False
    return True
