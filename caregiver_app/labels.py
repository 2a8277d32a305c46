"""Friendly, translated labels for the stable codes stored in the database (QtCore only: used by ui and report).

Each function builds its table when called, so a language change takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def regions() -> dict[str, str]:
    return {
        "face": _t("Face"),
        "neck": _t("Neck"),
        "shoulder": _t("Shoulder"),
        "upper_arm": _t("Upper arm"),
        "elbow": _t("Elbow"),
        "forearm": _t("Forearm"),
        "wrist": _t("Wrist"),
        "hand": _t("Hand"),
        "fingers": _t("Fingers"),
        "trunk": _t("Trunk"),
        "hip": _t("Hip"),
        "thigh": _t("Thigh"),
        "knee": _t("Knee"),
        "calf": _t("Calf"),
        "ankle": _t("Ankle"),
        "foot": _t("Foot"),
        "toes": _t("Toes"),
    }


def sides() -> dict[str, str]:
    return {"left": _t("Left"), "right": _t("Right"), "both": _t("Both sides")}


def kinds() -> dict[str, str]:
    return {
        "twitch": _t("Twitch"),
        "spasm": _t("Spasm"),
        "cramp": _t("Cramp"),
        "stiffness": _t("Stiffness"),
        "clonus": _t("Clonus"),
    }


def triggers() -> dict[str, str]:
    return {
        "stress": _t("Stress or anxiety"),
        "poor_sleep": _t("Poor sleep"),
        "medication": _t("Medication"),
        "dehydration": _t("Not enough to drink"),
        "poor_diet": _t("Poor diet"),
        "infection": _t("Infection"),
        "constipation": _t("Constipation"),
        "bladder": _t("Full bladder"),
        "skin": _t("Skin problem or pressure"),
        "pain": _t("Pain elsewhere"),
        "cold": _t("Cold"),
        "fatigue": _t("Tiredness"),
        "positioning": _t("Position or posture"),
        "splint_fit": _t("Splint or brace fit"),
        "missed_dose": _t("Missed dose"),
        "other": _t("Something else"),
    }


def relief() -> dict[str, str]:
    return {
        "stretching": _t("Stretching"),
        "splint": _t("Splint"),
        "brace": _t("Brace"),
        "medication": _t("Medication"),
        "rest": _t("Rest"),
        "massage": _t("Massage"),
        "warmth": _t("Warmth"),
        "repositioning": _t("Changing position"),
        "distraction": _t("Distraction"),
        "none": _t("Nothing helped"),
    }


def activities() -> dict[str, str]:
    return {
        "resting": _t("Resting"),
        "sleeping": _t("Sleeping"),
        "eating": _t("Eating"),
        "dressing": _t("Dressing"),
        "grooming": _t("Grooming"),
        "bathing": _t("Bathing"),
        "walking": _t("Walking"),
        "transfer": _t("Moving between bed, chair or toilet"),
        "therapy": _t("Therapy or exercises"),
        "writing": _t("Writing"),
        "other": _t("Something else"),
    }


def observed_by() -> dict[str, str]:
    return {"caregiver": _t("I saw it"), "person": _t("They told me")}


def severities() -> dict[int, str]:
    return {1: _t("Mild"), 2: _t("Moderate"), 3: _t("Severe")}


def severity_meanings() -> dict[int, str]:
    """Penn Spasm Frequency Scale severity, in plain words."""
    return {
        1: _t("Mild: noticeable, but it does not get in the way."),
        2: _t("Moderate: it gets in the way of what they were doing."),
        3: _t("Severe: strong enough to stop them or move the limb."),
    }


def causes() -> dict[str, str]:
    return {"stroke": _t("Stroke"), "brain_injury": _t("Brain injury"), "other": _t("Other")}


def affected_sides() -> dict[str, str]:
    return {"left": _t("Left side"), "right": _t("Right side"), "both": _t("Both sides")}


def quality() -> dict[str, str]:
    """For sleep quality and meals."""
    return {"poor": _t("Poor"), "fair": _t("Fair"), "good": _t("Good")}


def moods() -> dict[str, str]:
    return {
        "very_low": _t("Very low"),
        "low": _t("Low"),
        "okay": _t("Okay"),
        "good": _t("Good"),
        "very_good": _t("Very good"),
    }


def region(code: str) -> str:
    return regions().get(code, code)


def side(code: str) -> str:
    return sides().get(code, code)


def kind(code: str) -> str:
    return kinds().get(code, code)


def trigger(code: str) -> str:
    return triggers().get(code, code)


def remedy(code: str) -> str:
    return relief().get(code, code)


def activity(code: str) -> str:
    return activities().get(code, code)


def where(region_code: str, side_code: str) -> str:
    """E.g. "Left hand", "Hand, both sides"."""
    name = region(region_code)
    if side_code == "both":
        return _t("%1, both sides").replace("%1", name)
    if side_code == "left":
        return _t("Left %1").replace("%1", name.lower())
    if side_code == "right":
        return _t("Right %1").replace("%1", name.lower())
    return name
