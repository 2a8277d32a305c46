"""Every text the code passes to Qt's translation reaches the Spanish translation file.

pyside6-lupdate (packaging/update_translations.sh) does not look inside f-strings, so a `tr()`
written there is never offered to translators and shows in English in every language."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "caregiver_app").rglob("*.py"))
SPANISH = ROOT / "resources" / "translations" / "caregiver_app_es.ts"


def _is_tr(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    )


class _TrTexts(ast.NodeVisitor):
    """(context, text) of each tr("...") call: the class for `self.tr`, "" for a module's `tr`."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        if _is_tr(node) and node.args and isinstance(node.args[0], ast.Constant):
            text = node.args[0].value
            context = "" if isinstance(node.func, ast.Name) else self._classes[-1]
            if isinstance(text, str):
                self.found.add((context, text))
        self.generic_visit(node)


def test_no_tr_call_is_hidden_inside_an_f_string() -> None:
    hidden = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for joined in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for value in joined.values:
                if any(_is_tr(node) for node in ast.walk(value)):
                    hidden.append(f"{path.relative_to(ROOT)}:{joined.lineno}")
    assert hidden == []


def test_every_translated_text_is_in_the_spanish_file_and_translated() -> None:
    translated = {
        (context.findtext("name") or "", message.findtext("source") or ""): message.find(
            "translation"
        )
        for context in ET.parse(SPANISH).getroot().iter("context")
        for message in context.iter("message")
    }
    visitor = _TrTexts()
    for path in SOURCES:
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
    missing = sorted(visitor.found - translated.keys())
    assert missing == []
    unfinished = sorted(
        str(source)
        for source, translation in translated.items()
        if translation is None or translation.get("type") == "unfinished" or not translation.text
    )
    assert unfinished == []
