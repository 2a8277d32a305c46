"""The lines of page 1's table, in words: how often, how bad, better or worse (`change_words`
is also the Reports page's), the Penn Spasm Frequency Scale, where, possible triggers,
therapy, medications and the last injection. Each line is HTML with every typed or
translated string escaped.
"""

from __future__ import annotations

from caregiver_app import labels
from caregiver_app.insight_text import describe
from caregiver_app.report.words import (
    as_html,
    date_text,
    days_words,
    episodes_words,
    fill,
    number,
    percent,
    since_text,
    span_text,
    tr,
    whole,
)
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.treatments import InjectionLine, MedicationLine


def frequency_words(score: int) -> str:
    """Penn Spasm Frequency Scale frequency, in the words of services.scales."""
    return {
        0: tr("no spasms"),
        1: tr("spasms only when touched or moved"),
        2: tr("spasms less than once an hour"),
        3: tr("spasms once an hour or more"),
        4: tr("spasms more than 10 times an hour"),
    }[score]


def change_words(data: ReportData) -> str:
    """'down 18% from the previous 30 days' (or the reason there is no comparison)."""
    comparison = data.comparison
    days = comparison.previous.days
    if not comparison.comparable or comparison.figures is None:
        if comparison.diary_start is None:
            return tr("no earlier entries to compare with")
        return fill(tr("no comparison: the diary starts on %1"), date_text(comparison.diary_start))
    before = comparison.figures
    if comparison.rate_change is None:
        return fill(
            tr("%1 in the previous %2 days (too few for a percentage)"),
            episodes_words(before.episodes),
            whole(days),
        )
    change = comparison.rate_change
    size = whole(round(abs(change) * 100))
    if size == "0":
        return fill(tr("about the same as the previous %1 days"), whole(days))
    if change < 0:
        return fill(tr("down %1% from the previous %2 days"), size, whole(days))
    return fill(tr("up %1% from the previous %2 days"), size, whole(days))


def in_days(data: ReportData) -> str:
    """'in 30 days', or 'in the 180 days of the diary' when it started during the period."""
    if data.covered == data.period:
        return fill(tr("in %1"), days_words(data.period.days))
    return fill(tr("in the %1 since the diary started"), days_words(data.covered.days))


def _how_often(data: ReportData) -> str:
    f = data.figures
    text = episodes_words(f.episodes) + " " + in_days(data)
    if f.per_day is not None and f.per_week is not None:
        text += ": " + fill(tr("%1 a day, %2 a week"), number(f.per_day), number(f.per_week))
    text += "."
    if f.includes_incomplete_day and f.rate_days:
        text += " " + fill(
            tr("Rates use the %1 complete days (today is not over)."), whole(f.rate_days)
        )
    return as_html(text)


def _how_bad(data: ReportData) -> str:
    f = data.figures
    if not f.episodes:
        return as_html(tr("No episodes."))
    mild, moderate, severe = f.severity_counts
    text = fill(
        tr("Mild %1, moderate %2, severe %3. Mean severity %4."),
        whole(mild),
        whole(moderate),
        whole(severe),
        number(f.severity_mean or 0),
    )
    if f.pain_recorded and f.pain_mean is not None:
        text += " " + fill(
            tr("Mean pain %1 out of 10 (recorded for %2 of %3); 7 or more in %4 (%5)."),
            number(f.pain_mean),
            whole(f.pain_recorded),
            whole(f.episodes),
            whole(f.pain_high),
            percent(f.pain_high_share or 0),
        )
    else:
        text += " " + tr("No pain scores were recorded.")
    return as_html(text)


def _better_or_worse(data: ReportData) -> str:
    comparison = data.comparison
    before = comparison.figures
    now = data.figures
    if not comparison.comparable or before is None:
        return as_html(change_words(data)[:1].upper() + change_words(data)[1:] + ".")
    parts = [
        fill(
            tr("Against the previous %1 (%2):"),
            days_words(comparison.previous.days),
            span_text(comparison.previous),
        )
    ]
    if now.per_week is not None and before.per_week is not None:
        rate = fill(
            tr("%1 episodes a week against %2"), number(now.per_week), number(before.per_week)
        )
        parts.append(f"{rate} ({change_words(data)});")
    if now.severity_mean is not None and before.severity_mean is not None:
        parts.append(
            fill(
                tr("mean severity %1 against %2;"),
                number(now.severity_mean),
                number(before.severity_mean),
            )
        )
    if now.pain_mean is not None and before.pain_mean is not None:
        parts.append(
            fill(tr("mean pain %1 against %2."), number(now.pain_mean), number(before.pain_mean))
        )
    if len(parts) == 1:
        return as_html(tr("No complete day to compare yet."))
    text = " ".join(parts).rstrip(";")
    return as_html(text if text.endswith(".") else text + ".")


def _where(data: ReportData) -> str:
    regions = data.dashboard.regions[:3]
    if not regions:
        return as_html(tr("No episodes."))
    side_names = labels.sides()
    items = []
    for region in regions:
        sides = [
            f"{side_names[s].lower()} {whole(region.by_side(s))}"
            for s in ("left", "right", "both")
            if region.by_side(s)
        ]
        items.append(f"{labels.region(region.region)} {whole(region.total)} ({', '.join(sides)})")
    return as_html("; ".join(items) + ".")


def _why(data: ReportData) -> str:
    parts: list[str] = []
    counts = data.dashboard.triggers
    if data.triggers:
        listed = ", ".join(
            fill(tr("%1 %2 (%3)"), labels.trigger(t.code), whole(t.episodes), percent(t.share))
            for t in data.triggers
        )
        parts.append(as_html(fill(tr("Noted as suspected triggers: %1."), listed)))
        if counts.without_trigger:
            parts.append(
                as_html(
                    fill(
                        tr("%1 had no trigger noted."),
                        percent(counts.without_trigger / counts.episodes),
                    )
                )
            )
    elif data.figures.episodes:
        parts.append(as_html(tr("No triggers were noted.")))
    clear = [i for i in data.insights if i.clear]
    if clear:
        parts.append(
            "<br/>"
            + as_html(tr("From the daily check-ins:"))
            + " "
            + " ".join(as_html(describe(i)) for i in clear)
        )
    elif any(i.enough_data for i in data.insights):
        parts.append(
            "<br/>"
            + as_html(
                tr(
                    "The daily check-ins show no clear difference with sleep, stress, fluids, "
                    "meals or exercises in this period."
                )
            )
        )
    caveat = tr("Links are not proof of causes.")
    parts.append(f'<br/><span class="quiet">{as_html(caveat)}</span>')
    return " ".join(parts)


def _scale_row(data: ReportData) -> str:
    s = data.scales
    frequency = fill(
        tr("Frequency %1: %2."), str(s.psfs_frequency), frequency_words(s.psfs_frequency)
    )
    severity = ""
    if s.psfs_severity is not None:
        name = labels.severities()[s.psfs_severity]
        severity = " " + fill(
            tr("Severity %1: %2 (the most common)."), str(s.psfs_severity), name.lower()
        )
    count = " " + fill(tr("24-hour spasm count: %1 a day on average."), number(s.spasms_per_day))
    recall = fill(
        tr("Recall period: the %1 from %2."),
        days_words(s.period.days),
        span_text(s.period),
    )
    if s.period.days == 1:
        recall = fill(tr("Recall period: %1."), date_text(s.period.first_day))
    basis = tr(
        "Estimated from the diary (twitches, spasms, cramps and clonus; stiffness is not "
        "counted), not scored by a clinician."
    )
    if s.kind_not_recorded:
        basis += " " + fill(
            tr("Counted episodes with no kind recorded: %1."), whole(s.kind_not_recorded)
        )
    return (
        as_html(frequency + severity + count)
        + f'<br/><span class="quiet">{as_html(recall + " " + basis)}</span>'
    )


def _therapy(data: ReportData) -> str:
    t = data.therapy
    parts = []
    if not t.checkin_days:
        parts.append(tr("no daily check-ins in this period"))
    if t.therapy.recorded:
        parts.append(
            fill(tr("therapy on %1 of %2"), whole(t.therapy.yes), days_words(t.therapy.recorded))
        )
    if t.exercises.recorded:
        parts.append(
            fill(
                tr("exercises done on %1 of %2"),
                whole(t.exercises.yes),
                days_words(t.exercises.recorded),
            )
        )
    if t.willingness.value is not None:
        parts.append(
            fill(
                tr("willingness for therapy %1 out of 10 on average (%2)"),
                number(t.willingness.value),
                days_words(t.willingness.days),
            )
        )
    sessions = data.treatments.sessions if data.treatments is not None else None
    if sessions is not None:
        words = fill(
            tr("%1 therapy sessions logged (%2 minutes)"),
            whole(sessions.sessions),
            whole(sessions.minutes),
        )
        if sessions.mean_willingness is not None:
            words += " " + fill(
                tr("with willingness %1 out of 10"), number(sessions.mean_willingness)
            )
        parts.append(words)
    if not parts:
        return as_html(tr("Therapy was not recorded in the check-ins."))
    text = "; ".join(parts) + "."
    return as_html(text[:1].upper() + text[1:])


def _medication_line(line: MedicationLine) -> str:
    words = " ".join(part for part in (line.name, line.dose) if part)
    if line.as_needed:
        words += ", " + tr("as needed")
        if line.doses_in_period:
            words += " " + fill(tr("(%1 doses logged in the period)"), whole(line.doses_in_period))
    else:
        if line.how_often:
            words += f", {line.how_often}"
        if line.started_on is not None:
            words += " " + fill(tr("(since %1)"), date_text(line.started_on))
    return as_html(words)


def _injection_line(data: ReportData, line: InjectionLine) -> str:
    when = date_text(line.day)
    ago = since_text(line.day, data.made_on)
    side = labels.sides().get(line.side, line.side).lower()
    what = ", ".join(part for part in (line.muscles, side, line.product, line.dose) if part)
    return as_html(f"{when} ({ago}): {what}" if ago else f"{when}: {what}")


def _treatments(data: ReportData) -> list[tuple[str, str]]:
    treatments = data.treatments
    if treatments is None:
        return []
    rows = []
    if treatments.medications:
        lines = "<br/>".join(_medication_line(m) for m in treatments.medications)
        rows.append((tr("Medications now"), lines))
    if treatments.last_injection is not None:
        rows.append((tr("Last injection"), _injection_line(data, treatments.last_injection)))
    return rows


def summary_rows(data: ReportData) -> list[tuple[str, str]]:
    """(heading, HTML) for each line of page 1's table."""
    if data.is_empty:
        body = tr(
            "Nothing was recorded in this period: no episodes and no daily check-ins. "
            "Choose a longer period, or keep logging and print again before the appointment."
        )
        return [(tr("In this period"), as_html(body))]
    rows = [
        (tr("How often"), _how_often(data)),
        (tr("How bad"), _how_bad(data)),
        (tr("Better or worse"), _better_or_worse(data)),
    ]
    if data.figures.episodes:
        rows.append((tr("Penn Spasm Frequency Scale"), _scale_row(data)))
        rows.append((tr("Where"), _where(data)))
    rows.append((tr("Possible triggers"), _why(data)))
    rows.append((tr("Therapy"), _therapy(data)))
    return rows + _treatments(data)
