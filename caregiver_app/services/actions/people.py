"""Actions on the people in the diary and on which of them is active, each returning the
`Change` that undoes it. Removing a person copies everything recorded about them first, so
even that can be undone."""

from __future__ import annotations

import datetime as dt

from caregiver_app.services import people
from caregiver_app.services.actions.change import ACTIVE_PERSON, PEOPLE, Change, recorded
from caregiver_app.services.actions.undo import Scope, scope
from caregiver_app.services.report_data.questions import QUESTIONS_KEY


def _active() -> Scope:
    return scope("setting", key=people.active_key())


def add_person(
    name: str,
    birth_year: int | None = None,
    cause: str | None = None,
    affected_side: str | None = None,
    event_date: dt.date | None = None,
    notes: str = "",
    make_active: bool = True,
) -> Change:
    """Add a person (made active, or when no one else is); `ids` holds the new id.
    Raises PersonError."""

    def add() -> list[Scope]:
        info = people.create_person(
            name, birth_year, cause, affected_side, event_date, notes, make_active=make_active
        )
        return [scope("person", id=info.id)]

    return recorded([PEOPLE, ACTIVE_PERSON], None, [_active()], add)


def edit_person(
    person_id: int,
    name: str,
    birth_year: int | None,
    cause: str | None,
    affected_side: str | None,
    event_date: dt.date | None,
    notes: str,
) -> Change:
    """Change a person's profile (their diary is untouched). Raises PersonError."""

    def write() -> None:
        people.update_person(person_id, name, birth_year, cause, affected_side, event_date, notes)

    return recorded(
        [PEOPLE],
        person_id,
        [scope("person", shallow=True, id=person_id)],
        write,
        ids=lambda: [person_id],
    )


def remove_person(person_id: int) -> Change:
    """Remove a person and everything recorded about them; undo puts all of it back."""
    return recorded(
        [PEOPLE, ACTIVE_PERSON],
        person_id,
        [
            scope("person", id=person_id),
            _active(),
            scope("setting", key=QUESTIONS_KEY.format(person_id=person_id)),
        ],
        lambda: people.delete_person(person_id),
    )


def remove_sample_people() -> Change:
    """Remove the sample diary (every sample person and all their made-up records) as one
    step; undo puts all of it back."""
    ids = [p.id for p in people.list_people() if p.is_sample]

    def write() -> None:
        people.delete_sample_people()

    return recorded(
        [PEOPLE, ACTIVE_PERSON],
        ids[0] if ids else None,
        [
            *(scope("person", id=i) for i in ids),
            _active(),
            *(scope("setting", key=QUESTIONS_KEY.format(person_id=i)) for i in ids),
        ],
        write,
    )


def make_active(person_id: int) -> Change:
    """Switch the diary to `person_id`."""
    return recorded([ACTIVE_PERSON], person_id, [_active()], lambda: people.set_active(person_id))
