"""Injection cycles: goals and their scores, and episodes per week lined up on injection day."""

from __future__ import annotations

import datetime as dt

import pytest

from caregiver_app.services import episodes, injections
from caregiver_app.services.episodes import ValidationError
from caregiver_app.services.injections import InjectionData
from tests.helpers import at, episode

TODAY = dt.date(2026, 11, 25)


def shot(day: dt.date, **changes: object) -> InjectionData:
    values: dict[str, object] = {
        "day": day,
        "muscles": "Elbow and wrist flexors",
        "side": "left",
        "product": "Botulinum toxin A",
        "dose": "200 units",
        "goals": ("Open the hand to wash it", "Sleeve on with less help"),
    }
    values.update(changes)
    return InjectionData(**values)  # type: ignore[arg-type]


def test_editing_an_injection_keeps_the_scores_of_its_goals(person: int) -> None:
    injection_id = injections.add_injection(person, shot(dt.date(2026, 9, 1)), today=TODAY)
    injection = injections.get_injection(injection_id)
    assert injection is not None
    first, second = injection.goals
    injections.record_follow_up(
        injection_id, dt.date(2026, 10, 13), {first.id: 1, second.id: -1}, today=TODAY
    )
    injections.update_injection(
        injection_id,
        shot(dt.date(2026, 9, 1), goals=("Open the hand to wash the palm", "Sleeve on")),
        today=TODAY,
    )
    edited = injections.get_injection(injection_id)
    assert edited is not None
    assert [(g.goal, g.scores) for g in edited.goals] == [
        ("Open the hand to wash the palm", ((dt.date(2026, 10, 13), 1),)),
        ("Sleeve on", ((dt.date(2026, 10, 13), -1),)),
    ]
    assert edited.follow_up_days() == [dt.date(2026, 10, 13)]


def test_a_follow_up_score_outside_minus_2_to_plus_2_is_refused(person: int) -> None:
    injection_id = injections.add_injection(person, shot(dt.date(2026, 9, 1)), today=TODAY)
    injection = injections.get_injection(injection_id)
    assert injection is not None
    with pytest.raises(ValidationError) as caught:
        injections.record_follow_up(
            injection_id, dt.date(2026, 10, 13), {injection.goals[0].id: 3}, today=TODAY
        )
    assert caught.value.problems[0].field == "score"
    with pytest.raises(ValidationError) as caught:
        injections.record_follow_up(
            injection_id, dt.date(2026, 8, 1), {injection.goals[0].id: 0}, today=TODAY
        )
    assert caught.value.problems[0].field == "day"


def test_an_injection_needs_its_muscles_and_a_day_that_has_come(person: int) -> None:
    with pytest.raises(ValidationError) as caught:
        injections.add_injection(person, shot(dt.date(2026, 12, 1), muscles=" "), today=TODAY)
    assert {p.field for p in caught.value.problems} == {"day", "muscles"}


def test_the_cycle_view_counts_episodes_per_week_from_injection_day(person: int) -> None:
    first = injections.add_injection(person, shot(dt.date(2026, 8, 3)), today=TODAY)
    second = injections.add_injection(person, shot(dt.date(2026, 10, 26)), today=TODAY)  # week 12
    # Week 0 of the first cycle: the injection day itself and late on its sixth day after, on the
    # local clock (23:30 at UTC+2 is still 9 August there although it is 21:30 UTC).
    for started in (at(2026, 8, 3, 8), at(2026, 8, 9, 23, 30, offset_min=120)):
        episodes.add_episode(person, episode(started=started), now=at(2026, 11, 25, 12))
    episodes.add_episode(person, episode(started=at(2026, 8, 10, 0, 30, offset_min=120)))  # week 1
    episodes.add_episode(person, episode(started=at(2026, 8, 2, 23)))  # the day before: none
    for day in (1, 2, 3):
        episodes.add_episode(person, episode(started=at(2026, 10, 26 + day, 9)))

    cycles = injections.cycle_view(person, today=TODAY)
    assert [c.injection_id for c in cycles] == [first, second]
    one, two = cycles
    assert one.weekly[:3] == (2, 1, 0)
    assert one.weekly[11] == 0 and one.weekly[12] is None  # week 12 belongs to the next cycle
    assert one.next_day == dt.date(2026, 10, 26)
    assert two.weekly[:5] == (3, 0, 0, 0, None)  # 25 Nov is in week 4, not over yet
    assert injections.cycle_view(person, second, today=TODAY) == [two]
