"""The Charts page as a caregiver uses it: friendly when empty, up to date, clickable, savable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QScrollArea

from caregiver_app.services import people, sample
from caregiver_app.services.episodes import EpisodeData, EpisodeFilter, add_episode
from caregiver_app.ui.charts import style
from caregiver_app.ui.charts.pattern_charts import SIDE_OFFSET
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import DataNotifier
from caregiver_app.ui.pages.charts import ChartsPage

LONDON = ZoneInfo("Europe/London")
TODAY = dt.date(2026, 11, 24)
LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def log(person: int, day: dt.date, hour: int = 9, region: str = "hand", side: str = "left") -> None:
    started = dt.datetime.combine(day, dt.time(hour), tzinfo=LONDON)
    add_episode(
        person,
        EpisodeData(started=started, body_region=region, side=side, severity=2),
        now=LATER,
    )


class Opened(list[EpisodeFilter]):
    def __call__(self, flt: EpisodeFilter) -> None:
        self.append(flt)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def make_page(
    qtbot: object, person: int, settings: QSettings, opened: Opened
) -> Callable[..., tuple[ChartsPage, DataNotifier]]:
    def make(
        show: bool = True, learn: Callable[[str], bool] | None = None
    ) -> tuple[ChartsPage, DataNotifier]:
        notifier = DataNotifier()
        page = ChartsPage(
            PageContext(notifier, settings, QUndoStack(), lambda: person), opened, learn
        )
        page.today = lambda: TODAY
        page.period_bar.today = lambda: TODAY
        page.resize(1100, 800)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        if show:
            page.show()
            qtbot.waitUntil(lambda: page.data is not None or page.showing_message)  # type: ignore[attr-defined]
        return page, notifier

    return make


def plotted_counts(page: ChartsPage) -> list[float]:
    return [float(v) for v in page.daily.view.bars.opts["height"]]


def test_no_data_shows_a_friendly_message_not_blank_axes(
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]],
) -> None:
    page, _ = make_page()
    assert page.showing_message
    assert page.message.text() == (
        "No episodes in these 30 days. Log one from Today, or choose a longer period."
    )
    assert not page.show_all_button.isVisibleTo(page)


def test_an_added_episode_appears_as_soon_as_the_notifier_says_so(
    qtbot: object, person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    page, notifier = make_page()
    log(person, TODAY - dt.timedelta(days=2))
    notifier.notify("episodes", person)
    qtbot.waitUntil(lambda: sum(plotted_counts(page)) == 1)  # type: ignore[attr-defined]
    counts = plotted_counts(page)
    assert len(counts) == 30
    assert counts[-3] == 1
    assert not page.showing_message
    assert "1 episode in 30 days" in page.daily.summary.text()


def test_a_hidden_page_waits_until_it_is_shown(
    qtbot: object, person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    log(person, TODAY)
    page, notifier = make_page()
    page.hide()
    log(person, TODAY - dt.timedelta(days=1))
    notifier.notify("episodes", person)
    assert page.is_dirty
    assert sum(plotted_counts(page)) == 1  # not recomputed while hidden
    page.show()
    qtbot.waitUntil(lambda: sum(plotted_counts(page)) == 2)  # type: ignore[attr-defined]
    assert not page.is_dirty


def test_changes_to_someone_else_are_ignored(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    page, notifier = make_page()
    other = people.create_person(name="Alex Other", make_active=False).id
    notifier.notify("episodes", other)
    assert not page.is_dirty


def test_clicking_a_region_bar_opens_those_episodes(
    qtbot: object,
    person: int,
    opened: Opened,
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]],
) -> None:
    log(person, TODAY, region="hand", side="left")
    log(person, TODAY, region="hand", side="left")
    log(person, TODAY, region="calf", side="right")
    page, _ = make_page()
    view = page.regions.view
    hit = view.hit(0, 1.0, 1 + SIDE_OFFSET["right"])  # the calf row, right side
    assert hit is not None and hit.target is not None
    assert "Right calf: 1 episode" in hit.text
    view.activate(0, "left")
    assert opened == [
        EpisodeFilter(
            person_id=person,
            first_day=TODAY - dt.timedelta(days=29),
            last_day=TODAY,
            body_region="hand",
            side="left",
        )
    ]


def test_clicking_a_day_or_a_heat_map_square_opens_its_episodes(
    person: int, opened: Opened, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    monday = dt.date(2026, 11, 23)
    log(person, monday, hour=8)
    page, _ = make_page()
    daily = page.daily.view
    assert daily.dashboard is not None
    x = float(daily.bars.opts["x"][-2])  # the bar of Monday 23 Nov
    hit = daily.hit(0, x, 0.5)
    assert hit is not None and hit.target == EpisodeFilter(
        person_id=person, first_day=monday, last_day=monday
    )
    cell = page.heat.view.hit(0, 8.5, 0.5)  # Mondays, 08:00 to 08:59
    assert cell is not None and cell.target is not None
    assert (cell.target.weekday, cell.target.hour) == (0, 8)
    assert "Mondays, 08:00 to 08:59: 1 episode" in cell.text
    empty = page.heat.view.hit(0, 3.5, 3.5)
    assert empty is not None and empty.target is None
    page.heat.view.activated.emit(cell.target)
    assert opened[-1] == cell.target


def test_a_chart_saves_as_a_png_at_print_resolution(
    tmp_path: Path, person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    log(person, TODAY - dt.timedelta(days=3))
    page, _ = make_page()
    target = tmp_path / "per-day.png"
    page.daily.ask_png_path = lambda: target  # type: ignore[method-assign]
    page.daily.save_as()
    image = QImage(str(target))
    assert image.width() >= 2400
    assert image.height() > 1000


def test_copy_puts_the_picture_on_the_clipboard(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    log(person, TODAY - dt.timedelta(days=3), region="calf")
    page, _ = make_page()
    page.regions.copy_image()
    assert QGuiApplication.clipboard().image().width() >= 2400


def test_the_period_choice_is_remembered(
    qtbot: object,
    person: int,
    settings: QSettings,
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]],
) -> None:
    log(person, TODAY - dt.timedelta(days=60))
    page, _ = make_page()
    assert page.showing_message and page.show_all_button.isVisibleTo(page)
    page.period_bar.set_period("90d")
    qtbot.waitUntil(lambda: page.period is not None and page.period.days == 90)  # type: ignore[attr-defined]
    assert settings.value("charts/period") == "90d"
    custom = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    page.period_bar.set_period("custom", custom)
    assert settings.value("charts/period") == "custom:2026-09-01:2026-09-30"
    again, _ = make_page()
    assert again.period is not None
    assert (again.period.first_day, again.period.last_day) == custom


def test_learn_more_links_call_back_only_when_offered(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    asked: list[str] = []

    def learn(code: str) -> bool:
        asked.append(code)
        return True

    log(person, TODAY)
    page, _ = make_page(learn=learn)
    texts = [label.text() for label in page.insights.items]
    assert any('href="learn:poor_sleep"' in t for t in texts)
    page.insights.items[0].linkActivated.emit("learn:poor_sleep")
    assert asked == ["poor_sleep"]
    plain, _ = make_page()
    assert not any("href" in label.text() for label in plain.insights.items)


def test_charts_describe_themselves_for_screen_readers(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    log(person, TODAY - dt.timedelta(days=1), region="hand")
    page, _ = make_page()
    assert page.regions.view.accessibleName() == "Where on the body chart"
    assert "Most often: Hand (1 episode)" in page.regions.view.accessibleDescription()
    assert page.sleep.empty.text().startswith("No hours of sleep recorded")
    assert "Recall period" not in page.scales.accessibleDescription()
    # the Penn estimate recalls the last 7 complete days the diary covers: here only one
    assert page.scales.values["recall"].text() == "On 23 Nov 2026"


def test_treatments_show_as_markers_and_bands_on_the_daily_chart(
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]], person: int, qtbot: object
) -> None:
    from caregiver_app.services import appointments, injections

    log(person, TODAY)
    page, notifier = make_page()
    assert page.daily.view.markers.events == []
    injections.add_injection(
        person,
        injections.InjectionData(
            day=TODAY - dt.timedelta(days=40), muscles="wrist flexors", side="left"
        ),
        today=TODAY,
    )
    appointments.add_appointment(
        person,
        appointments.AppointmentData(day=TODAY - dt.timedelta(days=3), clinician="Dr Okafor"),
    )
    notifier.notify("treatments", person)

    def kinds() -> set[str]:
        return {e.kind for e in page.daily.view.markers.events}

    qtbot.waitUntil(lambda: "appointment" in kinds())  # type: ignore[attr-defined]
    assert "injection_peak" in kinds()  # weeks 4-6 after the injection fall inside 30 days


def test_since_the_last_appointment_is_a_period_choice(
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]], person: int, qtbot: object
) -> None:
    from caregiver_app.services import appointments

    log(person, TODAY)
    appointments.add_appointment(
        person, appointments.AppointmentData(day=TODAY - dt.timedelta(days=12), clinician="Clinic")
    )
    page, _ = make_page()
    page.period_bar.set_period("since_appointment")
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.data is not None and page.data.dashboard.period.days == 13
    )
    assert page.data is not None
    assert page.data.dashboard.period.first_day == TODAY - dt.timedelta(days=12)


def test_over_ten_years_no_day_vanishes_from_the_daily_chart(
    qtbot: object,
    person: int,
    settings: QSettings,
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]],
) -> None:
    # Two single days years apart: each bar is far narrower than a pixel at this width.
    log(person, TODAY - dt.timedelta(days=3650))
    log(person, TODAY - dt.timedelta(days=1700))
    for _ in range(3):
        log(person, TODAY - dt.timedelta(days=1700), hour=11)
    settings.setValue("charts/period", "all")
    page, _ = make_page()
    view = page.daily.view
    assert page.period is not None and page.period.days > 3000
    image = view.grab().toImage()
    box = view.plot.getViewBox()
    corners = [view.mapFromScene(box.mapViewToScene(p)) for p in (box.viewRect().topLeft(),
               box.viewRect().bottomRight())]  # fmt: skip
    ratio = image.devicePixelRatio()
    xs = sorted(int(c.x() * ratio) for c in corners)
    ys = sorted(int(c.y() * ratio) for c in corners)
    bar = QColor(style.chart_colours("light").series(style.SKY))

    def columns_with_bar() -> list[int]:
        found = []
        for x in range(*xs):
            for y in range(*ys):
                if QColor(image.pixel(x, y)) == bar:
                    found.append(x)
                    break
        return found

    columns = columns_with_bar()
    assert columns, "neither day was drawn"
    # Both days show, apart from each other, and nothing else does.
    assert columns[-1] - columns[0] > 100
    assert len(columns) <= 4


def test_in_one_column_every_chart_is_whole_inside_its_card(
    qtbot: object, db: object, settings: QSettings, opened: Opened
) -> None:
    """On a narrow window (one column), each card grows to its chart, also after the data
    changes: nothing drawn over the caption or cut at the card's bottom edge. (Cards kept the
    heights they had before their data arrived, so at large text charts were cut off.)"""
    made = sample.generate(days=90)
    settings.setValue("charts/period", "all")
    ctx = PageContext(DataNotifier(), settings, QUndoStack(), lambda: made.person_id)
    page = ChartsPage(ctx, opened)
    area = QScrollArea()  # as the window holds it
    area.setWidgetResizable(True)
    area.setWidget(page)
    qtbot.addWidget(area)  # type: ignore[attr-defined]
    area.resize(700, 700)
    area.show()
    qtbot.waitUntil(lambda: page.data is not None)  # type: ignore[attr-defined]
    assert page.right_column.count() == 1  # one column: only its stretch on the right

    def cut_off() -> list[str]:
        """Cards whose chart runs past their bottom edge or over their caption."""
        found = []
        for card in page.cards:
            chart = card.stack.geometry()
            caption = card.caption.geometry() if card.caption.isVisible() else None
            if chart.bottom() >= card.height() or (
                caption is not None
                and (caption.top() <= chart.bottom() or caption.bottom() >= card.height())
            ):
                found.append(card.title_text)
        return found

    def check() -> None:
        # the layout settles in a few passes of the event loop
        qtbot.waitUntil(lambda: not cut_off(), timeout=2000)  # type: ignore[attr-defined]

    check()
    shown = page.data
    page.period_bar.set_period("30d")
    qtbot.waitUntil(lambda: page.data is not shown)  # type: ignore[attr-defined]
    check()


def test_treatment_letters_never_cover_each_other_or_the_data_and_are_explained_below(
    make_page: Callable[..., tuple[ChartsPage, DataNotifier]],
    person: int,
    qtbot: object,
    settings: QSettings,
) -> None:
    from caregiver_app.services import appointments, injections
    from caregiver_app.ui.charts import markers as marker_module

    log(person, TODAY - dt.timedelta(days=400))
    log(person, TODAY)
    # Markers on neighbouring days, over a long period: one day is less than a pixel wide.
    for days_ago in (200, 199, 198, 197, 20, 3):
        day = TODAY - dt.timedelta(days=days_ago)
        appointments.add_appointment(
            person, appointments.AppointmentData(day=day, clinician="Dr Okafor")
        )
        injections.add_injection(
            person,
            injections.InjectionData(day=day, muscles="wrist flexors", side="left"),
            today=TODAY,
        )
    settings.setValue("charts/period", "all")
    page, _ = make_page()
    for card in (page.daily, page.severity):
        view = card.view
        marks = view.markers if card is page.daily else view.markers[0]
        qtbot.waitUntil(lambda m=marks: len(m.letters) == 6)  # type: ignore[attr-defined]
        QApplication.processEvents()
        boxes = [text.sceneBoundingRect() for text in marks.letters]
        assert [text.text() for text in marks.letters] == ["A", "B", "C", "D", "E", "F"]
        assert all(box.width() > 3 for box in boxes)
        for i, first in enumerate(boxes):
            for second in boxes[i + 1 :]:
                assert not first.intersects(second), (first, second)
        for plot in view.plots:  # above the data, never on it
            data_area = plot.getViewBox().sceneBoundingRect()
            assert not any(data_area.intersects(box) for box in boxes)
        assert all(view.sceneRect().contains(box) for box in boxes)
        key = card.key.text().splitlines()
        assert card.key.isVisible()
        first_day = marker_module.date_text(TODAY - dt.timedelta(days=200), weekday=True)
        assert key[1] == (
            f"A · {first_day} · Injection: wrist flexors (left side); Appointment: Dr Okafor"
        )
        assert len(key) == 7


def test_marker_labels_take_the_first_row_where_they_fit() -> None:
    from caregiver_app.ui.charts.markers import label_rows

    assert label_rows([(0, 100), (50, 120), (90, 200), (300, 350)], 4, 6) == [0, 1, 2, 0]
    assert label_rows([(0, 100), (106, 150)], 4, 6) == [0, 0]  # a gap of 6 is enough
    # more crowded than the rows allow: the row that ends soonest
    assert label_rows([(0, 100), (10, 50), (20, 60)], 2, 6) == [0, 1, 1]


def test_spasm_scores_are_all_in_spanish_with_spanish_numbers_and_dates(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]], spanish: None
) -> None:
    from caregiver_app.services import checkins
    from caregiver_app.services.checkins import CheckInData
    from caregiver_app.services.messages import ENGLISH

    for days_ago in (1, 2, 3):
        log(person, TODAY - dt.timedelta(days=days_ago))
    checkins.save(person, TODAY - dt.timedelta(days=1), CheckInData(hours_slept=6.5), today=TODAY)
    page, _ = make_page()
    shown = " ".join(label.text() for label in page.scales.values.values())
    shown += " " + page.scales.note.text()
    english = [text for code, text in ENGLISH.items() if code.startswith("scales.")]
    english_bits = [
        bit.strip() for text in english for bit in text.split("{hours}") if len(bit.strip()) > 3
    ]
    for bit in [*english_bits, "Over the", "days from", "Nov"]:
        assert bit not in shown
    assert (
        page.scales.values["recall"].text() == "Durante los 3 días del 21 nov 2026 al 23 nov 2026"
    )
    assert "17,5 horas" in page.scales.note.text()  # 24 − 6.5 hours of sleep, with a comma
    assert page.scales.note.text() in page.scales.accessibleDescription()


def test_the_marker_key_names_an_injections_side_in_spanish(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]], spanish: None
) -> None:
    """Found on the Spanish screenshots: 'Inyección: Flexores del codo, left, Toxina...'."""
    from caregiver_app.services import injections

    log(person, TODAY - dt.timedelta(days=20))
    log(person, TODAY)
    injections.add_injection(
        person,
        injections.InjectionData(
            day=TODAY - dt.timedelta(days=10), muscles="Flexores del codo", side="left"
        ),
        today=TODAY,
    )
    page, _ = make_page()
    key = page.daily.key.text()
    assert "Inyección: Flexores del codo (lado izquierdo)" in key, key
    assert "left" not in key


def test_learn_more_links_are_in_spanish(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]], spanish: None
) -> None:
    log(person, TODAY)
    page, _ = make_page(learn=lambda _code: True)
    linked = [label.text() for label in page.insights.items if "href" in label.text()]
    assert linked
    for text in linked:
        assert ">Saber más</a>" in text and "Learn more" not in text


def test_the_daily_summary_gives_the_reports_frequency_and_says_what_it_counts(
    person: int, make_page: Callable[..., tuple[ChartsPage, DataNotifier]]
) -> None:
    """The Charts page and the report's page 1 give one frequency: spasms, twitches, cramps and
    clonus over the complete days; the period's total says stiffness is in it."""
    from caregiver_app.store.db import database_proxy

    for hour in (8, 12, 18):
        log(person, TODAY - dt.timedelta(days=2), hour=hour)
    stiff = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(9), tzinfo=LONDON)
    add_episode(
        person,
        EpisodeData(started=stiff, body_region="hand", side="left", severity=1, kind="stiffness"),
        now=LATER,
    )
    log(person, TODAY, hour=7)  # today is not over: not in the rate
    page, _ = make_page()
    counted = database_proxy.execute_sql(
        "SELECT COUNT(*) FROM episode WHERE person_id = ? AND COALESCE(kind, '') <> 'stiffness'"
        " AND started_utc + utc_offset_min * 60 < ?",  # local time before today began
        (person, (TODAY - dt.date(1970, 1, 1)).days * 86400),
    ).fetchone()[0]
    complete_days = 2  # the diary starts two days before today
    text = page.daily.summary.text()
    assert "5 episodes in 30 days, stiffness included." in text
    assert (
        f"Spasms, twitches, cramps and clonus: {counted / complete_days:.1f} a day over the "
        f"{complete_days} complete days." in text
    )
