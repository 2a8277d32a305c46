"""The charts of the appointment report: which charts, in which order, with which headings,
captions and heights, and the numbered key of treatment changes under the first one. The
charts themselves are drawn by the `report/charts/` package, one module per chart.
"""

from __future__ import annotations

from caregiver_app import labels
from caregiver_app.report.appointment.style import CSS, caption_block, heading_block
from caregiver_app.report.blocks import Block, Columns, Drawing, RichText
from caregiver_app.report.charts.bins import bin_unit
from caregiver_app.report.charts.counts import draw_hours, draw_weekdays
from caregiver_app.report.charts.episodes import draw_episodes
from caregiver_app.report.charts.regions import draw_regions, regions_height_mm
from caregiver_app.report.charts.severity_pain import draw_severity_pain
from caregiver_app.services.report_data import ReportData
from caregiver_app.words import as_html, date_text, tr


def marker_kind(kind: str) -> str:
    return {
        "injection": tr("Injection"),
        "dose_change": tr("Dose change"),
        "medication_start": tr("Started"),
        "medication_stop": tr("Stopped"),
        "appointment": tr("Appointment"),
    }.get(kind, kind)


MIDDOT = " \u00b7 "


def key_letter(index: int) -> str:
    """A, B, ... Z, then AA, AB...: a key marker is a letter, never a number that could be
    read as part of the date beside it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def chart_blocks(data: ReportData) -> list[Block]:
    dash = data.dashboard
    today = data.made_on
    markers = [] if data.treatments is None else list(data.treatments.markers)
    days = sorted({mk.day for mk in markers})  # one lettered line a day
    marks = [(day, key_letter(i)) for i, day in enumerate(days)]
    unit = bin_unit(data.covered)
    blocks: list[Block] = []
    captions = {
        "day": tr("Bars: episodes each day. Line: the average of the 7 days up to each day."),
        "week": tr("Bars: the average number of episodes a day in each week (Monday to Sunday)."),
        "month": tr("Bars: the average number of episodes a day in each month."),
    }
    every_kind = tr("Every kind of episode, stiffness included (page 1's rate leaves it out).")
    blocks += [
        heading_block(tr("Episodes per day"), 2, 6),
        caption_block(captions[unit] + " " + every_kind),
        Drawing(lambda p, r, m: draw_episodes(p, r, m, dash.daily, today, marks), 56),
    ]
    if markers:
        lines = []
        for index, day in enumerate(days):
            events = "; ".join(
                marker_kind(mk.kind)
                + (f" {mk.label}" if mk.label else "")
                + (f", {labels.side(mk.side).lower()}" if mk.side else "")
                for mk in markers
                if mk.day == day
            )
            lines.append(
                f"<b>{key_letter(index)}</b>{MIDDOT}{as_html(date_text(day))}{MIDDOT}"
                + as_html(events)
            )
        blocks.append(RichText(f'<p class="small">{"<br/>".join(lines)}</p>', CSS))
    blocks += [
        heading_block(tr("Severity and pain"), 2, 6),
        caption_block(
            tr(
                "The mean of the episodes each day (each week or month for long periods). "
                "Days without episodes have no point."
            )
        ),
        Drawing(lambda p, r, m: draw_severity_pain(p, r, m, data.covered, dash.day_stats), 68),
        heading_block(tr("Time of day and day of the week"), 2, 6),
        caption_block(tr("All episodes of the period, by the hour they started and by weekday.")),
        Columns(
            [
                Drawing(lambda p, r, m: draw_hours(p, r, m, dash.week_hour), 46),
                Drawing(lambda p, r, m: draw_weekdays(p, r, m, dash.week_hour), 46),
            ],
            gap_mm=8,
        ),
    ]
    regions = dash.regions[:10]
    side_labels = labels.sides()
    blocks += [
        heading_block(tr("Where on the body"), 2, 6),
        caption_block(
            tr("Episodes by body region and side (the 10 most frequent regions).")
            if len(dash.regions) > 10
            else tr("Episodes by body region and side.")
        ),
        Drawing(
            lambda p, r, m: draw_regions(p, r, m, regions, labels.region, side_labels),
            regions_height_mm(len(regions)),
        ),
    ]
    return blocks
