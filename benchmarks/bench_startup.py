"""Cold start and sample data, each timed as a process of its own.

- Cold start: from just before the process is started to the first paint of the main window,
  on the benchmark diary, against `reference_window.py` (a bare PySide6 window with one
  pyqtgraph plot) started the same way: same interpreter, `QT_QPA_PLATFORM=offscreen`, and the
  `CAREGIVER_APP_BENCH_FIRST_PAINT` hook (`caregiver_app/ui/bench_hook.py`) that prints
  `first-paint <seconds>` and quits. One unmeasured run of each first (disk cache, the app's
  daily backup), then they take turns.
- Sample data: `caregiver-app demo --days 3650` into an empty folder.

Run: python benchmarks/bench_startup.py [DATA_DIR]   (or all figures at once: benchmarks/run.py)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Figure, median

RUNS = 5
REFERENCE = Path(__file__).resolve().with_name("reference_window.py")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    # As installed: pip (and the bundle) keep compiled bytecode, so a start does not compile
    # the sources again. The warm-up run writes it where PYTHONDONTWRITEBYTECODE had stopped it
    # (set on some machines, this one included: every start compiled ~100 modules, ~95 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH", ""))))
    return env


def first_paint(args: list[str]) -> float:
    """Seconds from starting `python ARGS` to its first painted window."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, *args],
        env=_env(CAREGIVER_APP_BENCH_FIRST_PAINT=repr(started)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1])
    raise RuntimeError(f"no first paint from {args}: {done.stderr[-2000:]}")


def cold_start_figures(data_dir: Path, runs: int = RUNS) -> list[Figure]:
    app = ["-m", "caregiver_app", "--data-dir", str(data_dir)]
    reference = [str(REFERENCE)]
    first_paint(app)
    first_paint(reference)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(first_paint(app) * 1000)
        theirs.append(first_paint(reference) * 1000)
    return [
        Figure(
            "Cold start to the first painted window",
            median(ours),
            reference=median(theirs),
            max_ratio=1.5,
            note="reference: bare window + one pyqtgraph plot",
        )
    ]


def demo_figures(runs: int = 1) -> list[Figure]:
    times = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="caregiver-bench-demo-"))
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "caregiver_app",
                "demo",
                "--days",
                "3650",
                "--data-dir",
                str(folder),
            ],
            env=_env(),
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=300,
        )
        times.append(time.perf_counter() - started)
    return [
        Figure(
            "Sample data: caregiver-app demo --days 3650",
            median(times),
            unit="s",
            limit=10.0,
            note="whole process, empty folder",
        )
    ]


def main() -> None:
    from benchmarks.fixtures import build
    from caregiver_app.store import db

    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else build()[0].parent
    db.close_database()  # as `run.py` does: the app opens the diary on its own
    for figure in cold_start_figures(data_dir) + demo_figures():
        ref = "" if figure.reference is None else f" (reference {figure.reference:.0f} ms)"
        print(f"{figure.name}: {figure.ours:.2f} {figure.unit}{ref}")


if __name__ == "__main__":
    main()
