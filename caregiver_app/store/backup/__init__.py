"""Backups, checks and restores of the diary file. No Qt.

Every copy is made with SQLite's online backup API from a fresh connection, never by copying the
file (a plain copy misses what is still in the -wal file). A copy is written to a temporary name,
checked, and only then renamed into place, so a crash never leaves a half-written file under a
backup's name.

Backups live in `<data folder>/backups/` as ordinary SQLite files named
`diary-YYYY-MM-DD-HHMMSS-<kind>.sqlite3` (local time). Kinds:

- `daily`: made when the app starts, at most once a day. Rotated: the newest of each of the last
  7 days, 4 weeks and 12 months that have one are kept.
- `manual` ("Back up now"), `before-update` (before a migration), `before-restore` (the diary as it
  was before a restore replaced it): the newest 10 of each kind are kept.

A restore never overwrites anything it has not kept: a healthy diary is backed up first
(`before-restore`); a damaged one, or one from a newer version of the app, is moved untouched into
`<data folder>/set-aside/`.

Callers import the module they need; inside this package:

- `diary_file`: looking at a diary file without changing it (`check_file`), and at the diary at
  start-up (`inspect_diary`).
- `online_copy`: copying a diary with SQLite's online backup API, and renaming durably.
- `listing`: where backups live, what their names say, listing them.
- `making`: making backups (at start-up, before an update, "Back up now", a copy elsewhere) and
  finding the newest good one.
- `retention`: which backups are kept, and removing the rest.
- `restoring`: putting a backup (or another diary file) in place of the diary, setting a damaged
  diary aside, and writing back a diary deleted while the app had it open.
"""
