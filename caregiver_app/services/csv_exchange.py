"""The episode log as CSV, out and back in (docs/data-formats.md).

Notes that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) get a `'` in front on the way out, and lose exactly that `'` on the way in, so the
note comes back as typed (import_checks.neutralise / restore). Reading checks every row before
anything is saved; a problem names the line and the column as written in the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace

from caregiver_app.services import episodes
from caregiver_app.services.caregivers import from_file
from caregiver_app.services.episodes import EpisodeData, EpisodeRow
from caregiver_app.services.import_checks import (
    BadMoment,
    ImportFailed,
    episode_problem,
    neutralise,
    parse_moment,
    restore,
)
from caregiver_app.services.messages import Message, message
from caregiver_app.services.timeutil import iso_local, now_local

CSV_COLUMNS = (
    "started_at", "duration_seconds", "body_region", "side", "kind", "severity", "pain",
    "triggers", "relief", "activity", "observed_by", "notes", "recorded_by",
)  # fmt: skip
REQUIRED_CSV_COLUMNS = ("started_at", "body_region", "side", "severity")
FREE_TEXT_COLUMNS = ("notes", "recorded_by")  # a spreadsheet must not run them as formulas


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
        neutralise(row.notes),
        neutralise(row.recorded_by or ""),
    ]


def episodes_csv(person_id: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in episodes.episodes_for_person(person_id):
        writer.writerow(_csv_row(row))
    return out.getvalue()


def _line(number: int) -> Message:
    return message("place.line", number=number)


def _at(line: int, column: str) -> list[Message]:
    return [_line(line), message("place.column", name=column)]


def _split_codes(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _opt_int(value: str, column: str, line: int) -> int | None:
    value = value.strip()
    if value == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise ImportFailed(
            message("not_a_whole_number", value=value), place=_at(line, column)
        ) from None


def _check_header(header: list[str], written: list[str]) -> None:
    """`header`: the column names as the app reads them; `written`: as in the file."""
    if len(header) == 1 and ";" in header[0]:
        raise ImportFailed(message("import.semicolons"), place=[_line(1)])
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
    if missing:
        raise ImportFailed(
            message("import.missing_columns", columns=", ".join(missing)), place=[_line(1)]
        )
    unknown = [w.strip() for c, w in zip(header, written, strict=True) if c not in CSV_COLUMNS]
    if unknown:
        raise ImportFailed(
            message("import.unknown_columns", columns=", ".join(unknown)), place=[_line(1)]
        )


def _csv_problem(exc: csv.Error) -> Message:
    reason = str(exc)
    if "unexpected end of data" in reason:
        return message("import.unclosed_quote")
    if "field larger than field limit" in reason:
        return message("import.field_too_long", limit=f"{csv.field_size_limit():,}")
    return message("import.csv", reason=reason)


def _episode(values: dict[str, str], line: int, now: dt.datetime) -> EpisodeData:
    try:
        started = parse_moment(values["started_at"])
    except BadMoment as exc:
        raise ImportFailed(exc.said, place=_at(line, "started_at")) from None
    data = EpisodeData(
        started=started,
        duration_seconds=_opt_int(values.get("duration_seconds", ""), "duration_seconds", line),
        body_region=values["body_region"].strip(),
        side=values["side"].strip(),
        kind=values.get("kind", "").strip() or None,  # empty: not recorded
        severity=_opt_int(values["severity"], "severity", line),
        pain=_opt_int(values.get("pain", ""), "pain", line),
        triggers=_split_codes(values.get("triggers", "")),
        relief=_split_codes(values.get("relief", "")),
        activity=values.get("activity", "").strip() or None,
        observed_by=values.get("observed_by", "").strip() or None,
        notes=restore(values.get("notes", "")),
    )
    problem = episode_problem(data, now)
    if problem is not None:
        column, said = problem
        raise ImportFailed(said, place=_at(line, column))
    recorded = from_file(restore(values.get("recorded_by", "")), None, [_line(line)], ImportFailed)
    return replace(data, recorded_by=recorded.by)


def parse_csv(text: str, now: dt.datetime | None = None) -> list[EpisodeData]:
    """Every episode in a CSV file, or ImportFailed naming the first bad line and column."""
    now = now or now_local()
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        written = list(reader.fieldnames or [])
    except csv.Error as exc:
        raise ImportFailed(_csv_problem(exc), place=[_line(1)]) from None
    # " Body_Region" after a spreadsheet edit is still the body_region column
    header = [name.strip().lower() for name in written]
    _check_header(header, written)
    result: list[EpisodeData] = []
    line = reader.line_num + 1  # where the next record starts (a quoted note may span lines)
    try:
        for row in reader.reader:  # not the DictReader: it skips blank lines uncounted
            if not row:  # a blank line: the next record starts after it
                line = reader.reader.line_num + 1
                continue
            if len(row) > len(header):
                raise ImportFailed(message("import.more_fields"), place=[_line(line)])
            record = dict(zip(header, row, strict=False))
            if any(record.get(c) is None for c in REQUIRED_CSV_COLUMNS):
                raise ImportFailed(message("import.fewer_fields"), place=[_line(line)])
            values = {k: record.get(k, "") for k in header}
            result.append(_episode(values, line, now))
            line = reader.reader.line_num + 1
    except csv.Error as exc:
        raise ImportFailed(_csv_problem(exc), place=[_line(line)]) from None
    if not result:  # else an import would add an empty new person and call it a success
        raise ImportFailed(message("import.no_episodes"), place=[_line(1)])
    return result
