"""Sample data: the same every time, realistic patterns, and nobody else's data touched."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter

from caregiver_app.services import episodes, exchange, people, sample
from caregiver_app.services.episodes import EpisodeFilter
from caregiver_app.store.db import database_proxy

NOW = dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)


def test_the_same_seed_makes_the_same_diary(db: object) -> None:
    a = sample.generate(days=60, seed=3, now=NOW)
    b = sample.generate(days=60, seed=3, now=NOW)
    assert a.name != b.name  # a second sample person, not a merge
    first, second = exchange.person_json(a.person_id), exchange.person_json(b.person_id)
    first["person"]["name"] = second["person"]["name"] = ""
    assert first == second


def test_demo_never_touches_another_persons_data(person: int) -> None:
    episodes.add_episode(
        person,
        episodes.EpisodeData(
            started=NOW - dt.timedelta(days=1), body_region="hand", side="left", severity=1
        ),
        now=NOW,
    )
    before = exchange.person_json(person)
    sample.generate(days=30, now=NOW)
    assert exchange.person_json(person) == before


def daily(person_id: int) -> dict[str, tuple[int, float | None, int | None]]:
    """Each check-in's day: the episodes on that local day, hours slept and stress."""
    per_day: Counter[str] = Counter()
    for utc, offset in database_proxy.execute_sql(
        "SELECT started_utc, utc_offset_min FROM episode WHERE person_id = ?", (person_id,)
    ).fetchall():
        local = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=utc + offset * 60)
        per_day[local.date().isoformat()] += 1
    rows = database_proxy.execute_sql(
        "SELECT day, hours_slept, stress FROM checkin WHERE person_id = ?", (person_id,)
    ).fetchall()
    return {day: (per_day[day], sleep, stress) for day, sleep, stress in rows}


def test_sample_data_has_the_patterns_a_caregiver_would_recognise(db: object) -> None:
    result = sample.generate(days=365, seed=1, now=NOW)
    days = daily(result.person_id)
    short = [n for n, sleep, _ in days.values() if sleep is not None and sleep < 6]
    rested = [n for n, sleep, _ in days.values() if sleep is not None and sleep >= 6]
    assert statistics.mean(short) > 1.3 * statistics.mean(rested)
    stressed = [n for n, _, stress in days.values() if stress is not None and stress >= 7]
    calm = [n for n, _, stress in days.values() if stress is not None and stress < 7]
    assert statistics.mean(stressed) > 1.2 * statistics.mean(calm)

    rows = episodes.fetch_rows(episodes.query_ids(EpisodeFilter(result.person_id)))
    sides = [r.side for r in rows.values()]
    assert sides.count("left") > 5 * sides.count("right")
    hours = [r.started.hour for r in rows.values()]
    morning = sum(6 <= h <= 9 for h in hours) / 4
    evening = sum(18 <= h <= 21 for h in hours) / 4
    assert morning > 1.5 * evening

    first_month = episodes.count(
        EpisodeFilter(result.person_id, last_day=(NOW - dt.timedelta(days=335)).date())
    )
    last_month = episodes.count(
        EpisodeFilter(result.person_id, first_day=(NOW - dt.timedelta(days=29)).date())
    )
    assert last_month < first_month  # slow improvement with therapy
    assert people.get_person(result.person_id).is_sample


def test_every_word_of_the_sample_has_a_spanish_translation() -> None:
    from caregiver_app.services.sample import NOTES
    from caregiver_app.services.sample_treatments import WORDS
    from caregiver_app.translations import translator_for

    say = translator_for("es", "sample")
    texts = [*NOTES, *WORDS.values(), "Sam (sample)", "Sample data, made up for exploring the app."]
    untranslated = [text for text in texts if say(text) == text and text != "Paracetamol"]
    assert untranslated == []


def test_a_spanish_sample_is_written_in_spanish(db: object) -> None:
    from caregiver_app.services import appointments, medications
    from caregiver_app.translations import translator_for

    english = sample.generate(days=120, seed=3, now=NOW)
    spanish = sample.generate(days=120, seed=3, now=NOW, say=translator_for("es", "sample"))
    assert spanish.name == "Sam (ejemplo)"
    assert spanish.episodes == english.episodes  # the same diary, in other words
    notes = {
        row[0]
        for row in database_proxy.execute_sql(
            "SELECT notes FROM episode WHERE person_id = ? AND notes != ''", (spanish.person_id,)
        )
    }
    assert notes and notes <= {translator_for("es", "sample")(n) for n in sample.NOTES}
    upcoming = appointments.next_appointment(spanish.person_id, today=NOW.date())
    assert upcoming is not None and upcoming.data.purpose == "Próxima inyección y revisión"
    names = {m.data.name for m in medications.list_medications(spanish.person_id)}
    assert names == {"Tizanidina", "Baclofeno", "Paracetamol"}


def test_on_the_sample_the_insights_name_poor_sleep_and_stress_with_their_caveat(
    db: object,
) -> None:
    """What a caregiver trying the app sees on Charts: the default six months of sample."""
    from caregiver_app.services import insights
    from caregiver_app.services.periods import Period

    result = sample.generate(now=NOW)  # the window's "Explore with sample data": 180 days
    today = NOW.date()
    found = {
        i.factor: i
        for i in insights.insights(
            result.person_id, Period(today - dt.timedelta(days=179), today), today=today
        )
    }
    for code in ("short_sleep", "high_stress"):
        assert found[code].clear and found[code].ci_low is not None and found[code].ci_low > 1
        assert "times as many" in found[code].text
        assert found[code].text.endswith("This is a link, not proof of a cause.")
    assert not found["low_fluids"].clear  # a small effect six months cannot show: not claimed
