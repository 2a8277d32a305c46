"""Realistic, deterministic sample data for exploring the app (`caregiver-app demo`).

The generator adds a new sample person and never touches anyone else. Its data carry patterns a
caregiver would recognise: more episodes after short nights and on stressful days, stiffness in
the morning, the affected side far more than the other, and a slow improvement while therapy
continues, with injections that damp the episodes for some weeks and then wear off (treatments
come from sample_treatments.py). The same seed and the same `today` always give the same diary.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from caregiver_app.services import episodes, people
from caregiver_app.services.sample_treatments import TreatmentSampler
from caregiver_app.services.timeutil import now_local, to_stored
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy
from caregiver_app.translatable import QT_TRANSLATE_NOOP, Translate, unchanged

REGION_WEIGHTS = {
    "hand": 20, "fingers": 12, "wrist": 10, "forearm": 10, "elbow": 8, "upper_arm": 6,
    "shoulder": 8, "calf": 8, "ankle": 7, "foot": 5, "thigh": 4, "toes": 3, "knee": 3,
    "trunk": 2, "neck": 2, "face": 1, "hip": 1,
}  # fmt: skip
OTHER_TRIGGERS = ("fatigue", "positioning", "cold", "pain", "bladder", "constipation", "splint_fit")
RELIEF_CHOICES = ("stretching", "rest", "repositioning", "massage", "warmth", "splint")
NOTES = (
    QT_TRANSLATE_NOOP("sample", "Woke up with a stiff hand."),
    QT_TRANSLATE_NOOP("sample", "Happened while putting on a shirt."),
    QT_TRANSLATE_NOOP("sample", "Calmed down after a warm towel."),
    QT_TRANSLATE_NOOP("sample", "Leg jumped during dinner."),
    QT_TRANSLATE_NOOP("sample", "Said it hurt more than usual."),
    QT_TRANSLATE_NOOP("sample", "Short twitch, then it settled."),
    QT_TRANSLATE_NOOP("sample", "After the physio session."),
)

SHORT_SLEEP_HOURS = 6.0
HIGH_STRESS = 7
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class SampleResult:
    person_id: int
    name: str
    days: int
    episodes: int
    checkins: int


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _nights_woken(episode_rows: list[tuple[Any, ...]]) -> set[str]:
    """The days (ISO text) with an episode between midnight and 6:00 local time. A row holds
    started_utc and utc_offset_min at places 2 and 3."""
    days: set[str] = set()
    for row in episode_rows:
        local = int(row[2]) + int(row[3]) * 60
        if local % 86400 < 6 * 3600:
            days.add((_EPOCH + dt.timedelta(days=local // 86400)).isoformat())
    return days


def _poisson(rng: random.Random, lam: float) -> int:
    # Knuth's method: fine for the small rates used here.
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def generate(
    days: int = 180,
    seed: int = 1,
    now: dt.datetime | None = None,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    say: Translate = unchanged,
) -> SampleResult:
    """Add a sample person with `days` days of diary ending today (one transaction).

    `say` translates the sample's words (names, notes, questions) into the user's language."""
    if days < 1:
        raise ValueError("days: the number of days must be at least 1.")
    if days > 20000:
        raise ValueError("days: the number of days must be at most 20000.")
    rng = random.Random(seed)
    now = now or now_local()
    today = now.date()
    affected = "left"
    other = "right"
    person = people.create_person(
        name=people.unique_name(name or say(QT_TRANSLATE_NOOP("sample", "Sam (sample)"))),
        birth_year=1956,
        cause="stroke",
        affected_side=affected,
        event_date=today - dt.timedelta(days=days + 45),
        notes=say(QT_TRANSLATE_NOOP("sample", "Sample data, made up for exploring the app.")),
        is_sample=True,
        make_active=True,
    )
    episode_rows: list[tuple[Any, ...]] = []
    trigger_rows: list[tuple[int, str]] = []
    relief_rows: list[tuple[int, str]] = []
    checkin_rows: list[tuple[object, ...]] = []
    treatments = TreatmentSampler(person.id, today, days, now, seed, say)
    with database_proxy.atomic():
        next_id = 0  # the episode's place in episode_rows until the diary gives it its id
        therapy_days = 0
        for index in range(days):
            day = today - dt.timedelta(days=days - 1 - index)
            sleep = min(10.0, max(3.5, round(rng.gauss(6.9, 1.1) * 2) / 2))
            stress = min(10, max(0, round(rng.gauss(4.2, 2.2))))
            fluids = min(14, max(2, round(rng.gauss(7, 2))))
            meals = rng.choices(("poor", "fair", "good"), weights=(2, 4, 5))[0]
            exercises = rng.random() < 0.75
            therapy = day.weekday() in (0, 2, 4) and rng.random() < 0.85
            therapy_days += therapy
            improvement = 0.45 + 0.55 * math.exp(-therapy_days / 90)
            rate = 3.4 * improvement * treatments.rate_factor(day)
            short_night = sleep < SHORT_SLEEP_HOURS
            high_stress = stress >= HIGH_STRESS
            if short_night:
                rate *= 1.8
            if high_stress:
                rate *= 1.5
            if fluids < 5:
                rate *= 1.15
            count = _poisson(rng, rate)
            willingness = min(10, max(0, round(rng.gauss(7.5 - 0.4 * count, 1.3))))
            if rng.random() < 0.92:
                checkin_rows.append((
                    person.id, day.isoformat(), sleep,
                    "poor" if short_night else rng.choice(("fair", "good")),
                    fluids, stress, meals, int(exercises), int(therapy),
                    willingness if therapy else None,
                    rng.choices(("very_low", "low", "okay", "good", "very_good"), weights=(1, 3, 6, 5, 2))[0],
                    "",
                ))  # fmt: skip
            treatments.on_day(day, therapy, willingness, exercises)
            for _ in range(count):
                if rng.random() < 0.4:
                    hour = rng.randint(6, 9)  # morning stiffness
                else:
                    hour = rng.choices(range(24), weights=[1, 1, 1, 1, 1, 2] + [4] * 16 + [2, 1])[0]
                started = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))
                if started.astimezone() >= now:  # on the computer's clock: never after now
                    continue
                morning = 6 <= hour <= 9
                roll = rng.random()
                side = affected if roll < 0.88 else (other if roll < 0.95 else "both")
                region = _weighted(rng, REGION_WEIGHTS)
                if morning and rng.random() < 0.5:
                    kind = "stiffness"
                else:
                    kind = rng.choices(
                        ("spasm", "twitch", "cramp", "stiffness", "clonus"),
                        weights=(45, 30, 10, 10, 5),
                    )[0]
                heavy = 0.6 if short_night or high_stress else 0.0
                severity = rng.choices((1, 2, 3), weights=(5 - heavy * 3, 4, 1.2 + heavy * 2))[0]
                pain = (
                    min(10, max(0, round(2 * severity + rng.gauss(0, 1.5))))
                    if rng.random() < 0.85
                    else None
                )
                duration = int(rng.lognormvariate(4.0, 0.8)) if rng.random() < 0.7 else None
                triggers: set[str] = set()
                if short_night and rng.random() < 0.6:
                    triggers.add("poor_sleep")
                if high_stress and rng.random() < 0.6:
                    triggers.add("stress")
                if rng.random() < 0.25:
                    triggers.add(rng.choice(OTHER_TRIGGERS))
                relief: set[str] = set()
                if rng.random() < 0.7:
                    relief.update(rng.sample(RELIEF_CHOICES, rng.choice((1, 1, 2))))
                if treatments.on_episode(started, pain):
                    relief.add("medication")
                activity = (
                    rng.choice(("sleeping", "dressing", "resting", "grooming"))
                    if morning
                    else rng.choice(
                        (
                            "resting",
                            "eating",
                            "walking",
                            "therapy",
                            "transfer",
                            "writing",
                            "resting",
                        )
                    )
                )
                observed = "caregiver" if rng.random() < 0.7 else "person"
                note = say(rng.choice(NOTES)) if rng.random() < 0.1 else ""
                started_utc, offset = to_stored(started)
                episode_rows.append((
                    next_id, person.id, started_utc, offset, duration, region, side, kind, severity,
                    pain, activity, observed, note,
                ))  # fmt: skip
                trigger_rows.extend((next_id, code) for code in sorted(triggers))
                relief_rows.extend((next_id, code) for code in sorted(relief))
                next_id += 1
            if progress is not None and index % 100 == 0:
                progress(index, days)
        # Give the episodes their ids, and their codes the same.
        ids = dialect.new_ids(database_proxy, "episode", len(episode_rows))
        episode_rows = [(ids[row[0]], *row[1:]) for row in episode_rows]
        trigger_rows = [(ids[index], code) for index, code in trigger_rows]
        relief_rows = [(ids[index], code) for index, code in relief_rows]
        episodes.insert_with_codes(
            "INSERT INTO episode (id, person_id, started_utc, utc_offset_min, duration_seconds,"
            " body_region, side, kind, severity, pain, activity, observed_by, notes)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            episode_rows,
            trigger_rows,
            relief_rows,
        )
        # Spasms woke them on a night with an episode logged between midnight and 6:00.
        woken = _nights_woken(episode_rows)
        dialect.execute_many(
            database_proxy,
            "INSERT INTO checkin (person_id, day, hours_slept, sleep_quality, fluids_glasses, stress,"
            " meals, exercises_done, therapy_today, therapy_willingness, mood, notes,"
            " woken_by_spasms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(*row, int(row[1] in woken)) for row in checkin_rows],
        )
        treatments.write()
    if progress is not None:
        progress(days, days)
    return SampleResult(person.id, person.name, days, len(episode_rows), len(checkin_rows))
