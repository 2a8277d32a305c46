"""Medications: what is taken, at what dose and why, dose changes as dated events, as-needed doses.

A medication's `dose` is the dose it was started on; a dose change sets a new dose from its day
on, so the dose on any day is known (`Medication.dose_on`). An as-needed dose is timed like an
episode: UTC seconds plus the local offset at entry. Every write is one transaction; removal and
every other change are undone by services/actions (a copy of the record with its children).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.episodes import Problem, ValidationError
from caregiver_app.services.timeutil import day_start, from_stored, now_local, to_stored
from caregiver_app.store.db import database_proxy
from caregiver_app.store.models import Medication as MedicationModel
from caregiver_app.store.models import MedicationDoseChange, MedicationDoseTaken

TREE = Tree(
    "medication",
    (
        ("medication_id", Tree("medication_dose_change")),
        ("medication_id", Tree("medication_dose_taken")),
    ),
)
DOSE_CHANGE_TREE = Tree("medication_dose_change")
DOSE_TAKEN_TREE = Tree("medication_dose_taken")


@dataclass(frozen=True)
class MedicationData:
    """What the caregiver enters for one medication."""

    name: str
    dose: float | None = None  # the dose it was started on; None if not known
    unit: str = ""
    schedule: str = "regular"  # regular | as_needed
    purpose: str = "other"
    how_often: str = ""
    started_on: dt.date | None = None
    stopped_on: dt.date | None = None
    side_effects: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DoseChange:
    id: int
    day: dt.date
    dose: float
    note: str


@dataclass(frozen=True)
class DoseTaken:
    id: int
    medication_id: int
    taken_utc: int
    utc_offset_min: int
    dose: float | None  # None: the usual dose on that day
    note: str

    @property
    def taken(self) -> dt.datetime:
        return from_stored(self.taken_utc, self.utc_offset_min)


@dataclass(frozen=True)
class Medication:
    id: int
    person_id: int
    data: MedicationData
    dose_changes: tuple[DoseChange, ...]  # oldest first

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def as_needed(self) -> bool:
        return self.data.schedule == "as_needed"

    def dose_on(self, day: dt.date) -> float | None:
        """The dose in effect on `day`: the latest change up to that day, else the first dose."""
        dose = self.data.dose
        for change in self.dose_changes:
            if change.day <= day:
                dose = change.dose
        return dose

    def is_taken_on(self, day: dt.date) -> bool:
        """True unless `day` is before the start or after the stop."""
        started, stopped = self.data.started_on, self.data.stopped_on
        return (started is None or started <= day) and (stopped is None or day <= stopped)

    def dose_since(self, day: dt.date) -> dt.date | None:
        """The day the dose in effect on `day` began: the latest dose change up to `day`,
        else the start of the medication (None when that is not known)."""
        since = self.data.started_on
        for change in self.dose_changes:
            if change.day <= day:
                since = change.day
        return since


def format_dose(dose: float | None, unit: str) -> str:
    """E.g. "12.5 mg"; "" when the dose is not known. Never rounds what was entered."""
    if dose is None:
        return ""
    text = f"{dose:.6f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()


_TIMES = {
    "once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
}  # fmt: skip
_ONCE = (
    "daily", "once a day", "once daily", "every day", "at night", "at bedtime", "in the morning",
    "each morning", "each night", "una vez al día", "diario", "por la noche", "por la mañana",
    "al acostarse", "cada día",
)  # fmt: skip


def times_a_day(how_often: str) -> int | None:
    """How many doses a day a regular medication's "how often" says ("three times a day",
    "twice a day", "every 8 hours", "tres veces al día"); None when the words do not say
    (then no daily total is given, rather than a guess)."""
    text = " ".join(how_often.lower().replace(",", " ").split())
    if not text or "up to" in text or "hasta" in text or "week" in text or "semana" in text:
        return None
    match = re.search(r"(?:every|each|cada) (\d+) (?:hours|hour|h|horas)\b", text)
    if match and 24 % int(match.group(1)) == 0:
        return 24 // int(match.group(1))
    match = re.search(r"\b(\d+|\w+) (?:times|veces)\b", text)
    if match:
        word = match.group(1)
        return int(word) if word.isdigit() else _TIMES.get(word)
    if text.startswith(("twice", "two a day")):
        return 2
    if any(text == once or text.startswith(once) for once in _ONCE) or text in ("once",):
        return 1
    return None


# --- validation -------------------------------------------------------------------------------


def validate(data: MedicationData) -> list[Problem]:
    problems: list[Problem] = []
    tc.check_text(problems, "name", data.name, required=True)
    tc.check_dose(problems, "dose", data.dose)
    tc.check_text(problems, "unit", data.unit)
    tc.check_text(problems, "how_often", data.how_often)
    tc.check_code(problems, "schedule", data.schedule, tc.SCHEDULES)
    tc.check_code(problems, "purpose", data.purpose, tc.PURPOSES)
    if data.started_on and data.stopped_on and data.stopped_on < data.started_on:
        problems.append(Problem.of("stopped_on", "medication.stop_before_start"))
    tc.check_text(problems, "side_effects", data.side_effects, limit=tc.MAX_NOTES)
    tc.check_text(problems, "notes", data.notes, limit=tc.MAX_NOTES)
    return problems


def validate_dose_change(
    medication: Medication, day: dt.date, dose: float, note: str = ""
) -> list[Problem]:
    problems: list[Problem] = []
    if dose is None:
        problems.append(Problem.of("dose", "medication.new_dose"))
    else:
        tc.check_dose(problems, "dose", dose)
    if medication.data.started_on and day < medication.data.started_on:
        problems.append(Problem.of("day", "medication.before_start"))
    if any(change.day == day for change in medication.dose_changes):
        problems.append(Problem.of("day", "medication.change_same_day"))
    tc.check_text(problems, "note", note, limit=tc.MAX_NOTES)
    return problems


def validate_dose_taken(
    person_id: int,
    medication_id: int,
    when: dt.datetime,
    dose: float | None,
    note: str,
    now: dt.datetime | None = None,
) -> list[Problem]:
    now = now or now_local()
    problems: list[Problem] = []
    medication = get_medication(medication_id)
    if medication is None or medication.person_id != person_id:
        problems.append(Problem.of("medication", "medication.not_listed"))
    if when.tzinfo is None:
        problems.append(Problem.of("taken", "medication.no_time_zone"))
    elif when > now + dt.timedelta(minutes=1):
        problems.append(Problem.of("taken", "medication.future"))
    tc.check_dose(problems, "dose", dose)
    tc.check_text(problems, "note", note, limit=tc.MAX_NOTES)
    return problems


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


# --- reading ----------------------------------------------------------------------------------


def _changes(medication_id: int) -> tuple[DoseChange, ...]:
    rows = (
        MedicationDoseChange.select()
        .where(MedicationDoseChange.medication == medication_id)
        .order_by(MedicationDoseChange.day, MedicationDoseChange.id)
    )
    return tuple(DoseChange(r.id, tc.as_date(r.day), r.dose, r.note) for r in rows)  # type: ignore[arg-type]


def _medication(row: MedicationModel) -> Medication:
    data = MedicationData(
        name=row.name,
        dose=row.dose,
        unit=row.unit,
        schedule=row.schedule,
        purpose=row.purpose,
        how_often=row.how_often,
        started_on=tc.as_date(row.started_on),
        stopped_on=tc.as_date(row.stopped_on),
        side_effects=row.side_effects,
        notes=row.notes,
    )
    return Medication(row.id, tc.fk(row, "person"), data, _changes(row.id))


def get_medication(medication_id: int) -> Medication | None:
    row = MedicationModel.get_or_none(MedicationModel.id == medication_id)
    return _medication(row) if row is not None else None


def list_medications(person_id: int) -> list[Medication]:
    """Every medication of a person, in the order they were added."""
    rows = (
        MedicationModel.select()
        .where(MedicationModel.person == person_id)
        .order_by(MedicationModel.id)
    )
    return [_medication(row) for row in rows]


def _dose_taken(row: MedicationDoseTaken) -> DoseTaken:
    return DoseTaken(
        row.id, tc.fk(row, "medication"), row.taken_utc, row.utc_offset_min, row.dose, row.note
    )


def doses_taken(
    person_id: int,
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
    medication_id: int | None = None,
) -> list[DoseTaken]:
    """As-needed doses in the local days [first_day, last_day], oldest first."""
    local = "(d.taken_utc + d.utc_offset_min * 60)"
    sql = (
        "SELECT d.id, d.medication_id, d.taken_utc, d.utc_offset_min, d.dose, d.note"
        " FROM medication_dose_taken d JOIN medication m ON m.id = d.medication_id"
        " WHERE m.person_id = ?"
    )
    params: list[object] = [person_id]
    if medication_id is not None:
        sql += " AND d.medication_id = ?"
        params.append(medication_id)
    if first_day is not None:
        sql += f" AND {local} >= ?"
        params.append(day_start(first_day))
    if last_day is not None:
        sql += f" AND {local} < ?"
        params.append(day_start(last_day + dt.timedelta(days=1)))
    sql += " ORDER BY d.taken_utc, d.id"
    return [DoseTaken(*row) for row in database_proxy.execute_sql(sql, params).fetchall()]


def get_dose_taken(dose_id: int) -> DoseTaken | None:
    row = MedicationDoseTaken.get_or_none(MedicationDoseTaken.id == dose_id)
    return _dose_taken(row) if row is not None else None


# --- writing ----------------------------------------------------------------------------------


def _columns(data: MedicationData) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "dose": data.dose,
        "unit": data.unit.strip(),
        "schedule": data.schedule,
        "purpose": data.purpose,
        "how_often": data.how_often.strip(),
        "started_on": data.started_on,
        "stopped_on": data.stopped_on,
        "side_effects": data.side_effects,
        "notes": data.notes,
    }


def add_medication(person_id: int, data: MedicationData) -> int:
    """Save a new medication (one transaction); return its id. Raises ValidationError."""
    _raise(validate(data))
    with database_proxy.atomic():
        return int(MedicationModel.insert(person=person_id, **_columns(data)).execute())


def update_medication(medication_id: int, data: MedicationData) -> None:
    _raise(validate(data))
    with database_proxy.atomic():
        MedicationModel.update(**_columns(data)).where(
            MedicationModel.id == medication_id
        ).execute()


def add_dose_change(medication_id: int, day: dt.date, dose: float, note: str = "") -> int:
    """Record that the dose is `dose` from `day` on (one transaction); return its id."""
    medication = get_medication(medication_id)
    if medication is None:
        raise ValidationError([Problem.of("medication", "medication.gone")])
    _raise(validate_dose_change(medication, day, dose, note))
    with database_proxy.atomic():
        return int(
            MedicationDoseChange.insert(
                medication=medication_id, day=day, dose=dose, note=note
            ).execute()
        )


def log_as_needed_dose(
    person_id: int,
    medication_id: int,
    when: dt.datetime,
    dose: float | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> int:
    """Record one dose taken at `when` (aware; one transaction); return its id.

    `dose` None means the medication's usual dose on that day. Raises ValidationError naming
    the field (medication, taken, dose, note).
    """
    _raise(validate_dose_taken(person_id, medication_id, when, dose, note, now))
    taken_utc, offset = to_stored(when)
    with database_proxy.atomic():
        return int(
            MedicationDoseTaken.insert(
                medication=medication_id,
                taken_utc=taken_utc,
                utc_offset_min=offset,
                dose=dose,
                note=note,
            ).execute()
        )


def as_needed_medications(person_id: int, day: dt.date | None = None) -> list[Medication]:
    """The as-needed medications taken on `day` (default today), for a "log a dose" choice."""
    day = day or dt.date.today()
    return [m for m in list_medications(person_id) if m.as_needed and m.is_taken_on(day)]
