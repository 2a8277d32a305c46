"""An answer left out (an episode's kind, a person's cause and affected side) goes out of the
diary empty and comes back in as "not recorded", never as a guessed default."""

from __future__ import annotations

import csv
import io
import json

from caregiver_app.services import episodes, exchange, people
from tests.helpers import at, episode


def test_a_kind_left_out_is_exported_empty_and_imported_as_not_recorded(person: int) -> None:
    episodes.add_episode(person, episode(started=at(2026, 11, 2, 9)))  # no kind chosen
    episodes.add_episode(person, episode(started=at(2026, 11, 2, 10), kind="cramp"))
    rows = list(csv.DictReader(io.StringIO(exchange.episodes_csv(person))))
    assert [r["kind"] for r in rows] == ["", "cramp"]
    parsed = exchange.parse_csv(exchange.episodes_csv(person))
    assert [e.kind for e in parsed] == [None, "cramp"]
    document = exchange.person_json(person)
    assert [e["kind"] for e in document["episodes"]] == [None, "cramp"]
    again = exchange.parse_json(json.dumps(document))
    assert [e.kind for e in again.episodes] == [None, "cramp"]


def test_a_profile_without_cause_or_side_goes_out_and_back_without_them(db: object) -> None:
    maria = people.create_person(name="Maria")
    document = exchange.person_json(maria.id)
    assert (document["person"]["cause"], document["person"]["affected_side"]) == (None, None)
    parsed = exchange.parse_json(json.dumps(document))
    assert (parsed.profile["cause"], parsed.profile["affected_side"]) == (None, None)
