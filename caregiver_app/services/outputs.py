"""Files the user asks for (exports, PDFs, copies of the diary): where they may go, and writing
them so that they appear whole or not at all. No Qt.

`check_output_path` is the one rule for every output, from the command line and from the
window's Save dialogs: an output never replaces one of the app's own files (the diary and the
files SQLite keeps beside it, the lock, the settings) nor goes into its backups, set-aside or
logs folders, however the path is written (symbolic links and `..` are resolved first, and a
second name for the same file, a hard link, is caught too).

`write_output` writes through a temporary file in the same folder (created afresh, never through
a symbolic link), checks it (not empty; a PDF must end properly and have every page), forces it
to the disk, and only then renames it into place. On any failure, a full disk included, nothing
is left behind and `OutputError` says what happened.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from caregiver_app import paths
from caregiver_app.messages import MessageError
from caregiver_app.services.messages import message
from caregiver_app.store.backup.online_copy import fsync_dir

T = TypeVar("T")
PARTIAL_SUFFIX = ".partial"
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


class OutputError(MessageError):
    """An output was refused or could not be written; `said` says why. Nothing was changed."""


def _real(path: Path) -> Path:
    """`path` with symbolic links and `..` resolved, even when the file does not exist yet."""
    return Path(os.path.realpath(path))


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def check_output_path(path: Path, data_dir: Path) -> Path:
    """`path` if an output may be written there; OutputError (naming the file) if it is one of
    the app's own files, inside one of its folders, a folder, or in a folder that does not
    exist. Nothing is created or changed."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputError(message("output.is_folder", path=path))
    if not path.parent.is_dir():
        raise OutputError(message("output.no_folder", folder=path.parent))
    real = _real(path)
    data_dir = Path(data_dir)
    for name in paths.OWN_FILES:
        own = data_dir / name
        if real == _real(own) or (real.exists() and _same_file(real, own)):
            raise OutputError(message("output.app_file", path=path))
    for folder in paths.OWN_FOLDERS:
        own = data_dir / folder
        # By name, and by identity (a folder's other spelling on a case-insensitive disk).
        if real.is_relative_to(_real(own)) or any(_same_file(p, own) for p in real.parents):
            raise OutputError(message("output.app_folder", path=path, folder=folder))
    return path


class Incomplete(Exception):
    """Raised by a check of a freshly written output: it is empty or cut short."""


def verify_not_empty(path: Path, _result: object = None) -> None:
    if os.stat(path).st_size == 0:
        raise Incomplete()


def pdf_pages(path: Path) -> int | None:
    """How many pages a finished PDF has; None when it is cut short (no `%%EOF` at its end)."""
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.rstrip().endswith(b"%%EOF"):
        return None
    return len(_PDF_PAGE.findall(data))


def verify_pdf(path: Path, pages: int | None) -> None:
    """A PDF that ends as a PDF must, with `pages` pages (when known)."""
    verify_not_empty(path)
    found = pdf_pages(path)
    if found is None or found == 0 or (pages is not None and found != pages):
        raise Incomplete()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | paths.NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_output(
    path: Path,
    write: Callable[[Path], T],
    verify: Callable[[Path, T], None] | None = None,
) -> T:
    """Write the file at `path` whole or not at all and return what `write` returned.

    `write(temporary)` writes the content to a fresh temporary file beside `path` (private to the
    user); `verify(temporary, result)` checks it, raising `Incomplete` (the default: not empty). Then it is forced to
    the disk and renamed into place. Any OS error (a full disk, a folder that cannot be written)
    becomes OutputError and leaves no file behind; an existing file at `path` is unchanged.
    """
    path = Path(path)
    try:
        # mkstemp creates the file exclusively (O_EXCL), so never through a planted link.
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OutputError(
            message("output.not_written", path=path, reason=exc.strerror or exc)
        ) from None
    os.close(fd)
    temporary = Path(name)
    try:
        result = write(temporary)
        try:
            (verify or verify_not_empty)(temporary, result)
        except Incomplete:
            raise OutputError(message("output.incomplete", path=path)) from None
        _fsync_file(temporary)
        os.replace(temporary, path)
        fsync_dir(path.parent)
        return result
    except OSError as exc:
        raise OutputError(
            message("output.not_written", path=path, reason=exc.strerror or exc)
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_text(path: Path, text: str) -> None:
    """A text file (UTF-8, newlines as given) written whole or not at all."""

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    write_output(path, write)
