"""The one module that knows where `resources/` is: a source checkout, an installed wheel, or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding education Markdown, the equipment catalogue, icons and translations."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel (force-included)
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout / editable install
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(
        "The app's resources folder is missing. Looked in: " + ", ".join(str(p) for p in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
