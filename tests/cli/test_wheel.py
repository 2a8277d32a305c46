"""The wheel carries the top-level resources/ folder, and the app finds it once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = (
    "caregiver_app/resources/learn/01-why-twitching.md",
    "caregiver_app/resources/equipment/catalogue.json",
    "caregiver_app/resources/icons/caregiver-app.svg",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this checkout the way pip builds it (hatchling, isolated build env)."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("caregiver_app-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_ships_the_learn_notes_equipment_catalogue_and_icon(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in SHIPPED if name not in names]
    assert not missing, f"missing from {wheel.name}: {missing}"
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


def test_installing_the_wheel_gives_the_caregiver_app_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        entry_points = next(n for n in archive.namelist() if n.endswith("/entry_points.txt"))
        text = archive.read(entry_points).decode()
    assert "[gui_scripts]" in text
    assert "caregiver-app = caregiver_app.cli:main" in text


def test_the_app_finds_its_resources_in_an_unpacked_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    # -S: no site-packages, so neither this checkout (editable install) nor anything else
    # installed can answer; only the unpacked wheel on PYTHONPATH.
    probe = (
        "import caregiver_app, caregiver_app.resources as r; "
        "print(caregiver_app.__file__); print(r.resources_dir()); "
        "print(r.resource_path('learn', '01-why-twitching.md').is_file())"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    package_file, folder, found = result.stdout.splitlines()
    assert Path(package_file).parent == site / "caregiver_app"
    assert Path(folder) == site / "caregiver_app" / "resources"
    assert found == "True"
