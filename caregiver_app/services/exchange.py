"""Export and import: the episode log as CSV, everything about a person as JSON.

Both formats are described in docs/data-formats.md. Import is all-or-nothing: every row is
parsed and validated before anything is written, and the write is one transaction. An error
names the line and column (CSV) or entry and field (JSON).

Import only ever adds (services/import_merge.py): a record the diary already holds is skipped,
and where the file and the diary disagree about the same day or item, the diary's is kept. The
result counts, by kind, what was added and what was skipped. The CSV side is in csv_exchange.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Hashable, Iterator
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from caregiver_app.services import caregivers, checkins, episodes, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.csv_exchange import CSV_COLUMNS as CSV_COLUMNS
from caregiver_app.services.csv_exchange import REQUIRED_CSV_COLUMNS as REQUIRED_CSV_COLUMNS
from caregiver_app.services.csv_exchange import episodes_csv as episodes_csv
from caregiver_app.services.csv_exchange import parse_csv as parse_csv
from caregiver_app.services.episodes import EpisodeData, EpisodeRow
from caregiver_app.services.import_checks import (
    BadMoment,
    decode,
    episode_problem,
    load_json,
    parse_day,
    parse_moment,
)
from caregiver_app.services.import_checks import ImportFailed as ImportFailed
from caregiver_app.services.import_merge import ImportResult as ImportResult
from caregiver_app.services.import_merge import Tally
from caregiver_app.services.messages import Message, UserError, ValidationError, message, text_fault
from caregiver_app.services.outputs import write_text
from caregiver_app.services.timeutil import iso_local, now_local, to_stored
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy

JSON_FORMAT = "caregiver-app-diary"
JSON_FORMAT_VERSION = 1
HEALTH_NOTICE = (
    "This file contains health information about a person. Keep it private and share it only "
    "with people they trust."
)
DEFAULT_IMPORT_NAME = "Imported diary"


# --- writing ----------------------------------------------------------------------------------


def _episode_json(row: EpisodeRow) -> dict[str, Any]:
    return {
        "started_at": iso_local(row.started_utc, row.utc_offset_min),
        "duration_seconds": row.duration_seconds,
        "body_region": row.body_region,
        "side": row.side,
        "kind": row.kind,
        "severity": row.severity,
        "pain": row.pain,
        "triggers": list(row.triggers),
        "relief": list(row.relief),
        "activity": row.activity,
        "observed_by": row.observed_by,
        "notes": row.notes,
        **caregivers.fields(row.recorded_by, row.recorded_at),
    }


def person_json(person_id: int) -> dict[str, Any]:
    info = people.get_person(person_id)
    stamped = caregivers.stamps("checkin", person_id, "day")
    document: dict[str, Any] = {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "notice": HEALTH_NOTICE,
        "person": {
            "name": info.name,
            "birth_year": info.birth_year,
            "cause": info.cause,
            "affected_side": info.affected_side,
            "event_date": info.event_date.isoformat() if info.event_date else None,
            "notes": info.notes,
        },
        "episodes": [_episode_json(r) for r in episodes.episodes_for_person(person_id)],
        "checkins": [
            {"day": day.isoformat(), **asdict(data), **caregivers.fields(*stamped[day.isoformat()])}
            for day, data in checkins.all_for_person(person_id)
        ],
    }
    for section, exporter, _ in _extra_sections():
        document[section] = exporter(person_id)
    return document


def _extra_sections() -> Iterator[tuple[str, Any, Any]]:
    """Sections other features add to the JSON file: (name, export(person_id),
    import(person_id, data, tally)). An importer only adds, following import_merge's rule, and
    counts what it added and skipped in `tally`."""
    try:
        from caregiver_app.services import equipment
    except ImportError:  # pragma: no cover - the feature is part of the app
        return
    yield "equipment", equipment.export_person, equipment.import_person
    from caregiver_app.services import falls

    yield falls.SECTION, falls.export_person, falls.import_person
    from caregiver_app.services import treatment_exchange

    yield (
        treatment_exchange.SECTION,
        treatment_exchange.export_person,
        treatment_exchange.import_person,
    )


def export_file(person_id: int, path: Path, fmt: str) -> None:
    if fmt == "csv":
        text = episodes_csv(person_id)
    elif fmt == "json":
        text = json.dumps(person_json(person_id), ensure_ascii=False, indent=2) + "\n"
    else:
        raise ValueError(f"format: '{fmt}' is not csv or json.")
    # Whole or not at all: a checked temporary file beside it, then a rename (services/outputs).
    write_text(Path(path), text)


# --- reading ----------------------------------------------------------------------------------


def _path(path: Path) -> Message:
    return message("place.path", path=path)


def _expect(obj: Any, kind: type, where: Message) -> Any:
    if not isinstance(obj, kind):
        expected = "import.expected_object" if kind is dict else "import.expected_list"
        raise ImportFailed(message(expected), place=[where])
    return obj


def _get(
    entry: dict[str, Any],
    key: str,
    types: tuple[type, ...],
    where: Message,
    required: bool = False,
) -> Any:
    if key not in entry or entry[key] is None:
        if required:
            raise ImportFailed(message("missing"), key, [where])
        return None
    value = entry[key]
    if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
        raise ImportFailed(message("wrong_type", value=repr(value)), key, [where])
    fault = text_fault(value)
    if fault is not None:
        raise ImportFailed(message(fault), key, [where])
    return value


@dataclass(frozen=True)
class ParsedJson:
    profile: dict[str, Any]
    given: frozenset[str]  # the profile fields the file gives a value for
    episodes: list[EpisodeData]
    checkins: list[tuple[dt.date, CheckInData]]
    extra: dict[str, Any]
    checkin_stamps: dict[dt.date, caregivers.Recorded]


def parse_json(text: str, now: dt.datetime | None = None) -> ParsedJson:
    now = now or now_local()
    doc = load_json(text)
    the_file = message("place.file")
    if isinstance(doc, list):
        raise ImportFailed(message("import.json_list"), place=[the_file])
    _expect(doc, dict, the_file)
    if doc.get("format") != JSON_FORMAT:
        raise ImportFailed(message("import.not_a_diary"), place=[the_file])
    version = doc.get("format_version")
    if isinstance(version, str):
        raise ImportFailed(
            message("import.version_text", value=repr(version)), "format_version", [the_file]
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFailed(message("wrong_type", value=repr(version)), "format_version", [the_file])
    if version > JSON_FORMAT_VERSION:
        raise ImportFailed(
            message("import.too_new", value=repr(version), version=JSON_FORMAT_VERSION),
            "format_version",
            [the_file],
        )
    known = {"format", "format_version", "notice", "person", "episodes", "checkins"}
    unknown = sorted(set(doc) - known - {name for name, _, _ in _extra_sections()})
    if unknown:  # from a newer app: importing the rest would silently leave these out
        names = ", ".join(repr(name) for name in unknown)
        raise ImportFailed(message("import.unknown_sections", names=names), place=[the_file])
    at_person = message("place.person")
    person = _expect(doc.get("person", {}), dict, at_person)
    profile = {
        "name": _get(person, "name", (str,), at_person, required=True),
        "birth_year": _get(person, "birth_year", (int,), at_person),
        "cause": _get(person, "cause", (str,), at_person) or None,  # None: not recorded
        "affected_side": _get(person, "affected_side", (str,), at_person) or None,
        "event_date": None,
        "notes": _get(person, "notes", (str,), at_person) or "",
    }
    event = _get(person, "event_date", (str,), at_person)
    if event:
        try:
            profile["event_date"] = parse_day(event)
        except BadMoment as exc:
            raise ImportFailed(exc.said, "event_date", [at_person]) from None
    given = frozenset(key for key in profile if person.get(key) not in (None, ""))
    problems = people.validate_profile(
        profile["name"],
        profile["birth_year"],
        profile["cause"],
        profile["affected_side"],
        profile["event_date"],
    )
    if problems:
        raise ImportFailed.from_problem(problems[0], [at_person])

    parsed_episodes: list[EpisodeData] = []
    all_episodes = _expect(doc.get("episodes", []), list, message("place.section", name="episodes"))
    for number, entry in enumerate(all_episodes, start=1):
        where = message("place.episode", number=number)
        _expect(entry, dict, where)
        started_text = _get(entry, "started_at", (str,), where, required=True)
        try:
            started = parse_moment(started_text)
        except BadMoment as exc:
            raise ImportFailed(exc.said, "started_at", [where]) from None
        for key in ("triggers", "relief"):
            codes_ = _get(entry, key, (list,), where) or []
            if not all(isinstance(c, str) for c in codes_):
                raise ImportFailed(message("import.codes_text"), key, [where])
        data = EpisodeData(
            started=started,
            duration_seconds=_get(entry, "duration_seconds", (int,), where),
            body_region=_get(entry, "body_region", (str,), where, required=True),
            side=_get(entry, "side", (str,), where, required=True),
            kind=_get(entry, "kind", (str,), where) or None,  # absent or empty: not recorded
            severity=_get(entry, "severity", (int,), where, required=True),
            pain=_get(entry, "pain", (int,), where),
            triggers=tuple(entry.get("triggers") or ()),
            relief=tuple(entry.get("relief") or ()),
            activity=_get(entry, "activity", (str,), where),
            observed_by=_get(entry, "observed_by", (str,), where),
            notes=_get(entry, "notes", (str,), where) or "",
        )
        problem = episode_problem(data, now)
        if problem is not None:
            raise ImportFailed(problem[1], problem[0], [where])
        recorded = _recorded(entry, where)
        parsed_episodes.append(replace(data, recorded_by=recorded.by, recorded_at=recorded.at))

    parsed_checkins: list[tuple[dt.date, CheckInData]] = []
    checkin_stamps: dict[dt.date, caregivers.Recorded] = {}
    seen_days: set[dt.date] = set()
    types: dict[str, tuple[type, ...]] = {
        "hours_slept": (int, float),
        "sleep_quality": (str,),
        "fluids_glasses": (int,),
        "stress": (int,),
        "meals": (str,),
        "exercises_done": (bool,),
        "therapy_today": (bool,),
        "therapy_willingness": (int,),
        "mood": (str,),
        "woken_by_spasms": (bool,),
        "notes": (str,),
    }
    all_checkins = _expect(doc.get("checkins", []), list, message("place.section", name="checkins"))
    for number, entry in enumerate(all_checkins, start=1):
        where = message("place.checkin", number=number)
        _expect(entry, dict, where)
        day_text = _get(entry, "day", (str,), where, required=True)
        try:
            day = parse_day(day_text)
        except BadMoment as exc:
            raise ImportFailed(exc.said, "day", [where]) from None
        if day in seen_days:
            raise ImportFailed(message("import.day_twice", day=day_text), "day", [where])
        seen_days.add(day)
        values = {name: _get(entry, name, types[name], where) for name in types}
        if values["hours_slept"] is not None:
            values["hours_slept"] = float(values["hours_slept"])
        values["notes"] = values["notes"] or ""
        data_c = CheckInData(**values)
        problems_c = checkins.validate(day, data_c, now.date())
        if problems_c:
            raise ImportFailed.from_problem(problems_c[0], [where])
        parsed_checkins.append((day, data_c))
        checkin_stamps[day] = _recorded(entry, where)

    extra = {name: doc[name] for name, _, _ in _extra_sections() if name in doc}
    return ParsedJson(profile, given, parsed_episodes, parsed_checkins, extra, checkin_stamps)


def _recorded(entry: dict[str, Any], where: Message) -> caregivers.Recorded:
    """Who recorded an entry and when, as the file says (checked; nothing when not said)."""
    by = _get(entry, "recorded_by", (str,), where)
    at = _get(entry, "recorded_at", (str,), where)
    return caregivers.from_file(by, at, [where], ImportFailed)


PROFILE_DETAILS = ("birth_year", "cause", "affected_side", "event_date", "notes")


def _resolve_person(person_name: str | None, parsed: ParsedJson | None) -> tuple[int, bool]:
    """(person id, created?) following: --person NAME, else the active person, else a new one."""
    profile = parsed.profile if parsed is not None else None
    try:
        if person_name and person_name.strip():
            found = people.find_by_name(person_name)
            if found is not None:
                return found.id, False
            base = dict(profile or {})
            base["name"] = person_name.strip()
            return people.create_person(**base, make_active=False).id, True
        active = people.get_active()
        if active is not None:
            return active.id, False
        base = dict(profile or {"name": DEFAULT_IMPORT_NAME})
        return people.create_person(**base, make_active=True).id, True
    except ValidationError as exc:
        raise ImportFailed.from_problem(exc.problems[0], [message("place.person")]) from None


def _keep_profile(person_id: int, parsed: ParsedJson, tally: Tally) -> None:
    """A person already in the diary keeps their profile; details the file has otherwise are
    counted as kept."""
    info = asdict(people.get_person(person_id))
    for key in PROFILE_DETAILS:
        if key in parsed.given and info[key] != parsed.profile[key]:
            tally.kept["person_detail"] += 1


# --- episodes: identical means every detail ---------------------------------------------------


def _identity_sql() -> str:
    codes_of = dialect.joined(database_proxy, "code", "';'")
    return (
        "SELECT e.started_utc, e.utc_offset_min, e.duration_seconds, e.body_region, e.side,"
        " e.kind, e.severity, e.pain, e.activity, e.observed_by, e.notes,"
        f" (SELECT {codes_of} FROM episode_trigger t WHERE t.episode_id = e.id),"
        f" (SELECT {codes_of} FROM episode_relief r WHERE r.episode_id = e.id)"
        " FROM episode e WHERE e.person_id = ? AND e.started_utc BETWEEN ? AND ?"
    )


def _codes_key(codes: Any) -> tuple[str, ...]:
    if not codes:
        return ()
    if isinstance(codes, str):
        codes = codes.split(";")
    return tuple(sorted(set(codes))) if len(codes) > 1 else tuple(codes)


def _episode_identity(data: EpisodeData) -> Hashable:
    started_utc, offset = to_stored(data.started)
    return (
        started_utc, offset, data.duration_seconds, data.body_region, data.side, data.kind,
        data.severity, data.pain, data.activity, data.observed_by, data.notes,
        _codes_key(data.triggers), _codes_key(data.relief),
    )  # fmt: skip


def _new_episodes(person_id: int, items: list[EpisodeData], tally: Tally) -> list[EpisodeData]:
    """The episodes not already in the diary: one query for the file's span of time (and
    none of the comparing when the diary has nothing in that span, as in a first import)."""
    if not items:
        return []
    first = to_stored(min(data.started for data in items))[0]
    last = to_stored(max(data.started for data in items))[0]
    rows = database_proxy.execute_sql(_identity_sql(), (person_id, first, last)).fetchall()
    if not rows:
        tally.count_added("episode", len(items))
        return items
    existing = [(*row[:11], _codes_key(row[11]), _codes_key(row[12])) for row in rows]
    pairs = [(_episode_identity(data), data) for data in items]
    new = tally.new_by_identity("episode", pairs, lambda pair: pair[0], existing)
    return [data for _, data in new]


def _add_checkins(person_id: int, parsed: ParsedJson, tally: Tally) -> None:
    """One check-in a day: a day the diary already has keeps the diary's. A new one keeps who
    recorded it, when the file says."""
    existing: dict[Hashable, Hashable] = dict(checkins.all_for_person(person_id))
    new = tally.new_by_key("checkin", parsed.checkins, lambda i: i[0], lambda i: i[1], existing)
    for day, data in new:
        checkins.save(person_id, day, data, today=dt.date.max)
        found = database_proxy.execute_sql(
            "SELECT id FROM checkin WHERE person_id = ? AND day = ?", (person_id, day.isoformat())
        ).fetchone()
        caregivers.keep("checkin", found[0], parsed.checkin_stamps[day])


def import_file(
    path: Path, person_name: str | None = None, now: dt.datetime | None = None
) -> ImportResult:
    """Import a CSV or JSON file (by its content) all-or-nothing; raise ImportFailed on any
    problem. Only adds: what the diary holds is never changed (module docstring)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            message("import.unreadable", reason=exc.strerror), place=[_path(path)]
        ) from None
    text = decode(raw, _path(path))
    is_json = text.lstrip(" \t\r\n").startswith(("{", "["))
    parsed_json = parse_json(text, now) if is_json else None
    parsed_csv = None if is_json else parse_csv(text, now)
    tally = Tally()
    with database_proxy.atomic():
        person_id, created = _resolve_person(person_name, parsed_json)
        if parsed_json is not None:
            if not created:
                _keep_profile(person_id, parsed_json, tally)
            new = _new_episodes(person_id, parsed_json.episodes, tally)
            episodes.insert_validated(person_id, new)
            _add_checkins(person_id, parsed_json, tally)
            for name, _, importer in _extra_sections():
                if name in parsed_json.extra:
                    try:
                        importer(person_id, parsed_json.extra[name], tally)
                    except UserError as exc:
                        section = message("place.section", name=name)
                        raise ImportFailed(exc.problem, exc.field, (section, *exc.place)) from None
        else:
            assert parsed_csv is not None
            episodes.insert_validated(person_id, _new_episodes(person_id, parsed_csv, tally))
    return ImportResult(person_id, people.get_person(person_id).name, created, tally)


CHECKIN_FIELDS = tuple(f.name for f in fields(CheckInData))
