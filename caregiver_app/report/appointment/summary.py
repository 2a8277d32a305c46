"""Page 1 of the appointment report: who and when, four headline figures, one line a topic
(the lines are worded in `summary_lines.py`), the questions for the appointment and the
notice of what the figures are. It answers "how often, how bad, better or worse, and why"
on its own. Everything a person typed is escaped before it enters HTML.
"""

from __future__ import annotations

from caregiver_app import APP_DISPLAY_NAME, labels
from caregiver_app.report.appointment.style import CSS
from caregiver_app.report.appointment.summary_lines import (
    change_words,
    severity_middle,
    severity_spread,
    summary_rows,
)
from caregiver_app.report.blocks import Block, RichText
from caregiver_app.report.words import (
    as_html,
    date_text,
    days_words,
    episodes_words,
    fill,
    number,
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
        f"{MIDDOT}{as_html(made)}</p>" + _logged_by(data)
    )


def logged_by_text(data: ReportData) -> str:
    """'Logged by Ana 60%, Ben 40%.' (shares of the period's episodes that say who logged
    them) when more than one person logged them; otherwise ''."""
    if len(data.logged_by) < 2:
        return ""
    shares = ", ".join(s.name + " " + fill(tr("%1%"), whole(s.percent)) for s in data.logged_by)
    if data.logged_by_unknown:  # made before the diary kept names: said, never guessed
        unknown = episodes_words(data.logged_by_unknown)
        return fill(tr("Logged by %1; not recorded: %2."), shares, unknown)
    return fill(tr("Logged by %1."), shares)


def _logged_by(data: ReportData) -> str:
    text = logged_by_text(data)
    return f'<p class="meta">{as_html(text)}</p>' if text else ""


def _tile(label: str, big: str, sub: str) -> str:
    return (
        f'<td class="tile" width="25%"><span class="tile-label">{as_html(label)}</span><br/>'
        f'<span class="big">{as_html(big)}</span><br/>'
        f'<span class="tile-sub">{as_html(sub)}</span></td>'
    )


def rate_basis(data: ReportData) -> str:
    """What the one frequency figure divides: '37 episodes in 29 days' (the complete days of
    the period, stiffness left out). The Reports page shows the same words beside the rate."""
    rate = data.frequency.rate
    if rate is None:
        return tr("no complete day yet")
    return fill(tr("%1 in %2"), episodes_words(rate.episodes), days_words(rate.period.days))


def _tiles(data: ReportData) -> str:
    rate = data.frequency.rate
    per_day = "\u2014" if rate is None else number(rate.per_day)
    rate_sub = rate_basis(data)
    if data.changes:
        main = data.changes[-1]  # the whole period: the most days, so the surest answer
        trend = {"fewer": tr("Fewer"), "more": tr("More"), "same": tr("No clear change")}[
            main.direction
        ]
        numbers = fill(
            tr("%1 a day against %2"), number(main.now.per_day), number(main.before.per_day)
        )
        label = {
            "recent": tr("last 4 weeks: %1"),
            "previous": tr("against the period before: %1"),
            "halves": tr("second half against first: %1"),
        }[main.kind]
        trend_sub = fill(label, numbers)
    else:
        trend, trend_sub = "\u2014", change_words(data)
    middle = severity_middle(data.figures.severity_counts)
    severity = "\u2014" if middle is None else labels.severities()[middle]
    stiff_days = "\u2014" if rate is None else whole(data.frequency.stiffness_days)
    stiff_sub = "" if rate is None else fill(tr("of %1"), days_words(rate.period.days))
    cells = [
        _tile(tr("Episodes a day"), per_day, rate_sub),
        _tile(tr("Better or worse"), trend, trend_sub),
        _tile(
            tr("Severity, middle value"), severity, severity_spread(data.figures.severity_counts)
        ),
        _tile(tr("Days with stiffness"), stiff_days, stiff_sub),
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
    questions_after = tr("Falls and nights")  # the questions come before the background
    placed = False
    for key, value in summary_rows(data):
        blocks.append(
            RichText(
                '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
                f'<td class="key" width="22%">{as_html(key)}</td><td>{value}</td></tr></table>',
                CSS,
            )
        )
        if key == questions_after and data.questions:
            blocks.append(RichText(_questions(data), CSS, space_before_mm=1))
            placed = True
    if data.questions and not placed:
        blocks.append(RichText(_questions(data), CSS, space_before_mm=1))
    place = data.questions_place
    if not data.questions and place is not None and place.day is not None:
        visit = date_text(place.day)
        if place.clinician:
            visit = fill(tr("%1, %2"), visit, place.clinician)
        line = fill(tr("Next appointment: %1 (no questions written yet)."), visit)
        blocks.append(RichText(f'<p class="key">{as_html(line)}</p>', CSS, space_before_mm=1))
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
