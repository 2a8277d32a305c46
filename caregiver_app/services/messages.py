"""What the services say to the user, with stable codes so the window can say it in the user's
language (ui/service_text.py holds the translations; a test checks both lists match).

A `Message` (caregiver_app/messages.py) is a code plus its parameters; `str()` gives the English
sentence, which the command line and the logs use. A `Problem` names a form or file field and
what is wrong with it. A `UserError` is raised for one problem; its `place` says where in a file
(e.g. "line 4") and its `field` is the field's name as written in the file or database, never
translated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from caregiver_app.messages import Message as Message
from caregiver_app.messages import fill as fill
from caregiver_app.messages import make
from caregiver_app.messages import plain as plain

ENGLISH: dict[str, str] = {
    # shared checks
    "required": "This cannot be empty.",
    "too_long": "This is longer than {limit} characters.",
    "not_one_of": "'{value}' is not one of {allowed}.",
    "whole_number_range": "Must be a whole number from {low} to {high}.",
    "dose_positive": "The dose must be more than 0.",
    "dose_too_big": "The dose must be at most {limit}.",
    "day_not_come": "This day has not come yet.",
    "notes_too_long": "The notes are longer than {limit} characters.",
    "missing": "missing",
    "wrong_type": "{value} has the wrong type",
    "broken_character": "contains a broken character, so it cannot be saved",
    "nul_character": "contains a NUL character (code 0), so it cannot be saved",
    "not_a_date": "'{value}' is not a date (YYYY-MM-DD)",
    "not_a_datetime": "'{value}' is not an ISO 8601 date and time",
    "not_a_time": "'{value}' is not a time (HH:MM)",
    "not_a_whole_number": "'{value}' is not a whole number.",
    "must_be_object": "must be an object",
    "must_be_list": "must be a list",
    "must_be_text": "must be text",
    "version": "expected {expected}, found {found}",
    "caregiver.name_too_long": "The caregiver's name is longer than {limit} characters.",
    # people
    "person.name_required": "Enter a name.",
    "person.name_too_long": "The name is longer than 100 characters.",
    "person.name_control": "The name cannot hold line breaks, tabs or other control characters.",
    "person.birth_year": "The birth year must be between 1900 and {year}.",
    "person.event_future": "The date of the stroke or injury is in the future.",
    "person.name_taken": "someone called '{name}' is already in this diary.",
    # episodes
    "episode.no_time_zone": "The start time has no time zone.",
    "episode.future": "The start time is in the future. Choose a time up to now.",
    "episode.duration_negative": "The duration cannot be negative.",
    "episode.duration_over_a_day": "The duration is longer than a day.",
    "episode.region": "Choose where it happened.",
    "episode.side": "Choose the side: left, right or both.",
    "episode.kind": "'{value}' is not a known kind of episode.",
    "episode.severity": "Choose how strong it was: mild, moderate or severe.",
    "episode.pain": "Pain must be a whole number from 0 to 10.",
    "episode.trigger": "'{value}' is not a known trigger.",
    "episode.remedy": "'{value}' is not a known remedy.",
    "episode.activity": "'{value}' is not a known activity.",
    "episode.observer": "'{value}' is not caregiver or person.",
    # check-ins
    "checkin.hours_slept": "Hours slept must be between 0 and 24.",
    "checkin.poor_fair_good": "'{value}' is not poor, fair or good.",
    "checkin.fluids": "Glasses of fluid must be between 0 and 40.",
    "checkin.scale": "Must be a whole number from 0 to 10.",
    "checkin.mood": "'{value}' is not a known mood.",
    # treatments
    "medication.stop_before_start": "The stop date is before the start date.",
    "medication.new_dose": "Enter the new dose.",
    "medication.before_start": "This is before the medication was started.",
    "medication.change_same_day": "There is already a dose change on this day.",
    "medication.not_listed": "This medication is not in this person's list.",
    "medication.no_time_zone": "The time has no time zone.",
    "medication.future": "The time is in the future. Choose a time up to now.",
    "medication.gone": "This medication no longer exists.",
    "injection.too_many_goals": "At most {limit} goals.",
    "injection.follow_up_before": "A follow-up cannot be before the injection.",
    "injection.goal_elsewhere": "This goal does not belong to this injection.",
    "injection.gone": "This injection no longer exists.",
    "injection.goal_scored_twice": "This goal has two scores on this day.",
    "score.same_day": "This muscle group and side already has a score on this day.",
    "score.listed_twice": "A muscle group and side is listed twice.",
    "score.gone": "This score no longer exists.",
    "score.scored_twice": "this muscle group and side is scored twice that day",
    "appointment.too_many_questions": "At most {limit} questions.",
    "appointment.questions_too_long": "The questions are longer than {limit} characters.",
    # equipment
    "equipment.status": "'{value}' is not one of {allowed}",
    "equipment.activity": "'{value}' is not one of {allowed}",
    "equipment.name_required": "enter a name for the item",
    "equipment.name_too_long": "the name is longer than {limit} characters",
    "equipment.description_too_long": "the description is longer than {limit} characters",
    "equipment.note_too_long": "the note is longer than {limit} characters",
    "equipment.no_person": "no person with id {id} in this diary",
    "equipment.bad_item": "{value} is not a valid item id",
    "equipment.not_own_item": "'{value}' is not one of this person's own items",
    "equipment.own_in_states": "own items belong in custom_items, not states",
    "equipment.listed_twice": "listed more than once",
    "equipment.true_or_false": "must be true or false",
    "equipment.date_like": "must be a date like 2024-05-31",
    "equipment.not_date_like": "'{value}' is not a date like 2024-05-31",
    "equipment.seconds": "must be a whole number of seconds",
    # writing a file the user asked for (services/outputs.py)
    "output.is_folder": "{path} is a folder; give a file name.",
    "output.no_folder": "The folder {folder} does not exist.",
    "output.app_file": (
        "{path} is one of the app's own files; choose another name. Nothing was written."
    ),
    "output.app_folder": (
        "{path} is inside the app's {folder} folder; choose another place. Nothing was written."
    ),
    "output.not_written": "{path} could not be written ({reason}). Nothing was saved.",
    "output.incomplete": (
        "{path} could not be written completely (is the disk full?). Nothing was saved."
    ),
    # spasm scale scores (services/scales.py)
    "scales.estimated": "Estimated from the diary, not measured by a clinician.",
    "scales.waking_from_checkins": (
        "Frequency counts logged episodes (all kinds except stiffness) per waking hour, "
        "taking {hours} waking hours a day from the sleep in check-ins."
    ),
    "scales.waking_assumed": (
        "Frequency counts logged episodes (all kinds except stiffness) per waking hour, "
        "assuming {hours} waking hours a day (no sleep recorded)."
    ),
    "scales.score_1_unknown": (
        "The diary cannot tell spasms that come only when touched or moved (score 1), "
        "so fewer than one an hour is shown as 2."
    ),
    "scales.unlogged": "Episodes nobody logged are not counted, so the real numbers may be higher.",
    "scales.severity_mode": "Severity is the most common logged severity.",
    "scales.kind_unrecorded": "Counted episodes with no kind recorded: {count}.",
    "scales.today_incomplete": "Today is not over yet, so these numbers are incomplete.",
    # importing a file
    "import.unreadable": "cannot be read ({reason}).",
    "import.not_json": "this is not valid JSON ({reason}).",
    "import.not_a_diary": "this is not a diary exported by this app (field 'format').",
    "import.too_new": "{value} is newer than this app reads (up to {version}).",
    "import.unknown_sections": (
        "the section(s) {names} are not ones this app knows (a newer app may have made the "
        "file); update the app and import again, so nothing is left out."
    ),
    "import.csv": "{reason}",
    "import.missing_columns": "the header is missing the column(s) {columns}.",
    "import.unknown_columns": "unknown column(s) {columns}.",
    "import.no_episodes": "the file holds only the header line, no episodes.",
    "import.more_fields": "the row has more fields than the header.",
    "import.fewer_fields": "the row has fewer fields than the header.",
    "import.expected_object": "expected an object.",
    "import.expected_list": "expected a list.",
    "import.codes_text": "every code must be text.",
    "import.day_twice": "{day} appears twice.",
    "import.date_range": "{value} is outside the dates this diary takes (1900-01-01 to 2100-12-31); check the year.",
    "import.no_such_time": (
        "{value} does not exist on this computer's clock (the clocks went forward then); "
        "check the time or add the UTC offset, e.g. {example}."
    ),
    "import.too_deep": "lists or objects in the file are nested hundreds deep; it is not a diary export.",
    "import.number_too_long": "a number in the file has more than {limit} digits ({start}...).",
    "import.not_a_number": "{value} is not a number JSON allows.",
    "import.number_too_big": "{value} is too large a number for this diary.",
    "import.version_text": "{value} is text; format_version is a whole number, e.g. 1.",
    "import.json_list": (
        "the file is a list, not a diary exported by this app (a diary file starts with "
        "'{' and has a 'format' field). Export the diary again with this app."
    ),
    "import.sqlite": (
        "this is a diary backup (an SQLite file), not an export. To bring a backup back, use "
        "Restore (Settings > Data and backups, or 'caregiver-app restore FILE')."
    ),
    "import.zip": (
        "this is a spreadsheet workbook (.xlsx) or another zipped file, not CSV text. In your "
        "spreadsheet choose Save As, 'CSV UTF-8 (comma delimited)', and import that file."
    ),
    "import.utf16": (
        "this file is UTF-16 text. In your spreadsheet choose Save As, 'CSV UTF-8 (comma "
        "delimited)', and import that file."
    ),
    "import.latin1": (
        "this file is not UTF-8 text (line {line} has the byte {value}); it may be Latin-1 or Windows "
        "text. In your spreadsheet choose Save As, 'CSV UTF-8 (comma delimited)', and import "
        "that file."
    ),
    "import.binary": "this is not a text file (byte {byte} is {value}); it cannot be a diary export.",
    "import.semicolons": (
        "the columns are separated by semicolons (;), not commas. In your spreadsheet choose "
        "Save As, 'CSV UTF-8 (comma delimited)', and import that file."
    ),
    "import.unclosed_quote": 'a quoted field starts on this line and its closing quote (") is missing.',
    "import.field_too_long": "a field on this line is longer than {limit} characters.",
    "import.empty": "this is empty; use one of {allowed}.",
    "import.region": "'{value}' is not a place this diary knows; use one of {allowed}.",
    "import.side": "'{value}' is not a side this diary knows; use one of {allowed}.",
    "import.kind": "'{value}' is not a kind of episode this diary knows; use one of {allowed}.",
    "import.severity": "'{value}' is not a severity this diary knows; use 1 (mild), 2 (moderate) or 3 (severe).",
    "import.trigger": "'{value}' is not a trigger this diary knows; use one of {allowed}.",
    "import.remedy": "'{value}' is not something that helped this diary knows; use one of {allowed}.",
    "import.activity": "'{value}' is not an activity this diary knows; use one of {allowed}.",
    "import.observer": "'{value}' is not who noticed it; use caregiver or person.",
    "import.pain": "'{value}' is not a pain score; use a whole number from 0 to 10.",
    "import.duration": "'{value}' is not a duration this diary takes; use whole seconds from 0 to 86400.",
    # what an import did (services/import_merge.py)
    "import.summary": "Imported into {who}: {added}.",
    "import.summary_skipped": "Imported into {who}: {added}; skipped {skipped}.",
    "import.new_person": "{name} (new person)",
    "import.added": "{things} added",
    "import.none": "nothing new added",
    "import.list": "{first}, {rest}",
    "import.same": "{things} already in the diary",
    "import.kept": "{things} where the diary says otherwise (kept the diary's)",
    "import.kept_day": "{things} for days that already have one (kept the diary's)",
    "count1.episode": "1 episode",
    "count.episode": "{count} episodes",
    "count1.checkin": "1 check-in",
    "count.checkin": "{count} check-ins",
    "count1.person_detail": "1 profile detail",
    "count.person_detail": "{count} profile details",
    "count1.medication": "1 medication",
    "count.medication": "{count} medications",
    "count1.dose_change": "1 dose change",
    "count.dose_change": "{count} dose changes",
    "count1.dose_taken": "1 as-needed dose",
    "count.dose_taken": "{count} as-needed doses",
    "count1.injection": "1 injection",
    "count.injection": "{count} injections",
    "count1.goal_score": "1 goal score",
    "count.goal_score": "{count} goal scores",
    "count1.therapy_session": "1 therapy session",
    "count.therapy_session": "{count} therapy sessions",
    "count1.fall": "1 fall",
    "count.fall": "{count} falls",
    "count1.daily_minutes": "1 day of exercise and splint minutes",
    "count.daily_minutes": "{count} days of exercise and splint minutes",
    "count1.mas_score": "1 Ashworth score",
    "count.mas_score": "{count} Ashworth scores",
    "count1.appointment": "1 appointment",
    "count.appointment": "{count} appointments",
    "count1.equipment_status": "1 equipment status",
    "count.equipment_status": "{count} equipment statuses",
    "count1.own_equipment_item": "1 own equipment item",
    "count.own_equipment_item": "{count} own equipment items",
    # where in a file
    "place.line": "line {number}",
    "place.column": "column {name}",
    "place.file": "the file",
    "place.path": "{path}",
    "place.person": "person",
    "place.episode": "episode {number}",
    "place.checkin": "check-in {number}",
    "place.section": "{name}",
    "place.medication": "medication {number}",
    "place.named_medication": "medication {number} ('{name}')",
    "place.dose_change": "dose change {number}",
    "place.dose_taken": "dose taken {number}",
    "place.injection": "injection {number}",
    "place.dated_injection": "injection {number} ({day})",
    "place.goal": "goal {number}",
    "place.score": "score {number}",
    "place.therapy_session": "therapy session {number}",
    "place.appointment": "appointment {number}",
    "place.question": "question {number}",
    "place.daily_minutes": "daily minutes {number}",
    "place.ashworth_score": "Ashworth score {number}",
    "place.fall": "fall {number}",
    "place.equipment_state": "equipment state #{number}",
    "place.named_equipment_state": "equipment state #{number} ('{name}')",
    "place.own_item": "own equipment item #{number}",
    "place.named_own_item": "own equipment item #{number} ('{name}')",
    # undo and redo
    "change.stale": "This was changed in another way since, so it was left as it is.",
    "change.meanwhile": "Someone else changed this record since you opened it, so nothing was saved.",
    "change.gone": "Someone else deleted this record since you opened it, so nothing was saved.",
    # a diary on a server (server_address.py, server_diary.py)
    "address.not_an_address": (
        "'{value}' is not a server address. Give one like "
        "postgresql://ana@diary.example.org/our_diary (user, server, database)."
    ),
    "address.bad_port": "The port in {value} is not a number from 1 to 65535.",
    "address.no_database": "{value} names no database. Add it at the end, e.g. .../our_diary.",
    "server.login": "The diary's server {address} did not let you in: {reason}. Nothing was changed.",
    "server.login_tries": (
        "The diary's server {address} did not let you in after several tries. Nothing was changed."
    ),
    "server.answered": "The diary's server {address} answered: {reason}. Nothing was changed.",
    "server.away": (
        "The diary's server {address} is not answering ({reason}). Nothing was changed. Check "
        "that this computer is online and the server is running, then try again."
    ),
    "server.no_driver": (
        "This copy of the app cannot use a server: its psycopg package is missing. Install the "
        "app again (pip install caregiver-app), or use the data folder's file."
    ),
    "server.not_a_diary": (
        "The database {address} holds {count} other tables and no diary. Nothing was changed. "
        "Give the app an empty database of its own."
    ),
    "server.no_diary_yet": "There is no diary on {address} yet. Nothing was changed.",
    "server.cannot_use": "The diary on {address} cannot be used: {reason}.",
    "copy.folder_has_diary": "{folder} already holds a diary ({name}). Nothing was copied.",
    "copy.not_empty": "The database {address} is not empty. Nothing was copied.",
}


def message(code: str, /, **params: object) -> Message:
    return make(ENGLISH, code, **params)


def text_fault(value: object) -> str | None:
    """The message code for text the diary cannot hold, else None: a NUL character (code 0),
    which a PostgreSQL server refuses, so the file refuses it too and both keep the same
    diary; or a lone surrogate such as "\\ud800", which JSON can hold but neither engine can."""
    if not isinstance(value, str):
        return None
    if "\x00" in value:
        return "nul_character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "broken_character"
    return None


@dataclass(frozen=True)
class Problem:
    """A field and what is wrong with it (`message` in English; `said` for a translation)."""

    field: str
    message: str
    said: Message | None = dataclasses.field(default=None, compare=False)

    @classmethod
    def of(cls, field_name: str, code: str, /, **params: object) -> Problem:
        said = message(code, **params)
        return cls(field_name, str(said), said)

    @classmethod
    def of_text(cls, field_name: str, value: object) -> list[Problem]:
        """The problem with text the diary cannot hold (see `text_fault`), else none."""
        fault = text_fault(value)
        return [] if fault is None else [cls.of(field_name, fault)]

    def text(self) -> Message:
        return self.said if self.said is not None else plain(self.message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = list(problems)


class UserError(ValueError):
    """One problem to tell the user: what is wrong, in which field, and where (outermost first).

    In English: "line 4, field 'severity': ...", "person, field 'name': ...", "name: ..."."""

    def __init__(self, problem: Message, field: str = "", place: Sequence[Message] = ()) -> None:
        self.problem = problem
        self.field = field
        self.place = tuple(place)
        super().__init__(self._english())

    @classmethod
    def from_problem(cls, problem: Problem, place: Sequence[Message] = ()) -> UserError:
        return cls(problem.text(), problem.field, place)

    def within(self, *outer: Message) -> UserError:
        """The same problem, placed inside `outer` (e.g. a section of the file)."""
        return type(self)(self.problem, self.field, (*outer, *self.place))

    def _english(self) -> str:
        where = ", ".join(str(part) for part in self.place)
        if where and self.field:
            return f"{where}, field '{self.field}': {self.problem}"
        if where or self.field:
            return f"{where or self.field}: {self.problem}"
        return str(self.problem)
