"""Small pictures the stylesheet draws (arrows, ticks, the radio dot) in the theme's colours.

A Qt stylesheet takes pictures only as files, and a file cannot follow the theme, so each shape is
written once per colour as a tiny SVG into a private folder for this run, removed at exit. The
icons on tool buttons (the Learn page's Back and Forward) come from the same drawings.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtGui import QIcon

# Each shape on a 16 x 16 grid; {c} is the colour.
_SHAPES = {
    "up": '<path d="M1.5 12 L8 3.5 L14.5 12 Z" fill="{c}"/>',
    "down": '<path d="M1.5 4 L8 12.5 L14.5 4 Z" fill="{c}"/>',
    "left": '<path d="M12 1.5 L3.5 8 L12 14.5 Z" fill="{c}"/>',
    "right": '<path d="M4 1.5 L12.5 8 L4 14.5 Z" fill="{c}"/>',
    "tick": (
        '<path d="M2.8 8.4 L6.4 12 L13.2 4.2" fill="none" stroke="{c}" stroke-width="2.4" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    ),
    "dash": '<path d="M3.5 8 H12.5" stroke="{c}" stroke-width="2.4" stroke-linecap="round"/>',
    "dot": '<circle cx="8" cy="8" r="4" fill="{c}"/>',
    "more": (
        '<path d="M3 3.5 L7.5 8 L3 12.5 M8.5 3.5 L13 8 L8.5 12.5" fill="none" stroke="{c}" '
        'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>'
    ),
}
SHAPES = tuple(_SHAPES)

_folder: Path | None = None


def _images_dir() -> Path:
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="caregiver-style-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def image_path(shape: str, colour: str) -> str:
    """The file of `shape` drawn in `colour` ("#RRGGBB"), as a stylesheet url() wants it."""
    name = f"{shape}-{colour.lstrip('#').upper()}.svg"
    path = _images_dir() / name
    if not path.is_file():
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
            + _SHAPES[shape].format(c=colour)
            + "</svg>"
        )
        path.write_text(svg, encoding="utf-8")
    return path.as_posix()


def url(shape: str, colour: str) -> str:
    return f'url("{image_path(shape, colour)}")'


def icon(shape: str, colour: str, disabled_colour: str) -> QIcon:
    """An icon of `shape` in `colour`, greyed to `disabled_colour` when its button is off."""
    result = QIcon()
    result.addFile(image_path(shape, colour), mode=QIcon.Mode.Normal)
    result.addFile(image_path(shape, colour), mode=QIcon.Mode.Active)
    result.addFile(image_path(shape, disabled_colour), mode=QIcon.Mode.Disabled)
    return result
