"""The Episodes page: newest first, filters, deleting with Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.episodes import EpisodesPage
from tests.helpers import at, episode


def make_page(qtbot: QtBot, ctx: PageContext) -> tuple[EpisodesPage, list[int]]:
    edited: list[int] = []
    page = EpisodesPage(ctx, new_episode=lambda: None, edit_episode=edited.append)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, edited


def shown(page: EpisodesPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_episodes_show_newest_first_with_friendly_labels(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    episodes.add_episode(person, episode(started=at(2026, 11, 1, 8), body_region="upper_arm"))
    episodes.add_episode(person, episode(started=at(2026, 11, 3, 8), kind="clonus", severity=3))
    page, _ = make_page(qtbot, ctx)
    assert shown(page, 0) == ["Tue 3 Nov 2026 08:00", "Sun 1 Nov 2026 08:00"]
    assert shown(page, 1)[1] == "Left upper arm"
    assert shown(page, 2)[0] == "Clonus"
    assert shown(page, 3)[0] == "3 · Severe"
    assert page.count_label.text() == "2 episodes"


def test_typing_in_search_filters_by_notes(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    episodes.add_episode(person, episode(notes="while brushing teeth"))
    episodes.add_episode(person, episode(notes="at dinner"))
    page, _ = make_page(qtbot, ctx)
    qtbot.keyClicks(page.search, "dinner")
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert shown(page, 8) == ["at dinner"]  # Notes
    page.clear_filters()
    assert page.model.total() == 2


def test_a_filter_with_no_match_says_so(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    episodes.add_episode(person, episode())
    page, _ = make_page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("cramp"))
    assert page.model.total() == 0
    assert page.empty_label.isVisible() and "No episodes match" in page.empty_label.text()


def test_delete_then_undo_brings_the_episode_back(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    kept = episodes.add_episode(person, episode(started=at(2026, 11, 1, 8)))
    removed = episodes.add_episode(person, episode(started=at(2026, 11, 2, 8), triggers=("cold",)))
    page, _ = make_page(qtbot, ctx)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert episodes.query_ids(EpisodeFilter(person)) == [kept]
    assert page.model.total() == 1 and page.undo_banner.isVisible()
    ctx.undo_stack.undo()
    assert episodes.query_ids(EpisodeFilter(person)) == [removed, kept]
    assert page.model.total() == 2
    restored = episodes.get_episode(removed)
    assert restored is not None and restored.triggers == ("cold",)


def test_enter_edits_the_selected_episode(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    episode_id = episodes.add_episode(person, episode())
    page, edited = make_page(qtbot, ctx)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert edited == [episode_id]


def test_a_chart_click_filter_is_shown_and_can_be_cleared(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    monday = episodes.add_episode(
        person, episode(started=at(2026, 11, 2, 8, 30), body_region="calf")
    )
    episodes.add_episode(person, episode(started=at(2026, 11, 3, 8, 30), body_region="calf"))
    page, _ = make_page(qtbot, ctx)
    page.show_filter(EpisodeFilter(person, body_region="calf", weekday=0, hour=8))
    assert [page.model.episode_id(r) for r in range(page.model.total())] == [monday]
    assert page.region.currentData() == "calf"
    assert "Monday" in page.extra_label.text()
    page.clear_filters()
    assert page.model.total() == 2


def test_sorting_by_severity(qtbot: QtBot, ctx: PageContext, person: int) -> None:
    episodes.add_episode(person, episode(started=at(2026, 11, 1), severity=3))
    episodes.add_episode(person, episode(started=at(2026, 11, 2), severity=1))
    episodes.add_episode(person, episode(started=at(2026, 11, 3), severity=2))
    page, _ = make_page(qtbot, ctx)
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [s[0] for s in shown(page, 3)] == ["1", "2", "3"]


def test_the_page_updates_when_an_episode_is_logged_elsewhere(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page, _ = make_page(qtbot, ctx)
    assert page.model.total() == 0
    episodes.add_episode(person, episode())
    ctx.notifier.notify("episodes", person)
    assert page.model.total() == 1
