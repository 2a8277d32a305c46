"""The window never writes through a symbolic link planted among its own files: it says which
files are links and does not start, and the files they point to are left exactly as they were."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caregiver_app.services import diary_access, people
from caregiver_app.ui import app as app_module
from caregiver_app.ui import prompts

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and modes are POSIX")


@pytest.mark.parametrize("planted", ["diary.lock", "settings.ini", "logs/caregiver-app.log"])
def test_a_planted_link_stops_the_window_and_its_target_is_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _title, text: said.append(text))
    data = tmp_path / "data"
    data.mkdir()
    diary_access.open_writable(data)
    people.create_person("Pat Example")
    diary_access.close()
    victim = tmp_path / "outside.txt"
    victim.write_text("someone else's file\n")
    victim.chmod(0o644)
    link = data / planted
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(victim)

    assert app_module.run_window(str(data), None) == 1

    assert len(said) == 1 and str(link) in said[0] and "symbolic links" in said[0]
    assert victim.read_text() == "someone else's file\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert link.is_symlink()
