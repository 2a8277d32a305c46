"""The treatments pages of the appointment report: the injection cycle chart (counting only
the episodes in the injected body regions and side), goal attainment per goal with the GAS
T-score, and the latest Modified Ashworth score of each muscle group and side beside the one
before it. Numbers come from `services.report_data.clinical`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app import labels
from caregiver_app.report.appointment.style import CSS, caption_block, heading_block
from caregiver_app.report.appointment.summary_treatments import cycle_words
from caregiver_app.report.blocks import Block, Drawing, RichText
from caregiver_app.report.charts.cycles import draw_cycles
from caregiver_app.report.tables import Column, Row, Table, TableStyle
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.clinical import GAS_RHO
from caregiver_app.words import as_html, date_text, fill, number, tr

GAS_WORDS = {-2: "\u22122", -1: "\u22121", 0: "0", 1: "+1", 2: "+2"}


def muscle_group(code: str) -> str:
    """Muscle groups by their clinical names (the report is read by the clinic)."""
    return {
        "shoulder_adductors": tr("Shoulder adductors"),
        "elbow_flexors": tr("Elbow flexors"),
        "elbow_extensors": tr("Elbow extensors"),
        "forearm_pronators": tr("Forearm pronators"),
        "wrist_flexors": tr("Wrist flexors"),
        "finger_flexors": tr("Finger flexors"),
        "thumb_flexors": tr("Thumb flexors"),
        "hip_adductors": tr("Hip adductors"),
        "hip_flexors": tr("Hip flexors"),
        "knee_flexors": tr("Knee flexors"),
        "knee_extensors": tr("Knee extensors"),
        "ankle_plantarflexors": tr("Ankle plantar flexors"),
        "toe_flexors": tr("Toe flexors"),
    }.get(code, code)


def _regions_text(regions: tuple[str, ...], side: str) -> str:
    if not regions:
        return tr("every body region (the injection names no region)")
    names = ", ".join(labels.region(r).lower() for r in regions)
    side_name = labels.sides().get(side, side).lower()
    return fill(tr("%1; %2"), names, side_name)


def _cycle_blocks(data: ReportData) -> list[Block]:
    from caregiver_app.services.injections import USUAL_PEAK_WEEKS, USUAL_WEARING_OFF_WEEK

    cycles = data.clinical.cycles
    if not cycles:
        return []
    latest = cycles[-1]
    series = [(date_text(c.day), c.weekly) for c in cycles]
    caption = fill(
        tr(
            "One line for each injection, by its date: the episodes of each week after it, "
            "counting only the injected regions and side (%1). Shaded: the usual peak (weeks "
            "%2 to %3); hatched: the usual wearing off (from week %4). Weeks not over yet, or "
            "after the next injection, have no point."
        ),
        _regions_text(latest.regions, latest.side),
        str(USUAL_PEAK_WEEKS[0]),
        str(USUAL_PEAK_WEEKS[1]),
        str(USUAL_WEARING_OFF_WEEK),
    )
    words = "<br/>".join(
        as_html(fill(tr("Injection of %1: %2."), date_text(c.day), cycle_words(c)))
        for c in reversed(cycles)
    )
    return [
        heading_block(tr("Injection cycles"), 2, 6),
        caption_block(caption),
        Drawing(
            lambda p, r, m: draw_cycles(p, r, m, series, USUAL_PEAK_WEEKS, USUAL_WEARING_OFF_WEEK),
            62,
        ),
        RichText(f'<p class="small">{words}</p>', CSS),
    ]


def _goal_blocks(data: ReportData) -> list[Block]:
    blocks: list[Block] = []
    for goal_set in data.clinical.goals:
        days = sorted({day for g in goal_set.goals for day, _ in g.scores})
        columns = [Column(tr("Goal (the expected outcome, score 0)"), 3.0)]
        columns += [Column(tr("Baseline"), fit=True)]
        columns += [
            # one line: a date broken into "13 / May / 2026" is read as three things
            Column(
                date_text(day).replace(" ", "\u00a0"),
                align=Qt.AlignmentFlag.AlignCenter,
                fit=True,
            )
            for day in days
        ]
        rows = []
        for goal in goal_set.goals:
            scored = dict(goal.scores)
            baseline = (
                tr("not recorded")
                if goal.baseline is None
                else GAS_WORDS.get(goal.baseline, str(goal.baseline))
            )
            cells = [goal.goal, baseline]
            cells += [GAS_WORDS.get(scored[d], str(scored[d])) if d in scored else "" for d in days]
            rows.append(Row(tuple(cells)))
        if goal_set.t_scores:
            t_by_day = dict(goal_set.t_scores)
            cells = [tr("GAS T-score"), ""]
            cells += [number(t_by_day[d]) if d in t_by_day else "" for d in days]
            rows.append(Row(tuple(cells), bold=True))
        caption = fill(
            tr("Goals of the injection of %1, scored at follow-up."),
            date_text(goal_set.injection_day),
        )
        if not days:
            caption += " " + tr("No follow-up scores yet.")
        if not blocks:
            blocks.append(heading_block(tr("Goal attainment"), 3, 3))
        blocks += [caption_block(caption), Table(columns, rows, TableStyle())]
    if blocks:
        blocks.append(
            caption_block(
                fill(
                    tr(
                        "Scores: \u22122 much less than expected, \u22121 less, 0 as expected, "
                        "+1 more, +2 much more. GAS T-score (Kiresuk and Sherman) with every goal "
                        "weighted the same and an inter-goal correlation of %1: 50 means the "
                        "goals were met as expected on the whole."
                    ),
                    number(GAS_RHO),
                )
            )
        )
    return blocks


def _ashworth_blocks(data: ReportData) -> list[Block]:
    lines = data.clinical.ashworth
    if not lines:
        return []
    columns = [
        Column(tr("Muscle group"), 2.0),
        Column(tr("Side"), fit=True),
        Column(tr("Latest"), fit=True),
        Column(tr("Previous"), fit=True),
    ]
    rows = []
    for line in lines:
        latest = f"{line.latest[1]} ({date_text(line.latest[0])})"
        previous = (
            "" if line.previous is None else f"{line.previous[1]} ({date_text(line.previous[0])})"
        )
        rows.append(
            Row(
                (
                    muscle_group(line.muscle_group),
                    labels.sides().get(line.side, line.side),
                    latest,
                    previous,
                )
            )
        )
    return [
        heading_block(tr("Modified Ashworth Scale"), 3, 3),
        caption_block(
            tr(
                "The latest score of each muscle group and side beside the one before it "
                "(0 no increase in tone, 1, 1+, 2, 3, 4 rigid), as scored by the clinician."
            )
        ),
        Table(columns, rows, TableStyle()),
    ]


def treatment_blocks(data: ReportData) -> list[Block]:
    blocks = _cycle_blocks(data) + _goal_blocks(data) + _ashworth_blocks(data)
    if not blocks:
        return []
    return blocks
