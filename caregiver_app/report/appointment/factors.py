"""Suspected triggers and daily factors in the appointment report: how often each trigger
was noted (a table), what the daily check-ins show (with its caveat), and the check-ins
week by week or month by month (a table; a dash where nothing was recorded).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from caregiver_app import labels
from caregiver_app.insight_text import describe
from caregiver_app.insight_text import title as insight_title
from caregiver_app.report.appointment.style import CSS, caption_block, heading_block
from caregiver_app.report.blocks import Block, RichText
from caregiver_app.report.tables import Column, Row, Table, TableStyle
from caregiver_app.services.insights import Insight
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.factors import Mean, Tally
from caregiver_app.words import as_html, fill, number, percent, short_span, tr, whole


def _insight_html(insight: Insight) -> str:
    return f"<p><b>{as_html(insight_title(insight.factor))}.</b> {as_html(describe(insight, caveat=False))}</p>"


def insight_blocks(data: ReportData) -> list[Block]:
    blocks: list[Block] = [heading_block(tr("Suspected triggers and daily factors"), 2, 7)]
    counts = data.dashboard.triggers
    if counts.counts:
        blocks.append(
            caption_block(
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
        too_few = fill(tr("Not enough check-ins yet to compare: %1."), names)
        text += f'<p class="small">{as_html(too_few)}</p>'
    caveat = tr(
        "These compare days with and without each factor in this diary only. A link is not proof "
        "of a cause: something else may explain both, and a few bad days can make a difference "
        "look bigger than it is. The likely range is a 95% interval, widened because episodes "
        "come in clusters. Please discuss any change with the care team."
    )
    heading = tr("Episodes on days with and without each factor")
    blocks.append(
        RichText(
            f'<h3>{as_html(heading)}</h3>{text}<p class="small">{as_html(caveat)}</p>',
            CSS,
            space_before_mm=4,
        )
    )
    return blocks


def _mean(mean: Mean, decimals: int = 1) -> str:
    return "\u2014" if mean.value is None else number(mean.value, decimals)


def _tally(tally: Tally) -> str:
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
        heading_block(title, 2, 7),
        caption_block(caption),
        Table(columns, rows, TableStyle(font_pt=8.0)),
    ]
