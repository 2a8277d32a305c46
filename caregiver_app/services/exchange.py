"""Export and import: the episode log as CSV, everything about a person as JSON.

Both formats are described in docs/data-formats.md. Import is all-or-nothing: every row is
parsed and validated before anything is written, and the write is one transaction. An error
names the line (CSV) or entry (JSON) and the field.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from caregiver_app.services import checkins, episodes, people
from caregiver_app.services.checkins import CheckInData
from caregiver_app.services.episodes import EpisodeData, EpisodeRow
from caregiver_app.services.messages import Message, UserError, message
from caregiver_app.services.timeutil import iso_local, now_local, parse_iso
from caregiver_app.store.db import database_proxy

CSV_COLUMNS = (
    "started_at", "duration_seconds", "body_region", "side", "kind", "severity", "pain",
    "triggers", "relief", "activity", "observed_by", "notes",
)  # fmt: skip
REQUIRED_CSV_COLUMNS = ("started_at", "body_region", "side", "severity")
JSON_FORMAT = "caregiver-app-diary"
JSON_FORMAT_VERSION = 1
HEALTH_NOTICE = (
    "This file contains health information about a person. Keep it private and share it only "
    "with people they trust."
)
DEFAULT_IMPORT_NAME = "Imported diary"


class ImportFailed(UserError):
    """A file could not be imported; nothing was saved. It names the place and the field."""


@dataclass(frozen=True)
class ImportResult:
    person_id: int
    person_name: str
    created_person: bool
    episodes: int
    checkins: int


# --- writing ----------------------------------------------------------------------------------


def _write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a temporary file in the same folder, then a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _csv_row(row: EpisodeRow) -> list[str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return [
        iso_local(row.started_utc, row.utc_offset_min),
        text(row.duration_seconds),
        row.body_region,
        row.side,
        text(row.kind),  # empty: not recorded
        str(row.severity),
        text(row.pain),
        ";".join(row.triggers),
        ";".join(row.relief),
        text(row.activity),
        text(row.observed_by),
        row.notes,
    ]


def episodes_csv(person_id: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in episodes.episodes_for_person(person_id):
        writer.writerow(_csv_row(row))
    return out.getvalue()


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
    }


def person_json(person_id: int) -> dict[str, Any]:
    info = people.get_person(person_id)
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
            {"day": day.isoformat(), **asdict(data)}
            for day, data in checkins.all_for_person(person_id)
        ],
    }
    for section, exporter, _ in _extra_sections():
        document[section] = exporter(person_id)
    return document


def _extra_sections() -> Iterator[tuple[str, Any, Any]]:
    """Sections other features add to the JSON file: (name, export(person_id), import(person_id, data))."""
    try:
        from caregiver_app.services import equipment
    except ImportError:  # pragma: no cover - the feature is part of the app
        return
    yield "equipment", equipment.export_person, equipment.import_person
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
    _write_atomically(Path(path), text)


# --- reading ----------------------------------------------------------------------------------


def _split_codes(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _opt_int(value: str, field: str, where: Message) -> int | None:
    value = value.strip()
    if value == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise ImportFailed(message("not_a_whole_number", value=value), field, [where]) from None


# Older times are surely a typing mistake, and times near year 1 cannot even be shown again.
EARLIEST_START = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


def _check_episode(data: EpisodeData, where: Message, now: dt.datetime) -> None:
    if data.started.tzinfo is not None and data.started < EARLIEST_START:
        raise ImportFailed(
            message("import.before_1900", value=data.started.isoformat()), "started_at", [where]
        )
    problems = episodes.validate(data, now)
    if problems:
        raise ImportFailed.from_problem(problems[0], [where])


def parse_csv(text: str, now: dt.datetime | None = None) -> list[EpisodeData]:
    """Every episode in a CSV file, or ImportFailed naming the first bad line and field."""
    now = now or now_local()
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise ImportFailed(message("import.csv", reason=exc), place=[_line(1)]) from None
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
    if missing:
        raise ImportFailed(
            message("import.missing_columns", columns=", ".join(missing)), place=[_line(1)]
        )
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise ImportFailed(
            message("import.unknown_columns", columns=", ".join(unknown)), place=[_line(1)]
        )
    result: list[EpisodeData] = []
    line = reader.line_num + 1
    try:
        for record in reader:
            where = _line(line)
            if None in record:
                raise ImportFailed(message("import.more_fields"), place=[where])
            values = {k: (v if v is not None else "") for k, v in record.items()}
            if any(values.get(c) is None for c in REQUIRED_CSV_COLUMNS):
                raise ImportFailed(message("import.fewer_fields"), place=[where])
            try:
                started = parse_iso(values["started_at"])
            except ValueError:
                raise ImportFailed(
                    _not_datetime(values["started_at"]), "started_at", [where]
                ) from None
            severity = _opt_int(values["severity"], "severity", where)
            data = EpisodeData(
                started=started,
                duration_seconds=_opt_int(
                    values.get("duration_seconds", ""), "duration_seconds", where
                ),
                body_region=values["body_region"].strip(),
                side=values["side"].strip(),
                kind=values.get("kind", "").strip() or None,  # empty: not recorded
                severity=severity,
                pain=_opt_int(values.get("pain", ""), "pain", where),
                triggers=_split_codes(values.get("triggers", "")),
                relief=_split_codes(values.get("relief", "")),
                activity=values.get("activity", "").strip() or None,
                observed_by=values.get("observed_by", "").strip() or None,
                notes=values.get("notes", ""),
            )
            _check_episode(data, where, now)
            result.append(data)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFailed(
            message("import.csv", reason=exc), place=[_line(reader.line_num)]
        ) from None
    return result


def _line(number: int) -> Message:
    return message("place.line", number=number)


def _not_datetime(value: str) -> Message:
    return message("not_a_datetime", value=value)


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
    if isinstance(value, str) and not _is_text(value):
        raise ImportFailed(message("broken_character"), key, [where])
    return value


def _is_text(value: str) -> bool:
    """False for text JSON can hold but a database cannot: lone surrogates such as "\\ud800"."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class ParsedJson:
    profile: dict[str, Any]
    episodes: list[EpisodeData]
    checkins: list[tuple[dt.date, CheckInData]]
    extra: dict[str, Any]


def parse_json(text: str, now: dt.datetime | None = None) -> ParsedJson:
    now = now or now_local()
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            message("import.not_json", reason=exc.msg), place=[_line(exc.lineno)]
        ) from None
    the_file = message("place.file")
    _expect(doc, dict, the_file)
    if doc.get("format") != JSON_FORMAT:
        raise ImportFailed(message("import.not_a_diary"), place=[the_file])
    version = doc.get("format_version")
    if not isinstance(version, int) or version > JSON_FORMAT_VERSION:
        raise ImportFailed(
            message("import.too_new", value=repr(version), version=JSON_FORMAT_VERSION),
            "format_version",
            [the_file],
        )
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
            profile["event_date"] = dt.date.fromisoformat(event)
        except ValueError:
            raise ImportFailed(
                message("not_a_date", value=event), "event_date", [at_person]
            ) from None
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
            started = parse_iso(started_text)
        except ValueError:
            raise ImportFailed(_not_datetime(started_text), "started_at", [where]) from None
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
        _check_episode(data, where, now)
        parsed_episodes.append(data)

    parsed_checkins: list[tuple[dt.date, CheckInData]] = []
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
        "notes": (str,),
    }
    all_checkins = _expect(doc.get("checkins", []), list, message("place.section", name="checkins"))
    for number, entry in enumerate(all_checkins, start=1):
        where = message("place.checkin", number=number)
        _expect(entry, dict, where)
        day_text = _get(entry, "day", (str,), where, required=True)
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            raise ImportFailed(message("not_a_date", value=day_text), "day", [where]) from None
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

    extra = {name: doc[name] for name, _, _ in _extra_sections() if name in doc}
    return ParsedJson(profile, parsed_episodes, parsed_checkins, extra)


def _resolve_person(person_name: str | None, profile: dict[str, Any] | None) -> tuple[int, bool]:
    """(person id, created?) following: --person NAME, else the active person, else a new one."""
    if person_name:
        found = people.find_by_name(person_name)
        if found is not None:
            return found.id, False
        base = dict(profile or {})
        base["name"] = person_name
        return people.create_person(**base, make_active=False).id, True
    active = people.get_active()
    if active is not None:
        return active.id, False
    base = dict(profile or {"name": DEFAULT_IMPORT_NAME})
    return people.create_person(**base, make_active=True).id, True


def import_file(
    path: Path, person_name: str | None = None, now: dt.datetime | None = None
) -> ImportResult:
    """Import a CSV or JSON file (by its content) all-or-nothing; raise ImportFailed on any problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            message("import.unreadable", reason=exc.strerror), place=[_path(path)]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            message("import.not_utf8", byte=exc.start), place=[_path(path)]
        ) from None
    is_json = text.lstrip("\ufeff \t\r\n").startswith("{")
    parsed_json = parse_json(text, now) if is_json else None
    parsed_csv = None if is_json else parse_csv(text, now)
    with database_proxy.atomic():
        person_id, created = _resolve_person(
            person_name, parsed_json.profile if parsed_json else None
        )
        if parsed_json is not None:
            n_episodes = episodes.insert_validated(person_id, parsed_json.episodes)
            existing = {day for day, _ in checkins.all_for_person(person_id)}
            for number, (day, data) in enumerate(parsed_json.checkins, start=1):
                if day in existing:
                    raise ImportFailed(
                        message("import.checkin_exists", day=day.isoformat()),
                        "day",
                        [message("place.checkin", number=number)],
                    )
                checkins.save(person_id, day, data, today=dt.date.max)
            n_checkins = len(parsed_json.checkins)
            for name, _, importer in _extra_sections():
                if name in parsed_json.extra:
                    try:
                        importer(person_id, parsed_json.extra[name])
                    except UserError as exc:
                        section = message("place.section", name=name)
                        raise ImportFailed(exc.problem, exc.field, (section, *exc.place)) from None
        else:
            assert parsed_csv is not None
            n_episodes = episodes.insert_validated(person_id, parsed_csv)
            n_checkins = 0
    return ImportResult(
        person_id, people.get_person(person_id).name, created, n_episodes, n_checkins
    )


CHECKIN_FIELDS = tuple(f.name for f in fields(CheckInData))
