"""The log: a small rotating file in the data folder, private to the user. No Qt.

What is logged: what the app did with the diary (opened, migrated, backed up, restored, checked),
problems, and the traceback of unexpected errors. What is never logged: names, notes, or any other
text from the diary, nor file names the user chose (they often hold a name). Exception messages
can quote what was typed, so `log_unexpected` keeps only their type and where they happened.
"""

from __future__ import annotations

import logging
import os
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from caregiver_app import __version__, paths

LOG_FILENAME = "caregiver-app.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
LOGGER_NAME = "caregiver_app"

log = logging.getLogger(LOGGER_NAME)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 on POSIX (rotation makes new ones)."""

    def _open(self) -> TextIOWrapper:
        # Never through a symbolic link (paths.UnsafeFileError): a planted link must not make
        # the app append to, or change the permissions of, a file elsewhere.
        fd = paths.open_own_file(Path(self.baseFilename), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        stream = os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)
        assert isinstance(stream, TextIOWrapper)
        return stream


def log_file(data_dir: Path) -> Path:
    return paths.logs_dir(Path(data_dir)) / LOG_FILENAME


def setup_logging(data_dir: Path, what: str) -> Path | None:
    """Send the app's log to `<data folder>/logs/caregiver-app.log`; return its path.

    Returns None (and logs nowhere) when the folder cannot be written; the app still works.
    Raises paths.UnsafeFileError when the logs folder or the log file is a symbolic link: the
    app never writes through one. Calling it again for another data folder moves the log there.
    """
    target = log_file(data_dir)
    try:
        if target.parent.is_symlink():
            raise paths.UnsafeFileError(target.parent)
        paths.make_private_dir(target.parent)
        handler = PrivateRotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except paths.UnsafeFileError:
        raise
    except OSError:
        stop_logging()
        if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
            log.addHandler(logging.NullHandler())  # not Python's last resort: stderr
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    stop_logging()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    log.info("%s started (version %s, process %d)", what, __version__, os.getpid())
    return target


def stop_logging() -> None:
    for handler in list(log.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            log.removeHandler(handler)
            handler.close()


def current_log_file() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def describe_exception(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and where it happened (file, line, function), without its message or
    source lines: a message may quote the diary."""
    frames = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(tb)
    )
    name = f"{kind.__module__}.{kind.__qualname__}"
    return f"Traceback (message left out of the log):\n{frames}{name}"


def log_unexpected(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Write an unexpected error to the log, safely (the message itself is left out)."""
    details = describe_exception(kind, tb)
    if isinstance(value, OSError) and value.errno is not None:
        details += f" (errno {value.errno})"
    log.error("Unexpected error. %s", details)
