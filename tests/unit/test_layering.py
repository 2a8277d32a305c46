"""Arrows point one way: ui -> report -> services -> store. Checked by walking the imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "caregiver_app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_store_and_services_know_nothing_of_qt() -> None:
    for path in files("store") + files("services"):
        bad = {
            m
            for m in imports_of(path)
            if m.startswith(("PySide6", "pyqtgraph", "caregiver_app.ui", "caregiver_app.report"))
        }
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_store_does_not_import_services() -> None:
    for path in files("store"):
        bad = {m for m in imports_of(path) if m.startswith("caregiver_app.services")}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_only_labels_and_paths_talk_to_qt_outside_the_layers() -> None:
    """Top-level modules may use QtCore (translation, standard paths) but never widgets.

    cli.py is the exception: it makes an offscreen QGuiApplication for the headless PDF commands.
    """
    for path in sorted(p for p in PACKAGE.glob("*.py") if p.name != "cli.py"):
        bad = {
            m for m in imports_of(path) if m in ("PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph")
        }
        assert not bad, f"{path.name} imports {bad}"


def test_widgets_are_only_used_in_ui() -> None:
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        bad = {
            m
            for m in imports_of(path)
            if m in ("PySide6.QtWidgets", "pyqtgraph") or m.startswith("caregiver_app.ui")
        }
        if relative.parts[0] == "report":
            bad -= {"pyqtgraph"}  # charts drawn for print
        if relative.name == "cli.py":
            bad = {
                m for m in bad if m != "caregiver_app.ui.app"
            }  # the window command, imported lazily
        assert not bad, f"{relative} imports {bad}"
