"""The episode log as the caregiver sees it: saved exactly, found by filters, deleted with undo."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services import episodes, people
from caregiver_app.services.episodes import EpisodeFilter, ValidationError
from tests.helpers import at, episode

NOW = at(2026, 11, 25, 21, 0)


def fields(problems: list[episodes.Problem]) -> list[str]:
    return [p.field for p in problems]


def test_a_complete_episode_is_saved_and_read_back_exactly(person: int) -> None:
    data = episode(
        started=at(2026, 6, 3, 7, 45, offset_min=60),
        duration_seconds=90,
        kind="clonus",
        severity=3,
        pain=7,
        triggers=("stress", "poor_sleep"),
        relief=("stretching",),
        activity="dressing",
        observed_by="person",
        notes='He said "it jumped", then <b>settled</b>.',
    )
    episode_id = episodes.add_episode(person, data, now=NOW)
    row = episodes.get_episode(episode_id)
    assert row is not None
    assert row.to_data() == episode(
        started=at(2026, 6, 3, 7, 45, offset_min=60),
        duration_seconds=90,
        kind="clonus",
        severity=3,
        pain=7,
        triggers=("stress", "poor_sleep"),
        relief=("stretching",),
        activity="dressing",
        observed_by="person",
        notes='He said "it jumped", then <b>settled</b>.',
    )
    # The wall-clock time as entered, whatever the computer's zone is now.
    assert row.started.strftime("%H:%M %z") == "07:45 +0100"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"started": at(2026, 11, 26, 9)}, "started"),
        ({"duration_seconds": -5}, "duration"),
        ({"pain": 11}, "pain"),
        ({"pain": -1}, "pain"),
        ({"severity": None}, "severity"),
        ({"severity": 4}, "severity"),
        ({"body_region": "elbowz"}, "body_region"),
        ({"side": "middle"}, "side"),
        ({"triggers": ("moon",)}, "triggers"),
    ],
)
def test_bad_input_is_refused_with_the_field_named_and_nothing_saved(
    person: int, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        episodes.add_episode(person, episode(**changes), now=NOW)
    assert field in fields(caught.value.problems)
    assert episodes.count(EpisodeFilter(person)) == 0


def test_deleting_can_be_undone_with_triggers_and_the_same_id(person: int) -> None:
    from caregiver_app.services.actions import episodes as episode_actions
    from caregiver_app.services.actions import perform

    first = episodes.add_episode(person, episode(triggers=("cold",), relief=("warmth",)), now=NOW)
    second = episodes.add_episode(person, episode(started=at(2026, 11, 3)), now=NOW)
    change = perform(lambda: episode_actions.delete_episodes(person, [first, second]))
    assert episodes.count(EpisodeFilter(person)) == 0
    perform(change.undo)
    assert episodes.query_ids(EpisodeFilter(person), descending=False) == [first, second]
    row = episodes.get_episode(first)
    assert row is not None and row.triggers == ("cold",) and row.relief == ("warmth",)


def test_editing_replaces_the_triggers(person: int) -> None:
    episode_id = episodes.add_episode(person, episode(triggers=("cold", "pain")), now=NOW)
    episodes.update_episode(episode_id, episode(triggers=("stress",), pain=3), now=NOW)
    row = episodes.get_episode(episode_id)
    assert row is not None and row.triggers == ("stress",) and row.pain == 3


def test_newest_first_and_filters_find_the_right_episodes(person: int) -> None:
    a = episodes.add_episode(
        person, episode(started=at(2026, 11, 1, 8), body_region="calf"), now=NOW
    )
    b = episodes.add_episode(
        person, episode(started=at(2026, 11, 2, 8), triggers=("stress",)), now=NOW
    )
    c = episodes.add_episode(
        person, episode(started=at(2026, 11, 3, 8), notes="after 50% of the walk"), now=NOW
    )
    assert episodes.query_ids(EpisodeFilter(person)) == [c, b, a]
    assert episodes.query_ids(EpisodeFilter(person, body_region="calf")) == [a]
    assert episodes.query_ids(EpisodeFilter(person, trigger="stress")) == [b]
    assert episodes.query_ids(EpisodeFilter(person, text="50%")) == [c]
    assert episodes.query_ids(EpisodeFilter(person, text="5_")) == []
    days = EpisodeFilter(person, first_day=dt.date(2026, 11, 2), last_day=dt.date(2026, 11, 2))
    assert episodes.query_ids(days) == [b]
    assert episodes.query_ids(EpisodeFilter(person), sort="started", descending=False) == [a, b, c]


def test_weekday_and_hour_filters_use_the_time_on_the_clock(person: int) -> None:
    monday_8 = episodes.add_episode(
        person, episode(started=at(2026, 11, 2, 8, 30, offset_min=60)), now=NOW
    )
    episodes.add_episode(person, episode(started=at(2026, 11, 3, 8, 30)), now=NOW)
    assert episodes.query_ids(EpisodeFilter(person, weekday=0, hour=8)) == [monday_8]


def test_one_persons_episodes_never_show_for_another(person: int) -> None:
    episodes.add_episode(person, episode(), now=NOW)
    other = people.create_person("Other Person").id
    assert episodes.query_ids(EpisodeFilter(other)) == []
    assert episodes.today_counts(other, dt.date(2026, 11, 2)).today == 0


def test_today_counts_compare_this_week_with_last_week(person: int) -> None:
    wednesday = dt.date(2026, 11, 25)
    for day, n in (
        (dt.date(2026, 11, 16), 2),
        (dt.date(2026, 11, 20), 4),
        (dt.date(2026, 11, 23), 1),
        (wednesday, 3),
    ):
        for i in range(n):
            episodes.add_episode(
                person, episode(started=at(day.year, day.month, day.day, 8 + i)), now=NOW
            )
    counts = episodes.today_counts(person, wednesday)
    assert (counts.today, counts.this_week, counts.last_week, counts.last_week_to_date) == (
        3,
        4,
        6,
        2,
    )


def test_an_episode_after_midnight_in_summer_time_counts_on_its_own_day(person: int) -> None:
    # 00:30 on 29 March 2026, British Summer Time just begun: 23:30 UTC the day before.
    episodes.add_episode(person, episode(started=at(2026, 3, 29, 0, 30, offset_min=60)), now=NOW)
    assert episodes.today_counts(person, dt.date(2026, 3, 29)).today == 1
    assert episodes.today_counts(person, dt.date(2026, 3, 28)).today == 0


def test_the_form_preselects_the_last_place(person: int) -> None:
    assert episodes.last_location(person) is None
    episodes.add_episode(person, episode(body_region="calf", side="right"), now=NOW)
    assert episodes.last_location(person) == ("calf", "right")
