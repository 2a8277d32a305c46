"""`checklist` on the command line: a shopping list with nothing on it is said, not printed."""

from __future__ import annotations

from pathlib import Path

from caregiver_app.services import equipment
from tests.cli.test_cli import cli


def test_an_empty_shopping_list_says_so_and_writes_no_pdf(
    tmp_path: Path, db: object, person: int
) -> None:
    equipment.set_status(person, "reacher", "have_it")  # marked, but not wanted
    out = tmp_path / "shopping.pdf"
    result = cli("--data-dir", str(tmp_path), "checklist", "--only-wanted", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "Nothing is marked 'might help' or 'ordered' yet" in result.stdout
    assert str(out) in result.stdout and "was not written" in result.stdout
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf"))

    equipment.set_status(person, "reacher", "might_help")
    result = cli("--data-dir", str(tmp_path), "checklist", "--only-wanted", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
