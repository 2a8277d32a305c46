"""The adaptive-equipment checklist: the built-in catalogue and each person's statuses and notes.

The catalogue is data (`resources/equipment/catalogue.json`), not code. A person's state for an
item is stored by the item's stable id, so a newer catalogue never loses what was saved: an item
that disappears keeps its row in the database (it is simply not shown), and a new item starts as
"not considered". Custom items live in their own table and are keyed `custom-<id>`.

No Qt here. Every user action is one transaction. Callers import from this package; inside it:
`catalogue` reads and checks the catalogue, `states` writes what a person marks (and checks it),
`listing` reads the checklist back and sums it up, `transfer` exports and imports it as JSON.
"""

from caregiver_app.services.equipment.catalogue import (
    ACTIVITY_IDS,
    CUSTOM_PREFIX,
    Activity,
    Catalogue,
    CatalogueError,
    CatalogueItem,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
)
from caregiver_app.services.equipment.listing import (
    SUMMARY_ORDER,
    ChecklistEntry,
    checklist,
    custom_items,
    entry_for,
    summary,
    summary_text,
)
from caregiver_app.services.equipment.states import (
    DESCRIPTION_MAX,
    NAME_MAX,
    NOT_CONSIDERED,
    NOTE_MAX,
    STATUS_LABELS,
    STATUSES,
    WANTED_STATUSES,
    add_custom,
    custom_id,
    hide_item,
    remove_custom,
    set_note,
    set_status,
    show_item,
    update_custom,
)
from caregiver_app.services.equipment.transfer import EXPORT_VERSION, export_person, import_person

__all__ = [
    "ACTIVITY_IDS",
    "CUSTOM_PREFIX",
    "DESCRIPTION_MAX",
    "EXPORT_VERSION",
    "NAME_MAX",
    "NOTE_MAX",
    "NOT_CONSIDERED",
    "STATUSES",
    "STATUS_LABELS",
    "SUMMARY_ORDER",
    "WANTED_STATUSES",
    "Activity",
    "Catalogue",
    "CatalogueError",
    "CatalogueItem",
    "ChecklistEntry",
    "add_custom",
    "checklist",
    "custom_id",
    "custom_items",
    "default_catalogue_path",
    "entry_for",
    "export_person",
    "hide_item",
    "import_person",
    "load_catalogue",
    "parse_catalogue",
    "remove_custom",
    "set_note",
    "set_status",
    "show_item",
    "summary",
    "summary_text",
    "update_custom",
]
