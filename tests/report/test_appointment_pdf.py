"""The appointment report on paper: what a physician reads agrees with the diary, word for word."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from pathlib import Path

import pytest

from caregiver_app import labels
from caregiver_app.report import appointment
from caregiver_app.services import exchange, report_data
from caregiver_app.services.episodes import EpisodeData, add_episode
from caregiver_app.services.periods import Period, period_for
from caregiver_app.words import date_text
from tests.report.conftest import NOW, TODAY, pdf_pages

LATER = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
MARKUP = '<b>bold</b> <img src="file:///etc/passwd">'


def write(person: int, period: Period, path: Path, paper: str = "a4", **kw: object) -> int:
    data = report_data.load_report(person, period, TODAY, **kw)  # type: ignore[arg-type]
    return appointment.write_report_pdf(data, path, paper)


def csv_figures(person: int, period: Period) -> tuple[int, tuple[int, ...], float, Counter[str]]:
    """Count, severity counts, mean pain and trigger counts of the period, from the CSV export."""
    rows = [
        row
        for row in csv.DictReader(io.StringIO(exchange.episodes_csv(person)))
        if dt.datetime.fromisoformat(row["started_at"]).date() in period
    ]
    severities = [int(r["severity"]) for r in rows]
    pains = [int(r["pain"]) for r in rows if r["pain"]]
    triggers = Counter(code for r in rows for code in r["triggers"].split(";") if code)
    levels = tuple(severities.count(level) for level in (1, 2, 3))
    return len(rows), levels, sum(pains) / len(pains), triggers


@pytest.mark.parametrize("preset", ["30d", "90d"])
def test_page_one_agrees_with_the_csv_export_of_the_same_period(
    qapp: object, tmp_path: Path, sample_person: int, preset: str
) -> None:
    period = period_for(preset, TODAY)
    count, (mild, moderate, severe), pain, triggers = csv_figures(sample_person, period)
    path = tmp_path / "report.pdf"
    write(sample_person, period, path)
    page1 = pdf_pages(path)[0]

    assert mild + moderate + severe == count
    # "How bad" says which episodes it counts: every one, unlike the rate above it
    assert (
        f"All {count} episodes of the period, stiffness included: "
        f"mild {mild}, moderate {moderate}, severe {severe} ("
    ) in page1
    assert f"Mean pain {pain:.1f} out of 10" in page1
    found = re.search(r"Noted as suspected triggers: (.+?) (\d+) \(", page1)
    assert found is not None, page1
    top_code = next(c for c, label in labels.triggers().items() if label == found.group(1))
    assert int(found.group(2)) == triggers[top_code] == max(triggers.values())


def test_page_one_reads_as_a_clinical_summary(qapp: object, tmp_path: Path, sample_person: int):
    path = tmp_path / "report.pdf"
    write(sample_person, period_for("30d", TODAY), path)
    page1 = pdf_pages(path)[0]
    for expected in (
        "Appointment summary",
        "Sam (sample)",
        "Stroke on",
        "Affected: left side",
        "Period: 27 Oct 2026 to 25 Nov 2026 (30 days)",
        "Made on 25 Nov 2026",
        "How often",
        "How bad",
        "Better or worse",
        "in this period (27 Oct 2026 to 24 Nov 2026) against",
        f"in the period before it ({date_text(dt.date(2026, 9, 27))} to 26 Oct 2026)",
        "in the last 4 weeks (28 Oct 2026 to 24 Nov 2026) against",
        "Penn Spasm Frequency Scale",
        "Estimated from the last 7 days (18 Nov 2026 to 24 Nov 2026) of the diary",
        "Possible triggers",
        "Five factors are compared, so one of them may look linked by chance;",
        "Medications now",
        "Last injection",
        "Questions for this appointment",
        "Made with Caregiver Dashboard from a family diary; not a medical record.",
    ):
        assert expected in page1, expected
    for code in ("poor_sleep", "upper_arm", "brain_injury", "as_needed"):
        assert code not in page1  # labels, never raw codes
    assert "24-hour spasm count" not in page1  # one frequency figure, not two
    assert page1.count("not proof") <= 1


def test_markup_typed_by_a_person_prints_literally(
    qapp: object, tmp_path: Path, person: int
) -> None:
    """A note and a question with HTML in them print exactly as typed; nothing is loaded."""
    add_episode(
        person,
        EpisodeData(
            started=NOW - dt.timedelta(days=2),
            body_region="hand",
            side="left",
            severity=2,
            kind="spasm",  # a short kind leaves the notes column room for the markup on one line
            notes=MARKUP,
        ),
        now=LATER,
    )
    path = tmp_path / "markup.pdf"
    write(person, period_for("7d", TODAY), path, questions=f"Ask: {MARKUP}")
    pages = pdf_pages(path)
    assert f"Ask: {MARKUP}" in pages[0]  # the question, on page 1
    assert MARKUP in pages[-1]  # the note, in the episode log
    assert "root:" not in " ".join(pages)  # /etc/passwd was never read into the document


def test_every_page_says_page_x_of_y(qapp: object, tmp_path: Path, sample_person: int) -> None:
    path = tmp_path / "report.pdf"
    pages = write(sample_person, period_for("90d", TODAY), path, paper="letter")
    texts = pdf_pages(path)
    assert pages == len(texts) > 5
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Sam (sample) · 28 Aug 2026 to 25 Nov 2026" in text  # the footer


def test_the_log_header_is_repeated_on_every_appendix_page(
    qapp: object, tmp_path: Path, sample_person: int
) -> None:
    path = tmp_path / "report.pdf"
    write(sample_person, period_for("90d", TODAY), path, log_days=None)
    texts = pdf_pages(path)
    start = next(i for i, t in enumerate(texts) if "Episode log Every episode" in t)
    appendix = texts[start:]
    assert len(appendix) >= 3
    header = "Date Time Where Kind Severity Pain Triggers What helped Notes"
    for text in appendix:
        assert header in text


def test_an_empty_period_makes_a_short_report(qapp: object, tmp_path: Path, person: int) -> None:
    path = tmp_path / "empty.pdf"
    pages = write(person, period_for("30d", TODAY), path)
    texts = pdf_pages(path)
    assert pages == len(texts) == 1
    assert "Nothing was recorded in this period" in texts[0]
    assert "Page 1 of 1" in texts[0]


def test_a_diary_started_during_the_period_is_not_diluted(
    qapp: object, tmp_path: Path, sample_person: int
) -> None:
    """Asked for a year of a 120-day diary, the rates cover the diary's days only."""
    path = tmp_path / "year.pdf"
    data = report_data.load_report(sample_person, period_for("1y", TODAY), TODAY)
    appointment.write_report_pdf(data, path)
    page1 = pdf_pages(path)[0]
    assert data.covered.days == 120
    rate = data.frequency.rate
    assert rate is not None and rate.period.days == 119  # the diary's complete days only
    assert f"on the 119 complete days from {date_text(data.covered.first_day)}" in page1
    assert f"the diary starts on {date_text(data.covered.first_day)}" in page1
    assert f"{rate.per_day:.1f} episodes a day" in page1


def test_a_note_longer_than_a_page_is_printed_whole(
    qapp: object, tmp_path: Path, person: int
) -> None:
    lines = [f"line {n} of a very long note" for n in range(150)]
    add_episode(
        person,
        EpisodeData(
            started=NOW - dt.timedelta(days=1),
            body_region="hand",
            side="left",
            severity=1,
            notes="\n".join(lines),
        ),
        now=LATER,
    )
    path = tmp_path / "long.pdf"
    write(person, period_for("7d", TODAY), path)
    text = " ".join(pdf_pages(path))
    for line in (lines[0], lines[75], lines[-1]):
        assert line in text


def test_printing_to_a_printer_lays_out_the_same_pages(
    qapp: object, tmp_path: Path, sample_person: int
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from caregiver_app.report.document import page_layout

    data = report_data.load_report(sample_person, period_for("30d", TODAY), TODAY, log_days=None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("a4"))
    pages = appointment.print_report(data, printer)
    written = appointment.write_report_pdf(data, tmp_path / "written.pdf")
    assert pages == written == len(pdf_pages(tmp_path / "printed.pdf"))


def test_many_long_questions_continue_on_the_next_page_and_none_is_lost(
    qapp: object, tmp_path: Path, sample_person: int
) -> None:
    questions = [
        f"Question {n}: " + "could the care team explain what the numbers mean here " * 3
        for n in range(1, 31)
    ]
    path = tmp_path / "questions.pdf"
    write(sample_person, period_for("30d", TODAY), path, questions="\n".join(questions))
    texts = pdf_pages(path)
    text = " ".join(texts)
    for question in questions:
        assert " ".join(question.split()) in text
    assert "Question 1:" in texts[0] and "Question 30:" not in texts[0]


def test_the_spasm_scale_line_is_all_in_spanish(
    qapp: object, sample_person: int, spanish: None
) -> None:
    from caregiver_app.report.appointment.summary_lines import summary_rows

    data = report_data.load_report(sample_person, period_for("30d", TODAY), TODAY)
    rows = dict(summary_rows(data))
    scale = rows["Escala de frecuencia de espasmos de Penn"]
    assert "Estimada a partir de los últimos 7 días (18 nov 2026 a 24 nov 2026)" in scale
    for english in ("Frequency", "Severity", "Recall", "Estimated", "days", "Nov"):
        assert english not in scale
    assert "Links are not proof" not in rows["Posibles desencadenantes"]


def test_a_spanish_percentage_never_breaks_from_its_number(
    qapp: object, sample_person: int, spanish: None
) -> None:
    """Spanish writes "42 %": the space must not break, or a line starts with a bare "%"."""
    from caregiver_app.report.appointment.summary_lines import summary_rows
    from caregiver_app.words import percent

    assert percent(0.42) == "42\u00a0%"
    data = report_data.load_report(sample_person, period_for("30d", TODAY), TODAY)
    text = " ".join(dict(summary_rows(data)).values())
    assert "%" in text and re.search(r"\d %", text) is None


def test_spanish_page_one_names_the_kinds_with_the_forms_words(
    qapp: object, sample_person: int, spanish: None
) -> None:
    """The episode form says "Clono"; page 1 must not say "clonus" for the same thing."""
    from caregiver_app import labels
    from caregiver_app.report.appointment.summary_lines import summary_rows

    data = report_data.load_report(sample_person, period_for("30d", TODAY), TODAY)
    text = " ".join(dict(summary_rows(data)).values())
    assert labels.kinds()["clonus"].lower() in text and "clonus" not in text
