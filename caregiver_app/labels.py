"""Friendly, translated labels for the stable codes stored in the database (QtCore only: used by ui and report).

Each function builds its table when called, so a language change takes effect at once.
"""

from __future__ import annotations

from caregiver_app.words import tr


def regions() -> dict[str, str]:
    return {
        "face": tr("Face"),
        "neck": tr("Neck"),
        "shoulder": tr("Shoulder"),
        "upper_arm": tr("Upper arm"),
        "elbow": tr("Elbow"),
        "forearm": tr("Forearm"),
        "wrist": tr("Wrist"),
        "hand": tr("Hand"),
        "fingers": tr("Fingers"),
        "trunk": tr("Trunk"),
        "hip": tr("Hip"),
        "thigh": tr("Thigh"),
        "knee": tr("Knee"),
        "calf": tr("Calf"),
        "ankle": tr("Ankle"),
        "foot": tr("Foot"),
        "toes": tr("Toes"),
    }


def sides() -> dict[str, str]:
    return {"left": tr("Left"), "right": tr("Right"), "both": tr("Both sides")}


def kinds() -> dict[str, str]:
    return {
        "twitch": tr("Twitch"),
        "spasm": tr("Spasm"),
        "cramp": tr("Cramp"),
        "stiffness": tr("Stiffness"),
        "clonus": tr("Clonus"),
    }


def triggers() -> dict[str, str]:
    return {
        "stress": tr("Stress or anxiety"),
        "poor_sleep": tr("Poor sleep"),
        "medication": tr("Medication"),
        "dehydration": tr("Not enough to drink"),
        "poor_diet": tr("Poor diet"),
        "infection": tr("Infection"),
        "constipation": tr("Constipation"),
        "bladder": tr("Full bladder"),
        "skin": tr("Skin problem or pressure"),
        "pain": tr("Pain elsewhere"),
        "cold": tr("Cold"),
        "fatigue": tr("Tiredness"),
        "positioning": tr("Position or posture"),
        "splint_fit": tr("Splint or brace fit"),
        "missed_dose": tr("Missed dose"),
        "other": tr("Something else"),
    }


def relief() -> dict[str, str]:
    return {
        "stretching": tr("Stretching"),
        "splint": tr("Splint"),
        "brace": tr("Brace"),
        "medication": tr("Medication"),
        "rest": tr("Rest"),
        "massage": tr("Massage"),
        "warmth": tr("Warmth"),
        "repositioning": tr("Changing position"),
        "distraction": tr("Distraction"),
        "none": tr("Nothing helped"),
    }


def activities() -> dict[str, str]:
    return {
        "resting": tr("Resting"),
        "sleeping": tr("Sleeping"),
        "eating": tr("Eating"),
        "dressing": tr("Dressing"),
        "grooming": tr("Grooming"),
        "bathing": tr("Bathing"),
        "walking": tr("Walking"),
        "transfer": tr("Moving between bed, chair or toilet"),
        "therapy": tr("Therapy or exercises"),
        "writing": tr("Writing"),
        "other": tr("Something else"),
    }


def observed_by() -> dict[str, str]:
    return {"caregiver": tr("I saw it"), "person": tr("They told me")}


def severities() -> dict[int, str]:
    return {1: tr("Mild"), 2: tr("Moderate"), 3: tr("Severe")}


def severity_meanings() -> dict[int, str]:
    """Penn Spasm Frequency Scale severity, in plain words."""
    return {
        1: tr("Mild: noticeable, but it does not get in the way."),
        2: tr("Moderate: it gets in the way of what they were doing."),
        3: tr("Severe: strong enough to stop them or move the limb."),
    }


def causes() -> dict[str, str]:
    return {"stroke": tr("Stroke"), "brain_injury": tr("Brain injury"), "other": tr("Other")}


def affected_sides() -> dict[str, str]:
    return {"left": tr("Left side"), "right": tr("Right side"), "both": tr("Both sides")}


def quality() -> dict[str, str]:
    """For sleep quality and meals."""
    return {"poor": tr("Poor"), "fair": tr("Fair"), "good": tr("Good")}


def moods() -> dict[str, str]:
    return {
        "very_low": tr("Very low"),
        "low": tr("Low"),
        "okay": tr("Okay"),
        "good": tr("Good"),
        "very_good": tr("Very good"),
    }


def region(code: str) -> str:
    return regions().get(code, code)


def side(code: str) -> str:
    return sides().get(code, code)


def not_recorded() -> str:
    """What the window and the report show for an answer that was left out."""
    return tr("Not recorded")


def kind(code: str | None) -> str:
    return not_recorded() if code is None else kinds().get(code, code)


def trigger(code: str) -> str:
    return triggers().get(code, code)


def remedy(code: str) -> str:
    return relief().get(code, code)


def activity(code: str) -> str:
    return activities().get(code, code)


def where(region_code: str, side_code: str) -> str:
    """E.g. "Left hand", "Hand, both sides" (a translation may put the region first)."""
    name = region(region_code)
    templates = {"both": tr("%1, both sides"), "left": tr("Left %1"), "right": tr("Right %1")}
    template = templates.get(side_code)
    if template is None:
        return name
    # Mid-sentence the region is lower case ("Left hand"); first in a translation it keeps its capital.
    return template.replace("%1", name if template.startswith("%1") else name.lower())
