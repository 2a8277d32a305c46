"""Settings, Data and backups: see the backups, back up now, restore one, save a copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest
from PySide6.QtGui import QUndoCommand
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, people
from caregiver_app.store.backup import diary_file, listing, making
from caregiver_app.ui import prompts
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import PEOPLE
from caregiver_app.ui.pages.settings import SettingsPage
from caregiver_app.ui.pages.settings_data import BACKUPS, DataCard
from tests.helpers import at, episode

YESTERDAY = dt.datetime.now() - dt.timedelta(days=1)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[str, str]]]:
    """Every question and message, answered "yes" unless a test says otherwise."""
    seen: dict[str, list[tuple[str, str]]] = {"confirm": [], "inform": [], "warn": []}

    def confirm(_parent: object, title: str, text: str, _ok: str) -> bool:
        seen["confirm"].append((title, text))
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", lambda _p, t, x: seen["inform"].append((t, x)))
    monkeypatch.setattr(prompts, "warn", lambda _p, t, x: seen["warn"].append((t, x)))
    return seen


def make_card(qtbot: QtBot, ctx: PageContext, tmp_path: Path) -> DataCard:
    card = DataCard(ctx, tmp_path)
    qtbot.addWidget(card)
    card.show()
    return card


def add(person: int, count: int, day: int = 2) -> None:
    for n in range(count):
        episodes.add_episode(person, episode(started=at(2026, 11, day, 8, n)))


def episode_count() -> int:
    active = people.get_active()
    assert active is not None
    return episodes.count(episodes.EpisodeFilter(active.id))


def test_the_settings_page_shows_where_the_diary_is_and_its_backups(
    qtbot: QtBot, ctx: PageContext, person: int, tmp_path: Path
) -> None:
    page = SettingsPage(ctx, tmp_path, lambda _id: None)
    qtbot.addWidget(page)
    card = page.data_card
    assert card.folder.text() == str(tmp_path)
    assert not card.empty_label.isHidden() and card.backup_list.isHidden()
    assert not card.restore_button.isEnabled()
    making.create_backup(tmp_path / "diary.sqlite3", "daily", now=YESTERDAY)
    ctx.notifier.notify(BACKUPS, 0)  # as the daily backup at start-up does
    item = card.backup_list.topLevelItem(0)
    assert item is not None and card.empty_label.isHidden()
    assert item.text(0).startswith("Yesterday, ") and item.text(1) == "Daily"
    assert item.text(2) == "1 person, 0 episodes, 0 check-ins" and item.text(3).endswith("kB")
    assert card.restore_button.isEnabled()


def test_back_up_now_adds_a_backup_and_says_so(
    qtbot: QtBot, ctx: PageContext, person: int, tmp_path: Path
) -> None:
    add(person, 3)
    card = make_card(qtbot, ctx, tmp_path)
    card.backup_button.click()
    assert card.backup_list.topLevelItemCount() == 1
    assert card.backup_list.topLevelItem(0).text(1) == "Made by you"  # type: ignore[union-attr]
    assert "Backed up just now" in card.notice.text()
    (made,) = listing.list_backups(tmp_path)
    assert diary_file.check_file(made.path).episodes == 3


def test_restoring_yesterdays_backup_brings_back_yesterday_and_keeps_today(
    qtbot: QtBot,
    ctx: PageContext,
    db: peewee.SqliteDatabase,
    person: int,
    tmp_path: Path,
    asked: dict[str, list[tuple[str, str]]],
) -> None:
    add(person, 4)
    making.create_backup(tmp_path / "diary.sqlite3", "daily", now=YESTERDAY)
    add(person, 6, day=3)
    ctx.undo_stack.push(QUndoCommand("an earlier change"))
    card = make_card(qtbot, ctx, tmp_path)
    card.backup_list.setCurrentItem(card.backup_list.topLevelItem(0))
    with qtbot.waitSignal(ctx.notifier.changed, check_params_cb=lambda t, _p: t == PEOPLE):
        card.restore_button.click()
    title, text = asked["confirm"][-1]
    assert title.startswith("Restore the backup from Yesterday")
    assert "4 episodes" in text and "kept as a backup first" in text
    assert episode_count() == 4
    assert ctx.undo_stack.count() == 0  # undo steps referred to the diary as it was
    assert "The diary as it was is kept as a backup." in card.notice.text()
    kinds = [b.kind for b in listing.list_backups(tmp_path)]
    assert kinds == ["before-restore", "daily"]
    kept = listing.list_backups(tmp_path)[0]
    assert diary_file.check_file(kept.path).episodes == 10  # nothing lost: today is in the backup
    assert card.backup_list.topLevelItemCount() == 2


def test_saying_no_restores_nothing(
    qtbot: QtBot,
    ctx: PageContext,
    person: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(person, 2)
    making.create_backup(tmp_path / "diary.sqlite3", "daily", now=YESTERDAY)
    add(person, 1, day=3)
    monkeypatch.setattr(prompts, "confirm", lambda *_args: False)
    card = make_card(qtbot, ctx, tmp_path)
    card.restore_selected()
    assert episode_count() == 3
    assert [b.kind for b in listing.list_backups(tmp_path)] == ["daily"]


def test_a_file_that_cannot_be_restored_is_refused_before_asking(
    qtbot: QtBot,
    ctx: PageContext,
    person: int,
    tmp_path: Path,
    asked: dict[str, list[tuple[str, str]]],
) -> None:
    add(person, 2)
    junk = tmp_path / "elsewhere.sqlite3"
    junk.write_bytes(b"not a diary" * 100)
    card = make_card(qtbot, ctx, tmp_path)
    assert not card.restore_from_file(junk)
    assert not asked["confirm"]
    assert (
        "cannot be restored" in asked["warn"][-1][1]
        and "Nothing was changed" in asked["warn"][-1][1]
    )
    assert episode_count() == 2


def test_a_diary_file_from_elsewhere_can_be_restored(
    qtbot: QtBot,
    ctx: PageContext,
    person: int,
    tmp_path: Path,
    asked: dict[str, list[tuple[str, str]]],
) -> None:
    add(person, 2)
    card = make_card(qtbot, ctx, tmp_path)
    copy = tmp_path / "usb" / "diary.sqlite3"
    copy.parent.mkdir()
    card.save_copy_to(copy)
    assert "contains health information" in asked["inform"][-1][1]
    add(person, 5, day=4)
    assert card.restore_from_file(copy)
    assert episode_count() == 2


def test_a_copy_saved_elsewhere_holds_the_whole_diary(
    qtbot: QtBot,
    ctx: PageContext,
    person: int,
    tmp_path: Path,
    asked: dict[str, list[tuple[str, str]]],
) -> None:
    add(person, 3)
    target = tmp_path / "Diary backup.sqlite3"
    target.write_text("an older copy the file dialog asked about replacing")
    card = make_card(qtbot, ctx, tmp_path)
    card.save_copy_to(target)
    assert diary_file.check_file(target).episodes == 3
    assert "1 person, 3 episodes" in asked["inform"][-1][1]


def test_backup_sizes_are_written_the_spanish_way(
    qtbot: QtBot, ctx: PageContext, person: int, tmp_path: Path, spanish: None
) -> None:
    add(person, 3)
    card = make_card(qtbot, ctx, tmp_path)
    card.backup_button.click()
    item = card.backup_list.topLevelItem(0)
    assert item is not None
    (made,) = listing.list_backups(tmp_path)
    expected = f"{made.size / 1000:.1f} kB".replace(".", ",")
    assert item.text(3) == expected  # a decimal comma, as Spanish writes it
    assert f"({expected})" in card.notice.text()


def test_every_cell_of_the_backup_list_shows_its_whole_text_on_hover(
    qtbot: QtBot, ctx: PageContext, person: int, tmp_path: Path
) -> None:
    making.create_backup(tmp_path / "diary.sqlite3", "before-restore", now=YESTERDAY)
    card = make_card(qtbot, ctx, tmp_path)
    card.resize(360, 500)  # so narrow that the columns' text is cut short with "…"
    item = card.backup_list.topLevelItem(0)
    assert item is not None
    (made,) = listing.list_backups(tmp_path)
    for column in range(card.backup_list.columnCount()):
        assert item.text(column) in item.toolTip(column)
    assert str(made.path) in item.toolTip(0)  # which file it is
