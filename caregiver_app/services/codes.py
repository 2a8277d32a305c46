"""Stable codes used in the database, in files and on the command line.

These never change meaning; new codes are only appended. The window shows friendly,
translated labels for them (see caregiver_app/labels.py).
"""

from __future__ import annotations

BODY_REGIONS: tuple[str, ...] = (
    "face", "neck", "shoulder", "upper_arm", "elbow", "forearm", "wrist", "hand", "fingers",
    "trunk", "hip", "thigh", "knee", "calf", "ankle", "foot", "toes",
)  # fmt: skip
SIDES: tuple[str, ...] = ("left", "right", "both")
KINDS: tuple[str, ...] = ("twitch", "spasm", "cramp", "stiffness", "clonus")
TRIGGERS: tuple[str, ...] = (
    "stress", "poor_sleep", "medication", "dehydration", "poor_diet", "infection", "constipation",
    "bladder", "skin", "pain", "cold", "fatigue", "positioning", "splint_fit", "missed_dose", "other",
)  # fmt: skip
RELIEF: tuple[str, ...] = (
    "stretching", "splint", "brace", "medication", "rest", "massage", "warmth", "repositioning",
    "distraction", "none",
)  # fmt: skip
ACTIVITIES: tuple[str, ...] = (
    "resting", "sleeping", "eating", "dressing", "grooming", "bathing", "walking", "transfer",
    "therapy", "writing", "other",
)  # fmt: skip
OBSERVED_BY: tuple[str, ...] = ("caregiver", "person")
SEVERITIES: tuple[int, ...] = (1, 2, 3)

CAUSES: tuple[str, ...] = ("stroke", "brain_injury", "other")
AFFECTED_SIDES: tuple[str, ...] = ("left", "right", "both")

SLEEP_QUALITY: tuple[str, ...] = ("poor", "fair", "good")
MEALS: tuple[str, ...] = ("poor", "fair", "good")
MOODS: tuple[str, ...] = ("very_low", "low", "okay", "good", "very_good")

PAIN_MIN, PAIN_MAX = 0, 10
SCORE_MIN, SCORE_MAX = 0, 10  # stress, willingness
