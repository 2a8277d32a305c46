"""Tests that need a PostgreSQL server: skipped, saying why, when CAREGIVER_APP_TEST_DATABASE
names none (tests/server/cluster.sh starts a throwaway one; .ci/run does)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import server_db

needs_server = pytest.mark.skipif(
    not server_db.server_url(),
    reason="no test PostgreSQL server: start one with tests/server/cluster.sh and set "
    "CAREGIVER_APP_TEST_DATABASE",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(needs_server)


@pytest.fixture
def server() -> Iterator[str]:
    """The URL of a fresh, empty database on the test server."""
    with server_db.fresh_database() as url:
        yield url


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line, in its own process (no data folder or server from outside)."""
    full = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CAREGIVER_APP_DATA_DIR", "CAREGIVER_APP_DATABASE")
    }
    full.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=full,
        stdin=subprocess.DEVNULL,
    )
