"""Slow work off the GUI thread through one helper.

`run_task(job, on_done, on_error)` runs `job()` on Qt's thread pool and calls `on_done(result)`
or `on_error(exception)` back on the GUI thread. Tests switch `SYNCHRONOUS` on so jobs run at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

SYNCHRONOUS = False
_alive: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # reported to the GUI thread, never swallowed
            self._report(self._relay.failed, exc)
        else:
            self._report(self._relay.done, result)

    @staticmethod
    def _report(signal: SignalInstance, value: object) -> None:
        # RuntimeError: the app closed while the job ran; there is no one left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_task(
    job: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    if SYNCHRONOUS:
        try:
            result = job()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
        return
    relay = _Relay()
    _alive.add(relay)

    def finish_ok(result: object) -> None:
        _alive.discard(relay)
        on_done(result)

    def finish_err(exc: object) -> None:
        _alive.discard(relay)
        if on_error is not None:
            on_error(exc)  # type: ignore[arg-type]
        else:
            raise exc  # type: ignore[misc]

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_err)
    QThreadPool.globalInstance().start(_Job(job, relay))
