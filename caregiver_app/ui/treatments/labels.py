"""Translated labels for the treatment codes (services/treatment_codes.py), built when called."""

from __future__ import annotations

from caregiver_app.words import tr


def schedules() -> dict[str, str]:
    return {"regular": tr("Regular"), "as_needed": tr("As needed")}


def purposes() -> dict[str, str]:
    return {
        "spasms": tr("To ease spasms or stiffness"),
        "pain": tr("For pain"),
        "sleep": tr("For sleep"),
        "mood": tr("For mood"),
        "seizures": tr("For seizures"),
        "bladder": tr("For the bladder"),
        "other": tr("Something else"),
    }


def therapy_kinds() -> dict[str, str]:
    return {
        "physical": tr("Physical therapy"),
        "occupational": tr("Occupational therapy"),
        "speech": tr("Speech therapy"),
        "home_exercise": tr("Home exercise"),
    }


def injection_sides() -> dict[str, str]:
    return {"left": tr("Left"), "right": tr("Right"), "both": tr("Both sides")}


def mas_sides() -> dict[str, str]:
    return {"left": tr("Left"), "right": tr("Right")}


def mas_meanings() -> dict[str, str]:
    """The Modified Ashworth Scale, each score with its meaning in plain words."""
    return {
        "0": tr("No increase in muscle tone."),
        "1": tr("Slight increase: a catch and release at the end of the range of movement."),
        "1+": tr(
            "Slight increase: a catch, then minimal resistance through less than half the range."
        ),
        "2": tr(
            "More marked increase through most of the range, but the limb is still moved easily."
        ),
        "3": tr("Considerable increase: passive movement is difficult."),
        "4": tr("The part is rigid in bending or straightening."),
    }


def muscle_groups() -> dict[str, str]:
    return {
        "shoulder_adductors": tr("Shoulder (pulling in)"),
        "elbow_flexors": tr("Elbow benders"),
        "elbow_extensors": tr("Elbow straighteners"),
        "forearm_pronators": tr("Forearm (turning palm down)"),
        "wrist_flexors": tr("Wrist benders"),
        "finger_flexors": tr("Finger benders"),
        "thumb_flexors": tr("Thumb"),
        "hip_adductors": tr("Hip (pulling the legs together)"),
        "hip_flexors": tr("Hip benders"),
        "knee_flexors": tr("Knee benders (hamstrings)"),
        "knee_extensors": tr("Knee straighteners (quadriceps)"),
        "ankle_plantarflexors": tr("Calf (pointing the foot)"),
        "toe_flexors": tr("Toe benders"),
    }


def gas_scores() -> dict[int, str]:
    """Goal Attainment Scaling at a follow-up."""
    return {
        -2: tr("−2  Much less than expected"),
        -1: tr("−1  Less than expected"),
        0: tr("0  As expected"),
        1: tr("+1  More than expected"),
        2: tr("+2  Much more than expected"),
    }


def gas_short(score: int) -> str:
    """−2, −1, 0, +1, +2 (with a true minus sign)."""
    return f"{score:+d}".replace("-", "−") if score else "0"


def field_names() -> dict[str, str]:
    """What each service field is called in the forms, for problems shown under a form."""
    return {
        "name": tr("Name"),
        "dose": tr("Dose"),
        "unit": tr("Unit"),
        "how_often": tr("How often"),
        "schedule": tr("Regular or as needed"),
        "purpose": tr("What it is for"),
        "started_on": tr("Started"),
        "stopped_on": tr("Stopped"),
        "side_effects": tr("Side effects noticed"),
        "notes": tr("Notes"),
        "note": tr("Note"),
        "day": tr("Date"),
        "taken": tr("Time taken"),
        "medication": tr("Medication"),
        "muscles": tr("Muscles or area"),
        "side": tr("Side"),
        "product": tr("Product"),
        "clinician": tr("Clinician"),
        "goals": tr("Goals"),
        "goal": tr("Goal"),
        "score": tr("Score"),
        "kind": tr("Kind"),
        "minutes": tr("Minutes"),
        "willingness": tr("Willingness"),
        "pain": tr("Pain"),
        "home_exercise": tr("Home exercise"),
        "splint": tr("Splint wear"),
        "muscle_group": tr("Muscle group"),
        "purpose_visit": tr("Purpose"),
        "questions": tr("Questions"),
        "notes_after": tr("Notes afterwards"),
        "injection": tr("Injection"),
        "happened": tr("When it happened"),
        "regions": tr("Body regions"),
    }
