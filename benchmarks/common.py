"""What every benchmark module shares: a measured figure, medians, and the offscreen Qt setup."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Figure:
    """One line of the table. `ours` and `reference` are in `unit` ("ms", "s" or "MB")."""

    name: str
    ours: float
    unit: str = "ms"
    reference: float | None = None
    limit: float | None = None  # ours must be at most this
    max_ratio: float | None = None  # ours / reference must be at most this
    slack: float = 0.0  # ...unless ours - reference is below this (timer noise on tiny figures)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.reference is None or self.reference <= 0:
            return None
        return self.ours / self.reference

    @property
    def budget(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"< {self.limit:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"ratio <= {self.max_ratio:g}")
        return ", ".join(parts) or "-"

    @property
    def ok(self) -> bool | None:
        checks = []
        if self.limit is not None:
            checks.append(self.ours <= self.limit)
        if self.max_ratio is not None and self.ratio is not None:
            assert self.reference is not None
            checks.append(self.ratio <= self.max_ratio or self.ours - self.reference < self.slack)
        return all(checks) if checks else None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def median_ms(job: Callable[[], object], runs: int) -> float:
    """The median wall time of `job()` over `runs` runs, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mb(peak: bool = False) -> float:
    """This process's resident memory (or its peak so far), in MB."""
    key = "VmHWM:" if peak else "VmRSS:"
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return float("nan")
