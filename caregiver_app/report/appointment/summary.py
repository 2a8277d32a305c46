"""Page 1 of the appointment report: who and when, four headline figures, one line a topic
(the lines are worded in `summary_lines.py`), the questions for the appointment and the
notice of what the figures are. It answers "how often, how bad, better or worse, and why"
on its own. Everything a person typed is escaped before it enters HTML.
"""

from __future__ import annotations

from caregiver_app import APP_DISPLAY_NAME, labels
from caregiver_app.report.appointment.style import CSS
from caregiver_app.report.appointment.summary_lines import change_words, in_days, summary_rows
from caregiver_app.report.blocks import Block, RichText
from caregiver_app.report.words import (
    as_html,
    date_text,
    fill,
    number,
    percent,
    period_text,
    since_text,
    tr,
    whole,
)
from caregiver_app.services.report_data import ReportData

MIDDOT = " \u00b7 "


def report_title() -> str:
    return tr("Appointment summary: spasms and twitching")


def _header(data: ReportData) -> str:
    person = data.person
    facts = [f"<b>{as_html(person.name)}</b>"]
    cause = (
        labels.causes().get(person.cause, person.cause)
        if person.cause
        else tr("Cause not recorded")
    )
    if person.event_date is not None:
        ago = since_text(person.event_date, data.made_on)
        when = fill(tr("%1 on %2"), cause, date_text(person.event_date))
        facts.append(as_html(f"{when} ({ago})" if ago else when))
    else:
        facts.append(as_html(cause))
    if person.affected_side:
        side = labels.affected_sides().get(person.affected_side, person.affected_side)
        facts.append(as_html(fill(tr("Affected: %1"), side.lower())))
    else:
        facts.append(as_html(tr("Affected side not recorded")))
    if person.birth_year:
        facts.append(as_html(fill(tr("Born %1"), str(person.birth_year))))
    made = fill(tr("Made on %1"), date_text(data.made_on))
    if data.covered != data.period:
        made = fill(tr("the diary starts on %1"), date_text(data.covered.first_day)) + MIDDOT + made
    period = tr("Period:")
    return (
        f"<h1>{as_html(report_title())}</h1>"
        f'<p class="meta">{MIDDOT.join(facts)}</p>'
        f'<p class="meta">{as_html(period)} <b>{as_html(period_text(data.period))}</b>'
        f"{MIDDOT}{as_html(made)}</p>"
    )


def _tile(label: str, big: str, sub: str) -> str:
    return (
        f'<td class="tile" width="25%"><span class="tile-label">{as_html(label)}</span><br/>'
        f'<span class="big">{as_html(big)}</span><br/>'
        f'<span class="tile-sub">{as_html(sub)}</span></td>'
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
        _tile(tr("Episodes"), whole(f.episodes), in_days(data)),
        _tile(tr("Episodes a week"), week, change_words(data)),
        _tile(tr("Severity"), severity, tr("mean, 1 mild to 3 severe")),
        _tile(tr("Pain"), pain, pain_sub),
    ]
    return (
        '<table width="100%" cellspacing="5" cellpadding="6" style="margin-top: 6px;"><tr>'
        + "".join(cells)
        + "</tr></table>"
    )


def _questions(data: ReportData) -> str:
    """The questions as a numbered list under their heading (a list can run onto page 2)."""
    place = data.questions_place
    heading = as_html(tr("Questions for this appointment"))
    if place is not None and place.day is not None:
        visit = date_text(place.day)
        if place.clinician:
            visit = fill(tr("%1, %2"), visit, place.clinician)
        heading += f' <span class="quiet">({as_html(visit)})</span>'
    items = "".join(f"<li>{as_html(q)}</li>" for q in data.questions)
    return f'<p class="key">{heading}</p><ol style="margin-top: 0px;">{items}</ol>'


def notice() -> str:
    return fill(tr("Made with %1 from a family diary; not a medical record."), APP_DISPLAY_NAME)


def summary_blocks(data: ReportData) -> list[Block]:
    """Page 1: who and when, four headline figures, then one block a line (so that a long
    summary can continue on the next page between two lines, never inside one)."""
    top = _header(data) + ("" if data.is_empty else _tiles(data))
    blocks: list[Block] = [RichText(top, CSS)]
    for key, value in summary_rows(data):
        blocks.append(
            RichText(
                '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
                f'<td class="key" width="22%">{as_html(key)}</td><td>{value}</td></tr></table>',
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
            f'<tr><td class="notice">{as_html(" ".join(notes))}</td></tr></table>',
            CSS,
            space_before_mm=2,
        )
    )
    return blocks
