"""`caregiver-app check`: a plain report on the diary, its backups and its privacy. No changes.

Checks the diary file (SQLite's integrity check, the foreign-key check, the schema version, the
expected tables), the newest backup (the same checks), and on POSIX that the data folder and the
files in it, backups/, set-aside/ and logs/ included, are private (for a diary reached through a
symbolic link, the real file), and that none of the app's own files is a symbolic link. Nothing
is opened for writing, migrated or repaired; it works on read-only media too.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from caregiver_app import paths
from caregiver_app.store import lock, migrations
from caregiver_app.store.backup import diary_file, listing


@dataclass
class HealthReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        result = (
            "Result: everything is fine."
            if self.ok
            else f"Result: {len(self.problems)} problem(s) found. Nothing was changed."
        )
        return "\n".join([*self.lines, result]) + "\n"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"  # pragma: no cover - the loop always returns


def plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def contents(report: diary_file.FileReport) -> str:
    parts = []
    if report.people is not None:
        parts.append(plural(report.people, "person", "people"))
    if report.episodes is not None:
        parts.append(plural(report.episodes, "episode", "episodes"))
    if report.checkins is not None:
        parts.append(plural(report.checkins, "check-in", "check-ins"))
    return ", ".join(parts) or "nothing yet"


def _check_diary(result: HealthReport, db_path: Path) -> None:
    result.lines.append(f"Diary: {db_path}")
    if not db_path.exists():
        found = listing.list_backups(db_path.parent)
        if found:
            result.lines.append(
                "  PROBLEM: the diary is missing, but there are backups. To put the newest back: "
                f"caregiver-app restore {found[0].path}"
            )
        else:
            result.lines.append("  not found: there is no diary in this folder.")
        result.problems.append("no diary")
        return
    if db_path.is_symlink():
        result.lines.append(f"  reached through a link to: {db_path.resolve()}")
    report = diary_file.check_file(db_path)
    result.lines.append(f"  size: {human_size(report.size)}")
    if report.version is not None:
        note = ""
        if report.version < migrations.LATEST_VERSION:
            note = "; it is updated the next time the app opens it"
        result.lines.append(
            f"  schema version: {report.version} (this app reads up to "
            f"{migrations.LATEST_VERSION}{note})"
        )
    if report.integrity:
        result.lines.append(f"  integrity check: {report.integrity}")
    if report.ok:
        result.lines.append("  foreign keys: ok")
        result.lines.append("  tables: all there")
        result.lines.append(f"  holds: {contents(report)}")
    for problem in report.problems:
        result.lines.append(f"  PROBLEM: {problem}")
        result.problems.append(str(problem))
    try:
        holder = lock.current_holder(db_path.parent)
    except paths.UnsafeFileError as exc:
        result.lines.append(f"  PROBLEM: {exc}")
        result.problems.append("the lock file is a symbolic link")
        return
    except OSError:  # e.g. read-only media: nobody can be writing to it
        holder = None
    if holder is not None:
        result.lines.append(f"  in use by: {holder.describe()}")


def _check_backups(result: HealthReport, data_dir: Path) -> None:
    folder = paths.backups_dir(data_dir)
    found = listing.list_backups(data_dir)
    result.lines.append(f"Backups: {folder}")
    if not found:
        result.lines.append("  none yet (the app makes one a day when it starts)")
        return
    newest = found[0]
    total = sum(b.size for b in found)
    result.lines.append(f"  {plural(len(found), 'backup', 'backups')}, {human_size(total)} in all")
    report = diary_file.check_file(newest.path)
    verdict = "ok" if report.ok else "PROBLEM: " + report.summary()
    result.lines.append(
        f"  newest: {newest.path.name} ({newest.when:%Y-%m-%d %H:%M}, {contents(report)}): {verdict}"
    )
    if not report.ok:
        result.problems.append(f"the newest backup {newest.path.name} is not usable")


def _loose(path: Path, mask: int) -> bool:
    """True when others may read or write `path` (the real file, when it is a link)."""
    return bool(stat.S_IMODE(path.stat().st_mode) & mask)


def _check_privacy(result: HealthReport, data_dir: Path) -> None:
    if os.name != "posix":
        return
    exposed: list[str] = []
    links: list[str] = []
    if _loose(data_dir, 0o077):
        exposed.append(f"{data_dir} (folder)")
    folders = (data_dir, *(data_dir / name for name in paths.OWN_FOLDERS))
    for folder in folders:
        if folder != data_dir and folder.is_symlink():
            links.append(str(folder))
            continue
        if not folder.is_dir():
            continue
        if folder != data_dir and _loose(folder, 0o077):
            exposed.append(f"{folder} (folder)")
        for entry in folder.iterdir():
            if folder == data_dir and entry.name not in paths.OWN_FILES:
                continue  # a shared folder's other files are not the app's to judge
            if entry.is_symlink():
                if entry.name == paths.DB_FILENAME and entry.is_file():
                    if _loose(entry, 0o077):  # the diary kept elsewhere: its real file counts
                        exposed.append(f"{entry.resolve()} (the diary, linked from {entry})")
                else:
                    links.append(str(entry))
            elif entry.is_file() and _loose(entry, 0o077):
                exposed.append(str(entry))
    if exposed:
        result.lines.append("Privacy: readable by other users of this computer:")
        result.lines.extend(f"  PROBLEM: {item}" for item in exposed)
        result.problems.append("files readable by others")
    else:
        result.lines.append("Privacy: the folder and its files are private to you")
    if links:
        result.lines.append(
            "Symbolic links where the app keeps its own files (it never follows them):"
        )
        result.lines.extend(f"  PROBLEM: {item}" for item in links)
        result.problems.append("symbolic links among the app's files")


def run_check(data_dir: Path) -> HealthReport:
    """Look at everything in the data folder without changing anything."""
    result = HealthReport()
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        result.lines.append(f"Data folder: {data_dir} does not exist.")
        result.problems.append("no data folder")
        return result
    if not os.access(data_dir, os.W_OK):
        result.lines.append(
            f"Note: {data_dir} is read-only; the diary can be read (checked, exported), not changed."
        )
    from caregiver_app.services import server_diary

    address = server_diary.current()
    if address is not None:
        lines, problems = server_diary.check_lines(address)
        result.lines.extend(lines)
        result.problems.extend(problems)
    else:
        _check_diary(result, paths.database_path(data_dir))
    _check_backups(result, data_dir)
    _check_privacy(result, data_dir)
    return result
