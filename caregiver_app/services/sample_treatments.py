"""The treatments part of the sample diary: medications, injection cycles, therapy, scores, visits.

`sample.generate` asks a `TreatmentSampler` how much the injections damp the episode rate on a
day, tells it about each day and episode, and has it write everything at the end. The story it
tells: a regular antispasticity medication whose dose was raised, an as-needed pain reliever
taken after painful episodes, botulinum toxin injections about 12 weeks apart whose effect peaks
around weeks 4-8 and has worn off by about week 11 (earlier than the usual 12), therapy three
times a week, Ashworth scores at each injection and follow-up, and the next visit coming up.

It draws from its own random generator, so the episodes and check-ins are the same as before.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from caregiver_app.services.timeutil import to_stored
from caregiver_app.store.db import database_proxy

INJECTION_EVERY_DAYS = 84  # about 12 weeks
LAST_INJECTION_DAYS_AGO = 82  # so the latest cycle is nearly over and the next one is due
MAX_INJECTIONS = 3
CLINIC = "Dr A. Okafor, spasticity clinic"
GOALS = (
    "Open the left hand enough to clean the palm",
    "Put the left arm into a shirt sleeve with less help",
    "Fewer painful spasms at night",
)
GAS_AT_FOLLOW_UP = ((0, 1, -1), (1, 0, 0), (0, 1, 1))
MAS_GROUPS = ("elbow_flexors", "wrist_flexors", "finger_flexors", "ankle_plantarflexors")
MAS_BEFORE = ("2", "2", "1+", "1+")
MAS_AFTER = ("1+", "1", "1", "1+")
FOLLOW_UP_DAYS = 42
STRONGEST = 0.35  # the episode rate at the injection's peak (weeks 4-8), as a share of usual


def injection_effect(days_since: int | None) -> float:
    """How much an injection `days_since` days ago multiplies the episode rate (1: no effect)."""
    if days_since is None or days_since < 0:
        return 1.0
    week = days_since / 7
    if week < 2:
        return 1.0
    if week < 4:
        return 1.0 - (1.0 - STRONGEST) * (week - 2) / 2
    if week < 8:
        return STRONGEST
    if week < 11:
        return STRONGEST + (1.0 - STRONGEST) * (week - 8) / 3
    return 1.0


class TreatmentSampler:
    def __init__(self, person_id: int, today: dt.date, days: int, now: dt.datetime, seed: int):
        self.person_id = person_id
        self.today = today
        self.first_day = today - dt.timedelta(days=days - 1)
        self.now_naive = now.replace(tzinfo=None)  # the wall clock, as sample.generate uses it
        self.rng = random.Random(seed * 7919 + 17)
        self.injection_days = [
            today - dt.timedelta(days=LAST_INJECTION_DAYS_AGO + INJECTION_EVERY_DAYS * n)
            for n in reversed(range(MAX_INJECTIONS))
        ]
        self.injection_days = [d for d in self.injection_days if d >= self.first_day]
        self.sessions: list[tuple[Any, ...]] = []
        self.minutes: list[tuple[Any, ...]] = []
        self.doses: list[tuple[int, int]] = []  # (taken_utc, offset)
        self._dosed: set[dt.date] = set()

    def rate_factor(self, day: dt.date) -> float:
        before = [d for d in self.injection_days if d <= day]
        return injection_effect((day - before[-1]).days if before else None)

    def on_day(self, day: dt.date, therapy: bool, willingness: int, exercises: bool) -> None:
        rng = self.rng
        if therapy:
            kind = "occupational" if day.weekday() == 4 else "physical"
            pain = min(10, max(0, round(rng.gauss(3.5 - 0.25 * (willingness - 5), 1.2))))
            note = "Did not want to start; better after a rest." if willingness <= 3 else ""
            self.sessions.append(
                (self.person_id, day.isoformat(), kind, rng.choice((30, 45, 45, 60)),
                 willingness, pain, note)
            )  # fmt: skip
        home = rng.choice((10, 15, 15, 20, 30)) if exercises else None
        splint = rng.choice((360, 420, 480, 480)) if rng.random() < 0.8 else None
        if home is not None or splint is not None:
            self.minutes.append((self.person_id, day.isoformat(), home, splint))

    def on_episode(self, started: dt.datetime, pain: int | None) -> bool:
        """True when a dose of the pain reliever followed this episode (it then helped)."""
        if pain is None or pain < 6 or started.date() in self._dosed:
            return False
        taken = started + dt.timedelta(minutes=20)
        if taken > self.now_naive or self.rng.random() >= 0.45:
            return False
        self._dosed.add(started.date())
        self.doses.append(to_stored(taken))
        return True

    # --- writing (in the caller's transaction) ---------------------------------------------

    def _insert(self, table: str, **values: Any) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cursor = database_proxy.execute_sql(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
        return int(cursor.lastrowid)

    def write(self) -> None:
        conn = database_proxy.connection()
        start = self.first_day
        self._insert(
            "medication", person_id=self.person_id, name="Tizanidine", dose=2.0, unit="mg",
            how_often="at night", schedule="regular", purpose="spasms",
            started_on=(start - dt.timedelta(days=90)).isoformat(),
            stopped_on=(start + dt.timedelta(days=(self.today - start).days // 5)).isoformat(),
            side_effects="Drowsy and dizzy in the mornings.", notes="Stopped after talking to the GP.",
        )  # fmt: skip
        baclofen = self._insert(
            "medication", person_id=self.person_id, name="Baclofen", dose=10.0, unit="mg",
            how_often="three times a day", schedule="regular", purpose="spasms",
            started_on=(start - dt.timedelta(days=60)).isoformat(), stopped_on=None,
            side_effects="A little sleepy after the evening dose.", notes="",
        )  # fmt: skip
        change_day = start + dt.timedelta(days=(self.today - start).days // 2)
        self._insert(
            "medication_dose_change", medication_id=baclofen, day=change_day.isoformat(),
            dose=15.0, note="Raised at the spasticity clinic.",
        )  # fmt: skip
        paracetamol = self._insert(
            "medication", person_id=self.person_id, name="Paracetamol", dose=1000.0, unit="mg",
            how_often="up to four times a day", schedule="as_needed", purpose="pain",
            started_on=(start - dt.timedelta(days=30)).isoformat(), stopped_on=None,
            side_effects="", notes="Two 500 mg tablets.",
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO medication_dose_taken (medication_id, taken_utc, utc_offset_min, dose,"
            " note) VALUES (?, ?, ?, NULL, '')",
            [(paracetamol, utc, offset) for utc, offset in self.doses],
        )
        conn.executemany(
            "INSERT INTO therapy_session (person_id, day, kind, minutes, willingness, pain, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.sessions,
        )
        conn.executemany(
            "INSERT INTO daily_minutes (person_id, day, home_exercise, splint) VALUES (?, ?, ?, ?)",
            self.minutes,
        )
        self._write_injections()
        self._write_next_visit()

    def _scores(self, day: dt.date, values: tuple[str, ...]) -> None:
        for group, score in zip(MAS_GROUPS, values, strict=True):
            self._insert(
                "mas_score", person_id=self.person_id, day=day.isoformat(), muscle_group=group,
                side="left", score=score, clinician=CLINIC, notes="",
            )  # fmt: skip

    def _write_injections(self) -> None:
        for number, day in enumerate(self.injection_days):
            injection = self._insert(
                "injection", person_id=self.person_id, day=day.isoformat(),
                muscles="Elbow, wrist and finger flexors", side="left",
                product="Botulinum toxin type A", dose="300 units", clinician=CLINIC, notes="",
            )  # fmt: skip
            follow_up = day + dt.timedelta(days=FOLLOW_UP_DAYS)
            scores = GAS_AT_FOLLOW_UP[number % len(GAS_AT_FOLLOW_UP)]
            for position, goal in enumerate(GOALS):
                goal_id = self._insert(
                    "injection_goal", injection_id=injection, position=position, goal=goal
                )
                if follow_up < self.today:
                    self._insert(
                        "goal_score", goal_id=goal_id, day=follow_up.isoformat(),
                        score=scores[position],
                    )  # fmt: skip
            self._scores(day, MAS_BEFORE)
            visit = self._insert(
                "appointment", person_id=self.person_id, day=day.isoformat(), time="10:30",
                clinician=CLINIC, purpose="Botulinum toxin injection",
                notes_after="Injected the left arm. Goals agreed for the next 12 weeks.",
            )  # fmt: skip
            self._question(visit, 0, "How soon should we see a change?", True)
            if follow_up < self.today:
                self._scores(follow_up, MAS_AFTER)
                visit = self._insert(
                    "appointment", person_id=self.person_id, day=follow_up.isoformat(),
                    time="14:00", clinician=CLINIC, purpose="Follow-up and goal review",
                    notes_after="Hand opens more easily. Keep up the night splint.",
                )  # fmt: skip
                self._question(visit, 0, "Should the splint be worn in the day too?", True)

    def _question(self, appointment_id: int, position: int, text: str, asked: bool) -> None:
        self._insert(
            "appointment_question", appointment_id=appointment_id, position=position,
            question=text, asked=int(asked),
        )  # fmt: skip

    def _write_next_visit(self) -> None:
        if self.injection_days:
            day = max(
                self.today + dt.timedelta(days=2),
                self.injection_days[-1] + dt.timedelta(days=INJECTION_EVERY_DAYS),
            )
            purpose = "Next injection and review"
            questions: tuple[str, ...] = (
                "The spasms seem to come back from about week 9. Could the next one be sooner?",
                "Is 15 mg of baclofen still the right dose?",
                "The night splint rubs the wrist. Can it be adjusted?",
            )
        else:
            day = self.today + dt.timedelta(days=9)
            purpose = "Physiotherapy review"
            questions = ("Which stretches help most in the morning?",)
        visit = self._insert(
            "appointment", person_id=self.person_id, day=day.isoformat(), time="11:15",
            clinician=CLINIC if self.injection_days else "Physiotherapist", purpose=purpose,
            notes_after="",
        )  # fmt: skip
        for position, text in enumerate(questions):
            self._question(visit, position, text, False)
