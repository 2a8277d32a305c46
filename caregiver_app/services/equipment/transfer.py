"""A person's checklist in the diary's JSON export, and back (called from services/exchange.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from caregiver_app.services import caregivers
from caregiver_app.services.equipment.catalogue import CUSTOM_PREFIX, ITEM_ID
from caregiver_app.services.equipment.states import (
    NOT_CONSIDERED,
    as_date,
    check_activity,
    check_description,
    check_name,
    check_note,
    check_person,
    check_status,
)
from caregiver_app.services.import_checks import (
    LAST_UTC,
    BadMoment,
    out_of_range,
    parse_day,
)
from caregiver_app.services.import_merge import Tally
from caregiver_app.services.messages import Message, UserError, message
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import CustomEquipment, EquipmentState

EXPORT_VERSION = 1


def _state_dict(row: EquipmentState) -> dict[str, Any]:
    changed = as_date(row.status_changed_on)
    return {
        "status": row.status,
        "status_changed_on": changed.isoformat() if changed is not None else None,
        "note": row.note,
        "hidden": bool(row.hidden),
        **caregivers.fields(row.recorded_by, row.recorded_at),
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
            entry.update(caregivers.fields(None, None))
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


def _parse_state(raw: Mapping[str, Any], label: Message) -> _ImportState:
    try:
        status = check_status(raw.get("status"))
        note = check_note(raw.get("note", ""))
    except UserError as exc:
        raise exc.within(label) from None
    hidden = raw.get("hidden", False)
    if not isinstance(hidden, bool):
        raise UserError(message("equipment.true_or_false"), "hidden", [label])
    changed = raw.get("status_changed_on")
    changed_on = None
    if changed is not None:
        if not isinstance(changed, str):
            raise UserError(message("equipment.date_like"), "status_changed_on", [label])
        try:
            changed_on = parse_day(changed, "equipment.not_date_like")
        except BadMoment as exc:
            raise UserError(exc.said, "status_changed_on", [label]) from None
    return _ImportState(status, changed_on, note, hidden)


def _write_state(
    person_id: int, item_key: str, state: _ImportState, recorded: caregivers.Recorded
) -> None:
    EquipmentState.insert(
        person=person_id,
        item_key=item_key,
        status=state.status,
        status_changed_on=state.changed_on,
        note=state.note,
        hidden=state.hidden,
        recorded_by=recorded.by,
        recorded_at=recorded.at,
    ).execute()


def _recorded(raw: Mapping[str, Any], label: Message) -> caregivers.Recorded:
    """Who recorded the status and when, as the file says (not part of what the status is)."""
    return caregivers.from_file(raw.get("recorded_by"), raw.get("recorded_at"), [label])


_UNTOUCHED = _ImportState(NOT_CONSIDERED, None, "", False)  # an item with no saved state


def _states_in_diary(person_id: int) -> dict[Hashable, Hashable]:
    return {
        row.item_key: _ImportState(
            row.status, as_date(row.status_changed_on), row.note, bool(row.hidden)
        )
        for row in EquipmentState.select().where(EquipmentState.person == person_id)
    }


def _add_states(
    person_id: int,
    states: list[tuple[str, _ImportState, caregivers.Recorded]],
    have: dict[Hashable, Hashable],
    tally: Tally,
) -> None:
    """New states only. An item with no saved state has the untouched one, so the file saying
    "not considered" about it is the same as the diary and adds nothing."""
    untouched = [i for i in states if i[0] not in have and i[1] == _UNTOUCHED]
    if untouched:
        tally.same["equipment_status"] += len(untouched)
    wanted = [i for i in states if i not in untouched]
    for key, state, recorded in tally.new_by_key(
        "equipment_status", wanted, lambda i: i[0], lambda i: i[1], have
    ):
        _write_state(person_id, key, state, recorded)


def import_person(person_id: int, data: Mapping[str, Any], tally: Tally | None = None) -> None:
    """Add exported checklist data to a person, never changing what they have.

    Everything is checked before anything is written; a problem raises `UserError` naming the
    entry and the field. An item the person already has a status for keeps it (the file's is
    counted as the same or as kept in `tally`). An own item the person already has (same
    activity, name and creation time) is not added again. Runs in the caller's transaction
    when there is one (as a savepoint), or in its own.
    """
    tally = tally if tally is not None else Tally()
    if not isinstance(data, Mapping):
        raise UserError(message("must_be_object"))
    if data.get("version") != EXPORT_VERSION:
        found = repr(data.get("version"))
        raise UserError(message("version", expected=EXPORT_VERSION, found=found), "version")
    raw_states = data.get("states", [])
    raw_custom = data.get("custom_items", [])
    if not isinstance(raw_states, list):
        raise UserError(message("must_be_list"), "states")
    if not isinstance(raw_custom, list):
        raise UserError(message("must_be_list"), "custom_items")

    states: list[tuple[str, _ImportState, caregivers.Recorded]] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_states, start=1):
        label = message("place.equipment_state", number=number)
        if not isinstance(raw, Mapping):
            raise UserError(message("must_be_object"), place=[label])
        item = raw.get("item")
        if not isinstance(item, str) or not ITEM_ID.fullmatch(item):
            raise UserError(message("equipment.bad_item", value=repr(item)), "item", [label])
        if item.startswith(CUSTOM_PREFIX):
            raise UserError(message("equipment.own_in_states"), "item", [label])
        label = message("place.named_equipment_state", number=number, name=item)
        if item in seen:
            raise UserError(message("equipment.listed_twice"), "item", [label])
        seen.add(item)
        states.append((item, _parse_state(raw, label), _recorded(raw, label)))

    custom: list[tuple[str, str, str, int, _ImportState, caregivers.Recorded]] = []
    for number, raw in enumerate(raw_custom, start=1):
        label = message("place.own_item", number=number)
        if not isinstance(raw, Mapping):
            raise UserError(message("must_be_object"), place=[label])
        try:
            name = check_name(raw.get("name"))
            label = message("place.named_own_item", number=number, name=name)
            activity = check_activity(raw.get("activity"))
            description = check_description(raw.get("description", ""))
        except UserError as exc:
            raise exc.within(label) from None
        created = raw.get("created_utc")
        if not isinstance(created, int) or isinstance(created, bool) or created < 0:
            raise UserError(message("equipment.seconds"), "created_utc", [label])
        if created > LAST_UTC:
            raise UserError(out_of_range(created), "created_utc", [label])
        state = _parse_state(raw, label)
        custom.append((activity, name, description, created, state, _recorded(raw, label)))

    with database_proxy.atomic():
        check_person(person_id)
        have = _states_in_diary(person_id)
        _add_states(person_id, states, have, tally)
        own_states: list[tuple[str, _ImportState, caregivers.Recorded]] = []
        for activity, name, description, created, state, recorded in custom:
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
                tally.count_added("own_equipment_item")
            elif existing.description == description:
                tally.same["own_equipment_item"] += 1
            else:
                tally.kept["own_equipment_item"] += 1
            own_states.append((f"{CUSTOM_PREFIX}{existing.id}", state, recorded))
        _add_states(person_id, own_states, have, tally)
