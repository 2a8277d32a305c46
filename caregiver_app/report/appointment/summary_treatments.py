"""Page 1's treatment lines: medications now (dose, how often, the daily total and the day
that dose began), dose changes and stops in the period, side effects, the last injection with
weeks since and how the latest cycle went against the one before, and the next appointment.
"""

from __future__ import annotations

from caregiver_app import labels
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.clinical import CycleLine
from caregiver_app.services.report_data.treatments import (
    DoseChangeLine,
    MedicationLine,
    StoppedLine,
)
from caregiver_app.words import (
    as_html,
    date_text,
    episodes_words,
    fill,
    number,
    tr,
    whole,
)


def _medication_line(line: MedicationLine) -> str:
    words = " ".join(part for part in (line.name, line.dose) if part)
    if line.as_needed:
        words += ", " + tr("as needed")
        if line.doses_in_period:
            words += " " + fill(tr("(%1 doses logged in the period)"), whole(line.doses_in_period))
        return as_html(words + ".")
    if line.how_often:
        words += f", {line.how_often}"
    if line.daily_total:
        words += " " + fill(tr("(%1 a day)"), line.daily_total)
    if line.dose_since is not None:
        words += "; " + fill(tr("this dose since %1"), date_text(line.dose_since))
    text = as_html(words + ".")
    if line.side_effects:
        side_effects = line.side_effects.rstrip(". ")
        text += " " + as_html(fill(tr("Side effects noted: %1"), side_effects) + ".")
    return text


def _change_line(change: DoseChangeLine) -> str:
    words = fill(
        tr("%1: %2 from %3 to %4"),
        date_text(change.day),
        change.name,
        change.before or "?",
        change.after,
    )
    note = change.note.rstrip(". ")
    return as_html(words + (f" ({note})" if note else "") + ".")


def _stopped_line(stop: StoppedLine) -> str:
    words = fill(tr("%1: %2 %3 stopped"), date_text(stop.day), stop.name, stop.dose).strip()
    words = words.replace("  ", " ")
    if stop.reason:
        words += ". " + fill(tr("Reason: %1"), stop.reason.rstrip(". "))
    if stop.side_effects:
        words += ". " + fill(tr("Side effects noted: %1"), stop.side_effects.rstrip(". "))
    return as_html(words + ".")


def week_words(week: int | None) -> str:
    """Week N is N weeks after the injection (week 0: the injection day and the 6 after it),
    as the window's cycle view counts them."""
    return "\u2014" if week is None else fill(tr("week %1"), whole(week))


def cycle_words(cycle: CycleLine) -> str:
    """'fell from week 3, lowest in week 6 (2 episodes; 9.5 a week before), back by week 11'."""
    if cycle.lowest_week is None:
        return tr("no complete week yet")
    parts = [
        fill(tr("fell from %1"), week_words(cycle.fell_week))
        if cycle.fell_week is not None
        else tr("did not fall below 80% of the weeks before"),
        fill(
            tr("lowest in %1 (%2, against %3 a week in the 4 weeks before the injection)"),
            week_words(cycle.lowest_week),
            episodes_words(cycle.lowest or 0),
            number(cycle.before_per_week),
        ),
    ]
    if cycle.back_week is not None:
        parts.append(fill(tr("back by %1"), week_words(cycle.back_week)))
    elif cycle.fell_week is not None and cycle.next_day is not None:
        parts.append(fill(tr("not back before the next injection (%1)"), date_text(cycle.next_day)))
    elif cycle.fell_week is not None:
        parts.append(tr("not back yet"))
    return ", ".join(parts)


def _injections(data: ReportData) -> str:
    treatments = data.treatments
    assert treatments is not None and treatments.last_injection is not None
    last = treatments.last_injection
    weeks = (data.made_on - last.day).days // 7
    side = labels.sides().get(last.side, last.side).lower()
    what = ", ".join(part for part in (last.muscles, side, last.product, last.dose) if part)
    text = as_html(fill(tr("%1 (%2 weeks ago): %3."), date_text(last.day), whole(weeks), what))
    cycles = data.clinical.cycles
    if cycles:
        latest = cycles[-1]
        line = fill(
            tr("Episodes in the injected regions and side after %1: %2."),
            date_text(latest.day),
            cycle_words(latest),
        )
        if len(cycles) > 1:
            line += " " + fill(
                tr("After %1: %2."), date_text(cycles[-2].day), cycle_words(cycles[-2])
            )
        text += "<br/>" + as_html(line)
    return text


def treatment_rows(data: ReportData) -> list[tuple[str, str]]:
    treatments = data.treatments
    if treatments is None:
        return []
    rows = []
    if treatments.medications:
        lines = "<br/>".join(_medication_line(m) for m in treatments.medications)
        rows.append((tr("Medications now"), lines))
    if treatments.dose_changes:
        lines = "<br/>".join(_change_line(c) for c in treatments.dose_changes)
        rows.append((tr("Dose changes"), lines))
    if treatments.stopped:
        lines = "<br/>".join(_stopped_line(s) for s in treatments.stopped)
        rows.append((tr("Stopped"), lines))
    if treatments.last_injection is not None:
        rows.append((tr("Last injection"), _injections(data)))
    return rows
