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
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy
from caregiver_app.translatable import QT_TRANSLATE_NOOP, Translate, unchanged

INJECTION_EVERY_DAYS = 84  # about 12 weeks
LAST_INJECTION_DAYS_AGO = 82  # so the latest cycle is nearly over and the next one is due
MAX_INJECTIONS = 3
INJECTED_REGIONS = "elbow,forearm,wrist,hand,fingers"  # elbow, wrist and finger flexors
# The sample's words, translated when the window makes the sample (lupdate finds them).
WORDS = {
    "clinic": QT_TRANSLATE_NOOP("sample", "Dr A. Okafor, spasticity clinic"),
    "tizanidine": QT_TRANSLATE_NOOP("sample", "Tizanidine"),
    "baclofen": QT_TRANSLATE_NOOP("sample", "Baclofen"),
    "goal_1": QT_TRANSLATE_NOOP("sample", "Open the left hand enough to clean the palm"),
    "goal_2": QT_TRANSLATE_NOOP("sample", "Put the left arm into a shirt sleeve with less help"),
    "goal_3": QT_TRANSLATE_NOOP("sample", "Fewer painful spasms at night"),
    "reluctant": QT_TRANSLATE_NOOP("sample", "Did not want to start; better after a rest."),
    "at_night": QT_TRANSLATE_NOOP("sample", "at night"),
    "drowsy": QT_TRANSLATE_NOOP("sample", "Drowsy and dizzy in the mornings."),
    "stopped": QT_TRANSLATE_NOOP("sample", "Stopped after talking to the GP."),
    "three_a_day": QT_TRANSLATE_NOOP("sample", "three times a day"),
    "sleepy": QT_TRANSLATE_NOOP("sample", "A little sleepy after the evening dose."),
    "raised": QT_TRANSLATE_NOOP("sample", "Raised at the spasticity clinic."),
    "four_a_day": QT_TRANSLATE_NOOP("sample", "up to four times a day"),
    "two_tablets": QT_TRANSLATE_NOOP("sample", "Two 500 mg tablets."),
    "muscles": QT_TRANSLATE_NOOP("sample", "Elbow, wrist and finger flexors"),
    "units": QT_TRANSLATE_NOOP("sample", "300 units"),
    "toxin": QT_TRANSLATE_NOOP("sample", "Botulinum toxin type A"),
    "injection_visit": QT_TRANSLATE_NOOP("sample", "Botulinum toxin injection"),
    "injected": QT_TRANSLATE_NOOP(
        "sample", "Injected the left arm. Goals agreed for the next 12 weeks."
    ),
    "how_soon": QT_TRANSLATE_NOOP("sample", "How soon should we see a change?"),
    "follow_up": QT_TRANSLATE_NOOP("sample", "Follow-up and goal review"),
    "opens": QT_TRANSLATE_NOOP("sample", "Hand opens more easily. Keep up the night splint."),
    "splint_day": QT_TRANSLATE_NOOP("sample", "Should the splint be worn in the day too?"),
    "next_visit": QT_TRANSLATE_NOOP("sample", "Next injection and review"),
    "week_9": QT_TRANSLATE_NOOP(
        "sample", "The spasms seem to come back from about week 9. Could the next one be sooner?"
    ),
    "dose_right": QT_TRANSLATE_NOOP("sample", "Is 15 mg of baclofen still the right dose?"),
    "splint_rubs": QT_TRANSLATE_NOOP(
        "sample", "The night splint rubs the wrist. Can it be adjusted?"
    ),
    "physio_visit": QT_TRANSLATE_NOOP("sample", "Physiotherapy review"),
    "stretches": QT_TRANSLATE_NOOP("sample", "Which stretches help most in the morning?"),
    "physio": QT_TRANSLATE_NOOP("sample", "Physiotherapist"),
    "bruise": QT_TRANSLATE_NOOP("sample", "Slid off the bed at night; a bruise on the left hip."),
}
GOALS = ("goal_1", "goal_2", "goal_3")
GAS_AT_FOLLOW_UP = ((0, 1, -1), (1, 0, 0), (0, 1, 1))
GAS_BASELINE = -1
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
    def __init__(
        self,
        person_id: int,
        today: dt.date,
        days: int,
        now: dt.datetime,
        seed: int,
        say: Translate = unchanged,
    ):
        self.person_id = person_id
        self.words = {key: say(text) for key, text in WORDS.items()}  # in the user's language
        self.today = today
        self.first_day = today - dt.timedelta(days=days - 1)
        self.tz = now.tzinfo
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
        w = self.words
        rng = self.rng
        if therapy:
            kind = "occupational" if day.weekday() == 4 else "physical"
            pain = min(10, max(0, round(rng.gauss(3.5 - 0.25 * (willingness - 5), 1.2))))
            note = w["reluctant"] if willingness <= 3 else ""
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
            f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id", tuple(values.values())
        )
        return int(cursor.fetchall()[0][0])

    def write(self) -> None:
        w = self.words
        db = database_proxy
        start = self.first_day
        self._insert(
            "medication", person_id=self.person_id, name=w["tizanidine"], dose=2.0, unit="mg",
            how_often=w["at_night"], schedule="regular", purpose="spasms",
            started_on=(start - dt.timedelta(days=90)).isoformat(),
            stopped_on=(start + dt.timedelta(days=(self.today - start).days // 5)).isoformat(),
            side_effects=w["drowsy"], notes=w["stopped"],
        )  # fmt: skip
        baclofen = self._insert(
            "medication", person_id=self.person_id, name=w["baclofen"], dose=10.0, unit="mg",
            how_often=w["three_a_day"], schedule="regular", purpose="spasms",
            started_on=(start - dt.timedelta(days=60)).isoformat(), stopped_on=None,
            side_effects=w["sleepy"], notes="",
        )  # fmt: skip
        change_day = start + dt.timedelta(days=(self.today - start).days // 2)
        self._insert(
            "medication_dose_change", medication_id=baclofen, day=change_day.isoformat(),
            dose=15.0, note=w["raised"],
        )  # fmt: skip
        paracetamol = self._insert(
            "medication", person_id=self.person_id, name="Paracetamol", dose=1000.0, unit="mg",
            how_often=w["four_a_day"], schedule="as_needed", purpose="pain",
            started_on=(start - dt.timedelta(days=30)).isoformat(), stopped_on=None,
            side_effects="", notes=w["two_tablets"],
        )  # fmt: skip
        dialect.execute_many(
            db,
            "INSERT INTO medication_dose_taken (medication_id, taken_utc, utc_offset_min, dose,"
            " note) VALUES (?, ?, ?, NULL, '')",
            [(paracetamol, utc, offset) for utc, offset in self.doses],
        )
        dialect.execute_many(
            db,
            "INSERT INTO therapy_session (person_id, day, kind, minutes, willingness, pain, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.sessions,
        )
        dialect.execute_many(
            db,
            "INSERT INTO daily_minutes (person_id, day, home_exercise, splint) VALUES (?, ?, ?, ?)",
            self.minutes,
        )
        self._write_injections()
        self._write_next_visit()
        self._write_falls()

    def _write_falls(self) -> None:
        """Two falls: one without harm, a recent one with a bruise."""
        for days_ago, hour, injured, note in ((50, 7, 0, ""), (9, 21, 1, self.words["bruise"])):
            day = self.today - dt.timedelta(days=days_ago)
            if day < self.first_day:
                continue
            utc, offset = to_stored(dt.datetime.combine(day, dt.time(hour, 40), tzinfo=self.tz))
            self._insert(
                "fall", person_id=self.person_id, happened_utc=utc, utc_offset_min=offset,
                injured=injured, note=note,
            )  # fmt: skip

    def _scores(self, day: dt.date, values: tuple[str, ...]) -> None:
        w = self.words
        for group, score in zip(MAS_GROUPS, values, strict=True):
            self._insert(
                "mas_score", person_id=self.person_id, day=day.isoformat(), muscle_group=group,
                side="left", score=score, clinician=w["clinic"], notes="",
            )  # fmt: skip

    def _write_injections(self) -> None:
        w = self.words
        for number, day in enumerate(self.injection_days):
            injection = self._insert(
                "injection", person_id=self.person_id, day=day.isoformat(),
                muscles=w["muscles"], side="left", regions=INJECTED_REGIONS,
                product=w["toxin"], dose=w["units"], clinician=w["clinic"], notes="",
            )  # fmt: skip
            follow_up = day + dt.timedelta(days=FOLLOW_UP_DAYS)
            scores = GAS_AT_FOLLOW_UP[number % len(GAS_AT_FOLLOW_UP)]
            for position, goal in enumerate(GOALS):
                goal_id = self._insert(
                    "injection_goal", injection_id=injection, position=position, goal=w[goal]
                )
                self._insert(  # the baseline, scored with the clinician on the day
                    "goal_score", goal_id=goal_id, day=day.isoformat(), score=GAS_BASELINE
                )
                if follow_up < self.today:
                    self._insert(
                        "goal_score", goal_id=goal_id, day=follow_up.isoformat(),
                        score=scores[position],
                    )  # fmt: skip
            self._scores(day, MAS_BEFORE)
            visit = self._insert(
                "appointment", person_id=self.person_id, day=day.isoformat(), time="10:30",
                clinician=w["clinic"], purpose=w["injection_visit"],
                notes_after=w["injected"],
            )  # fmt: skip
            self._question(visit, 0, w["how_soon"], True)
            if follow_up < self.today:
                self._scores(follow_up, MAS_AFTER)
                visit = self._insert(
                    "appointment", person_id=self.person_id, day=follow_up.isoformat(),
                    time="14:00", clinician=w["clinic"], purpose=w["follow_up"],
                    notes_after=w["opens"],
                )  # fmt: skip
                self._question(visit, 0, w["splint_day"], True)

    def _question(self, appointment_id: int, position: int, text: str, asked: bool) -> None:
        self._insert(
            "appointment_question", appointment_id=appointment_id, position=position,
            question=text, asked=int(asked),
        )  # fmt: skip

    def _write_next_visit(self) -> None:
        w = self.words
        if self.injection_days:
            day = max(
                self.today + dt.timedelta(days=2),
                self.injection_days[-1] + dt.timedelta(days=INJECTION_EVERY_DAYS),
            )
            purpose = w["next_visit"]
            questions: tuple[str, ...] = (
                w["week_9"],
                w["dose_right"],
                w["splint_rubs"],
            )
        else:
            day = self.today + dt.timedelta(days=9)
            purpose = w["physio_visit"]
            questions = (w["stretches"],)
        visit = self._insert(
            "appointment", person_id=self.person_id, day=day.isoformat(), time="11:15",
            clinician=w["clinic"] if self.injection_days else w["physio"], purpose=purpose,
            notes_after="",
        )  # fmt: skip
        for position, text in enumerate(questions):
            self._question(visit, position, text, False)
