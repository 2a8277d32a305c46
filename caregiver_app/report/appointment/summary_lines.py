"""The lines of page 1's table, in words: how often, how bad, better or worse (`change_words`
is also the Reports page's), the Penn Spasm Frequency Scale, where, possible triggers,
therapy, medications and the last injection. Each line is HTML with every typed or
translated string escaped.
"""

from __future__ import annotations

from caregiver_app import labels
from caregiver_app.insight_text import describe
from caregiver_app.report.appointment.summary_treatments import treatment_rows
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.change import MIN_DAYS, Change
from caregiver_app.words import (
    as_html,
    date_text,
    days_words,
    fill,
    number,
    percent,
    span_text,
    tr,
    whole,
)

LINK_DAYS = 14  # days on each side before page 1 calls a check-in factor linked


def frequency_words(score: int) -> str:
    """Penn Spasm Frequency Scale frequency, in the words of services.scales."""
    return {
        0: tr("no spasms"),
        1: tr("spasms only when touched or moved"),
        2: tr("spasms less than once an hour"),
        3: tr("spasms once an hour or more"),
        4: tr("spasms more than 10 times an hour"),
    }[score]


def direction_words(change: Change) -> str:
    """'fewer: 1.1 a day against 2.6' (or 'more: ...', 'no clear change: ...')."""
    head = {"fewer": tr("fewer"), "more": tr("more"), "same": tr("no clear change")}
    return fill(
        tr("%1: %2 a day against %3"),
        head[change.direction],
        number(change.now.per_day),
        number(change.before.per_day),
    )


def change_words(data: ReportData) -> str:
    """The first comparison in a few words, for the tile and the Reports page."""
    if not data.changes:
        return fill(tr("fewer than %1 days of entries to compare"), whole(MIN_DAYS))
    return direction_words(data.changes[-1])


def _change_line(change: Change) -> str:
    """'<b>Fewer</b>: 1.1 a day in the last 4 weeks (...) against 2.6 in the 4 weeks before
    (...); 0.42 times as many, likely range 0.30 to 0.58.'"""
    verdict = {"fewer": tr("Fewer"), "more": tr("More"), "same": tr("No clear change")}
    template = {
        "recent": tr("%1 a day in the last 4 weeks (%2) against %3 in the 4 weeks before (%4)"),
        "previous": tr("%1 a day in this period (%2) against %3 in the period before it (%4)"),
        "halves": tr(
            "%1 a day in the second half of the diary's days in the period (%2) against %3 "
            "in the first half (%4)"
        ),
    }[change.kind]
    compared = fill(
        template,
        number(change.now.per_day),
        span_text(change.now.period),
        number(change.before.per_day),
        span_text(change.before.period),
    )
    rest = fill(
        tr("%1; %2 times as many, likely range %3 to %4."),
        compared,
        number(change.ratio, 2),
        number(change.low, 2),
        number(change.high, 2),
    )
    return f"<b>{as_html(verdict[change.direction])}</b>: {as_html(rest)}"


def in_days(data: ReportData) -> str:
    """'in 30 days', or 'in the 180 days of the diary' when it started during the period."""
    if data.covered == data.period:
        return fill(tr("in %1"), days_words(data.period.days))
    return fill(tr("in the %1 since the diary started"), days_words(data.covered.days))


def _how_often(data: ReportData) -> str:
    rate = data.frequency.rate
    if rate is None:
        return as_html(tr("No complete day yet: today is not over."))
    text = fill(
        tr(
            "%1 episodes a day (spasms, twitches, cramps and clonus): %2 on the %3 complete "
            "days from %4."
        ),
        number(rate.per_day),
        whole(rate.episodes),
        whole(rate.period.days),
        span_text(rate.period),
    )
    text += " " + fill(tr("Stiffness on %1 of those days."), whole(data.frequency.stiffness_days))
    if data.figures.includes_incomplete_day:
        text += " " + tr("Today is not counted: it is not over.")
    return as_html(text)


def severity_middle(counts: tuple[int, int, int]) -> int | None:
    """The middle value (median) of the severities: 1, 2 or 3; None without episodes."""
    total = sum(counts)
    if not total:
        return None
    seen = 0
    for level, n in zip((1, 2, 3), counts, strict=True):
        seen += n
        if seen * 2 >= total:
            return level
    return 3


def severity_spread(counts: tuple[int, int, int]) -> str:
    """'mild 43%, moderate 39%, severe 18%'."""
    total = sum(counts) or 1
    names = labels.severities()
    return ", ".join(
        f"{names[level].lower()} {percent(n / total)}"
        for level, n in zip((1, 2, 3), counts, strict=True)
    )


def _how_bad(data: ReportData) -> str:
    f = data.figures
    if not f.episodes:
        return as_html(tr("No episodes."))
    mild, moderate, severe = f.severity_counts
    middle = severity_middle(f.severity_counts) or 1
    text = fill(  # says what it counts: not the same episodes as the rate above it
        tr(
            "All %1 episodes of the period, stiffness included: mild %2, moderate %3, "
            "severe %4 (%5); the middle value is %6."
        ),
        whole(f.episodes),
        whole(mild),
        whole(moderate),
        whole(severe),
        severity_spread(f.severity_counts),
        labels.severities()[middle].lower(),
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
    meanings = " ".join(labels.severity_meanings().values())  # the episode form's words
    return as_html(text) + f'<br/><span class="quiet">{as_html(meanings)}</span>'


def _better_or_worse(data: ReportData) -> str:
    if not data.changes:
        return as_html(
            fill(
                tr("Fewer than %1 complete days of entries in this period: too few to compare."),
                whole(MIN_DAYS),
            )
        )
    return "<br/>".join(_change_line(c) for c in data.changes)


def _safety(data: ReportData) -> str:
    safety = data.safety
    if safety is None:
        return ""
    parts = []
    if safety.falls:
        hurt = sum(1 for f in safety.falls if f.injured)
        items = []
        for f in safety.falls:
            when = f.happened
            item = f"{date_text(when.date())} {when.hour:02d}:{when.minute:02d}, " + (
                tr("injured") if f.injured else tr("not injured")
            )
            items.append(item + (f" ({f.note.rstrip('.')})" if f.note else ""))
        parts.append(
            fill(
                tr("Falls: %1, %2 with an injury: %3."),
                whole(len(safety.falls)),
                whole(hurt),
                "; ".join(items),
            )
        )
    else:
        parts.append(tr("No falls logged."))
    if safety.nights_asked:
        parts.append(
            fill(
                tr("Woken by spasms on %1 of %2 nights answered in the check-ins."),
                whole(safety.nights_woken),
                whole(safety.nights_asked),
            )
        )
    return as_html(" ".join(parts))


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
    clear = [i for i in data.insights if i.clear and min(i.days_with, i.days_without) >= LINK_DAYS]
    if clear:
        parts.append(
            "<br/>"
            + as_html(tr("From the daily check-ins:"))
            + " "
            + " ".join(as_html(describe(i, caveat=False)) for i in clear)
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
    if data.insights:
        caveat = tr(
            "A link is not proof of a cause. Five factors are compared, so one of them may "
            "look linked by chance; a link is claimed only with at least 14 days on each side."
        )
        parts.append(f'<br/><span class="quiet">{as_html(caveat)}</span>')
    return " ".join(parts)


def _scale_row(data: ReportData) -> str:
    s = data.scales
    frequency = fill(
        tr("Frequency %1 (estimate): %2."), str(s.psfs_frequency), frequency_words(s.psfs_frequency)
    )
    severity = ""
    if s.psfs_severity is not None:
        name = labels.severities()[s.psfs_severity]
        severity = " " + fill(
            tr("Severity %1: %2 (the most common)."), str(s.psfs_severity), name.lower()
        )
    recall = fill(
        tr("Estimated from the last %1 (%2) of the diary, not scored by a clinician."),
        days_words(s.period.days),
        span_text(s.period),
    )
    basis = tr("Twitches, spasms, cramps and clonus count; stiffness does not.")
    if s.kind_not_recorded:
        basis += " " + fill(
            tr("Counted episodes with no kind recorded: %1."), whole(s.kind_not_recorded)
        )
    return (
        as_html(frequency + severity)
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


def summary_rows(data: ReportData) -> list[tuple[str, str]]:
    """(heading, HTML) for each line of page 1's table."""
    if data.is_empty:
        body = tr(
            "Nothing was recorded in this period: no episodes and no daily check-ins. "
            "Choose a longer period, or keep logging and print again before the appointment."
        )
        return [(tr("In this period"), as_html(body))]
    # What a clinician acts on first: how often, how bad, the trend, the treatments now.
    rows = [
        (tr("How often"), _how_often(data)),
        (tr("How bad"), _how_bad(data)),
        (tr("Better or worse"), _better_or_worse(data)),
        *treatment_rows(data),
        (tr("Falls and nights"), _safety(data)),
    ]
    if data.figures.episodes:
        rows.append((tr("Penn Spasm Frequency Scale"), _scale_row(data)))
    rows.append((tr("Possible triggers"), _why(data)))
    if data.figures.episodes:
        rows.append((tr("Where"), _where(data)))
    rows.append((tr("Therapy"), _therapy(data)))
    return rows
