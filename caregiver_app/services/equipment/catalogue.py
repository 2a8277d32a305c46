"""The built-in equipment catalogue: its items grouped by daily activity, read and checked.

The catalogue is data (`resources/equipment/catalogue.json`), not code; `load_catalogue` reads it
and raises `CatalogueError` naming the item and the problem when it cannot be used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.resources import resource_path

# Activity codes are stable, like the codes in services/codes.py; the catalogue gives their titles
# and order. Custom items and imported files are checked against this list.
ACTIVITY_IDS: tuple[str, ...] = (
    "eating", "writing", "grooming", "dressing", "bathing", "mobility", "positioning",
)  # fmt: skip

CUSTOM_PREFIX = "custom-"

ITEM_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ITEM_FIELDS = ("id", "activity", "name", "description", "helps_with", "suits", "ask_therapist")
_KNOWN_ITEM_FIELDS = frozenset((*_ITEM_FIELDS, "keywords"))


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


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check the catalogue (the built-in one when `path` is None)."""
    path = path or default_catalogue_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path.name}: cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            f"{path.name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    return parse_catalogue(data)


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
    )
