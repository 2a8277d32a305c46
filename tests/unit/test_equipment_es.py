"""The Spanish equipment catalogue: an overlay that translates text and never changes ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.resources import resource_path
from caregiver_app.services import equipment
from caregiver_app.services.equipment import CatalogueError

CATALOGUE = resource_path("equipment", "catalogue.json")
OVERLAY = resource_path("equipment", "catalogue.es.json")
TEXT_FIELDS = ("name", "description", "helps_with", "suits", "ask_therapist")


@pytest.fixture(scope="module")
def english() -> equipment.Catalogue:
    return equipment.load_catalogue()


@pytest.fixture(scope="module")
def spanish() -> equipment.Catalogue:
    return equipment.load_catalogue(language="es")


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_overlay_covers_every_item_and_activity() -> None:
    base, overlay = _json(CATALOGUE), _json(OVERLAY)
    assert overlay["language"] == "es"
    assert set(overlay["activities"]) == {a["id"] for a in base["activities"]}
    assert set(overlay["items"]) == {i["id"] for i in base["items"]}
    for item_id, text in overlay["items"].items():
        for field in TEXT_FIELDS:
            assert text[field].strip(), f"{item_id}: {field} is empty"
        assert text["keywords"], f"{item_id}: no keywords"


def test_spanish_keeps_every_id_and_order_and_translates_the_text(
    english: equipment.Catalogue, spanish: equipment.Catalogue
) -> None:
    assert spanish.version == english.version
    assert [a.id for a in spanish.activities] == [a.id for a in english.activities]
    assert [(i.id, i.activity) for i in spanish.items] == [
        (i.id, i.activity) for i in english.items
    ]
    assert spanish.activity_title("eating") == "Comer y beber"
    for es_item, en_item in zip(spanish.items, english.items, strict=True):
        for field in TEXT_FIELDS:
            assert getattr(es_item, field) != getattr(en_item, field), (es_item.id, field)
        assert en_item.name in es_item.keywords  # still findable in English
    assert english.get("button-hook") is not None
    assert english.get("button-hook").name == "Button hook"  # type: ignore[union-attr]
    assert spanish.get("button-hook").name == "Abotonador"  # type: ignore[union-attr]


def test_unknown_languages_and_english_give_the_english_catalogue(
    english: equipment.Catalogue,
) -> None:
    for code in ("en", "EN", "fr", "", "../es", "es/../x"):
        assert equipment.load_catalogue(language=code) == english


def test_search_finds_items_by_spanish_and_english_words(
    person: int, spanish: equipment.Catalogue
) -> None:
    def keys(text: str) -> list[str]:
        return [e.key for e in equipment.checklist(person, spanish, text=text)]

    assert keys("abotonador") == ["button-hook"]
    assert keys("button hook") == ["button-hook"]
    assert "reacher" in keys("pinza de alcance")
    assert "reacher" in keys("grabber")
    assert "shower-chair" in keys("ducha")
    assert keys("abotonador zebra") == []


def test_statuses_saved_by_id_stay_valid_in_spanish(
    person: int, english: equipment.Catalogue, spanish: equipment.Catalogue
) -> None:
    equipment.set_status(person, "button-hook", "ordered")
    entry = equipment.entry_for(person, spanish, "button-hook")
    assert entry is not None and entry.status == "ordered" and entry.item.name == "Abotonador"


def _files(tmp_path: Path, overlay: object) -> Path:
    path = tmp_path / "catalogue.json"
    path.write_text(CATALOGUE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "catalogue.es.json").write_text(json.dumps(overlay), encoding="utf-8")
    return path


def _good() -> dict[str, Any]:
    return {
        "language": "es",
        "activities": {"eating": "Comer"},
        "items": {
            "button-hook": {
                "name": "Abotonador",
                "description": "Un mango con un lazo.",
                "helps_with": "Abrocharse.",
                "suits": "Personas.",
                "ask_therapist": "¿Ayudaría?",
                "keywords": ["botones"],
            }
        },
    }


def test_every_safety_note_is_in_spanish(
    spanish: equipment.Catalogue, english: equipment.Catalogue
) -> None:
    notes = [item for item in english.items if item.safety_note]
    assert len(notes) >= 10
    for item in notes:
        ours = spanish.get(item.id)
        assert ours is not None and ours.safety_note and ours.safety_note != item.safety_note


def test_a_partial_overlay_leaves_the_rest_in_english(
    tmp_path: Path, english: equipment.Catalogue
) -> None:
    catalogue = equipment.load_catalogue(_files(tmp_path, _good()), language="es")
    assert catalogue.activity_title("eating") == "Comer"
    assert catalogue.activity_title("writing") == "Writing"
    assert catalogue.get("button-hook").name == "Abotonador"  # type: ignore[union-attr]
    assert catalogue.get("reacher") == english.get("reacher")
    assert equipment.load_catalogue(_files(tmp_path, _good())) == english


def _broken(change: str) -> dict[str, Any]:
    data = _good()
    item = data["items"]["button-hook"]
    if change == "unknown item":
        data["items"]["button-hoook"] = item
    elif change == "missing field":
        del item["suits"]
    elif change == "empty field":
        item["name"] = " "
    elif change == "bad keywords":
        item["keywords"] = "botones"
    elif change == "extra field":
        item["activity"] = "writing"
    elif change == "unknown activity":
        data["activities"]["cooking"] = "Cocinar"
    elif change == "safety note left in English":
        data["items"]["bed-rail"] = dict(item)  # the English bed rail has a safety note
    return data


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("unknown item", "item 'button-hoook': not an item in the catalogue"),
        ("missing field", "item 'button-hook': missing 'suits'"),
        ("empty field", "item 'button-hook': 'name' must be non-empty text"),
        ("bad keywords", "item 'button-hook': 'keywords' must be a list of text"),
        ("extra field", "item 'button-hook': unknown field 'activity'"),
        ("unknown activity", "activity 'cooking': not an activity in the catalogue"),
        ("safety note left in English", "item 'bed-rail': missing 'safety_note'"),
    ],
)
def test_a_broken_overlay_names_the_item_and_the_problem(
    tmp_path: Path, change: str, problem: str
) -> None:
    with pytest.raises(CatalogueError) as caught:
        equipment.load_catalogue(_files(tmp_path, _broken(change)), language="es")
    assert "catalogue.es.json" in str(caught.value)
    assert problem in str(caught.value)


def test_an_overlay_that_is_not_json_is_reported(tmp_path: Path) -> None:
    path = _files(tmp_path, {})
    (tmp_path / "catalogue.es.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"catalogue\.es\.json: not valid JSON"):
        equipment.load_catalogue(path, language="es")
