"""The diary's tables. Codes stored here are stable English identifiers; the window shows labels.

Times of episodes are stored without ambiguity: `started_utc` is seconds since the Unix epoch in
UTC and `utc_offset_min` is the local offset from UTC, in minutes, when the entry was made, so the
wall-clock time the caregiver saw never moves with daylight saving or travel.
"""

from __future__ import annotations

import peewee

from caregiver_app.store.db import BaseModel


class Recorded(BaseModel):
    """A record that says who recorded it and when (migration 6): the caregiver's name and the
    UTC moment as ISO 8601 text, set by the one write path (services/actions/stamp.py). NULL in
    records made before: not recorded."""

    recorded_by = peewee.TextField(null=True)
    recorded_at = peewee.TextField(null=True)


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()

    class Meta:
        table_name = "schema_version"


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "setting"


class Person(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField()
    birth_year = peewee.IntegerField(null=True)
    cause = peewee.TextField(null=True)  # stroke | brain_injury | other; None: not recorded
    affected_side = peewee.TextField(null=True)  # left | right | both; None: not recorded
    event_date = peewee.DateField(null=True)  # date of the stroke or injury
    notes = peewee.TextField(default="")
    is_sample = peewee.BooleanField(default=False)
    created_utc = peewee.IntegerField()

    class Meta:
        table_name = "person"


class Episode(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="episodes", on_delete="CASCADE")
    started_utc = peewee.IntegerField()
    utc_offset_min = peewee.IntegerField()
    duration_seconds = peewee.IntegerField(null=True)
    body_region = peewee.TextField()
    side = peewee.TextField()
    kind = peewee.TextField(null=True)  # codes.KINDS; None: not recorded (migration 5)
    severity = peewee.IntegerField()  # Penn Spasm Frequency Scale severity: 1, 2, 3
    pain = peewee.IntegerField(null=True)  # numeric rating scale 0-10
    activity = peewee.TextField(null=True)
    observed_by = peewee.TextField(null=True)  # caregiver | person
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "episode"


class EpisodeTrigger(BaseModel):
    episode = peewee.ForeignKeyField(Episode, backref="trigger_rows", on_delete="CASCADE")
    code = peewee.TextField()

    class Meta:
        table_name = "episode_trigger"
        primary_key = peewee.CompositeKey("episode", "code")


class EpisodeRelief(BaseModel):
    episode = peewee.ForeignKeyField(Episode, backref="relief_rows", on_delete="CASCADE")
    code = peewee.TextField()

    class Meta:
        table_name = "episode_relief"
        primary_key = peewee.CompositeKey("episode", "code")


class CheckIn(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="checkins", on_delete="CASCADE")
    day = peewee.DateField()  # the person's local calendar day
    hours_slept = peewee.FloatField(null=True)
    sleep_quality = peewee.TextField(null=True)  # poor | fair | good
    fluids_glasses = peewee.IntegerField(null=True)
    stress = peewee.IntegerField(null=True)  # 0-10
    meals = peewee.TextField(null=True)  # poor | fair | good
    exercises_done = peewee.BooleanField(null=True)
    therapy_today = peewee.BooleanField(null=True)
    therapy_willingness = peewee.IntegerField(null=True)  # 0-10
    mood = peewee.TextField(null=True)  # very_low | low | okay | good | very_good
    woken_by_spasms = peewee.BooleanField(null=True)  # spasms woke them last night (migration 4)
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "checkin"
        indexes = ((("person", "day"), True),)


class EquipmentState(Recorded):
    """A person's status and note for one catalogue item (by its stable id) or custom item."""

    id = peewee.AutoField()

    person = peewee.ForeignKeyField(Person, backref="equipment_states", on_delete="CASCADE")
    item_key = peewee.TextField()  # catalogue id, or "custom-<id>" for a custom item
    status = peewee.TextField(default="not_considered")
    status_changed_on = peewee.DateField(null=True)
    note = peewee.TextField(default="")
    hidden = peewee.BooleanField(default=False)

    class Meta:
        table_name = "equipment_state"
        indexes = ((("person", "item_key"), True),)


class CustomEquipment(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="custom_equipment", on_delete="CASCADE")
    activity = peewee.TextField()
    name = peewee.TextField()
    description = peewee.TextField(default="")
    created_utc = peewee.IntegerField()

    class Meta:
        table_name = "custom_equipment"


# --- treatments, therapy and appointments (migration 2) ------------------------------------


class Medication(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="medications", on_delete="CASCADE")
    name = peewee.TextField()
    dose = peewee.FloatField(null=True)  # the dose when started; later ones are dose changes
    unit = peewee.TextField(default="")  # mg, ml, tablets, ...
    how_often = peewee.TextField(default="")  # free text: "three times a day"
    schedule = peewee.TextField(default="regular")  # regular | as_needed
    purpose = peewee.TextField(default="other")  # spasms | pain | sleep | mood | seizures | ...
    started_on = peewee.DateField(null=True)
    stopped_on = peewee.DateField(null=True)
    side_effects = peewee.TextField(default="")
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "medication"


class MedicationDoseChange(Recorded):
    id = peewee.AutoField()
    medication = peewee.ForeignKeyField(Medication, backref="dose_changes", on_delete="CASCADE")
    day = peewee.DateField()  # the new dose applies from this day
    dose = peewee.FloatField()
    note = peewee.TextField(default="")

    class Meta:
        table_name = "medication_dose_change"


class MedicationDoseTaken(Recorded):
    """One dose of an as-needed medication, timed like an episode (UTC plus the offset)."""

    id = peewee.AutoField()
    medication = peewee.ForeignKeyField(Medication, backref="doses_taken", on_delete="CASCADE")
    taken_utc = peewee.IntegerField()
    utc_offset_min = peewee.IntegerField()
    dose = peewee.FloatField(null=True)  # None: the medication's usual dose
    note = peewee.TextField(default="")

    class Meta:
        table_name = "medication_dose_taken"


class Injection(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="injections", on_delete="CASCADE")
    day = peewee.DateField()
    muscles = peewee.TextField()  # free text: "elbow and wrist flexors"
    side = peewee.TextField()  # left | right | both
    product = peewee.TextField(default="")
    dose = peewee.TextField(default="")  # free text: "200 units"
    regions = peewee.TextField(default="")  # body region codes, comma-separated (migration 4)
    clinician = peewee.TextField(default="")
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "injection"


class InjectionGoal(BaseModel):
    id = peewee.AutoField()
    injection = peewee.ForeignKeyField(Injection, backref="goals", on_delete="CASCADE")
    position = peewee.IntegerField()
    goal = peewee.TextField()

    class Meta:
        table_name = "injection_goal"


class GoalScore(Recorded):
    """Goal Attainment Scaling at a follow-up: -2 much less than expected .. +2 much more."""

    id = peewee.AutoField()
    goal = peewee.ForeignKeyField(InjectionGoal, backref="scores", on_delete="CASCADE")
    day = peewee.DateField()
    score = peewee.IntegerField()

    class Meta:
        table_name = "goal_score"
        indexes = ((("goal", "day"), True),)


class TherapySession(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="therapy_sessions", on_delete="CASCADE")
    day = peewee.DateField()
    kind = peewee.TextField()  # physical | occupational | speech | home_exercise
    minutes = peewee.IntegerField(null=True)
    willingness = peewee.IntegerField(null=True)  # 0-10
    pain = peewee.IntegerField(null=True)  # 0-10, during the session
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "therapy_session"


class DailyMinutes(Recorded):
    """Minutes of home exercise and of splint wear on one local day."""

    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="daily_minutes", on_delete="CASCADE")
    day = peewee.DateField()
    home_exercise = peewee.IntegerField(null=True)
    splint = peewee.IntegerField(null=True)

    class Meta:
        table_name = "daily_minutes"
        indexes = ((("person", "day"), True),)


class MasScore(Recorded):
    """One Modified Ashworth Scale score: 0, 1, 1+, 2, 3 or 4 (stored as text)."""

    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="mas_scores", on_delete="CASCADE")
    day = peewee.DateField()
    muscle_group = peewee.TextField()
    side = peewee.TextField()  # left | right
    score = peewee.TextField()
    clinician = peewee.TextField(default="")
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "mas_score"


class Appointment(Recorded):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="appointments", on_delete="CASCADE")
    day = peewee.DateField()
    time = peewee.TextField(null=True)  # "HH:MM" on the local clock, or None
    clinician = peewee.TextField(default="")
    purpose = peewee.TextField(default="")
    notes_after = peewee.TextField(default="")

    class Meta:
        table_name = "appointment"


class AppointmentQuestion(BaseModel):
    id = peewee.AutoField()
    appointment = peewee.ForeignKeyField(Appointment, backref="questions", on_delete="CASCADE")
    position = peewee.IntegerField()
    question = peewee.TextField()
    asked = peewee.BooleanField(default=False)

    class Meta:
        table_name = "appointment_question"


class Caregiver(BaseModel):
    """Someone who logs in this diary (migration 6); names are unique whatever their case."""

    id = peewee.AutoField()
    name = peewee.TextField(unique=True)

    class Meta:
        table_name = "caregiver"


class Fall(Recorded):
    """A fall: when (UTC seconds plus the local offset, like an episode), injured or not."""

    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="falls", on_delete="CASCADE")
    happened_utc = peewee.IntegerField()
    utc_offset_min = peewee.IntegerField()
    injured = peewee.BooleanField()
    note = peewee.TextField(default="")

    class Meta:
        table_name = "fall"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    Setting,
    Person,
    Episode,
    EpisodeTrigger,
    EpisodeRelief,
    CheckIn,
    EquipmentState,
    CustomEquipment,
    Medication,
    MedicationDoseChange,
    MedicationDoseTaken,
    Injection,
    InjectionGoal,
    GoalScore,
    TherapySession,
    DailyMinutes,
    MasScore,
    Appointment,
    AppointmentQuestion,
    Fall,
    Caregiver,
)
