"""People cared for: create, edit, list, and which one is active."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from dataclasses import dataclass

from peewee import fn

from caregiver_app.services import codes
from caregiver_app.services.messages import Problem, ValidationError
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import Person, Setting

ACTIVE_KEY = "active_person_id"


def active_key() -> str:
    """Where the diary keeps whose diary this computer shows. On a server each computer keeps
    its own (one caregiver switching person must not switch everyone else's window); the file
    has one computer at a time."""
    if not dialect.is_server(database_proxy):
        return ACTIVE_KEY
    import getpass
    import socket

    try:
        account = getpass.getuser()
    except (OSError, KeyError):
        account = ""
    return f"{ACTIVE_KEY}@{socket.gethostname()}/{account}"


class PersonError(ValidationError):
    """A profile field is not valid; each problem names its field."""


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    birth_year: int | None
    cause: str | None  # None: not recorded
    affected_side: str | None  # None: not recorded
    event_date: dt.date | None
    notes: str
    is_sample: bool


def _info(p: Person) -> PersonInfo:
    event = p.event_date
    if isinstance(event, str):
        event = dt.date.fromisoformat(event)
    return PersonInfo(
        id=p.id,
        name=p.name,
        birth_year=p.birth_year,
        cause=p.cause,
        affected_side=p.affected_side,
        event_date=event,
        notes=p.notes,
        is_sample=bool(p.is_sample),
    )


def has_control_characters(text: str) -> bool:
    """A line break, tab, escape or other control character: a name is one line of text (an
    escape sequence in a name could also change what a terminal shows)."""
    return any(unicodedata.category(c) == "Cc" for c in text)


def validate_profile(
    name: str,
    birth_year: int | None,
    cause: str | None,
    affected_side: str | None,
    event_date: dt.date | None,
    today: dt.date | None = None,
) -> list[Problem]:
    """Every problem with the profile; empty when it can be saved."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    if not name.strip():
        problems.append(Problem.of("name", "person.name_required"))
    elif len(name.strip()) > 100:
        problems.append(Problem.of("name", "person.name_too_long"))
    elif has_control_characters(name):
        problems.append(Problem.of("name", "person.name_control"))
    if birth_year is not None and not (1900 <= birth_year <= today.year):
        problems.append(Problem.of("birth_year", "person.birth_year", year=today.year))
    if cause is not None and cause not in codes.CAUSES:
        problems.append(
            Problem.of("cause", "not_one_of", value=cause, allowed=", ".join(codes.CAUSES))
        )
    if affected_side is not None and affected_side not in codes.AFFECTED_SIDES:
        problems.append(
            Problem.of(
                "affected_side",
                "not_one_of",
                value=affected_side,
                allowed=", ".join(codes.AFFECTED_SIDES),
            )
        )
    if event_date is not None and event_date > today:
        problems.append(Problem.of("event_date", "person.event_future"))
    return problems


def _check(problems: list[Problem]) -> None:
    if problems:
        raise PersonError(problems)


def _name_taken(name: str) -> PersonError:
    return PersonError([Problem.of("name", "person.name_taken", name=name.strip())])


def unique_name(base: str) -> str:
    """`base`, or `base (2)`, `base (3)`... whichever no one has yet."""
    taken = {p.name.lower() for p in Person.select(Person.name)}
    if base.lower() not in taken:
        return base
    number = 2
    while f"{base} ({number})".lower() in taken:
        number += 1
    return f"{base} ({number})"


def create_person(
    name: str,
    birth_year: int | None = None,
    cause: str | None = None,
    affected_side: str | None = None,
    event_date: dt.date | None = None,
    notes: str = "",
    is_sample: bool = False,
    make_active: bool = True,
) -> PersonInfo:
    _check(validate_profile(name, birth_year, cause, affected_side, event_date))
    _check(Problem.of_text("notes", notes))
    if find_by_name(name) is not None:
        raise _name_taken(name)
    with database_proxy.atomic():
        p = Person.create(
            name=name.strip(),
            birth_year=birth_year,
            cause=cause,
            affected_side=affected_side,
            event_date=event_date,
            notes=notes,
            is_sample=is_sample,
            created_utc=int(time.time()),
        )
        if make_active or get_active() is None:
            set_active(p.id)
    return _info(p)


def update_person(
    person_id: int,
    name: str,
    birth_year: int | None,
    cause: str | None,
    affected_side: str | None,
    event_date: dt.date | None,
    notes: str,
) -> PersonInfo:
    _check(validate_profile(name, birth_year, cause, affected_side, event_date))
    _check(Problem.of_text("notes", notes))
    other = find_by_name(name)
    if other is not None and other.id != person_id:
        raise _name_taken(name)
    with database_proxy.atomic():
        Person.update(
            name=name.strip(),
            birth_year=birth_year,
            cause=cause,
            affected_side=affected_side,
            event_date=event_date,
            notes=notes,
        ).where(Person.id == person_id).execute()
    return get_person(person_id)


def delete_person(person_id: int) -> None:
    """Remove a person and everything recorded about them (one transaction)."""
    with database_proxy.atomic():
        Person.delete().where(Person.id == person_id).execute()
        if _active_id_raw() == person_id:
            first = Person.select(Person.id).order_by(Person.id).first()
            if first is None:
                Setting.delete().where(Setting.key == active_key()).execute()
            else:
                set_active(first.id)


def delete_sample_people() -> list[int]:
    """Remove every sample person and their made-up diary (one transaction); their ids."""
    with database_proxy.atomic():
        ids = [p.id for p in Person.select(Person.id).where(Person.is_sample == True)]  # noqa: E712
        for person_id in ids:
            delete_person(person_id)
    return ids


def get_person(person_id: int) -> PersonInfo:
    return _info(Person.get_by_id(person_id))


def list_people() -> list[PersonInfo]:
    return [_info(p) for p in Person.select().order_by(fn.LOWER(Person.name), Person.name)]


def find_by_name(name: str) -> PersonInfo | None:
    p = Person.get_or_none(fn.LOWER(Person.name) == dialect.fold_case(name.strip()))
    return _info(p) if p is not None else None


def _active_id_raw() -> int | None:
    row = Setting.get_or_none(Setting.key == active_key())
    return int(row.value) if row is not None else None


def get_active() -> PersonInfo | None:
    """The active person, or None when the diary holds no one yet."""
    pid = _active_id_raw()
    if pid is not None:
        p = Person.get_or_none(Person.id == pid)
        if p is not None:
            return _info(p)
    p = Person.select().order_by(Person.id).first()
    return _info(p) if p is not None else None


def set_active(person_id: int) -> None:
    Setting.insert(key=active_key(), value=str(person_id)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(person_id)}
    ).execute()
