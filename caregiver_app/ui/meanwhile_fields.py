"""A stored version of a record in plain words, field by field, for the "changed meanwhile"
dialog: `describe(rows)` gives (what, value) pairs in the order a form shows them.

Codes are said with the same words as the forms (labels.py), times in the reader's format; the
columns only the app reads (ids, who recorded it and when, which the dialog says apart) are
left out. A table without its own words here is said column by column with the values as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caregiver_app import labels
from caregiver_app.report.checklist import status_label
from caregiver_app.services.actions.undo import Part, Rows
from caregiver_app.services.durations import format_duration
from caregiver_app.services.timeutil import from_stored
from caregiver_app.ui.treatments import labels as treatment_labels
from caregiver_app.words import local_date, local_datetime, number, tr

Field = tuple[str, str]  # (what, value in words)
HIDDEN = {"id", "person_id", "recorded_by", "recorded_at", "utc_offset_min", "created_utc"}


def _code(words: Callable[[], dict[Any, str]]) -> Callable[[Any], str]:
    return lambda value: words().get(value, str(value))


def _yes_no(value: Any) -> str:
    return tr("Yes") if value else tr("No")


def _day(value: Any) -> str:
    import datetime as dt

    try:
        return local_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _number(value: Any) -> str:
    return number(float(value), 0 if float(value).is_integer() else 1)


# column -> (what it is called, how its value is said); the same column means the same in
# every table that has it
def _columns() -> dict[str, tuple[str, Callable[[Any], str]]]:
    return {
        "duration_seconds": (tr("How long"), lambda v: format_duration(int(v))),
        "body_region": (tr("Body region"), _code(labels.regions)),
        "side": (tr("Side"), _code(labels.sides)),
        "kind": (tr("Kind"), _code(labels.kinds)),
        "severity": (tr("How strong"), _code(labels.severities)),
        "pain": (tr("Pain (0-10)"), str),
        "activity": (tr("What they were doing"), _code(labels.activities)),
        "observed_by": (tr("Who noticed"), _code(labels.observed_by)),
        "notes": (tr("Notes"), str),
        "note": (tr("Note"), str),
        "day": (tr("Day"), _day),
        "hours_slept": (tr("Hours slept"), _number),
        "sleep_quality": (tr("Sleep quality"), _code(labels.quality)),
        "fluids_glasses": (tr("Glasses of fluid"), str),
        "stress": (tr("Stress (0-10)"), str),
        "meals": (tr("Meals"), _code(labels.quality)),
        "exercises_done": (tr("Exercises done"), _yes_no),
        "therapy_today": (tr("Therapy today"), _yes_no),
        "therapy_willingness": (tr("Willingness (0-10)"), str),
        "willingness": (tr("Willingness (0-10)"), str),
        "mood": (tr("Mood"), _code(labels.moods)),
        "woken_by_spasms": (tr("Woken by spasms"), _yes_no),
        "status": (tr("Status"), status_label),
        "status_changed_on": (tr("Status since"), _day),
        "hidden": (tr("Hidden"), _yes_no),
        "name": (tr("Name"), str),
        "dose": (tr("Dose"), _number),
        "unit": (tr("Unit"), str),
        "how_often": (tr("How often"), str),
        "schedule": (tr("Schedule"), _code(treatment_labels.schedules)),
        "purpose": (tr("Purpose"), _code(treatment_labels.purposes)),
        "started_on": (tr("Started"), _day),
        "stopped_on": (tr("Stopped"), _day),
        "side_effects": (tr("Side effects"), str),
        "muscles": (tr("Muscles"), str),
        "regions": (tr("Regions"), str),
        "product": (tr("Product"), str),
        "clinician": (tr("Clinician"), str),
        "minutes": (tr("Minutes"), str),
        "muscle_group": (tr("Muscle group"), _code(treatment_labels.muscle_groups)),
        "score": (tr("Score"), str),
        "time": (tr("Time"), str),
        "notes_after": (tr("Notes after"), str),
        "injured": (tr("Injured"), _yes_no),
    }


def _children() -> dict[str, tuple[str, str, Callable[[Any], str]]]:
    """child table -> (what its rows are called, the column that says each, how)."""
    return {
        "episode_trigger": (tr("Triggers"), "code", _code(labels.triggers)),
        "episode_relief": (tr("What helped"), "code", _code(labels.relief)),
        "appointment_question": (tr("Questions"), "question", str),
        "injection_goal": (tr("Goals"), "goal", str),
        "goal_score": (tr("Goal scores"), "score", str),
        "medication_dose_change": (tr("Dose changes"), "dose", _number),
        "medication_dose_taken": (tr("Doses taken"), "dose", _number),
    }


def describe(rows: Rows) -> list[Field]:
    """The first record in `rows` in words, field by field (nothing when there is none)."""
    return _describe(rows.part)


def _describe(part: Part) -> list[Field]:
    if not part.rows:
        return []
    row = dict(zip(part.columns, part.rows[0], strict=True))
    found: list[Field] = []
    moment = "started_utc" if "started_utc" in row else "happened_utc"
    if moment in row:
        when = from_stored(int(row[moment]), int(row.get("utc_offset_min") or 0))
        found.append((tr("When"), local_datetime(when)))
    known = _columns()
    if part.table == "therapy_session":  # its kind is a kind of therapy, not of episode
        known["kind"] = (tr("Kind"), _code(treatment_labels.therapy_kinds))
    if part.table in ("injection", "mas_score"):
        known["side"] = (tr("Side"), _code(treatment_labels.injection_sides))
    for column, value in row.items():
        if column in HIDDEN or column == moment:
            continue
        what, say = known.get(column, (column.replace("_", " ").capitalize(), str))
        found.append((what, labels.not_recorded() if value in (None, "") else say(value)))
    named = _children()
    for child in part.children:
        what, column, say = named.get(child.table, (child.table, "", str))
        found.append((what, _list(child, column, say)))
    return found


def _list(part: Part, column: str, say: Callable[[Any], str]) -> str:
    """The child rows in a line ("Cold, Stress"), or "None"."""
    if not part.rows:
        return tr("None")
    at = part.columns.index(column) if column in part.columns else -1
    return ", ".join(say(row[at]) if row[at] is not None else "" for row in part.rows)
