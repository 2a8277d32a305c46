"""The Reports page: the period's figures, the questions, print preview, printing and PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caregiver_app.clock import FixedClock
from caregiver_app.report import appointment
from caregiver_app.report.document import page_layout
from caregiver_app.services import report_data
from caregiver_app.services.periods import Period, period_for
from caregiver_app.services.report_data.questions import load_questions
from caregiver_app.services.report_data.treatments import last_appointment_day
from caregiver_app.ui import tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import TREATMENTS
from caregiver_app.ui.pages.reports import ReportsPage
from tests.report.conftest import NOW, TODAY, pdf_pages


def make_page(qtbot: QtBot, ctx: PageContext, preset: str = "30d") -> ReportsPage:
    page = ReportsPage(ctx)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.set_period(preset)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    return page


def pdf_printer(path: Path, paper: str = "a4") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(page_layout(paper))
    return printer


def test_the_page_shows_the_figures_of_the_chosen_period(
    qtbot: QtBot, ctx: PageContext, sample_person: int
) -> None:
    page = make_page(qtbot, ctx)
    data = report_data.load_report(sample_person, period_for("30d", TODAY), TODAY)
    rate = data.frequency.rate
    assert rate is not None and rate.episodes != data.figures.episodes  # stiffness, today
    # the count beside the rate is the one it divides, as on page 1 (not every episode)
    assert (
        f"{rate.episodes} episodes in {rate.period.days} days · {rate.per_day:.1f} a day"
    ) in page.summary_text.text()
    assert "27 Oct 2026 to 25 Nov 2026 (30 days)" in page.summary_text.text()
    page.set_period("7d")
    qtbot.waitUntil(lambda: "(7 days)" in page.summary_text.text())
    assert ctx.settings.value("reports/period") == "7d"
    page.set_period("custom", (dt.date(2026, 11, 1), dt.date(2026, 11, 10)))
    qtbot.waitUntil(lambda: "1 Nov 2026 to 10 Nov 2026" in page.summary_text.text())
    assert ctx.settings.value("reports/period") == "custom:2026-11-01:2026-11-10"


def test_since_the_last_appointment_is_offered_when_there_was_one(
    qtbot: QtBot, ctx: PageContext, sample_person: int
) -> None:
    last = last_appointment_day(sample_person, TODAY)
    if last is None:
        pytest.skip("the sample diary has no past appointment")
    page = make_page(qtbot, ctx)
    button = page.period_buttons["since_appointment"]
    assert not button.isHidden()
    button.click()
    qtbot.waitUntil(lambda: page.data is not None and page.data.period.first_day == last)
    assert page.data.period == Period(last, TODAY)


def test_paper_follows_the_locale_and_is_remembered(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = make_page(qtbot, ctx)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    assert ctx.settings.value("reports/paper") == "letter"
    again = make_page(qtbot, ctx)
    assert again.paper.currentData() == "letter"


def test_questions_are_kept_with_the_next_appointment(
    qtbot: QtBot, ctx: PageContext, sample_person: int
) -> None:
    appointments = pytest.importorskip("caregiver_app.services.appointments")
    visit = appointments.next_appointment(sample_person, TODAY)
    if visit is None:
        pytest.skip("the sample diary has no appointment coming up")
    page = make_page(qtbot, ctx)
    assert page.questions.toPlainText() == "\n".join(q.question for q in visit.questions)
    assert "Kept with the appointment on" in page.questions_note.text()
    with qtbot.waitSignal(ctx.notifier.changed) as signal:
        page.questions.setPlainText("Is the dose right?\nCan the splint be adjusted?")
        assert page.save_questions()
    assert signal.args == [TREATMENTS, sample_person]
    saved = appointments.get_appointment(visit.id)
    assert [q.question for q in saved.questions] == [
        "Is the dose right?",
        "Can the splint be adjusted?",
    ]


def test_questions_wait_for_an_appointment_when_none_is_planned(
    qtbot: QtBot, ctx: PageContext, person: int
) -> None:
    page = make_page(qtbot, ctx)
    assert "No appointment is planned yet" in page.questions_note.text()
    qtbot.keyClicks(page.questions, "<i>Why at night?</i>")
    page.hide()  # leaving the page keeps what was typed
    assert load_questions(person, TODAY)[0] == "<i>Why at night?</i>"


def test_print_preview_opens_from_the_window_and_shows_every_page(
    qtbot: QtBot, db: object, sample_person: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("reports/period", "90d")
    window = MainWindow(tmp_path, settings, clock=FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    shown: list[QDialog] = []
    monkeypatch.setattr(page, "_exec_dialog", lambda dialog: shown.append(dialog) or 0)

    page.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    assert isinstance(dialog, QPrintPreviewDialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    data = report_data.load_report(sample_person, period_for("90d", TODAY), TODAY)
    expected = appointment.print_report(data, pdf_printer(tmp_path / "expected.pdf"))
    assert expected > 5
    assert preview.pageCount() == expected


def test_printing_sends_every_page_to_the_printer(
    qtbot: QtBot, ctx: PageContext, sample_person: int, tmp_path: Path, monkeypatch
) -> None:
    page = make_page(qtbot, ctx)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(page, "_printer", lambda: pdf_printer(out))
    monkeypatch.setattr(page, "_exec_dialog", lambda _dialog: QDialog.DialogCode.Accepted)
    page.print_button.click()
    qtbot.waitUntil(lambda: "to the printer" in page.message.text())
    pages = pdf_pages(out)
    assert f"Sent {len(pages)} pages to the printer." == page.message.text()
    assert "Appointment summary" in pages[0]


def test_saving_a_pdf_runs_in_the_background_with_progress(
    qtbot: QtBot, ctx: PageContext, sample_person: int, tmp_path: Path, monkeypatch
) -> None:
    page = make_page(qtbot, ctx)
    page.questions.setPlainText("A question typed just now")
    target = tmp_path / "summary.pdf"
    offered: list[str] = []
    monkeypatch.setattr(page, "_ask_pdf_path", lambda name: offered.append(name) or target)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)  # a real worker thread
    page.pdf_button.click()
    assert page.progress.isVisibleTo(page) and not page.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)
    assert offered == ["Appointment summary Sam (sample)"]
    assert page.pdf_button.isEnabled() and not page.progress.isVisibleTo(page)
    texts = pdf_pages(target)
    assert page.message.text() == f"Saved summary.pdf ({len(texts)} pages)."
    assert "A question typed just now" in texts[0]


def test_a_change_while_the_preview_is_prepared_does_not_leave_the_page_stuck(
    qtbot: QtBot, ctx: PageContext, sample_person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caregiver_app.ui.notifier import EPISODES

    page = make_page(qtbot, ctx)
    shown: list[QDialog] = []
    monkeypatch.setattr(page, "_exec_dialog", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    page.print_preview()
    ctx.notifier.notify(EPISODES, sample_person)  # e.g. an episode logged meanwhile
    qtbot.waitUntil(lambda: bool(shown) and not page._busy, timeout=20000)
    assert page.preview_button.isEnabled()
    # the figures read again after the change answer too, before the page is deleted
    qtbot.waitUntil(lambda: not tasks._alive, timeout=20000)


def test_the_episode_log_choice_is_remembered_and_decides_the_log_in_the_pdf(
    qtbot: QtBot, ctx: PageContext, sample_person: int, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    page = make_page(qtbot, ctx, "90d")
    assert page.log_choice.currentData() == "14d"  # the default
    page.log_choice.setFocus()
    qtbot.keyClick(page.log_choice, Qt.Key.Key_End)  # the last choice: no log
    assert ctx.settings.value("reports/log") == "none"
    target = tmp_path / "no-log.pdf"
    monkeypatch.setattr(page, "_ask_pdf_path", lambda name: target)
    page.pdf_button.click()
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)
    assert "Episode log" not in " ".join(pdf_pages(target))
    again = make_page(qtbot, ctx, "90d")
    assert again.log_choice.currentData() == "none"
    qtbot.keyClick(again.log_choice, Qt.Key.Key_Home)
    target = tmp_path / "log.pdf"
    monkeypatch.setattr(again, "_ask_pdf_path", lambda name: target)
    again.pdf_button.click()
    qtbot.waitUntil(lambda: not again._busy, timeout=20000)
    text = " ".join(pdf_pages(target))
    assert "Episode log The episodes of the last 14 days of the period" in text
