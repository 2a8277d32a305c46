"""Translated labels for the treatment codes (services/treatment_codes.py), built when called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TreatmentLabels", text)


def schedules() -> dict[str, str]:
    return {"regular": _t("Regular"), "as_needed": _t("As needed")}


def purposes() -> dict[str, str]:
    return {
        "spasms": _t("To ease spasms or stiffness"),
        "pain": _t("For pain"),
        "sleep": _t("For sleep"),
        "mood": _t("For mood"),
        "seizures": _t("For seizures"),
        "bladder": _t("For the bladder"),
        "other": _t("Something else"),
    }


def therapy_kinds() -> dict[str, str]:
    return {
        "physical": _t("Physical therapy"),
        "occupational": _t("Occupational therapy"),
        "speech": _t("Speech therapy"),
        "home_exercise": _t("Home exercise"),
    }


def injection_sides() -> dict[str, str]:
    return {"left": _t("Left"), "right": _t("Right"), "both": _t("Both sides")}


def mas_sides() -> dict[str, str]:
    return {"left": _t("Left"), "right": _t("Right")}


def mas_meanings() -> dict[str, str]:
    """The Modified Ashworth Scale, each score with its meaning in plain words."""
    return {
        "0": _t("No increase in muscle tone."),
        "1": _t("Slight increase: a catch and release at the end of the range of movement."),
        "1+": _t(
            "Slight increase: a catch, then minimal resistance through less than half the range."
        ),
        "2": _t(
            "More marked increase through most of the range, but the limb is still moved easily."
        ),
        "3": _t("Considerable increase: passive movement is difficult."),
        "4": _t("The part is rigid in bending or straightening."),
    }


def muscle_groups() -> dict[str, str]:
    return {
        "shoulder_adductors": _t("Shoulder (pulling in)"),
        "elbow_flexors": _t("Elbow benders"),
        "elbow_extensors": _t("Elbow straighteners"),
        "forearm_pronators": _t("Forearm (turning palm down)"),
        "wrist_flexors": _t("Wrist benders"),
        "finger_flexors": _t("Finger benders"),
        "thumb_flexors": _t("Thumb"),
        "hip_adductors": _t("Hip (pulling the legs together)"),
        "hip_flexors": _t("Hip benders"),
        "knee_flexors": _t("Knee benders (hamstrings)"),
        "knee_extensors": _t("Knee straighteners (quadriceps)"),
        "ankle_plantarflexors": _t("Calf (pointing the foot)"),
        "toe_flexors": _t("Toe benders"),
    }


def gas_scores() -> dict[int, str]:
    """Goal Attainment Scaling at a follow-up."""
    return {
        -2: _t("−2  Much less than expected"),
        -1: _t("−1  Less than expected"),
        0: _t("0  As expected"),
        1: _t("+1  More than expected"),
        2: _t("+2  Much more than expected"),
    }


def gas_short(score: int) -> str:
    """−2, −1, 0, +1, +2 (with a true minus sign)."""
    return f"{score:+d}".replace("-", "−") if score else "0"


def field_names() -> dict[str, str]:
    """What each service field is called in the forms, for problems shown under a form."""
    return {
        "name": _t("Name"),
        "dose": _t("Dose"),
        "unit": _t("Unit"),
        "how_often": _t("How often"),
        "schedule": _t("Regular or as needed"),
        "purpose": _t("What it is for"),
        "started_on": _t("Started"),
        "stopped_on": _t("Stopped"),
        "side_effects": _t("Side effects noticed"),
        "notes": _t("Notes"),
        "note": _t("Note"),
        "day": _t("Date"),
        "taken": _t("Time taken"),
        "medication": _t("Medication"),
        "muscles": _t("Muscles or area"),
        "side": _t("Side"),
        "product": _t("Product"),
        "clinician": _t("Clinician"),
        "goals": _t("Goals"),
        "goal": _t("Goal"),
        "score": _t("Score"),
        "kind": _t("Kind"),
        "minutes": _t("Minutes"),
        "willingness": _t("Willingness"),
        "pain": _t("Pain"),
        "home_exercise": _t("Home exercise"),
        "splint": _t("Splint wear"),
        "muscle_group": _t("Muscle group"),
        "purpose_visit": _t("Purpose"),
        "questions": _t("Questions"),
        "notes_after": _t("Notes afterwards"),
        "injection": _t("Injection"),
    }
