"""What the diary finds and counts is the same on the SQLite file and on the PostgreSQL server
(the suite runs these on the server when CAREGIVER_APP_TEST_DATABASE is set)."""

from __future__ import annotations

import peewee
import pytest

from caregiver_app.services import episodes, people
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.services.people import PersonError
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
