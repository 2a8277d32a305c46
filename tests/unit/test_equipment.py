"""The equipment checklist: the catalogue file, each person's statuses and notes, and upgrades."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.services import equipment, people
from caregiver_app.services.equipment import CatalogueError
from caregiver_app.store.models import CustomEquipment, EquipmentState

REQUIRED_IDS = {
    "weighted-utensils", "large-grip-utensils", "pen-grip", "thick-barrel-pen", "wide-ruled-paper",
    "long-handled-brush", "long-handled-shoe-horn", "button-hook", "resting-hand-splint",
    "ankle-foot-orthosis", "plate-guard", "non-slip-mat", "rocker-knife", "two-handled-cup",
    "elastic-laces", "sock-aid", "reacher", "long-handled-sponge", "shower-chair", "grab-bars",
}  # fmt: skip
ACTIVITY_TITLES = {
    "eating": "Eating and drinking",
    "writing": "Writing",
    "grooming": "Grooming",
    "dressing": "Dressing",
    "bathing": "Bathing and toileting",
    "mobility": "Mobility and transfers",
    "positioning": "Positioning and therapy",
    "safety": "Medicines and safety at home",
}
NEW_ITEMS = {
    "palm-protector", "pressure-cushion", "one-handed-cutting-board", "one-handed-kitchen-aids",
    "suction-brush", "pump-dispenser", "bedside-commode", "personal-alarm", "pill-organiser",
    "pill-bottle-opener", "one-handed-keyboard", "arm-sling",
}  # fmt: skip
SAFETY_NOTES = {  # item: a word its safety note must say
    "bed-rail": "trap", "two-handled-cup": "swallowing", "shower-chair": "bathroom check",
    "arm-sling": "as a therapist advises", "grab-bars": "Suction", "personal-alarm": "worn",
    "pill-organiser": "pharmacist", "pressure-cushion": "change position",
}  # fmt: skip
V1_CATALOGUE = Path(__file__).parent.parent / "data" / "catalogue-v1.json"
DAY = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def catalogue() -> equipment.Catalogue:
    return equipment.load_catalogue()


def _item(item_id: str, activity: str = "eating", **changes: Any) -> dict[str, Any]:
    item = {
        "id": item_id,
        "activity": activity,
        "name": item_id.replace("-", " ").capitalize(),
        "description": f"What a {item_id} is.",
        "helps_with": "Something.",
        "suits": "Someone.",
        "ask_therapist": "Is it right for us?",
    }
    item.update(changes)
    return item


def _catalogue_file(tmp_path: Path, items: list[dict[str, Any]], version: int = 1) -> Path:
    data = {
        "catalogue_version": version,
        "activities": [{"id": a, "title": t} for a, t in ACTIVITY_TITLES.items()],
        "items": items,
    }
    path = tmp_path / f"catalogue-v{version}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# ---- the built-in catalogue


def test_the_catalogue_has_every_required_item_with_all_its_fields(catalogue):
    ids = {item.id for item in catalogue.items}
    assert not (REQUIRED_IDS | NEW_ITEMS) - ids, "missing from the catalogue"
    assert {a.id: a.title for a in catalogue.activities} == ACTIVITY_TITLES
    for item in catalogue.items:
        assert item.activity in ACTIVITY_TITLES
        for field in ("name", "description", "helps_with", "suits", "ask_therapist"):
            assert getattr(item, field).strip(), f"{item.id}: {field} is empty"
        assert not item.is_custom
    assert catalogue.get("button-hook") is not None
    assert catalogue.get("no-such-thing") is None


def test_every_activity_has_items(catalogue):
    for activity in catalogue.activities:
        assert any(item.activity == activity.id for item in catalogue.items), activity.id


def test_catalogue_text_stays_short_and_names_no_brands(catalogue):
    for item in catalogue.items:
        sentences = [s for s in item.description.replace("?", ".").split(".") if s.strip()]
        assert 1 <= len(sentences) <= 3, item.id
        assert "®" not in item.description and "™" not in item.description


def test_items_carry_a_safety_note_where_one_applies(catalogue):
    for item_id, words in SAFETY_NOTES.items():
        item = catalogue.get(item_id)
        assert item is not None and words in item.safety_note, item_id
    assert catalogue.get("pen-grip").safety_note == ""  # only where one applies


def test_upgrading_from_the_first_catalogue_keeps_every_saved_status(tmp_path, person):
    """A diary with a status on every item of catalogue version 1 still has them all after."""
    old = equipment.load_catalogue(V1_CATALOGUE)
    assert old.version == 1
    statuses = [s for s in equipment.STATUSES if s != equipment.NOT_CONSIDERED]
    saved = {}
    for number, item in enumerate(old.items):
        saved[item.id] = (statuses[number % len(statuses)], f"note {number}")
        equipment.set_status(person, item.id, *saved[item.id], today=DAY)
    new = equipment.load_catalogue()
    assert new.version > old.version
    entries = {e.key: e for e in equipment.checklist(person, new)}
    for item_id, (status, note) in saved.items():
        assert item_id in entries, f"{item_id} is gone from the new catalogue"
        assert (entries[item_id].status, entries[item_id].note) == (status, note), item_id
        assert entries[item_id].changed_on == DAY
    for item_id in NEW_ITEMS:
        assert entries[item_id].status == equipment.NOT_CONSIDERED


# ---- broken catalogue files


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([_item("button-hook", description=None)], "item 'button-hook': missing 'description'"),
        ([_item("x", activity="cooking")], "item 'x': unknown activity 'cooking'"),
        ([_item("sock-aid"), _item("sock-aid")], "item 'sock-aid': the id is used by more"),
        ([_item("Bad Id")], "item 'Bad Id': the id must be lowercase"),
        ([_item("reacher", name="  ")], "item 'reacher': 'name' must be non-empty text"),
        ([_item("reacher", keywords="grab")], "item 'reacher': 'keywords' must be a list"),
        ([_item("reacher", descripton="typo")], "item 'reacher': unknown field 'descripton'"),
        ([{"name": "no id"}], "item #1: missing 'id'"),
        ([_item("reacher", safety_note=" ")], "item 'reacher': 'safety_note' must be non-empty"),
    ],
)
def test_a_broken_catalogue_names_the_item_and_the_problem(tmp_path, items, message):
    for item in items:
        for key in [k for k, v in item.items() if v is None]:
            del item[key]
    with pytest.raises(CatalogueError) as caught:
        equipment.load_catalogue(_catalogue_file(tmp_path, items))
    assert message in str(caught.value)


def test_a_catalogue_that_is_not_json_gives_the_line(tmp_path):
    path = tmp_path / "catalogue.json"
    path.write_text('{\n  "catalogue_version": 1,\n  "activities": [,]\n}\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="line 3"):
        equipment.load_catalogue(path)


def test_a_missing_catalogue_file_is_a_catalogue_error(tmp_path):
    with pytest.raises(CatalogueError, match="cannot be read"):
        equipment.load_catalogue(tmp_path / "nope.json")


# ---- statuses and notes


def test_changing_the_status_records_the_date_and_the_note(person, catalogue):
    equipment.set_status(person, "button-hook", "ordered", note="From the OT", today=DAY)
    entry = equipment.entry_for(person, catalogue, "button-hook")
    assert entry is not None
    assert (entry.status, entry.changed_on, entry.note) == ("ordered", DAY, "From the OT")


def test_editing_only_the_note_keeps_the_date_the_status_changed(person, catalogue):
    equipment.set_status(person, "sock-aid", "might_help", today=DAY)
    equipment.set_note(person, "sock-aid", "Ask about sizes")
    equipment.set_status(
        person, "sock-aid", "might_help", note="Ask about long sizes", today=DAY.replace(day=20)
    )
    entry = equipment.entry_for(person, catalogue, "sock-aid")
    assert entry is not None
    assert entry.changed_on == DAY
    assert entry.note == "Ask about long sizes"


def test_a_status_change_without_a_note_keeps_the_note(person, catalogue):
    equipment.set_status(person, "reacher", "ordered", note="Blue one", today=DAY)
    equipment.set_status(person, "reacher", "using_it", today=DAY.replace(day=28))
    entry = equipment.entry_for(person, catalogue, "reacher")
    assert entry is not None
    assert (entry.status, entry.changed_on, entry.note) == (
        "using_it",
        DAY.replace(day=28),
        "Blue one",
    )


def test_an_unmarked_item_is_not_considered(person, catalogue):
    entry = equipment.entry_for(person, catalogue, "grab-bars")
    assert entry is not None
    assert (entry.status, entry.changed_on, entry.note, entry.hidden) == (
        "not_considered",
        None,
        "",
        False,
    )


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda p: equipment.set_status(p, "button-hook", "bought"), "status"),
        (lambda p: equipment.set_status(p, "Button Hook", "ordered"), "item_key"),
        (lambda p: equipment.set_status(p, "custom-999", "ordered"), "item_key"),
        (lambda p: equipment.add_custom(p, "cooking", "Kettle tipper"), "activity"),
        (lambda p: equipment.add_custom(p, "eating", "   "), "name"),
        (lambda p: equipment.set_note(p, "button-hook", "x" * 20_000), "note"),
        (lambda p: equipment.set_status(p + 100, "button-hook", "ordered"), "person"),
    ],
)
def test_bad_input_is_refused_naming_the_field(person, call, field):
    with pytest.raises(ValueError, match=f"^{field}:"):
        call(person)
    assert EquipmentState.select().count() == 0
    assert CustomEquipment.select().count() == 0


# ---- the person's own items


def test_own_items_can_be_added_edited_and_removed(person, catalogue):
    key = equipment.add_custom(person, "eating", "  Cup with a cut-out rim ", "Less tipping back.")
    assert key.startswith("custom-")
    equipment.set_status(person, key, "might_help", note="Ask at the clinic", today=DAY)
    entry = equipment.entry_for(person, catalogue, key)
    assert entry is not None
    assert entry.item.is_custom and entry.item.name == "Cup with a cut-out rim"
    assert entry.activity == "eating" and entry.status == "might_help"

    equipment.update_custom(person, key, "dressing", "Cup with a cut rim", "")
    entry = equipment.entry_for(person, catalogue, key)
    assert entry is not None
    assert (entry.activity, entry.item.name, entry.note) == (
        "dressing",
        "Cup with a cut rim",
        "Ask at the clinic",
    )

    equipment.remove_custom(person, key)
    assert equipment.entry_for(person, catalogue, key) is None
    assert EquipmentState.select().where(EquipmentState.item_key == key).count() == 0
    with pytest.raises(ValueError, match="item_key"):
        equipment.remove_custom(person, key)


def test_own_items_come_after_the_catalogue_items_of_their_activity(person, catalogue):
    key = equipment.add_custom(person, "writing", "Big-print address book")
    keys = [e.key for e in equipment.checklist(person, catalogue)]
    writing = [e.key for e in equipment.checklist(person, catalogue, activity="writing")]
    assert writing[-1] == key
    assert keys.index(key) < keys.index(
        next(e.key for e in equipment.checklist(person, catalogue, activity="grooming"))
    )


# ---- hiding, searching, summary


def test_hidden_items_leave_the_list_until_shown_again(person, catalogue):
    equipment.hide_item(person, "pen-grip")
    assert "pen-grip" not in [e.key for e in equipment.checklist(person, catalogue)]
    hidden = [
        e
        for e in equipment.checklist(person, catalogue, include_hidden=True)
        if e.key == "pen-grip"
    ]
    assert hidden and hidden[0].hidden
    equipment.show_item(person, "pen-grip")
    assert "pen-grip" in [e.key for e in equipment.checklist(person, catalogue)]


def test_searching_button_finds_the_button_hook(person, catalogue):
    found = [e.key for e in equipment.checklist(person, catalogue, text="button")]
    assert "button-hook" in found
    assert "grab-bars" not in found


def test_search_needs_every_word_and_looks_in_keywords_and_notes(person, catalogue):
    assert [e.key for e in equipment.checklist(person, catalogue, text="BUTTON hook")] == [
        "button-hook"
    ]
    assert "reacher" in [e.key for e in equipment.checklist(person, catalogue, text="grabber")]
    equipment.set_note(person, "shower-chair", "Lent by the Red Lion club")
    assert [e.key for e in equipment.checklist(person, catalogue, text="red lion")] == [
        "shower-chair"
    ]
    assert equipment.checklist(person, catalogue, text="button zebra") == []


def test_filters_by_activity_and_status(person, catalogue):
    equipment.set_status(person, "sock-aid", "ordered")
    equipment.set_status(person, "plate-guard", "might_help")
    wanted = equipment.checklist(person, catalogue, statuses=equipment.WANTED_STATUSES)
    assert [e.key for e in wanted] == ["plate-guard", "sock-aid"]  # catalogue order
    assert [
        e.key
        for e in equipment.checklist(person, catalogue, activity="dressing", statuses=["ordered"])
    ] == ["sock-aid"]


def test_summary_counts_each_status(person, catalogue):
    assert equipment.summary_text(equipment.summary(person, catalogue)) == "Nothing marked yet"
    for key in ("weighted-utensils", "pen-grip", "reacher", "shower-chair"):
        equipment.set_status(person, key, "using_it")
    equipment.set_status(person, "sock-aid", "ordered")
    for key in ("plate-guard", "bed-rail", "button-hook"):
        equipment.set_status(person, key, "might_help")
    equipment.set_status(person, "grab-bars", "might_help")
    equipment.hide_item(person, "grab-bars")  # hidden items are not counted, as not listed
    counts = equipment.summary(person, catalogue)
    assert counts["using_it"] == 4 and counts["ordered"] == 1 and counts["might_help"] == 3
    assert counts["not_considered"] == len(catalogue.items) - 9
    assert equipment.summary_text(counts) == "Using 4, ordered 1, might help 3"


# ---- catalogue upgrades


def test_a_new_catalogue_keeps_saved_statuses_and_notes(tmp_path, person):
    v1 = equipment.load_catalogue(
        _catalogue_file(
            tmp_path,
            [_item("button-hook", "dressing"), _item("old-gadget"), _item("sock-aid", "dressing")],
        )
    )
    equipment.set_status(person, "button-hook", "using_it", note="Daily", today=DAY)
    equipment.set_status(person, "old-gadget", "have_it", note="In the drawer", today=DAY)

    v2 = equipment.load_catalogue(
        _catalogue_file(
            tmp_path,
            [
                _item("new-gadget", "eating"),
                _item("button-hook", "dressing"),
                _item("sock-aid", "dressing"),
            ],
            version=2,
        )
    )
    assert v1.version == 1 and v2.version == 2
    entries = {e.key: e for e in equipment.checklist(person, v2)}
    assert set(entries) == {"new-gadget", "button-hook", "sock-aid"}
    assert (entries["button-hook"].status, entries["button-hook"].note) == ("using_it", "Daily")
    assert entries["button-hook"].changed_on == DAY
    assert entries["new-gadget"].status == "not_considered"
    # The removed item is not shown, but what was saved about it is kept.
    kept = EquipmentState.get(EquipmentState.item_key == "old-gadget")
    assert (kept.status, kept.note) == ("have_it", "In the drawer")
    assert any(s["item"] == "old-gadget" for s in equipment.export_person(person)["states"])
    # and it comes back if a later catalogue brings the item back
    back = {e.key: e for e in equipment.checklist(person, v1)}
    assert back["old-gadget"].status == "have_it"


# ---- export and import


def _fill(person_id: int) -> None:
    equipment.set_status(
        person_id, "button-hook", "ordered", note="Ask <b>OT</b>\nsecond line", today=DAY
    )
    equipment.set_status(person_id, "reacher", "using_it", today=DAY.replace(day=2))
    equipment.hide_item(person_id, "wide-ruled-paper")
    first = equipment.add_custom(person_id, "eating", "Cup with a cut-out rim", "Less tipping.")
    equipment.set_status(person_id, first, "might_help", note="Clinic has one", today=DAY)
    equipment.add_custom(person_id, "mobility", "Door ramp")


def test_export_then_import_into_a_new_person_gives_the_same_export(person):
    _fill(person)
    exported = equipment.export_person(person)
    assert json.loads(json.dumps(exported)) == exported  # plain JSON
    assert "custom-" not in json.dumps(exported)  # no database ids in the file

    other = people.create_person(name="Sam Example").id
    equipment.import_person(other, copy.deepcopy(exported))
    assert equipment.export_person(other) == exported
    # importing the same data again changes nothing
    equipment.import_person(other, copy.deepcopy(exported))
    assert equipment.export_person(other) == exported


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["states"][0].update(status="bought"),
            r"equipment state #1 \('button-hook'\), field 'status'",
        ),
        (
            lambda d: d["states"][1].update(status_changed_on="14/03/2025"),
            r"state #2 \('reacher'\), field 'status_changed_on'",
        ),
        (lambda d: d["states"][0].update(hidden="no"), "hidden"),
        (lambda d: d["states"].append(dict(d["states"][0])), "listed more than once"),
        (lambda d: d["states"].append({"item": "custom-3", "status": "ordered"}), "custom_items"),
        (
            lambda d: d["custom_items"][1].update(activity="cooking"),
            r"own equipment item #2 \('Door ramp'\), field 'activity'",
        ),
        (lambda d: d["custom_items"][0].update(name=""), "own equipment item #1, field 'name'"),
        (lambda d: d["custom_items"][0].pop("created_utc"), "created_utc"),
        (lambda d: d.update(version=99), "version"),
    ],
)
def test_import_checks_everything_before_writing_anything(person, change, message):
    _fill(person)
    data = equipment.export_person(person)
    change(data)
    other = people.create_person(name="Sam Example").id
    with pytest.raises(ValueError, match=message):
        equipment.import_person(other, data)
    assert equipment.export_person(other) == {"version": 1, "states": [], "custom_items": []}


def test_import_runs_inside_the_callers_transaction(db, person):
    _fill(person)
    data = equipment.export_person(person)
    other = people.create_person(name="Sam Example").id
    with pytest.raises(RuntimeError), db.atomic():
        equipment.import_person(other, data)
        raise RuntimeError("the rest of the diary import failed")
    assert equipment.export_person(other)["states"] == []
    assert equipment.export_person(other)["custom_items"] == []


# ---- people are kept apart


def test_one_persons_checklist_never_leaks_into_anothers(person, catalogue):
    other = people.create_person(name="Sam Example").id
    equipment.set_status(person, "button-hook", "using_it", note="Pat's note")
    equipment.hide_item(person, "sock-aid")
    key = equipment.add_custom(person, "eating", "Pat's own cup")

    others = {e.key: e for e in equipment.checklist(other, catalogue, include_hidden=True)}
    assert others["button-hook"].status == "not_considered" and others["button-hook"].note == ""
    assert not others["sock-aid"].hidden
    assert key not in others
    assert equipment.summary_text(equipment.summary(other, catalogue)) == "Nothing marked yet"
    assert equipment.checklist(other, catalogue, text="Pat's") == []
    # and someone else's own item cannot be touched through another person
    for call in (
        lambda: equipment.set_status(other, key, "ordered"),
        lambda: equipment.update_custom(other, key, "eating", "Taken"),
        lambda: equipment.remove_custom(other, key),
    ):
        with pytest.raises(ValueError, match="item_key"):
            call()
    assert equipment.entry_for(person, catalogue, key) is not None


def test_deleting_a_person_removes_their_checklist(person):
    _fill(person)
    people.delete_person(person)
    assert EquipmentState.select().count() == 0
    assert CustomEquipment.select().count() == 0


def test_import_never_changes_a_status_or_own_item_the_person_has(person):
    from caregiver_app.services.import_merge import Tally

    _fill(person)
    before = equipment.export_person(person)
    data = copy.deepcopy(before)
    data["states"][0].update(status="not_considered", status_changed_on=None, note="")
    data["custom_items"][0].update(description="Another text", status="using_it")
    data["custom_items"].append(
        {
            "activity": "eating",
            "name": "Plate guard",
            "created_utc": before["custom_items"][-1]["created_utc"] + 1,
            "status": "not_considered",
        }
    )
    tally = Tally()
    equipment.import_person(person, data, tally)
    after = equipment.export_person(person)
    assert after["states"] == before["states"]
    assert after["custom_items"][:2] == before["custom_items"]
    assert [i["name"] for i in after["custom_items"]] == [
        "Cup with a cut-out rim", "Door ramp", "Plate guard"
    ]  # fmt: skip
    assert tally.kept == {"equipment_status": 2, "own_equipment_item": 1}
    assert tally.added == {"own_equipment_item": 1}


@pytest.mark.parametrize(
    ("language", "word", "other"),
    [("en", "utensils", "cutlery"), ("es", "utensilios", "cubiertos")],
)
def test_both_everyday_words_for_cutlery_find_the_same_items(
    person: int, language: str, word: str, other: str
) -> None:
    """Learn treats "utensils" as "cutlery"; the checklist search must not find fewer items."""
    catalogue = equipment.load_catalogue(language=language)
    found = {e.key for e in equipment.checklist(person, catalogue, text=word)}
    assert found >= {e.key for e in equipment.checklist(person, catalogue, text=other)}
    assert "universal-cuff" in found
