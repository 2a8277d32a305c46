"""What the services and the store say, in the user's language: each message code of
services/messages.py, store/messages.py and caregiver_app/messages.py has its translatable text
here, with the same {placeholders} (a test checks the lists match)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from caregiver_app import messages as shared
from caregiver_app.messages import Message, MessageError, fill
from caregiver_app.services import diary_access, live
from caregiver_app.services import messages as services
from caregiver_app.services.messages import Problem, UserError, ValidationError
from caregiver_app.words import tr

# Every code the window may be given, with its English template.
ENGLISH: dict[str, str] = {**shared.ENGLISH, **services.ENGLISH, **diary_access.MESSAGES}


def templates() -> dict[str, str]:
    """Built when called, so a change of language takes effect at once."""
    return {
        "text": "{text}",
        "sentences": "{first} {then}",
        "number": "{value}",  # written the reader's way by say()
        "required": tr("This cannot be empty."),
        "too_long": tr("This is longer than {limit} characters."),
        "not_one_of": tr("'{value}' is not one of {allowed}."),
        "whole_number_range": tr("Must be a whole number from {low} to {high}."),
        "dose_positive": tr("The dose must be more than 0."),
        "dose_too_big": tr("The dose must be at most {limit}."),
        "day_not_come": tr("This day has not come yet."),
        "notes_too_long": tr("The notes are longer than {limit} characters."),
        "caregiver.name_too_long": tr("The caregiver's name is longer than {limit} characters."),
        "missing": tr("It is missing."),
        "wrong_type": tr("{value} is the wrong kind of value."),
        "broken_character": tr("It contains a broken character, so it cannot be saved."),
        "nul_character": tr("It contains a NUL character (code 0), so it cannot be saved."),
        "not_a_date": tr("'{value}' is not a date written YYYY-MM-DD."),
        "not_a_datetime": tr("'{value}' is not a date and time (ISO 8601)."),
        "not_a_time": tr("'{value}' is not a time written HH:MM."),
        "not_a_whole_number": tr("'{value}' is not a whole number."),
        "must_be_object": tr("It must be an object."),
        "must_be_list": tr("It must be a list."),
        "must_be_text": tr("It must be text."),
        "version": tr("Version {expected} was expected, but the file has {found}."),
        "person.name_required": tr("Enter a name."),
        "person.name_too_long": tr("The name is longer than 100 characters."),
        "person.name_control": tr(
            "The name cannot hold line breaks, tabs or other control characters."
        ),
        "person.birth_year": tr("The birth year must be between 1900 and {year}."),
        "person.event_future": tr("The date of the stroke or injury is in the future."),
        "person.name_taken": tr("Someone called '{name}' is already in this diary."),
        "episode.no_time_zone": tr("The start time has no time zone."),
        "episode.future": tr("The start time is in the future. Choose a time up to now."),
        "episode.duration_negative": tr("The duration cannot be negative."),
        "episode.duration_over_a_day": tr("The duration is longer than a day."),
        "episode.region": tr("Choose where it happened."),
        "episode.side": tr("Choose the side: left, right or both."),
        "episode.kind": tr("'{value}' is not a known kind of episode."),
        "episode.severity": tr("Choose how strong it was: mild, moderate or severe."),
        "episode.pain": tr("Pain must be a whole number from 0 to 10."),
        "episode.trigger": tr("'{value}' is not a known trigger."),
        "episode.remedy": tr("'{value}' is not a known remedy."),
        "episode.activity": tr("'{value}' is not a known activity."),
        "episode.observer": tr("'{value}' is not caregiver or person."),
        "checkin.hours_slept": tr("Hours slept must be between 0 and 24."),
        "checkin.poor_fair_good": tr("'{value}' is not poor, fair or good."),
        "checkin.fluids": tr("Glasses of fluid must be between 0 and 40."),
        "checkin.scale": tr("Must be a whole number from 0 to 10."),
        "checkin.mood": tr("'{value}' is not a known mood."),
        "medication.stop_before_start": tr("The stop date is before the start date."),
        "medication.new_dose": tr("Enter the new dose."),
        "medication.before_start": tr("This is before the medication was started."),
        "medication.change_same_day": tr("There is already a dose change on this day."),
        "medication.not_listed": tr("This medication is not in this person's list."),
        "medication.no_time_zone": tr("The time has no time zone."),
        "medication.future": tr("The time is in the future. Choose a time up to now."),
        "medication.gone": tr("This medication no longer exists."),
        "injection.too_many_goals": tr("At most {limit} goals."),
        "injection.follow_up_before": tr("A follow-up cannot be before the injection."),
        "injection.goal_elsewhere": tr("This goal does not belong to this injection."),
        "injection.gone": tr("This injection no longer exists."),
        "injection.goal_scored_twice": tr("This goal has two scores on this day."),
        "score.same_day": tr("This muscle group and side already has a score on this day."),
        "score.listed_twice": tr("A muscle group and side is listed twice."),
        "score.gone": tr("This score no longer exists."),
        "score.scored_twice": tr("This muscle group and side is scored twice that day."),
        "appointment.too_many_questions": tr("At most {limit} questions."),
        "appointment.questions_too_long": tr("The questions are longer than {limit} characters."),
        "equipment.status": tr("'{value}' is not one of {allowed}."),
        "equipment.activity": tr("'{value}' is not one of {allowed}."),
        "equipment.name_required": tr("Enter a name for the item."),
        "equipment.name_too_long": tr("The name is longer than {limit} characters."),
        "equipment.description_too_long": tr("The description is longer than {limit} characters."),
        "equipment.note_too_long": tr("The note is longer than {limit} characters."),
        "equipment.no_person": tr("There is no person with the number {id} in this diary."),
        "equipment.bad_item": tr("{value} is not a valid item id."),
        "equipment.not_own_item": tr("'{value}' is not one of this person's own items."),
        "equipment.own_in_states": tr("Own items belong in custom_items, not in states."),
        "equipment.listed_twice": tr("It is listed more than once."),
        "equipment.true_or_false": tr("It must be true or false."),
        "equipment.date_like": tr("It must be a date like 2024-05-31."),
        "equipment.not_date_like": tr("'{value}' is not a date like 2024-05-31."),
        "equipment.seconds": tr("It must be a whole number of seconds."),
        "output.is_folder": tr("{path} is a folder; give a file name."),
        "output.no_folder": tr("The folder {folder} does not exist."),
        "output.app_file": tr(
            "{path} is one of the app's own files; choose another name. Nothing was written."
        ),
        "output.app_folder": tr(
            "{path} is inside the app's {folder} folder; choose another place. Nothing was written."
        ),
        "output.not_written": tr("{path} could not be written ({reason}). Nothing was saved."),
        "output.incomplete": tr(
            "{path} could not be written completely (is the disk full?). Nothing was saved."
        ),
        "scales.estimated": tr("Estimated from the diary, not measured by a clinician."),
        "scales.waking_from_checkins": tr(
            "Frequency counts logged episodes (all kinds except stiffness) per waking hour, "
            "taking {hours} waking hours a day from the sleep in check-ins."
        ),
        "scales.waking_assumed": tr(
            "Frequency counts logged episodes (all kinds except stiffness) per waking hour, "
            "assuming {hours} waking hours a day (no sleep recorded)."
        ),
        "scales.score_1_unknown": tr(
            "The diary cannot tell spasms that come only when touched or moved (score 1), "
            "so fewer than one an hour is shown as 2."
        ),
        "scales.unlogged": tr(
            "Episodes nobody logged are not counted, so the real numbers may be higher."
        ),
        "scales.severity_mode": tr("Severity is the most common logged severity."),
        "scales.kind_unrecorded": tr("Counted episodes with no kind recorded: {count}."),
        "scales.today_incomplete": tr("Today is not over yet, so these numbers are incomplete."),
        "import.unreadable": tr("The file cannot be read ({reason})."),
        "import.not_json": tr("This is not valid JSON ({reason})."),
        "import.not_a_diary": tr("This is not a diary exported by this app (field 'format')."),
        "import.too_new": tr("{value} is newer than this app reads (up to {version})."),
        "import.unknown_sections": tr(
            "The section(s) {names} are not ones this app knows (a newer app may have made the "
            "file); update the app and import again, so nothing is left out."
        ),
        "import.csv": tr("The CSV file is not well formed ({reason})."),
        "import.missing_columns": tr("The header is missing the column(s) {columns}."),
        "import.unknown_columns": tr("Unknown column(s): {columns}."),
        "import.no_episodes": tr("The file holds only the header line, no episodes."),
        "import.more_fields": tr("The row has more fields than the header."),
        "import.fewer_fields": tr("The row has fewer fields than the header."),
        "import.expected_object": tr("An object was expected here."),
        "import.expected_list": tr("A list was expected here."),
        "import.codes_text": tr("Every code must be text."),
        "import.day_twice": tr("{day} appears twice."),
        **import_templates(),
        "place.line": tr("line {number}"),
        "place.column": tr("column {name}"),
        "place.file": tr("the file"),
        "place.path": "{path}",
        "place.person": tr("person"),
        "place.episode": tr("episode {number}"),
        "place.checkin": tr("check-in {number}"),
        "place.section": tr("section '{name}'"),
        "place.medication": tr("medication {number}"),
        "place.named_medication": tr("medication {number} ('{name}')"),
        "place.dose_change": tr("dose change {number}"),
        "place.dose_taken": tr("dose taken {number}"),
        "place.injection": tr("injection {number}"),
        "place.dated_injection": tr("injection {number} ({day})"),
        "place.goal": tr("goal {number}"),
        "place.score": tr("score {number}"),
        "place.therapy_session": tr("therapy session {number}"),
        "place.appointment": tr("appointment {number}"),
        "place.question": tr("question {number}"),
        "place.daily_minutes": tr("daily minutes {number}"),
        "place.ashworth_score": tr("Ashworth score {number}"),
        "place.fall": tr("fall {number}"),
        "place.equipment_state": tr("equipment item {number}"),
        "place.named_equipment_state": tr("equipment item {number} ('{name}')"),
        "place.own_item": tr("own equipment item {number}"),
        "place.named_own_item": tr("own equipment item {number} ('{name}')"),
        "change.stale": tr("This was changed in another way since, so it was left as it is."),
        "change.meanwhile": tr(
            "Someone else changed this record since you opened it, so nothing was saved."
        ),
        "change.gone": tr(
            "Someone else deleted this record since you opened it, so nothing was saved."
        ),
        **store_templates(),
    }


def import_templates() -> dict[str, str]:
    """Why a file cannot be imported, and what an import added and skipped."""
    save_as = tr(
        "In your spreadsheet choose Save As, 'CSV UTF-8 (comma delimited)', and import that file."
    )
    return {
        "import.date_range": tr(
            "{value} is outside the dates this diary takes (1900-01-01 to 2100-12-31); "
            "check the year."
        ),
        "import.no_such_time": tr(
            "{value} does not exist on this computer's clock (the clocks went forward then); "
            "check the time or add the UTC offset, e.g. {example}."
        ),
        "import.too_deep": tr(
            "Lists or objects in the file are nested hundreds deep; it is not a diary export."
        ),
        "import.number_too_long": tr(
            "A number in the file has more than {limit} digits ({start}...)."
        ),
        "import.not_a_number": tr("{value} is not a number JSON allows."),
        "import.number_too_big": tr("{value} is too large a number for this diary."),
        "import.version_text": tr("{value} is text; format_version is a whole number, e.g. 1."),
        "import.json_list": tr(
            "The file is a list, not a diary exported by this app (a diary file starts with "
            "'{' and has a 'format' field). Export the diary again with this app."
        ),
        "import.sqlite": tr(
            "This is a diary backup (an SQLite file), not an export. To bring a backup back, "
            "use Restore (Settings > Data and backups, or 'caregiver-app restore FILE')."
        ),
        "import.zip": tr(
            "This is a spreadsheet workbook (.xlsx) or another zipped file, not CSV text."
        )
        + " "
        + save_as,
        "import.utf16": tr("This file is UTF-16 text.") + " " + save_as,
        "import.latin1": tr(
            "This file is not UTF-8 text (line {line} has the byte {value}); it may be Latin-1 or "
            "Windows text."
        )
        + " "
        + save_as,
        "import.binary": tr(
            "This is not a text file (byte {byte} is {value}); it cannot be a diary export."
        ),
        "import.semicolons": tr("The columns are separated by semicolons (;), not commas.")
        + " "
        + save_as,
        "import.unclosed_quote": tr(
            'A quoted field starts on this line and its closing quote (") is missing.'
        ),
        "import.field_too_long": tr("A field on this line is longer than {limit} characters."),
        "import.empty": tr("This is empty; use one of {allowed}."),
        "import.region": tr("'{value}' is not a place this diary knows; use one of {allowed}."),
        "import.side": tr("'{value}' is not a side this diary knows; use one of {allowed}."),
        "import.kind": tr(
            "'{value}' is not a kind of episode this diary knows; use one of {allowed}."
        ),
        "import.severity": tr(
            "'{value}' is not a severity this diary knows; use 1 (mild), 2 (moderate) or "
            "3 (severe)."
        ),
        "import.trigger": tr("'{value}' is not a trigger this diary knows; use one of {allowed}."),
        "import.remedy": tr(
            "'{value}' is not something that helped this diary knows; use one of {allowed}."
        ),
        "import.activity": tr(
            "'{value}' is not an activity this diary knows; use one of {allowed}."
        ),
        "import.observer": tr("'{value}' is not who noticed it; use caregiver or person."),
        "import.pain": tr("'{value}' is not a pain score; use a whole number from 0 to 10."),
        "import.duration": tr(
            "'{value}' is not a duration this diary takes; use whole seconds from 0 to 86400."
        ),
        "import.summary": tr("Imported into {who}: {added}."),
        "import.summary_skipped": tr("Imported into {who}: {added}; skipped {skipped}."),
        "import.new_person": tr("{name} (new person)"),
        "import.added": tr("{things} added"),
        "import.none": tr("nothing new added"),
        "import.list": tr("{first}, {rest}"),
        "import.same": tr("{things} already in the diary"),
        "import.kept": tr("{things} where the diary says otherwise (kept the diary's)"),
        "import.kept_day": tr("{things} for days that already have one (kept the diary's)"),
        "count1.episode": tr("1 episode"),
        "count.episode": tr("{count} episodes"),
        "count1.checkin": tr("1 check-in"),
        "count.checkin": tr("{count} check-ins"),
        "count1.person_detail": tr("1 profile detail"),
        "count.person_detail": tr("{count} profile details"),
        "count1.medication": tr("1 medication"),
        "count.medication": tr("{count} medications"),
        "count1.dose_change": tr("1 dose change"),
        "count.dose_change": tr("{count} dose changes"),
        "count1.dose_taken": tr("1 as-needed dose"),
        "count.dose_taken": tr("{count} as-needed doses"),
        "count1.injection": tr("1 injection"),
        "count.injection": tr("{count} injections"),
        "count1.goal_score": tr("1 goal score"),
        "count.goal_score": tr("{count} goal scores"),
        "count1.therapy_session": tr("1 therapy session"),
        "count.therapy_session": tr("{count} therapy sessions"),
        "count1.fall": tr("1 fall"),
        "count.fall": tr("{count} falls"),
        "count1.daily_minutes": tr("1 day of exercise and splint minutes"),
        "count.daily_minutes": tr("{count} days of exercise and splint minutes"),
        "count1.mas_score": tr("1 Ashworth score"),
        "count.mas_score": tr("{count} Ashworth scores"),
        "count1.appointment": tr("1 appointment"),
        "count.appointment": tr("{count} appointments"),
        "count1.equipment_status": tr("1 equipment status"),
        "count.equipment_status": tr("{count} equipment statuses"),
        "count1.own_equipment_item": tr("1 own equipment item"),
        "count.own_equipment_item": tr("{count} own equipment items"),
    }


def store_templates() -> dict[str, str]:
    """What store/messages.py says: checks of diary files, backups, restores, the lock."""
    return {
        "file.the_copy": tr("the copy"),
        "file.folder": tr("{name} is a folder, not a file."),
        "file.missing": tr("{name} does not exist."),
        "file.not_regular": tr("{name} is not an ordinary file (it is a device or a pipe)."),
        "file.unreadable": tr("{name} cannot be read ({reason})."),
        "file.not_sqlite": tr("{name} is not a diary file (it is not an SQLite database)."),
        "file.cannot_open": tr("{name} cannot be opened: {reason}."),
        "file.integrity": tr(
            "{name} is damaged: SQLite's integrity check found {count} problem(s), "
            "the first: {first}."
        ),
        "file.foreign_keys": tr(
            "{name} is damaged: {count} row(s) in {tables} refer to something that is not "
            "there (foreign key check)."
        ),
        "file.not_a_diary": tr("{name} is an SQLite database but not a diary made by this app."),
        "file.missing_tables": tr("{name} is damaged: the table(s) {tables} are missing."),
        "file.damaged": tr("{name} is damaged: {reason}."),
        "file.empty_with_wal": tr(
            "The diary file is empty but its journal (diary.sqlite3-wal) is not: the file was "
            "cut short."
        ),
        "diary.newer": tr(
            "This diary was saved by a newer version of the app (schema {found}; this version "
            "reads up to {supported}). Install the newer version to open it. The file was not "
            "changed."
        ),
        "backup.exists": tr("{path} already exists. Choose another name; nothing was overwritten."),
        "backup.copy_failed": tr("{name} could not be copied: {reason}."),
        "backup.copy_failed_checks": tr(
            "The copy of {name} did not pass the checks, so it was not kept: {problems}"
        ),
        "backup.no_diary": tr("There is no diary at {path} to back up."),
        "address.not_an_address": tr(
            "'{value}' is not a server address. Give one like "
            "postgresql://ana@diary.example.org/our_diary (user, server, database)."
        ),
        "address.bad_port": tr("The port in {value} is not a number from 1 to 65535."),
        "address.no_database": tr(
            "{value} names no database. Add it at the end, e.g. .../our_diary."
        ),
        "server.login": tr(
            "The diary's server {address} did not let you in: {reason}. Nothing was changed."
        ),
        "server.login_tries": tr(
            "The diary's server {address} did not let you in after several tries. Nothing was "
            "changed."
        ),
        "server.answered": tr(
            "The diary's server {address} answered: {reason}. Nothing was changed."
        ),
        "server.away": tr(
            "The diary's server {address} is not answering ({reason}). Nothing was changed. "
            "Check that this computer is online and the server is running, then try again."
        ),
        "server.no_driver": tr(
            "This copy of the app cannot use a server: its psycopg package is missing. Install "
            "the app again (pip install caregiver-app), or use the data folder's file."
        ),
        "server.not_a_diary": tr(
            "The database {address} holds {count} other tables and no diary. Nothing was "
            "changed. Give the app an empty database of its own."
        ),
        "server.no_diary_yet": tr("There is no diary on {address} yet. Nothing was changed."),
        "server.cannot_use": tr("The diary on {address} cannot be used: {reason}."),
        "copy.folder_has_diary": tr("{folder} already holds a diary ({name}). Nothing was copied."),
        "copy.not_empty": tr("The database {address} is not empty. Nothing was copied."),
        "backup.no_folder": tr("The backups folder cannot be made: {reason}."),
        "backup.not_written": tr("The backup could not be written: {reason}."),
        "backup.target_is_folder": tr("{path} is a folder; give a file name."),
        "backup.no_such_folder": tr("The folder {path} does not exist."),
        "backup.target_not_written": tr("{path} could not be written: {reason}."),
        "backup.before_update": tr(
            "Before updating the diary from version {current} to {target}, a backup is made, "
            "and it failed: {reason} The diary was not changed."
        ),
        "restore.in_use": tr(
            "The diary is in use by another program, so it was not replaced. Nothing was changed."
        ),
        "restore.keep_failed": tr(
            "The diary as it is now could not be backed up first, so it was not replaced: "
            "{reason} Nothing was changed."
        ),
        "restore.same_file": tr(
            "That file is the diary itself; choose a backup. Nothing was changed."
        ),
        "restore.refused": tr("{problems} Nothing was changed."),
        "restore.no_diary": tr("{name} holds no diary. Nothing was changed."),
        "restore.copy_failed": tr("{name} could not be copied: {reason}. Nothing was changed."),
        "restore.copy_failed_checks": tr(
            "The copy did not pass the checks: {problems} Nothing was changed."
        ),
        "restore.not_in_place": tr("The restored diary could not be put in place: {reason}."),
        "restore.not_in_place_kept": tr(
            "The restored diary could not be put in place: {reason}. The diary as it was is "
            "kept at {path}."
        ),
        "lock.held": tr(
            "The diary in {folder} is already open ({who}). Close the other copy first: two "
            "copies writing to the same diary could lose entries. Nothing was changed."
        ),
        "lock.another_copy": tr("another copy of the app"),
        "lock.the_window": tr("the Caregiver Dashboard window"),
        "lock.this_computer": tr("this computer"),
        "lock.holder_process": tr("{what}, process {pid} on {where}"),
        "lock.holder_since": tr("{what}, since {since}"),
        "lock.holder_process_since": tr("{what}, process {pid} on {where}, since {since}"),
    }


def say(said: Message) -> str:
    """`said` in the user's language (in English when it has no translated text); a message
    given as a parameter (e.g. why a backup failed) is said in the user's language too."""
    if said.code == "number":
        values = said.values()
        return QLocale().toString(float(values["value"]), "f", int(values["decimals"]))
    template = templates().get(said.code) or said.english
    values = {
        name: say(value) if isinstance(value, Message) else value for name, value in said.params
    }
    return fill(template, values)


def problem_text(problem: Problem) -> str:
    return say(problem.text())


def error_text(error: BaseException) -> str:
    """What went wrong, in the user's language when the service said it with a code. A problem
    in a file names the place and the field, e.g. "Line 4, field 'severity': ..."."""
    # Never the driver's words, which name the server's address. A message the app made itself
    # (say, "the diary's server ...: database ... does not exist") already says it safely.
    if not isinstance(error, MessageError) and live.connection_lost(error):
        return tr("The diary's server is not answering")
    if isinstance(error, UserError):
        text = say(error.problem)
        if not error.place:
            return text
        where = ", ".join(say(part) for part in error.place)
        if error.field:
            text = (
                tr("%1, field '%2': %3")
                .replace("%1", where)
                .replace("%2", error.field)
                .replace("%3", text)
            )
        else:
            text = tr("%1: %2").replace("%1", where).replace("%2", text)
        return text[:1].upper() + text[1:]
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(problem) for problem in error.problems[:3])
    if isinstance(error, MessageError):
        return say(error.said)
    return str(error)
