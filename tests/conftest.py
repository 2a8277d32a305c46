"""Shared test setup. Qt runs offscreen: this must happen before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TZ", "Europe/London")

import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

if hasattr(time, "tzset"):
    time.tzset()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[object]:
    """A fresh diary database in a temporary folder, migrated to the latest schema."""
    from caregiver_app.store.db import close_database, open_database

    database = open_database(tmp_path / "diary.sqlite3")
    yield database
    close_database()


@pytest.fixture
def person(db: object) -> int:
    """The id of one person, made active."""
    from caregiver_app.services import people

    return people.create_person(name="Pat Example", cause="stroke", affected_side="left").id
