"""What the store says to the user (backups, restores, file checks, the lock, a newer diary),
with stable codes so the window can say it in the user's language: ui/service_text.py holds the
translations, and a test checks both lists match. `str()` of a message is the English text the
command line and the logs use. No Qt, and nothing from services/ (caregiver_app/messages.py is
shared by both layers).
"""

from __future__ import annotations

from caregiver_app.messages import Message, make

ENGLISH: dict[str, str] = {
    # a diary file looked at (backup.diary_file.check_file); {name} is the file's name or "the copy"
    "file.the_copy": "the copy",
    "file.folder": "{name} is a folder, not a file.",
    "file.missing": "{name} does not exist.",
    "file.not_regular": "{name} is not an ordinary file (it is a device or a pipe).",
    "file.unreadable": "{name} cannot be read ({reason}).",
    "file.not_sqlite": "{name} is not a diary file (it is not an SQLite database).",
    "file.cannot_open": "{name} cannot be opened: {reason}.",
    "file.integrity": (
        "{name} is damaged: SQLite's integrity check found {count} problem(s), the first: {first}."
    ),
    "file.foreign_keys": (
        "{name} is damaged: {count} row(s) in {tables} refer to something that is not there "
        "(foreign key check)."
    ),
    "file.not_a_diary": "{name} is an SQLite database but not a diary made by this app.",
    "file.missing_tables": "{name} is damaged: the table(s) {tables} are missing.",
    "file.damaged": "{name} is damaged: {reason}.",
    "file.empty_with_wal": (
        "The diary file is empty but its journal (diary.sqlite3-wal) is not: the file was cut "
        "short."
    ),
    # a diary saved by a newer version of the app (migrations.NewerDatabaseError)
    "diary.newer": (
        "This diary was saved by a newer version of the app (schema {found}; this version reads "
        "up to {supported}). Install the newer version to open it. The file was not changed."
    ),
    # backups (backup.making.BackupError)
    "backup.exists": "{path} already exists. Choose another name; nothing was overwritten.",
    "backup.copy_failed": "{name} could not be copied: {reason}.",
    "backup.copy_failed_checks": (
        "The copy of {name} did not pass the checks, so it was not kept: {problems}"
    ),
    "backup.no_diary": "There is no diary at {path} to back up.",
    "backup.no_folder": "The backups folder cannot be made: {reason}.",
    "backup.not_written": "The backup could not be written: {reason}.",
    "backup.target_is_folder": "{path} is a folder; give a file name.",
    "backup.no_such_folder": "The folder {path} does not exist.",
    "backup.target_not_written": "{path} could not be written: {reason}.",
    "backup.before_update": (
        "Before updating the diary from version {current} to {target}, a backup is made, and it "
        "failed: {reason} The diary was not changed."
    ),
    # restores (backup.restoring.RestoreError)
    "restore.in_use": (
        "The diary is in use by another program, so it was not replaced. Nothing was changed."
    ),
    "restore.keep_failed": (
        "The diary as it is now could not be backed up first, so it was not replaced: {reason} "
        "Nothing was changed."
    ),
    "restore.same_file": "That file is the diary itself; choose a backup. Nothing was changed.",
    "restore.refused": "{problems} Nothing was changed.",
    "restore.no_diary": "{name} holds no diary. Nothing was changed.",
    "restore.copy_failed": "{name} could not be copied: {reason}. Nothing was changed.",
    "restore.copy_failed_checks": "The copy did not pass the checks: {problems} Nothing was changed.",
    "restore.not_in_place": "The restored diary could not be put in place: {reason}.",
    "restore.not_in_place_kept": (
        "The restored diary could not be put in place: {reason}. The diary as it was is kept at "
        "{path}."
    ),
    # the lock: who has the diary open (lock.LockHeld, lock.Holder)
    "lock.held": (
        "The diary in {folder} is already open ({who}). Close the other copy first: two copies "
        "writing to the same diary could lose entries. Nothing was changed."
    ),
    "lock.another_copy": "another copy of the app",
    "lock.the_window": "the Caregiver Dashboard window",
    "lock.this_computer": "this computer",
    "lock.holder_process": "{what}, process {pid} on {where}",
    "lock.holder_since": "{what}, since {since}",
    "lock.holder_process_since": "{what}, process {pid} on {where}, since {since}",
}


def message(code: str, /, **params: object) -> Message:
    return make(ENGLISH, code, **params)
