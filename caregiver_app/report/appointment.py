"""The appointment report: a one-page clinical summary, the charts, the daily factors week by
week, and the episode log as an appendix; printed, previewed or saved as a PDF.

Page 1 answers "how often, how bad, better or worse, and why" on its own. The numbers come
from `services.report_data` (which reads the same services as the Charts page); this module
only words and lays them out. Everything a person typed (names, notes, questions) is either
escaped with `html.escape` before it enters HTML or drawn as plain text, so it prints exactly as
typed and nothing in it is ever interpreted or loaded.

QtGui and QtPrintSupport only, never QtWidgets: it runs from the command line with a
`QGuiApplication` on the offscreen platform, and off the GUI thread when writing a PDF.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice

from caregiver_app import APP_DISPLAY_NAME, labels
from caregiver_app.insight_text import describe
from caregiver_app.insight_text import title as insight_title
from caregiver_app.report import charts as draw
from caregiver_app.report.blocks import Block, Columns, Drawing, PageBreak, RichText
from caregiver_app.report.document import render_flow, write_pdf
from caregiver_app.report.tables import Column, Row, Table, TableStyle
from caregiver_app.report.words import fill, tr
from caregiver_app.services import report_data
from caregiver_app.services.insights import Insight
from caregiver_app.services.periods import Period
from caregiver_app.services.report_data import ReportData

BASE_POINT_SIZE = 9.5
MIDDOT = " \u00b7 "

CSS = """
h1 { font-size: 15pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 3px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 1px; }
p { margin-top: 0px; margin-bottom: 3px; }
p.meta { color: #333333; margin-bottom: 1px; }
p.caption { color: #3E4A55; font-size: 8.5pt; margin-bottom: 2px; }
p.small { color: #3E4A55; font-size: 8pt; }
td.notice { color: #333333; font-size: 8.5pt; background-color: #F4F6F8; }
td.tile { background-color: #EEF3F7; }
span.big { font-size: 20pt; font-weight: bold; color: #1F2933; }
span.tile-label { font-size: 8.5pt; font-weight: bold; color: #3E4A55; }
span.tile-sub { font-size: 8.5pt; color: #333333; }
td.key { font-weight: bold; color: #1F2933; }
span.quiet { color: #5F6B76; }
p.key { font-weight: bold; color: #1F2933; margin-top: 4px; }
"""


def frequency_words(score: int) -> str:
    """Penn Spasm Frequency Scale frequency, in the words of services.scales."""
    return {
        0: tr("no spasms"),
        1: tr("spasms only when touched or moved"),
        2: tr("spasms less than once an hour"),
        3: tr("spasms once an hour or more"),
        4: tr("spasms more than 10 times an hour"),
    }[score]


# --- words and numbers ----------------------------------------------------------------------------


def _e(text: str) -> str:
    """User (or translated) text as HTML that prints exactly as typed, line breaks included."""
    return html.escape(text).replace("\n", "<br/>")


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def whole(value: int) -> str:
    return QLocale().toString(int(value))


def percent(share: float) -> str:
    return fill(tr("%1%"), whole(round(share * 100)))


def date_text(day: dt.date, long: bool = False) -> str:
    """'3 Jun 2026': the month named, so a date reads the same in every country."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), "d MMMM yyyy" if long else "d MMM yyyy"
    )


def span_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 to %2"), date_text(period.first_day), date_text(period.last_day))


def short_span(first: dt.date, last: dt.date) -> str:
    """'27 Oct – 1 Nov 2026' (the year once when both days share it)."""
    if first == last:
        return date_text(first)
    if first.year == last.year:
        start = QLocale().toString(QDate(first.year, first.month, first.day), "d MMM")
        return f"{start} – {date_text(last)}"
    return f"{date_text(first)} – {date_text(last)}"


def period_text(period: Period) -> str:
    if period.days == 1:
        return date_text(period.first_day)
    return fill(tr("%1 (%2 days)"), span_text(period), whole(period.days))


def episodes_words(count: int) -> str:
    return tr("1 episode") if count == 1 else fill(tr("%1 episodes"), whole(count))


def days_words(count: int) -> str:
    return tr("1 day") if count == 1 else fill(tr("%1 days"), whole(count))


def since_text(event: dt.date, today: dt.date) -> str:
    """How long ago, in the unit a clinician would use: weeks, months or years."""
    days = (today - event).days
    if days < 0:
        return ""
    if days < 14:
        return tr("1 day ago") if days == 1 else fill(tr("%1 days ago"), whole(days))
    if days < 61:
        weeks = days // 7
        return tr("1 week ago") if weeks == 1 else fill(tr("%1 weeks ago"), whole(weeks))
    months = int(days / 30.4375)
    if months < 24:
        return fill(tr("%1 months ago"), whole(months))
    return fill(tr("%1 years ago"), whole(months // 12))


def report_title() -> str:
    return tr("Appointment summary: spasms and twitching")


def footer_text(data: ReportData) -> str:
    return f"{data.person.name} \u00b7 {span_text(data.period)}"


def document_title(data: ReportData) -> str:
    return f"{report_title()} \u2014 {data.person.name} \u2014 {span_text(data.period)}"


# --- page 1: the summary ------------------------------------------------------------------------------


def _header(data: ReportData) -> str:
    person = data.person
    facts = [f"<b>{_e(person.name)}</b>"]
    cause = labels.causes().get(person.cause, person.cause)
    if person.event_date is not None:
        ago = since_text(person.event_date, data.made_on)
        when = fill(tr("%1 on %2"), cause, date_text(person.event_date))
        facts.append(_e(f"{when} ({ago})" if ago else when))
    else:
        facts.append(_e(cause))
    side = labels.affected_sides().get(person.affected_side, person.affected_side)
    facts.append(_e(fill(tr("Affected: %1"), side.lower())))
    if person.birth_year:
        facts.append(_e(fill(tr("Born %1"), str(person.birth_year))))
    made = fill(tr("Made on %1"), date_text(data.made_on))
    if data.covered != data.period:
        made = fill(tr("the diary starts on %1"), date_text(data.covered.first_day)) + MIDDOT + made
    return (
        f"<h1>{_e(report_title())}</h1>"
        f'<p class="meta">{MIDDOT.join(facts)}</p>'
        f'<p class="meta">{_e(tr("Period:"))} <b>{_e(period_text(data.period))}</b>'
        f"{MIDDOT}{_e(made)}</p>"
    )


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


def _tile(label: str, big: str, sub: str) -> str:
    return (
        f'<td class="tile" width="25%"><span class="tile-label">{_e(label)}</span><br/>'
        f'<span class="big">{_e(big)}</span><br/><span class="tile-sub">{_e(sub)}</span></td>'
    )


def _tiles(data: ReportData) -> str:
    f = data.figures
    week = "\u2014" if f.per_week is None else number(f.per_week)
    severity = "\u2014" if f.severity_mean is None else number(f.severity_mean)
    pain = "\u2014" if f.pain_mean is None else number(f.pain_mean)
    pain_sub = tr("mean, 0 to 10")
    if f.pain_high_share is not None:
        pain_sub = fill(tr("mean, 0 to 10; %1 were 7 or more"), percent(f.pain_high_share))
    cells = [
        _tile(tr("Episodes"), whole(f.episodes), _in_days(data)),
        _tile(tr("Episodes a week"), week, change_words(data)),
        _tile(tr("Severity"), severity, tr("mean, 1 mild to 3 severe")),
        _tile(tr("Pain"), pain, pain_sub),
    ]
    return (
        '<table width="100%" cellspacing="5" cellpadding="6" style="margin-top: 6px;"><tr>'
        + "".join(cells)
        + "</tr></table>"
    )


def _in_days(data: ReportData) -> str:
    """'in 30 days', or 'in the 180 days of the diary' when it started during the period."""
    if data.covered == data.period:
        return fill(tr("in %1"), days_words(data.period.days))
    return fill(tr("in the %1 since the diary started"), days_words(data.covered.days))


def _how_often(data: ReportData) -> str:
    f = data.figures
    text = episodes_words(f.episodes) + " " + _in_days(data)
    if f.per_day is not None and f.per_week is not None:
        text += ": " + fill(tr("%1 a day, %2 a week"), number(f.per_day), number(f.per_week))
    text += "."
    if f.includes_incomplete_day and f.rate_days:
        text += " " + fill(
            tr("Rates use the %1 complete days (today is not over)."), whole(f.rate_days)
        )
    return _e(text)


def _how_bad(data: ReportData) -> str:
    f = data.figures
    if not f.episodes:
        return _e(tr("No episodes."))
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
    return _e(text)


def _better_or_worse(data: ReportData) -> str:
    comparison = data.comparison
    before = comparison.figures
    now = data.figures
    if not comparison.comparable or before is None:
        return _e(change_words(data)[:1].upper() + change_words(data)[1:] + ".")
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
        return _e(tr("No complete day to compare yet."))
    text = " ".join(parts).rstrip(";")
    return _e(text if text.endswith(".") else text + ".")


def _where(data: ReportData) -> str:
    regions = data.dashboard.regions[:3]
    if not regions:
        return _e(tr("No episodes."))
    side_names = labels.sides()
    items = []
    for region in regions:
        sides = [
            f"{side_names[s].lower()} {whole(region.by_side(s))}"
            for s in ("left", "right", "both")
            if region.by_side(s)
        ]
        items.append(f"{labels.region(region.region)} {whole(region.total)} ({', '.join(sides)})")
    return _e("; ".join(items) + ".")


def _why(data: ReportData) -> str:
    parts: list[str] = []
    counts = data.dashboard.triggers
    if data.triggers:
        listed = ", ".join(
            fill(tr("%1 %2 (%3)"), labels.trigger(t.code), whole(t.episodes), percent(t.share))
            for t in data.triggers
        )
        parts.append(_e(fill(tr("Noted as suspected triggers: %1."), listed)))
        if counts.without_trigger:
            parts.append(
                _e(
                    fill(
                        tr("%1 had no trigger noted."),
                        percent(counts.without_trigger / counts.episodes),
                    )
                )
            )
    elif data.figures.episodes:
        parts.append(_e(tr("No triggers were noted.")))
    clear = [i for i in data.insights if i.clear]
    if clear:
        parts.append(
            "<br/>"
            + _e(tr("From the daily check-ins:"))
            + " "
            + " ".join(_e(describe(i)) for i in clear)
        )
    elif any(i.enough_data for i in data.insights):
        parts.append(
            "<br/>"
            + _e(
                tr(
                    "The daily check-ins show no clear difference with sleep, stress, fluids, "
                    "meals or exercises in this period."
                )
            )
        )
    parts.append(f'<br/><span class="quiet">{_e(tr("Links are not proof of causes."))}</span>')
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
    return (
        _e(frequency + severity + count)
        + f'<br/><span class="quiet">{_e(recall + " " + basis)}</span>'
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
        return _e(tr("Therapy was not recorded in the check-ins."))
    text = "; ".join(parts) + "."
    return _e(text[:1].upper() + text[1:])


def _medication_line(line: report_data.MedicationLine) -> str:
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
    return _e(words)


def _injection_line(data: ReportData, line: report_data.InjectionLine) -> str:
    when = date_text(line.day)
    ago = since_text(line.day, data.made_on)
    side = labels.sides().get(line.side, line.side).lower()
    what = ", ".join(part for part in (line.muscles, side, line.product, line.dose) if part)
    return _e(f"{when} ({ago}): {what}" if ago else f"{when}: {what}")


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


def marker_kind(kind: str) -> str:
    return {
        "injection": tr("Injection"),
        "dose_change": tr("Dose change"),
        "medication_start": tr("Started"),
        "medication_stop": tr("Stopped"),
        "appointment": tr("Appointment"),
    }.get(kind, kind)


def _questions(data: ReportData) -> str:
    """The questions as a numbered list under their heading (a list can run onto page 2)."""
    place = data.questions_place
    heading = _e(tr("Questions for this appointment"))
    if place is not None and place.day is not None:
        visit = date_text(place.day)
        if place.clinician:
            visit = fill(tr("%1, %2"), visit, place.clinician)
        heading += f' <span class="quiet">({_e(visit)})</span>'
    items = "".join(f"<li>{_e(q)}</li>" for q in data.questions)
    return f'<p class="key">{heading}</p><ol style="margin-top: 0px;">{items}</ol>'


def notice() -> str:
    return fill(tr("Made with %1 from a family diary; not a medical record."), APP_DISPLAY_NAME)


def summary_rows(data: ReportData) -> list[tuple[str, str]]:
    """(heading, HTML) for each line of page 1's table."""
    if data.is_empty:
        body = tr(
            "Nothing was recorded in this period: no episodes and no daily check-ins. "
            "Choose a longer period, or keep logging and print again before the appointment."
        )
        return [(tr("In this period"), _e(body))]
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


def summary_blocks(data: ReportData) -> list[Block]:
    """Page 1: who and when, four headline figures, then one block a line (so that a long
    summary can continue on the next page between two lines, never inside one)."""
    top = _header(data) + ("" if data.is_empty else _tiles(data))
    blocks: list[Block] = [RichText(top, CSS)]
    for key, value in summary_rows(data):
        blocks.append(
            RichText(
                '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
                f'<td class="key" width="22%">{_e(key)}</td><td>{value}</td></tr></table>',
                CSS,
            )
        )
    if data.questions:
        blocks.append(RichText(_questions(data), CSS, space_before_mm=1))
    notes = [
        notice(),
        tr("The figures count what the family logged; episodes nobody logged are missing."),
    ]
    blocks.append(
        RichText(
            '<table width="100%" cellspacing="0" cellpadding="5">'
            f'<tr><td class="notice">{_e(" ".join(notes))}</td></tr></table>',
            CSS,
            space_before_mm=2,
        )
    )
    return blocks


def summary_html(data: ReportData) -> str:
    """Page 1 as one piece of HTML (for a quick look, e.g. in tests)."""
    return "".join(b.html for b in summary_blocks(data) if isinstance(b, RichText))


# --- the charts ------------------------------------------------------------------------------------------


def _heading(text: str, level: int = 2, space_mm: float = 0.0) -> RichText:
    return RichText(
        f"<h{level}>{_e(text)}</h{level}>", CSS, space_before_mm=space_mm, keep_with_next=True
    )


def _caption(text: str) -> RichText:
    return RichText(f'<p class="caption">{_e(text)}</p>', CSS, keep_with_next=True)


def chart_blocks(data: ReportData) -> list[Block]:
    dash = data.dashboard
    today = data.made_on
    markers = [] if data.treatments is None else list(data.treatments.markers)
    days = sorted({mk.day for mk in markers})  # one numbered line a day
    marks = [(day, "") for day in days]
    unit = draw.bin_unit(data.covered)
    blocks: list[Block] = []
    captions = {
        "day": tr("Bars: episodes each day. Line: the average of the 7 days up to each day."),
        "week": tr("Bars: the average number of episodes a day in each week (Monday to Sunday)."),
        "month": tr("Bars: the average number of episodes a day in each month."),
    }
    blocks += [
        _heading(tr("Episodes per day"), 2, 6),
        _caption(captions[unit]),
        Drawing(lambda p, r, m: draw.draw_episodes(p, r, m, dash.daily, today, marks), 56),
    ]
    if markers:
        lines = []
        for number_, day in enumerate(days, start=1):
            events = "; ".join(
                marker_kind(mk.kind) + (f" ({mk.label})" if mk.label else "")
                for mk in markers
                if mk.day == day
            )
            lines.append(_e(f"{number_}  {date_text(day)}: {events}"))
        blocks.append(RichText(f'<p class="small">{"<br/>".join(lines)}</p>', CSS))
    blocks += [
        _heading(tr("Severity and pain"), 2, 6),
        _caption(
            tr(
                "The mean of the episodes each day (each week or month for long periods). "
                "Days without episodes have no point."
            )
        ),
        Drawing(lambda p, r, m: draw.draw_severity_pain(p, r, m, data.covered, dash.day_stats), 68),
        _heading(tr("Time of day and day of the week"), 2, 6),
        _caption(tr("All episodes of the period, by the hour they started and by weekday.")),
        Columns(
            [
                Drawing(lambda p, r, m: draw.draw_hours(p, r, m, dash.week_hour), 46),
                Drawing(lambda p, r, m: draw.draw_weekdays(p, r, m, dash.week_hour), 46),
            ],
            gap_mm=8,
        ),
    ]
    regions = dash.regions[:10]
    side_labels = labels.sides()
    blocks += [
        _heading(tr("Where on the body"), 2, 6),
        _caption(
            tr("Episodes by body region and side (the 10 most frequent regions).")
            if len(dash.regions) > 10
            else tr("Episodes by body region and side.")
        ),
        Drawing(
            lambda p, r, m: draw.draw_regions(p, r, m, regions, labels.region, side_labels),
            draw.regions_height_mm(len(regions)),
        ),
    ]
    return blocks


def _insight_html(insight: Insight) -> str:
    return f"<p><b>{_e(insight_title(insight.factor))}.</b> {_e(describe(insight))}</p>"


def insight_blocks(data: ReportData) -> list[Block]:
    blocks: list[Block] = [_heading(tr("Suspected triggers and daily factors"), 2, 7)]
    counts = data.dashboard.triggers
    if counts.counts:
        blocks.append(
            _caption(
                tr(
                    "How often each suspected trigger was noted with an episode. An episode can "
                    "have several, so the shares can add up to more than 100%."
                )
            )
        )
        rows = [
            Row((labels.trigger(code), whole(n), percent(n / counts.episodes)))
            for code, n in counts.counts
        ]
        rows.append(
            Row(
                (
                    tr("No trigger noted"),
                    whole(counts.without_trigger),
                    percent(counts.without_trigger / counts.episodes),
                )
            )
        )
        blocks.append(
            Table(
                [
                    Column(tr("Suspected trigger"), 3),
                    Column(tr("Episodes"), 1, Qt.AlignmentFlag.AlignRight),
                    Column(tr("Share of episodes"), 1.3, Qt.AlignmentFlag.AlignRight),
                ],
                rows,
                TableStyle(font_pt=8.5),
            )
        )
    enough = [i for i in data.insights if i.enough_data]
    short = [i for i in data.insights if not i.enough_data]
    text = "".join(_insight_html(i) for i in enough)
    if short:
        names = ", ".join(insight_title(i.factor) for i in short)
        text += f'<p class="small">{_e(fill(tr("Not enough check-ins yet to compare: %1."), names))}</p>'
    caveat = tr(
        "These compare days with and without each factor in this diary only. A link is not proof "
        "of a cause: something else may explain both, and a few bad days can make a difference "
        "look bigger than it is. The likely range is a 95% interval, widened because episodes "
        "come in clusters. Please discuss any change with the care team."
    )
    blocks.append(
        RichText(
            f"<h3>{_e(tr('Episodes on days with and without each factor'))}</h3>{text}"
            f'<p class="small">{_e(caveat)}</p>',
            CSS,
            space_before_mm=4,
        )
    )
    return blocks


def _mean(mean: report_data.Mean, decimals: int = 1) -> str:
    return "\u2014" if mean.value is None else number(mean.value, decimals)


def _tally(tally: report_data.Tally) -> str:
    return "\u2014" if not tally.recorded else f"{whole(tally.yes)}/{whole(tally.recorded)}"


def factor_blocks(data: ReportData) -> list[Block]:
    table = data.factors
    if not data.therapy.checkin_days:
        return []
    weekly = table.unit == "week"
    title = tr("Daily check-ins, week by week") if weekly else tr("Daily check-ins, month by month")
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(tr("Week") if weekly else tr("Month"), fit=True),
        Column(tr("Check-ins (days)"), align=right, fit=True),
        Column(tr("Episodes"), align=right, fit=True),
        Column(tr("Sleep (hours)"), align=right, fit=True),
        Column(tr("Fluids (glasses)"), align=right, fit=True),
        Column(tr("Stress (0–10)"), align=right, fit=True),
        Column(tr("Poor meals (days)"), align=right, fit=True),
        Column(tr("Exercises (days)"), align=right, fit=True),
        Column(tr("Therapy (days)"), align=right, fit=True),
        Column(tr("Willingness (0–10)"), align=right, fit=True),
    ]
    rows = []
    for r in table.rows:
        if weekly:
            label = short_span(r.first_day, r.last_day)
        else:
            label = QLocale().toString(QDate(r.first_day.year, r.first_day.month, 1), "MMMM yyyy")
        rows.append(
            Row(
                (
                    label,
                    f"{whole(r.checkin_days)}/{whole(r.days)}",
                    whole(r.episodes),
                    _mean(r.sleep),
                    _mean(r.fluids),
                    _mean(r.stress),
                    _tally(r.poor_meals),
                    _tally(r.exercises),
                    _tally(r.therapy),
                    _mean(r.willingness),
                )
            )
        )
    caption = tr(
        "Means of the days with a check-in. \u201c3/5\u201d: 3 of the 5 days that recorded it. "
        "A dash: nothing recorded (never counted as zero)."
    )
    return [
        _heading(title, 2, 7),
        _caption(caption),
        Table(columns, rows, TableStyle(font_pt=8.0)),
    ]


def log_blocks(data: ReportData) -> list[Block]:
    log = data.log
    if not log.rows:
        return []
    if log.complete:
        intro = fill(
            tr("Every episode of the period, oldest first (%1)."), episodes_words(log.total)
        )
    else:
        first, last = log.rows[0].started.date(), log.rows[-1].started.date()
        intro = fill(
            tr(
                "The most recent %1 of the %2 episodes of the period, from %3 to %4, oldest "
                "first. The whole log is in the CSV export (File, Export)."
            ),
            whole(len(log.rows)),
            whole(log.total),
            date_text(first),
            date_text(last),
        )
    severities, kinds = labels.severities(), labels.kinds()
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(tr("Date"), fit=True),
        Column(tr("Time"), fit=True),
        Column(tr("Where"), fit=True),
        Column(tr("Kind"), fit=True),
        Column(tr("Severity"), fit=True),
        Column(tr("Pain"), align=right, fit=True),
        Column(tr("Triggers"), 1.3),
        Column(tr("What helped"), 1.1),
        Column(tr("Notes"), 1.6),
    ]
    rows = []
    for row in log.rows:
        started = row.started
        rows.append(
            Row(
                (
                    date_text(started.date()),
                    f"{started.hour:02d}:{started.minute:02d}",
                    labels.where(row.body_region, row.side),
                    kinds.get(row.kind, row.kind),
                    severities.get(row.severity, str(row.severity)),
                    "" if row.pain is None else str(row.pain),
                    ", ".join(labels.trigger(c) for c in row.triggers),
                    ", ".join(labels.remedy(c) for c in row.relief),
                    "",
                ),
                note=row.notes,
            )
        )
    return [
        PageBreak(),
        _heading(tr("Appendix: episode log")),
        _caption(intro),
        Table(
            columns,
            rows,
            TableStyle(font_pt=7.5, header_font_pt=7.5, note_column=8, group_column=0),
        ),
    ]


# --- the whole document ------------------------------------------------------------------------------------


def build_blocks(data: ReportData) -> list[Block]:
    blocks = summary_blocks(data)
    if data.figures.episodes:
        blocks += chart_blocks(data)
        blocks += insight_blocks(data)
    if data.therapy.checkin_days and not data.figures.episodes:
        blocks.append(PageBreak())
    blocks += factor_blocks(data)
    blocks += log_blocks(data)
    return blocks


def report_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def print_report(
    data: ReportData,
    device: QPagedPaintDevice,
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Lay out and paint the report onto a printer or PDF writer; return the number of pages."""
    return render_flow(build_blocks(data), device, footer_text(data), report_font(), on_page)


def write_report_pdf(
    data: ReportData,
    path: Path,
    paper: str = "a4",
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Write the report as a PDF with real, selectable text; return the number of pages.
    The file appears complete or not at all. Needs a `QGuiApplication` (offscreen is fine)."""
    pages = 0

    def paint(writer: QPagedPaintDevice) -> None:
        nonlocal pages
        pages = print_report(data, writer, on_page)

    write_pdf(Path(path), paper, document_title(data), paint, prefix="report")
    return pages


def make_report_pdf(
    person_id: int,
    period: Period,
    path: Path,
    paper: str = "a4",
    today: dt.date | None = None,
    questions: str | None = None,
) -> int:
    """Read the diary and write the report (for the command line); return the number of pages."""
    data = report_data.load_report(person_id, period, today, questions)
    return write_report_pdf(data, path, paper)
