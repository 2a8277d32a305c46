"""The equipment checklist on paper: every item, or a shopping list of "might help" and "ordered".

Builds a `QTextDocument` from HTML made here (everything a person typed is escaped, so notes
print literally) and paints it page by page onto a `QPdfWriter` or a `QPrinter`, with a footer
saying "Page X of Y". Uses QtGui and QtPrintSupport only, never QtWidgets, so it runs from the
command line with a `QGuiApplication` on the offscreen platform.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QTextDocument,
)

from caregiver_app.report.document import MARGIN_MM as MARGIN_MM  # used by the print dialog
from caregiver_app.report.document import PAPER_SIZES, render_document, write_pdf
from caregiver_app.services import equipment, people
from caregiver_app.services.equipment import Catalogue, ChecklistEntry
from caregiver_app.words import as_html, date_text, fill, tr

BASE_POINT_SIZE = 10.0
TICK_BOX = "\u2610"  # BALLOT BOX; DejaVu Sans (and the usual system fonts) draw it


def status_label(code: str) -> str:
    """The translated label of a status code (shared with the equipment page)."""
    labels = {
        "not_considered": QCoreApplication.translate("EquipmentStatus", "Not considered"),
        "might_help": QCoreApplication.translate("EquipmentStatus", "Might help"),
        "ordered": QCoreApplication.translate("EquipmentStatus", "Ordered"),
        "have_it": QCoreApplication.translate("EquipmentStatus", "Have it"),
        "using_it": QCoreApplication.translate("EquipmentStatus", "Using it"),
        "not_suitable": QCoreApplication.translate("EquipmentStatus", "Tried, not suitable"),
    }
    return labels.get(code, code)


def document_title(only_wanted: bool) -> str:
    return tr("Equipment shopping list") if only_wanted else tr("Equipment checklist")


_STYLE = """
h1 { font-size: 17pt; font-weight: bold; margin-bottom: 2px; }
p.meta { color: #333333; margin-top: 0px; margin-bottom: 4px; }
p.intro { color: #333333; margin-top: 0px; margin-bottom: 10px; }
p.empty { margin-top: 16px; }
table.group { border-collapse: collapse; margin-top: 8px; margin-bottom: 6px; }
th.activity { font-size: 12pt; font-weight: bold; text-align: left; background-color: #e8eef4;
    border: 1px solid #7d8a96; padding: 5px; }
th.col { text-align: left; font-size: 8.5pt; font-weight: bold; color: #333333;
    border: 1px solid #7d8a96; padding: 4px; }
td { border: 1px solid #7d8a96; padding: 5px; vertical-align: top; }
td.box { font-size: 16pt; text-align: center; vertical-align: top; padding-top: 2px; }
span.name { font-weight: bold; }
span.small { font-size: 8.5pt; color: #444444; }
span.quiet { color: #777777; }
span.safety { font-size: 8.5pt; font-weight: bold; }
"""


def _columns(only_wanted: bool) -> list[tuple[str, int]]:
    """(heading, width in percent) for each column after the tick box."""
    if only_wanted:
        return [
            (tr("Item"), 27),
            (tr("Status"), 14),
            (tr("What to ask the therapist"), 31),
            (tr("Notes"), 23),
        ]
    return [(tr("Item"), 38), (tr("Status"), 17), (tr("Notes"), 40)]


def _row(entry: ChecklistEntry, only_wanted: bool) -> str:
    item = entry.item
    extra = item.helps_with or item.description
    item_html = f'<span class="name">{as_html(item.name)}</span>'
    if extra:
        item_html += f'<br/><span class="small">{as_html(extra)}</span>'
    if item.safety_note:
        note = fill(tr("Safety: %1"), item.safety_note)
        item_html += f'<br/><span class="safety">{as_html(note)}</span>'
    status_html = as_html(status_label(entry.status))
    if entry.status == equipment.NOT_CONSIDERED:
        status_html = f'<span class="quiet">{status_html}</span>'
    if entry.changed_on is not None:
        since = fill(tr("since %1"), date_text(entry.changed_on))
        status_html += f'<br/><span class="small">{as_html(since)}</span>'
    cells = [
        f'<td class="box" width="5%">{TICK_BOX}</td>',
        f"<td>{item_html}</td>",
        f"<td>{status_html}</td>",
    ]
    if only_wanted:
        ask = item.ask_therapist
        cells.append(f'<td><span class="small">{as_html(ask)}</span></td>' if ask else "<td></td>")
    # An empty notes cell leaves room to write by hand.
    note = as_html(entry.note) if entry.note else "<br/><br/>"
    cells.append(f"<td>{note}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def checklist_html(
    person_name: str,
    entries: list[ChecklistEntry],
    catalogue: Catalogue,
    only_wanted: bool,
    made_on: dt.date,
) -> str:
    """The document as HTML. Every user-typed string is escaped here."""
    title = document_title(only_wanted)
    meta = fill(tr("For %1 · Made on %2"), person_name, date_text(made_on, True))
    if only_wanted:
        intro = tr(
            "Items marked \u201cMight help\u201d or \u201cOrdered\u201d. Take this list to the "
            "next appointment with the occupational therapist."
        )
    else:
        intro = tr(
            "Every item on the checklist, grouped by daily activity. Ask the occupational "
            "therapist before buying or trying equipment."
        )
    parts = [
        f"<h1>{as_html(title)}</h1>",
        f'<p class="meta">{as_html(meta)}</p>',
        f'<p class="intro">{as_html(intro)}</p>',
    ]
    columns = _columns(only_wanted)
    span = len(columns) + 1
    header_cells = '<th class="col" width="5%"></th>' + "".join(
        f'<th class="col" width="{width}%">{as_html(heading)}</th>' for heading, width in columns
    )
    for activity in catalogue.activities:
        group = [e for e in entries if e.activity == activity.id]
        if not group:
            continue
        parts.append(
            '<table class="group" width="100%" cellspacing="0" cellpadding="5">'
            f'<thead><tr><th class="activity" colspan="{span}">{as_html(activity.title)}</th></tr>'
            f"<tr>{header_cells}</tr></thead>"
            + "".join(_row(e, only_wanted) for e in group)
            + "</table>"
        )
    if not any(e.activity in {a.id for a in catalogue.activities} for e in entries):
        empty = (
            tr("Nothing is marked \u201cMight help\u201d or \u201cOrdered\u201d yet.")
            if only_wanted
            else tr("There is nothing on the checklist to print.")
        )
        parts.append(f'<p class="empty">{as_html(empty)}</p>')
    return "".join(parts)


def build_checklist_document(
    person_id: int,
    catalogue: Catalogue,
    only_wanted: bool,
    made_on: dt.date | None = None,
) -> QTextDocument:
    """The person's checklist (not hidden items), or only "might help"/"ordered" ones."""
    person = people.get_person(person_id)
    statuses = equipment.WANTED_STATUSES if only_wanted else None
    entries = equipment.checklist(person_id, catalogue, statuses=statuses)
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document_title(only_wanted))
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_STYLE)
    doc.setHtml(
        checklist_html(person.name, entries, catalogue, only_wanted, made_on or dt.date.today())
    )
    # Remember who and what, for the footer.
    doc.setProperty("footer_text", f"{person.name} \u2014 {document_title(only_wanted)}")
    return doc


def print_checklist(
    device: QPagedPaintDevice, person_id: int, catalogue: Catalogue, only_wanted: bool
) -> None:
    """Lay out and paint the checklist onto a printer (e.g. from a print preview)."""
    doc = build_checklist_document(person_id, catalogue, only_wanted)
    render_document(doc, device, str(doc.property("footer_text") or ""))


def write_checklist_pdf(
    person_id: int,
    path: Path,
    only_wanted: bool = False,
    paper: str = "a4",
    catalogue: Catalogue | None = None,
) -> None:
    """Write the checklist as a PDF with real, selectable text.

    The file appears complete or not at all: it is written beside `path` and moved into place.
    Needs a `QGuiApplication` (with QT_QPA_PLATFORM=offscreen on a headless machine).
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper: '{paper}' is not one of {', '.join(PAPER_SIZES)}")
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_checklist_pdf needs a QGuiApplication to exist")
    catalogue = catalogue or equipment.load_catalogue()
    doc = build_checklist_document(person_id, catalogue, only_wanted)
    footer = str(doc.property("footer_text") or "")
    write_pdf(
        Path(path),
        paper,
        document_title(only_wanted),
        lambda writer: render_document(doc, writer, footer),
    )
