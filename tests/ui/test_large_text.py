"""Large text without loss: at 150 % and 200 % nothing the Episodes page holds goes missing
silently, and dates read one way everywhere ("Mon 7 Dec 2026 07:45")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from caregiver_app.services import episodes, sample
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.pages.episodes import EpisodesPage
from tests.helpers import at, episode


@pytest.fixture
def text_size(qapp: QApplication) -> Iterator[object]:
    def switch(percent: int) -> None:
        style.apply(qapp, "light", percent)

    yield switch
    style.apply(qapp, "light", 100)


def make_page(qtbot: QtBot, ctx: PageContext, width: int, height: int) -> EpisodesPage:
    page = EpisodesPage(ctx, new_episode=lambda: None, edit_episode=lambda _id: None)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page


def headers(page: EpisodesPage) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# (text size, page width): 200 % text in a full-size window, and the window that 1280x800
# at 200 % scaling leaves (640 wide, less the sidebar).
@pytest.mark.parametrize(("percent", "width"), [(150, 1000), (200, 1000), (200, 480), (100, 480)])
def test_every_column_is_shown_whole_or_named_as_hidden(
    qtbot: QtBot, ctx: PageContext, person: int, text_size: object, percent: int, width: int
) -> None:
    text_size(percent)  # type: ignore[operator]
    episodes.add_episode(
        person,
        episode(started=at(2026, 12, 7, 7, 45), pain=6, notes="Woke up with it", kind="clonus"),
    )
    page = make_page(qtbot, ctx, width, 700)
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
    named = page.hidden_label.text() if page.hidden_label.isVisible() else ""
    for column, title in enumerate(headers(page)):
        if column in hidden:
            assert title in named, (title, named)
        else:
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 12, title
            assert title not in named
    if width == 480:
        assert hidden  # too narrow for all eight: some step aside, and are named
    # The date is whole: with its weekday, or without it where room is short; never numbers.
    index = page.model.index(0, 0)
    shown = page.table.itemDelegateForColumn(0)
    assert shown is not None
    text = page.model.data(index)
    shorter = page.model.data(index, Qt.UserRole + 7)  # type: ignore[attr-defined]
    fits = [
        t
        for t in [text, *shorter]
        if page.table.fontMetrics().horizontalAdvance(t) + 12 <= header.sectionSize(0)
    ]
    assert fits and fits[0] in ("Mon 7 Dec 2026 07:45", "7 Dec 2026 07:45")


def test_dates_read_the_same_way_in_spanish(
    qtbot: QtBot, ctx: PageContext, person: int, spanish: None
) -> None:
    episodes.add_episode(person, episode(started=at(2026, 12, 7, 7, 45)))
    page = make_page(qtbot, ctx, 1000, 600)
    index = page.model.index(0, 0)
    assert page.model.data(index) == "lun 7 dic 2026 07:45"
    assert page.model.data(index, Qt.UserRole + 7) == ["7 dic 2026 07:45"]  # type: ignore[attr-defined]


def test_a_chart_click_on_one_day_says_so_in_the_period_and_clears(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    day = at(2026, 12, 3, 9).date()
    episodes.add_episode(person, episode(started=at(2026, 12, 3, 9)))
    episodes.add_episode(person, episode(started=at(2026, 12, 4, 9)))
    page = make_page(qtbot, ctx, 1000, 600)
    page.show_filter(EpisodeFilter(person, first_day=day, last_day=day))
    assert page.model.total() == 1
    assert page.extra_label.text() == "Showing 3 Dec 2026 only"
    assert page.extra_row.isVisible() and page.extra_clear.isVisible()
    assert page.period.currentText() == "3 Dec 2026 only"
    qtbot.mouseClick(page.extra_clear, Qt.MouseButton.LeftButton)
    assert page.model.total() == 2
    assert not page.extra_row.isVisible()
    assert page.period.currentText() == "All time"
    assert page.period.findText("3 Dec 2026 only") == -1
    # Choosing another period lets go of the day, too.
    page.show_filter(EpisodeFilter(person, first_day=day, last_day=day))
    page.period.setCurrentIndex(0)
    assert page.model.total() == 2 and not page.extra_row.isVisible()


@pytest.mark.parametrize(("language", "percent"), [("es", 200), ("en", 200), ("es", 150)])
def test_the_sidebar_shows_every_page_name_whole(
    qtbot: QtBot, db: object, tmp_path: Path, text_size: object, language: str, percent: int
) -> None:
    """At large text the sidebar widens for its longest name ("Ayudas técnicas") and every
    page is in view, Settings too."""
    from caregiver_app.ui import i18n
    from caregiver_app.ui.main_window import MainWindow

    sample.generate(days=30)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/theme", "light")
    settings.setValue("appearance/text_percent", percent)  # the window applies its settings
    try:
        i18n.install(language)
        window = MainWindow(tmp_path, settings)
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        nav = window.nav
        metrics = nav.fontMetrics()
        assert QApplication.instance().property("caregiver_text_percent") == percent
        for row in range(nav.count()):
            item = nav.item(row)
            room = nav.visualItemRect(item).width() - 2 * 14  # the entry's padding
            assert metrics.horizontalAdvance(item.text()) <= room, item.text()
            assert nav.visualItemRect(item).bottom() <= nav.viewport().height(), item.text()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("percent", [100, 150])
def test_settings_choices_are_as_wide_as_their_words_and_the_reminder_is_one_line(
    qtbot: QtBot, tmp_path: Path, text_size: object, percent: int
) -> None:
    from caregiver_app.ui.pages.settings_preferences import PreferencesCard

    text_size(percent)  # type: ignore[operator]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    card = PreferencesCard(settings, lambda _prefs, _language: None)
    qtbot.addWidget(card)
    card.resize(1000, 500)
    card.show()
    qtbot.waitExposed(card)
    QApplication.processEvents()
    for combo in (card.theme, card.text_size, card.language, card.paper):
        assert combo.width() < card.width() / 2, combo.accessibleName()
        assert combo.width() >= combo.minimumSizeHint().width()  # the choice is readable
    label = next(w for w in card.findChildren(QLabel) if w.text().startswith("Remind me"))
    assert label.heightForWidth(label.width()) < 1.6 * label.fontMetrics().height()  # one line
    time_box = card.reminder_time.geometry()
    assert card.reminder_time.mapTo(card, time_box.topLeft() - time_box.topLeft()).x() > (
        label.mapTo(card, label.rect().topRight()).x()
    )  # beside it, to its right
