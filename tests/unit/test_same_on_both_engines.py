"""What the diary finds and counts is the same on the SQLite file and on the PostgreSQL server
(the suite runs these on the server when CAREGIVER_APP_TEST_DATABASE is set)."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from caregiver_app.services import episodes, people
from caregiver_app.services.charts import tallies
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.services.people import PersonError
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data import summary
from tests.helpers import at, episode

NOW = at(2026, 11, 25, 20)


def test_a_name_with_an_accented_capital_is_found_and_cannot_be_taken_twice(db: object) -> None:
    made = people.create_person("Émile Zola", make_active=False)
    assert people.find_by_name("Émile Zola") == made
    assert people.find_by_name("ÉMILE ZOLA") == made  # A-Z in any case, the É as written
    assert people.find_by_name("émile zola") is None  # as in SQLite: LOWER folds only A-Z
    with pytest.raises(PersonError):
        people.create_person("Émile ZOLA", make_active=False)


@pytest.mark.parametrize(
    ("word", "found"),
    [("towel", True), ("TOWEL", True), ("Towel", True), ("Ñandú", True), ("ñandú", False)],
)
def test_searching_notes_folds_a_to_z_only(
    db: peewee.Database, person: int, word: str, found: bool
) -> None:
    episodes.add_episode(person, episode(notes="A warm Towel from the Ñandú shop"), now=NOW)
    episodes.add_episode(person, episode(notes="nothing here"), now=NOW)
    matched = episodes.query_ids(EpisodeFilter(person, text=word))
    assert len(matched) == (1 if found else 0)


def test_means_are_the_same_doubles_as_in_python(person: int) -> None:
    """Severity 1 seven times and 2 twice: 11 / 9, to the last bit (the server's NUMERIC
    arithmetic gave 1.222222222222222); pain 0 seven times and 5 twice: 10 / 9."""
    for n in range(9):
        severity, pain = (2, 5) if n < 2 else (1, 0)
        episodes.add_episode(
            person, episode(at(2026, 11, 3, 8 + n), severity=severity, pain=pain), now=NOW
        )
    day = dt.date(2026, 11, 3)
    figures = summary.episode_figures(person, Period(day, day), today=NOW.date())
    assert (figures.severity_mean, figures.pain_mean) == (11 / 9, 10 / 9)
    [row] = tallies.day_table(person, day, day).values()
    assert (row[0], row[1], row[5]) == (9, 11 / 9, 10 / 9)
    assert all(type(v) is int for v in (row[0], row[2], row[3], row[4], row[6], row[7]))


@pytest.mark.parametrize("descending", [False, True])
def test_an_episode_without_a_pain_score_sorts_as_the_least_pain(
    person: int, descending: bool
) -> None:
    some = episodes.add_episode(person, episode(at(2026, 11, 3, 8), pain=4), now=NOW)
    none = episodes.add_episode(person, episode(at(2026, 11, 3, 9), pain=None), now=NOW)
    little = episodes.add_episode(person, episode(at(2026, 11, 3, 10), pain=0), now=NOW)
    ids = episodes.query_ids(EpisodeFilter(person), sort="pain", descending=descending)
    assert ids == ([some, little, none] if descending else [none, little, some])


def test_the_names_of_who_logged_are_listed_once_in_alphabetical_order(person: int) -> None:
    names = ["ben", "Ana", "ben", "Carla", "Ana"]
    episodes.insert_validated(
        person, [episode(at(2026, 11, 3, 8 + n), recorded_by=name) for n, name in enumerate(names)]
    )
    assert episodes.caregivers(person) == ["Ana", "ben", "Carla"]
