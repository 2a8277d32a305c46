"""Actions on a person's equipment checklist, each returning the `Change` that undoes it.

What each does and checks is in services/equipment/states.py; here the rows it touches are
copied before and after so that Ctrl+Z puts them back.
"""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import equipment
from caregiver_app.services.actions.change import EQUIPMENT, Change, recorded
from caregiver_app.services.actions.undo import Rows, Scope, scope


def _state(person_id: int, item_key: str) -> Scope:
    return scope("equipment_state", person_id=person_id, item_key=item_key)


def set_status(
    person_id: int,
    item_key: str,
    status: str,
    today: dt.date | None = None,
    since: Rows | None = None,
) -> Change:
    """`since`: the copy the page started from; when the item's status or note is no longer
    that, raises ChangedMeanwhile and writes nothing (meanwhile.py)."""
    return recorded(
        [EQUIPMENT],
        person_id,
        [_state(person_id, item_key)],
        lambda: equipment.set_status(person_id, item_key, status, today=today),
        since=since,
    )


def set_note(person_id: int, item_key: str, note: str, since: Rows | None = None) -> Change:
    return recorded(
        [EQUIPMENT],
        person_id,
        [_state(person_id, item_key)],
        lambda: equipment.set_note(person_id, item_key, note),
        since=since,
    )


def set_hidden(person_id: int, item_key: str, hidden: bool) -> Change:
    write = equipment.hide_item if hidden else equipment.show_item
    return recorded(
        [EQUIPMENT], person_id, [_state(person_id, item_key)], lambda: write(person_id, item_key)
    )


def add_custom(person_id: int, activity: str, name: str, description: str = "") -> Change:
    """Add the person's own item; `ids` holds its id (its key is `custom-<id>`)."""

    def add() -> list[Scope]:
        key = equipment.add_custom(person_id, activity, name, description)
        return [scope("custom_equipment", id=equipment.custom_id(key)), _state(person_id, key)]

    return recorded([EQUIPMENT], person_id, [], add)


def update_custom(
    person_id: int,
    item_key: str,
    activity: str,
    name: str,
    description: str = "",
    since: Rows | None = None,
) -> Change:
    """`since`: the copy of the item its form started from (meanwhile.py)."""
    return recorded(
        [EQUIPMENT],
        person_id,
        [scope("custom_equipment", id=equipment.custom_id(item_key))],
        lambda: equipment.update_custom(person_id, item_key, activity, name, description),
        since=since,
    )


def remove_custom(person_id: int, item_key: str) -> Change:
    """Remove one of the person's own items with its status and note."""
    return recorded(
        [EQUIPMENT],
        person_id,
        [scope("custom_equipment", id=equipment.custom_id(item_key)), _state(person_id, item_key)],
        lambda: equipment.remove_custom(person_id, item_key),
    )
