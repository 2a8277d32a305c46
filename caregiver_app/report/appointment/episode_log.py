"""The appendix of the appointment report: the episode log, a table on a new page, oldest
first, with the date shown once a day and long notes under their row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app import labels
from caregiver_app.report.appointment.style import caption_block, heading_block
from caregiver_app.report.blocks import Block, PageBreak
from caregiver_app.report.tables import Column, Row, Table, TableStyle
from caregiver_app.services.report_data import ReportData
from caregiver_app.words import (
    date_text,
    days_words,
    episodes_words,
    fill,
    span_text,
    tr,
    whole,
)


def log_blocks(data: ReportData) -> list[Block]:
    log = data.log
    if not log.rows:
        return []
    if log.complete and log.period is not None and log.period != data.period:
        intro = fill(
            tr(
                "The episodes of the last %1 of the period (%2), oldest first: %3. The whole "
                "log is in the CSV export (File, Export)."
            ),
            days_words(log.period.days),
            span_text(log.period),
            episodes_words(log.total),
        )
    elif log.complete:
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
    severities = labels.severities()
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
                    labels.kind(row.kind),  # "Not recorded" when left out
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
        heading_block(tr("Episode log")),
        caption_block(intro),
        Table(
            columns,
            rows,
            TableStyle(font_pt=7.5, header_font_pt=7.5, note_column=8, group_column=0),
        ),
    ]
