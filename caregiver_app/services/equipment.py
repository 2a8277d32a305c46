"""The adaptive-equipment checklist: the built-in catalogue and each person's statuses and notes.

The catalogue is data (`resources/equipment/catalogue.json`), not code. A person's state for an
item is stored by the item's stable id, so a newer catalogue never loses what was saved: an item
that disappears keeps its row in the database (it is simply not shown), and a new item starts as
"not considered". Custom items live in their own table and are keyed `custom-<id>`.

No Qt here. Every user action is one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caregiver_app.resources import resource_path
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import CustomEquipment, EquipmentState, Person

# Activity codes are stable, like the codes in services/codes.py; the catalogue gives their titles
# and order. Custom items and imported files are checked against this list.
ACTIVITY_IDS: tuple[str, ...] = (
    "eating", "writing", "grooming", "dressing", "bathing", "mobility", "positioning",
)  # fmt: skip

NOT_CONSIDERED = "not_considered"
STATUSES: tuple[str, ...] = (
    NOT_CONSIDERED, "might_help", "ordered", "have_it", "using_it", "not_suitable",
)  # fmt: skip
# English labels for the command line and logs; the window and printouts translate their own.
STATUS_LABELS: dict[str, str] = {
    "not_considered": "Not considered",
    "might_help": "Might help",
    "ordered": "Ordered",
    "have_it": "Have it",
    "using_it": "Using it",
    "not_suitable": "Tried, not suitable",
}
# The shopping list: things to look into or waiting to arrive.
WANTED_STATUSES: tuple[str, ...] = ("might_help", "ordered")
# The order of the summary ("Using 4, ordered 1, might help 3") and its words.
SUMMARY_ORDER: tuple[str, ...] = ("using_it", "have_it", "ordered", "might_help", "not_suitable")
_SUMMARY_WORDS: dict[str, str] = {
    "using_it": "using",
    "have_it": "have it",
    "ordered": "ordered",
    "might_help": "might help",
    "not_suitable": "not suitable",
}

CUSTOM_PREFIX = "custom-"
NAME_MAX = 120
DESCRIPTION_MAX = 2000
NOTE_MAX = 10_000

_ITEM_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CUSTOM_KEY = re.compile(r"custom-([1-9][0-9]*)")
_ITEM_FIELDS = ("id", "activity", "name", "description", "helps_with", "suits", "ask_therapist")
_KNOWN_ITEM_FIELDS = frozenset((*_ITEM_FIELDS, "keywords"))
EXPORT_VERSION = 1


# --------------------------------------------------------------------------------------------
# The catalogue


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
    if not _ITEM_ID.fullmatch(item_id) or item_id.startswith(CUSTOM_PREFIX):
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


# --------------------------------------------------------------------------------------------
# Checks shared by the writers and the importer


def _check_status(status: object) -> str:
    if status not in STATUSES:
        raise ValueError(f"status: '{status}' is not one of {', '.join(STATUSES)}")
    return str(status)


def _check_activity(activity: object) -> str:
    if activity not in ACTIVITY_IDS:
        raise ValueError(f"activity: '{activity}' is not one of {', '.join(ACTIVITY_IDS)}")
    return str(activity)


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("name: enter a name for the item")
    if len(name.strip()) > NAME_MAX:
        raise ValueError(f"name: the name is longer than {NAME_MAX} characters")
    return name.strip()


def _check_description(description: object) -> str:
    if not isinstance(description, str):
        raise ValueError("description: must be text")
    if len(description.strip()) > DESCRIPTION_MAX:
        raise ValueError(
            f"description: the description is longer than {DESCRIPTION_MAX} characters"
        )
    return description.strip()


def _check_note(note: object) -> str:
    if not isinstance(note, str):
        raise ValueError("note: must be text")
    if len(note.strip()) > NOTE_MAX:
        raise ValueError(f"note: the note is longer than {NOTE_MAX} characters")
    return note.strip()


def _check_person(person_id: int) -> None:
    if not Person.select().where(Person.id == person_id).exists():
        raise ValueError(f"person: no person with id {person_id} in this diary")


def custom_id(item_key: str) -> int | None:
    """The database id in a `custom-<id>` key, or None for a catalogue id."""
    match = _CUSTOM_KEY.fullmatch(item_key)
    return int(match.group(1)) if match else None


def _check_item_key(person_id: int, item_key: str) -> None:
    """A catalogue-style id, or a custom key naming one of this person's own custom items."""
    if not isinstance(item_key, str) or not item_key:
        raise ValueError("item_key: missing")
    if item_key.startswith(CUSTOM_PREFIX):
        _custom_row(person_id, item_key)
    elif not _ITEM_ID.fullmatch(item_key):
        raise ValueError(f"item_key: '{item_key}' is not a valid item id")


def _custom_row(person_id: int, item_key: str) -> CustomEquipment:
    row_id = custom_id(item_key)
    row = None
    if row_id is not None:
        row = CustomEquipment.get_or_none(
            (CustomEquipment.id == row_id) & (CustomEquipment.person == person_id)
        )
    if row is None:
        raise ValueError(f"item_key: '{item_key}' is not one of this person's own items")
    return row


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _state_row(person_id: int, item_key: str) -> EquipmentState:
    row = EquipmentState.get_or_none(
        (EquipmentState.person == person_id) & (EquipmentState.item_key == item_key)
    )
    if row is None:
        row = EquipmentState(
            person=person_id,
            item_key=item_key,
            status=NOT_CONSIDERED,
            status_changed_on=None,
            note="",
            hidden=False,
        )
    return row


# --------------------------------------------------------------------------------------------
# Writing: one transaction per user action


def set_status(
    person_id: int,
    item_key: str,
    status: str,
    note: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Set an item's status; the date is recorded only when the status really changes."""
    _check_status(status)
    clean_note = _check_note(note) if note is not None else None
    with database_proxy.atomic():
        _check_person(person_id)
        _check_item_key(person_id, item_key)
        row = _state_row(person_id, item_key)
        if row.status != status:
            row.status = status
            row.status_changed_on = today or dt.date.today()
        if clean_note is not None:
            row.note = clean_note
        row.save()


def set_note(person_id: int, item_key: str, note: str) -> None:
    """Replace the person's note for an item (the status and its date stay as they are)."""
    clean_note = _check_note(note)
    with database_proxy.atomic():
        _check_person(person_id)
        _check_item_key(person_id, item_key)
        row = _state_row(person_id, item_key)
        if row.note != clean_note:
            row.note = clean_note
            row.save()


def _set_hidden(person_id: int, item_key: str, hidden: bool) -> None:
    with database_proxy.atomic():
        _check_person(person_id)
        _check_item_key(person_id, item_key)
        row = _state_row(person_id, item_key)
        row.hidden = hidden
        row.save()


def hide_item(person_id: int, item_key: str) -> None:
    _set_hidden(person_id, item_key, True)


def show_item(person_id: int, item_key: str) -> None:
    _set_hidden(person_id, item_key, False)


def add_custom(person_id: int, activity: str, name: str, description: str = "") -> str:
    """Add the person's own item; returns its key (`custom-<id>`)."""
    activity = _check_activity(activity)
    name = _check_name(name)
    description = _check_description(description)
    with database_proxy.atomic():
        _check_person(person_id)
        row = CustomEquipment.create(
            person=person_id,
            activity=activity,
            name=name,
            description=description,
            created_utc=int(time.time()),
        )
    return f"{CUSTOM_PREFIX}{row.id}"


def update_custom(
    person_id: int, item_key: str, activity: str, name: str, description: str = ""
) -> None:
    activity = _check_activity(activity)
    name = _check_name(name)
    description = _check_description(description)
    with database_proxy.atomic():
        row = _custom_row(person_id, item_key)
        row.activity = activity
        row.name = name
        row.description = description
        row.save()


def remove_custom(person_id: int, item_key: str) -> None:
    """Remove one of the person's own items together with its status and note."""
    with database_proxy.atomic():
        row = _custom_row(person_id, item_key)
        EquipmentState.delete().where(
            (EquipmentState.person == person_id) & (EquipmentState.item_key == item_key)
        ).execute()
        row.delete_instance()


# --------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class ChecklistEntry:
    item: CatalogueItem
    status: str
    changed_on: dt.date | None
    note: str
    hidden: bool

    @property
    def key(self) -> str:
        return self.item.id

    @property
    def activity(self) -> str:
        return self.item.activity


def custom_items(person_id: int) -> list[CatalogueItem]:
    """The person's own items, oldest first, as catalogue items keyed `custom-<id>`."""
    rows = (
        CustomEquipment.select()
        .where(CustomEquipment.person == person_id)
        .order_by(CustomEquipment.created_utc, CustomEquipment.id)
    )
    return [
        CatalogueItem(
            id=f"{CUSTOM_PREFIX}{row.id}",
            activity=row.activity,
            name=row.name,
            description=row.description,
        )
        for row in rows
    ]


def _all_entries(person_id: int, catalogue: Catalogue) -> list[ChecklistEntry]:
    states = {
        row.item_key: row
        for row in EquipmentState.select().where(EquipmentState.person == person_id)
    }
    own = custom_items(person_id)
    order = {a.id: n for n, a in enumerate(catalogue.activities)}
    items = sorted(
        (*catalogue.items, *own),
        key=lambda item: order.get(item.activity, len(order)),  # stable: catalogue, then own
    )
    entries = []
    for item in items:
        row = states.get(item.id)
        entries.append(
            ChecklistEntry(
                item=item,
                status=row.status if row is not None else NOT_CONSIDERED,
                changed_on=_as_date(row.status_changed_on) if row is not None else None,
                note=row.note if row is not None else "",
                hidden=bool(row.hidden) if row is not None else False,
            )
        )
    return entries


def _matches(entry: ChecklistEntry, words: Sequence[str]) -> bool:
    item = entry.item
    haystack = " ".join(
        (item.name, item.description, item.helps_with, *item.keywords, entry.note)
    ).casefold()
    return all(word in haystack for word in words)


def checklist(
    person_id: int,
    catalogue: Catalogue,
    *,
    activity: str | None = None,
    statuses: Iterable[str] | None = None,
    text: str = "",
    include_hidden: bool = False,
) -> list[ChecklistEntry]:
    """The person's checklist in catalogue order (their own items last in each activity).

    `text` keeps entries where every word appears in the name, description, "helps with",
    keywords or the person's note (case-insensitive). Hidden entries are left out unless asked.
    """
    wanted = set(statuses) if statuses is not None else None
    words = text.casefold().split()
    return [
        entry
        for entry in _all_entries(person_id, catalogue)
        if (include_hidden or not entry.hidden)
        and (activity is None or entry.activity == activity)
        and (wanted is None or entry.status in wanted)
        and _matches(entry, words)
    ]


def entry_for(person_id: int, catalogue: Catalogue, item_key: str) -> ChecklistEntry | None:
    for entry in _all_entries(person_id, catalogue):
        if entry.key == item_key:
            return entry
    return None


def summary(person_id: int, catalogue: Catalogue) -> dict[str, int]:
    """How many shown (not hidden) items have each status; every status is a key."""
    counts = dict.fromkeys(STATUSES, 0)
    for entry in checklist(person_id, catalogue):
        counts[entry.status] = counts.get(entry.status, 0) + 1
    return counts


def summary_text(counts: Mapping[str, int]) -> str:
    """E.g. "Using 4, ordered 1, might help 3" (English, for the command line and logs)."""
    parts = [f"{_SUMMARY_WORDS[code]} {counts[code]}" for code in SUMMARY_ORDER if counts.get(code)]
    if not parts:
        return "Nothing marked yet"
    text = ", ".join(parts)
    return text[0].upper() + text[1:]


# --------------------------------------------------------------------------------------------
# JSON export and import (called from the diary's JSON export)


def _state_dict(row: EquipmentState) -> dict[str, Any]:
    changed = _as_date(row.status_changed_on)
    return {
        "status": row.status,
        "status_changed_on": changed.isoformat() if changed is not None else None,
        "note": row.note,
        "hidden": bool(row.hidden),
    }


def export_person(person_id: int) -> dict[str, Any]:
    """The person's checklist as plain JSON-ready data.

    Every saved state is included, also for items no longer in the catalogue, so nothing is
    lost. Own items carry their state inside them, so no database id appears in the file.
    """
    rows = {
        row.item_key: row
        for row in EquipmentState.select().where(EquipmentState.person == person_id)
    }
    custom = []
    for row in (
        CustomEquipment.select()
        .where(CustomEquipment.person == person_id)
        .order_by(CustomEquipment.created_utc, CustomEquipment.id)
    ):
        key = f"{CUSTOM_PREFIX}{row.id}"
        state = rows.pop(key, None)
        entry: dict[str, Any] = {
            "activity": row.activity,
            "name": row.name,
            "description": row.description,
            "created_utc": row.created_utc,
        }
        if state is not None:
            entry.update(_state_dict(state))
        else:
            entry.update(status=NOT_CONSIDERED, status_changed_on=None, note="", hidden=False)
        custom.append(entry)
    states = [
        {"item": key, **_state_dict(rows[key])}
        for key in sorted(rows)
        if not key.startswith(CUSTOM_PREFIX)  # a stray custom state without its item
    ]
    return {"version": EXPORT_VERSION, "states": states, "custom_items": custom}


@dataclass(frozen=True)
class _ImportState:
    status: str
    changed_on: dt.date | None
    note: str
    hidden: bool


def _parse_state(raw: Mapping[str, Any], label: str) -> _ImportState:
    try:
        status = _check_status(raw.get("status"))
        note = _check_note(raw.get("note", ""))
    except ValueError as exc:
        raise ValueError(f"{label}: {exc}") from None
    hidden = raw.get("hidden", False)
    if not isinstance(hidden, bool):
        raise ValueError(f"{label}: hidden: must be true or false")
    changed = raw.get("status_changed_on")
    changed_on = None
    if changed is not None:
        if not isinstance(changed, str):
            raise ValueError(f"{label}: status_changed_on: must be a date like 2024-05-31")
        try:
            changed_on = dt.date.fromisoformat(changed)
        except ValueError:
            raise ValueError(
                f"{label}: status_changed_on: '{changed}' is not a date like 2024-05-31"
            ) from None
    return _ImportState(status, changed_on, note, hidden)


def _write_state(person_id: int, item_key: str, state: _ImportState) -> None:
    EquipmentState.insert(
        person=person_id,
        item_key=item_key,
        status=state.status,
        status_changed_on=state.changed_on,
        note=state.note,
        hidden=state.hidden,
    ).on_conflict(
        conflict_target=[EquipmentState.person, EquipmentState.item_key],
        preserve=[
            EquipmentState.status,
            EquipmentState.status_changed_on,
            EquipmentState.note,
            EquipmentState.hidden,
        ],
    ).execute()


def import_person(person_id: int, data: Mapping[str, Any]) -> None:
    """Add exported checklist data to a person (normally a newly imported one).

    Everything is checked before anything is written; a problem raises `ValueError` naming the
    entry and the field. States replace the person's state for the same item. An own item that
    the person already has (same activity, name and creation time) is not added twice. Runs in
    the caller's transaction when there is one (as a savepoint), or in its own.
    """
    if not isinstance(data, Mapping):
        raise ValueError("equipment: must be an object")
    if data.get("version") != EXPORT_VERSION:
        raise ValueError(
            f"equipment: version: expected {EXPORT_VERSION}, found {data.get('version')!r}"
        )
    raw_states = data.get("states", [])
    raw_custom = data.get("custom_items", [])
    if not isinstance(raw_states, list):
        raise ValueError("equipment: states: must be a list")
    if not isinstance(raw_custom, list):
        raise ValueError("equipment: custom_items: must be a list")

    states: list[tuple[str, _ImportState]] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_states, start=1):
        label = f"equipment state #{number}"
        if not isinstance(raw, Mapping):
            raise ValueError(f"{label}: must be an object")
        item = raw.get("item")
        if not isinstance(item, str) or not _ITEM_ID.fullmatch(item):
            raise ValueError(f"{label}: item: {item!r} is not a valid item id")
        if item.startswith(CUSTOM_PREFIX):
            raise ValueError(f"{label}: item: own items belong in custom_items, not states")
        label = f"equipment state #{number} ('{item}')"
        if item in seen:
            raise ValueError(f"{label}: item: listed more than once")
        seen.add(item)
        states.append((item, _parse_state(raw, label)))

    custom: list[tuple[str, str, str, int, _ImportState]] = []
    for number, raw in enumerate(raw_custom, start=1):
        label = f"own equipment item #{number}"
        if not isinstance(raw, Mapping):
            raise ValueError(f"{label}: must be an object")
        try:
            name = _check_name(raw.get("name"))
            label = f"own equipment item #{number} ('{name}')"
            activity = _check_activity(raw.get("activity"))
            description = _check_description(raw.get("description", ""))
        except ValueError as exc:
            raise ValueError(f"{label}: {exc}") from None
        created = raw.get("created_utc")
        if not isinstance(created, int) or isinstance(created, bool) or created < 0:
            raise ValueError(f"{label}: created_utc: must be a whole number of seconds")
        custom.append((activity, name, description, created, _parse_state(raw, label)))

    with database_proxy.atomic():
        _check_person(person_id)
        for item, state in states:
            _write_state(person_id, item, state)
        for activity, name, description, created, state in custom:
            existing = CustomEquipment.get_or_none(
                (CustomEquipment.person == person_id)
                & (CustomEquipment.activity == activity)
                & (CustomEquipment.name == name)
                & (CustomEquipment.created_utc == created)
            )
            if existing is None:
                existing = CustomEquipment.create(
                    person=person_id,
                    activity=activity,
                    name=name,
                    description=description,
                    created_utc=created,
                )
            _write_state(person_id, f"{CUSTOM_PREFIX}{existing.id}", state)
