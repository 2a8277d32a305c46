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


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_the_window_and_the_command_line_reach_the_diary_only_through_services() -> None:
    """ui/ and cli.py open, back up, restore and lock the diary through services/diary_access,
    never by importing store/ themselves (at any level, lazy imports included)."""
    for path in [*files("ui"), PACKAGE / "cli.py"]:
        bad = {m for m in imports_of(path) if m.startswith("caregiver_app.store")}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_paths_imports_nothing_from_the_store() -> None:
    """store/ uses paths.py; paths.py importing store/db.py back closed an import circle."""
    bad = {m for m in imports_of(PACKAGE / "paths.py") if m.startswith("caregiver_app.store")}
    assert not bad, f"paths.py imports {bad}"


def module_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The caregiver_app modules `path` imports when it is loaded (not inside functions, not
    under `if TYPE_CHECKING`)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If):
                if "TYPE_CHECKING" not in ast.unparse(node.test):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit([*node.body, *node.orelse, *node.finalbody])
                for handler in node.handlers:
                    visit(handler.body)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*parent, *([node.module] if node.module else [])])
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return {m for m in found if m in modules and m != name}


def test_there_are_no_import_cycles_among_the_apps_modules() -> None:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: module_level_imports(path, set(paths)) for name, path in paths.items()}
    done: set[str] = set()

    def walk(name: str, trail: list[str]) -> None:
        if name in trail:
            cycle = [*trail[trail.index(name) :], name]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if name in done:
            return
        for imported in sorted(graph[name]):
            walk(imported, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        walk(name, [])
