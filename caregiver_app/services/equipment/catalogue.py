"""The built-in equipment catalogue: its items grouped by daily activity, read and checked.

The catalogue is data (`resources/equipment/catalogue.json`), not code; `load_catalogue` reads it
and raises `CatalogueError` naming the item and the problem when it cannot be used.

Translations are overlays beside the catalogue (`catalogue.es.json`), keyed by activity id and
item id::

    {"language": "es",
     "activities": {"eating": "Comer y beber", ...},
     "items": {"button-hook": {"name": ..., "description": ..., "helps_with": ..., "suits": ...,
                               "ask_therapist": ..., "keywords": [...],
                               "safety_note": ...}, ...}}

An item may carry a `safety_note` (bed rails: entrapment; spouted cups: swallowing), shown marked
on the page and printed on the checklist. An overlay must translate every safety note the
English item has: a warning is never left in a language the reader may not read.

An overlay only replaces text: ids, activities and order never change, so what a person saved by
id stays valid. Items or activities it leaves out keep their English text. The English name and
keywords are kept as extra keywords, so a search finds an item in either language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from caregiver_app.resources import resource_path

# Activity codes are stable, like the codes in services/codes.py; the catalogue gives their titles
# and order. Custom items and imported files are checked against this list.
ACTIVITY_IDS: tuple[str, ...] = (
    "eating", "writing", "grooming", "dressing", "bathing", "mobility", "positioning", "safety",
)  # fmt: skip

CUSTOM_PREFIX = "custom-"

ITEM_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ITEM_FIELDS = ("id", "activity", "name", "description", "helps_with", "suits", "ask_therapist")
_KNOWN_ITEM_FIELDS = frozenset((*_ITEM_FIELDS, "keywords", "safety_note"))
_OVERLAY_TEXT_FIELDS = ("name", "description", "helps_with", "suits", "ask_therapist")
_OVERLAY_ITEM_FIELDS = frozenset((*_OVERLAY_TEXT_FIELDS, "keywords", "safety_note"))
DEFAULT_LANGUAGE = "en"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class CatalogueError(Exception):
    """The catalogue file cannot be used; the message names the item and the problem."""


@dataclass(frozen=True)
class Activity:
    id: str
    title: str


@dataclass(frozen=True)
class CatalogueItem:
    id: str
    activity: str
    name: str
    description: str
    helps_with: str = ""
    suits: str = ""
    ask_therapist: str = ""
    keywords: tuple[str, ...] = ()
    safety_note: str = ""

    @property
    def is_custom(self) -> bool:
        return self.id.startswith(CUSTOM_PREFIX)


@dataclass(frozen=True)
class Catalogue:
    version: int
    activities: tuple[Activity, ...]
    items: tuple[CatalogueItem, ...]

    def get(self, item_id: str) -> CatalogueItem | None:
        for item in self.items:
            if item.id == item_id:
                return item
        return None

    def activity(self, activity_id: str) -> Activity | None:
        for activity in self.activities:
            if activity.id == activity_id:
                return activity
        return None

    def activity_title(self, activity_id: str) -> str:
        activity = self.activity(activity_id)
        return activity.title if activity is not None else activity_id


def default_catalogue_path() -> Path:
    return resource_path("equipment", "catalogue.json")


def overlay_path(path: Path, language: str) -> Path | None:
    """The translation overlay for `language` beside the catalogue at `path`
    (`catalogue.json` -> `catalogue.es.json`); None for English or a malformed code."""
    code = language.strip().lower()
    if code == DEFAULT_LANGUAGE or not _LANGUAGE_CODE.fullmatch(code):
        return None
    return path.with_name(f"{path.stem}.{code}{path.suffix}")


def load_catalogue(path: Path | None = None, language: str = DEFAULT_LANGUAGE) -> Catalogue:
    """Read and check the catalogue (the built-in one when `path` is None).

    For a language other than English, the overlay `catalogue.<language>.json` beside it is
    applied when it exists; without one the catalogue stays in English."""
    path = path or default_catalogue_path()
    catalogue = parse_catalogue(_read_json(path))
    overlay = overlay_path(path, language)
    if overlay is not None and overlay.is_file():
        catalogue = apply_overlay(catalogue, _read_json(overlay), overlay.name)
    return catalogue


def _read_json(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path.name}: cannot be read ({exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            f"{path.name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc


def apply_overlay(catalogue: Catalogue, data: object, name: str = "overlay") -> Catalogue:
    """`catalogue` with the text of a translation overlay (already-decoded JSON).

    Raises `CatalogueError` naming the overlay, the item and the problem when the overlay names
    an unknown activity or item, lacks a field, or has text where a list belongs (or the other
    way round)."""
    if not isinstance(data, dict):
        raise CatalogueError(f"{name}: the overlay must be a JSON object")
    unknown_keys = sorted(set(data) - {"language", "activities", "items"})
    if unknown_keys:
        raise CatalogueError(f"{name}: unknown field '{unknown_keys[0]}'")

    raw_activities = data.get("activities", {})
    if not isinstance(raw_activities, dict):
        raise CatalogueError(f"{name}: 'activities' must be an object of id: title")
    titles: dict[str, str] = {}
    for activity_id, title in raw_activities.items():
        label = f"{name}: activity '{activity_id}'"
        if catalogue.activity(activity_id) is None:
            raise CatalogueError(f"{label}: not an activity in the catalogue")
        if not isinstance(title, str) or not title.strip():
            raise CatalogueError(f"{label}: the title must be non-empty text")
        titles[activity_id] = title.strip()
    activities = tuple(replace(a, title=titles.get(a.id, a.title)) for a in catalogue.activities)

    raw_items = data.get("items", {})
    if not isinstance(raw_items, dict):
        raise CatalogueError(f"{name}: 'items' must be an object of id: text")
    for item_id in raw_items:
        if catalogue.get(item_id) is None:
            raise CatalogueError(f"{name}: item '{item_id}': not an item in the catalogue")
    items = tuple(
        _translate_item(item, raw_items[item.id], name) if item.id in raw_items else item
        for item in catalogue.items
    )
    return Catalogue(version=catalogue.version, activities=activities, items=items)


def _translate_item(item: CatalogueItem, raw: object, name: str) -> CatalogueItem:
    label = f"{name}: item '{item.id}'"
    if not isinstance(raw, dict):
        raise CatalogueError(f"{label}: must be an object")
    unknown = sorted(set(raw) - _OVERLAY_ITEM_FIELDS)
    if unknown:
        raise CatalogueError(f"{label}: unknown field '{unknown[0]}'")
    values: dict[str, str] = {}
    for field in _OVERLAY_TEXT_FIELDS:
        value = raw.get(field)
        if value is None:
            raise CatalogueError(f"{label}: missing '{field}'")
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(f"{label}: '{field}' must be non-empty text")
        values[field] = value.strip()
    keywords = raw.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise CatalogueError(f"{label}: 'keywords' must be a list of text")
    safety_note = _safety_note(raw, label)
    if item.safety_note and not safety_note:
        raise CatalogueError(f"{label}: missing 'safety_note' (the English item has one)")
    # The English words stay searchable after the translated ones.
    all_keywords = [k.strip() for k in keywords if k.strip()]
    all_keywords += [item.name, *item.keywords]
    return replace(
        item,
        name=values["name"],
        description=values["description"],
        helps_with=values["helps_with"],
        suits=values["suits"],
        ask_therapist=values["ask_therapist"],
        keywords=tuple(dict.fromkeys(all_keywords)),
        safety_note=safety_note,
    )


def _safety_note(raw: dict[str, object], label: str) -> str:
    note = raw.get("safety_note", "")
    if not isinstance(note, str) or (note and not note.strip()):
        raise CatalogueError(f"{label}: 'safety_note' must be non-empty text")
    return note.strip()


def parse_catalogue(data: object) -> Catalogue:
    """A `Catalogue` from already-decoded JSON; raises `CatalogueError` naming what is wrong."""
    if not isinstance(data, dict):
        raise CatalogueError("the catalogue must be a JSON object")
    version = data.get("catalogue_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CatalogueError("'catalogue_version' must be a whole number of 1 or more")

    raw_activities = data.get("activities")
    if not isinstance(raw_activities, list) or not raw_activities:
        raise CatalogueError("'activities' must be a non-empty list")
    activities: list[Activity] = []
    for number, raw in enumerate(raw_activities, start=1):
        label = f"activity #{number}"
        if not isinstance(raw, dict):
            raise CatalogueError(f"{label}: must be an object")
        activity_id, title = raw.get("id"), raw.get("title")
        if not isinstance(activity_id, str) or not activity_id:
            raise CatalogueError(f"{label}: missing 'id'")
        label = f"activity '{activity_id}'"
        if activity_id not in ACTIVITY_IDS:
            raise CatalogueError(
                f"{label}: not a known activity id (known: {', '.join(ACTIVITY_IDS)})"
            )
        if any(a.id == activity_id for a in activities):
            raise CatalogueError(f"{label}: listed twice")
        if not isinstance(title, str) or not title.strip():
            raise CatalogueError(f"{label}: missing 'title'")
        activities.append(Activity(activity_id, title.strip()))
    activity_ids = {a.id for a in activities}

    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise CatalogueError("'items' must be a list")
    items: list[CatalogueItem] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_items, start=1):
        item = _parse_item(raw, number, activity_ids)
        if item.id in seen:
            raise CatalogueError(f"item '{item.id}': the id is used by more than one item")
        seen.add(item.id)
        items.append(item)
    return Catalogue(version=version, activities=tuple(activities), items=tuple(items))


def _parse_item(raw: object, number: int, activity_ids: set[str]) -> CatalogueItem:
    if not isinstance(raw, dict):
        raise CatalogueError(f"item #{number}: must be an object")
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not item_id:
        raise CatalogueError(f"item #{number}: missing 'id'")
    label = f"item '{item_id}'"
    if not ITEM_ID.fullmatch(item_id) or item_id.startswith(CUSTOM_PREFIX):
        raise CatalogueError(
            f"{label}: the id must be lowercase letters, digits and hyphens, "
            f"and must not start with '{CUSTOM_PREFIX}'"
        )
    values: dict[str, str] = {}
    for field in _ITEM_FIELDS[1:]:
        value = raw.get(field)
        if value is None:
            raise CatalogueError(f"{label}: missing '{field}'")
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(f"{label}: '{field}' must be non-empty text")
        values[field] = value.strip()
    if values["activity"] not in activity_ids:
        raise CatalogueError(f"{label}: unknown activity '{values['activity']}'")
    keywords = raw.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise CatalogueError(f"{label}: 'keywords' must be a list of text")
    unknown = sorted(set(raw) - _KNOWN_ITEM_FIELDS)
    if unknown:
        raise CatalogueError(f"{label}: unknown field '{unknown[0]}'")
    return CatalogueItem(
        id=item_id,
        activity=values["activity"],
        name=values["name"],
        description=values["description"],
        helps_with=values["helps_with"],
        suits=values["suits"],
        ask_therapist=values["ask_therapist"],
        keywords=tuple(k.strip() for k in keywords if k.strip()),
        safety_note=_safety_note(raw, label),
    )
