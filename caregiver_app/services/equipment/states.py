"""What a person marks on the checklist: an item's status, a note, hidden or shown; and the
person's own (custom) items. Every user action is one transaction.

A person's state for an item is stored by the item's stable id, so a newer catalogue never loses
what was saved: an item that disappears keeps its row in the database (it is simply not shown),
and a new item starts as "not considered". Custom items live in their own table and are keyed
`custom-<id>`. The checks here are shared with the importer (transfer.py).
"""

from __future__ import annotations

import datetime as dt
import re
import time

from caregiver_app.services.equipment.catalogue import ACTIVITY_IDS, CUSTOM_PREFIX, ITEM_ID
from caregiver_app.services.messages import UserError, message, text_fault
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import CustomEquipment, EquipmentState, Person

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

NAME_MAX = 120
DESCRIPTION_MAX = 2000
NOTE_MAX = 10_000

_CUSTOM_KEY = re.compile(r"custom-([1-9][0-9]*)")


# --------------------------------------------------------------------------------------------
# Checks shared by the writers and the importer


def check_status(status: object) -> str:
    if status not in STATUSES:
        raise UserError(
            message("equipment.status", value=status, allowed=", ".join(STATUSES)), "status"
        )
    return str(status)


def check_activity(activity: object) -> str:
    if activity not in ACTIVITY_IDS:
        raise UserError(
            message("equipment.activity", value=activity, allowed=", ".join(ACTIVITY_IDS)),
            "activity",
        )
    return str(activity)


def check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise UserError(message("equipment.name_required"), "name")
    if len(name.strip()) > NAME_MAX:
        raise UserError(message("equipment.name_too_long", limit=NAME_MAX), "name")
    _check_saveable(name, "name")
    return name.strip()


def check_description(description: object) -> str:
    if not isinstance(description, str):
        raise UserError(message("must_be_text"), "description")
    if len(description.strip()) > DESCRIPTION_MAX:
        raise UserError(
            message("equipment.description_too_long", limit=DESCRIPTION_MAX), "description"
        )
    _check_saveable(description, "description")
    return description.strip()


def check_note(note: object) -> str:
    if not isinstance(note, str):
        raise UserError(message("must_be_text"), "note")
    if len(note.strip()) > NOTE_MAX:
        raise UserError(message("equipment.note_too_long", limit=NOTE_MAX), "note")
    _check_saveable(note, "note")
    return note.strip()


def _check_saveable(text: str, field: str) -> None:
    fault = text_fault(text)
    if fault is not None:
        raise UserError(message(fault), field)


def check_person(person_id: int) -> None:
    if not Person.select().where(Person.id == person_id).exists():
        raise UserError(message("equipment.no_person", id=person_id), "person")


def custom_id(item_key: str) -> int | None:
    """The database id in a `custom-<id>` key, or None for a catalogue id."""
    match = _CUSTOM_KEY.fullmatch(item_key)
    return int(match.group(1)) if match else None


def _check_item_key(person_id: int, item_key: str) -> None:
    """A catalogue-style id, or a custom key naming one of this person's own custom items."""
    if not isinstance(item_key, str) or not item_key:
        raise UserError(message("missing"), "item_key")
    if item_key.startswith(CUSTOM_PREFIX):
        _custom_row(person_id, item_key)
    elif not ITEM_ID.fullmatch(item_key):
        raise UserError(message("equipment.bad_item", value=f"'{item_key}'"), "item_key")


def _custom_row(person_id: int, item_key: str) -> CustomEquipment:
    row_id = custom_id(item_key)
    row = None
    if row_id is not None:
        row = CustomEquipment.get_or_none(
            (CustomEquipment.id == row_id) & (CustomEquipment.person == person_id)
        )
    if row is None:
        raise UserError(message("equipment.not_own_item", value=item_key), "item_key")
    return row


def as_date(value: object) -> dt.date | None:
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
    check_status(status)
    clean_note = check_note(note) if note is not None else None
    with database_proxy.atomic():
        check_person(person_id)
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
    clean_note = check_note(note)
    with database_proxy.atomic():
        check_person(person_id)
        _check_item_key(person_id, item_key)
        row = _state_row(person_id, item_key)
        if row.note != clean_note:
            row.note = clean_note
            row.save()


def _set_hidden(person_id: int, item_key: str, hidden: bool) -> None:
    with database_proxy.atomic():
        check_person(person_id)
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
    activity = check_activity(activity)
    name = check_name(name)
    description = check_description(description)
    with database_proxy.atomic():
        check_person(person_id)
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
    activity = check_activity(activity)
    name = check_name(name)
    description = check_description(description)
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
