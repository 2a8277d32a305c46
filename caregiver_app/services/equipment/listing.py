"""Reading a person's checklist: entries in catalogue order, filtered and searched, and the
summary of how many items have each status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from caregiver_app.services.equipment.catalogue import CUSTOM_PREFIX, Catalogue, CatalogueItem
from caregiver_app.services.equipment.states import NOT_CONSIDERED, STATUSES, as_date
from caregiver_app.store.models import CustomEquipment, EquipmentState

# The order of the summary ("Using 4, ordered 1, might help 3") and its words.
SUMMARY_ORDER: tuple[str, ...] = ("using_it", "have_it", "ordered", "might_help", "not_suitable")
_SUMMARY_WORDS: dict[str, str] = {
    "using_it": "using",
    "have_it": "have it",
    "ordered": "ordered",
    "might_help": "might help",
    "not_suitable": "not suitable",
}


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
                changed_on=as_date(row.status_changed_on) if row is not None else None,
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
