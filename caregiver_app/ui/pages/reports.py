"""Reports: the appointment summary, previewed, printed or saved as a PDF.

The page shows the headline figures of the chosen period, keeps the questions for the next
appointment, and builds the report in the background (`tasks.run_task`): the numbers are read
and, for a PDF, the pages are laid out and written off the GUI thread while a progress bar
runs. Printing and the print preview paint on the GUI thread, as Qt's print dialogs require.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.report import appointment
from caregiver_app.report.appointment.summary import rate_basis
from caregiver_app.report.appointment.summary_lines import change_words
from caregiver_app.report.document import page_layout
from caregiver_app.services import charts, report_data
from caregiver_app.services.periods import PRESETS, SINCE_APPOINTMENT, Period, period_for
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data.episode_log import LOG_CHOICES
from caregiver_app.services.report_data.treatments import last_appointment_day
from caregiver_app.ui import output_guard, prompts, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import ACTIVE_PERSON, CHECKINS, EPISODES, PEOPLE, TREATMENTS
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.pages.reports_questions import AppointmentQuestions
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.ui.widgets.period_bar import PeriodBar
from caregiver_app.words import episodes_words, number, period_text

PAPER_KEY = "reports/paper"
PERIOD_KEY = "reports/period"
LOG_KEY = "reports/log"  # none | 14d | all, as `caregiver-app report --log`


def default_paper() -> str:
    """Letter where the locale uses US measures, otherwise A4."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


def _labelled(text: str, box: QWidget) -> QWidget:
    """A caption and its drop-down, kept together on one line of the wrapping action row."""
    label = QLabel(text)
    label.setBuddy(box)
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(12, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(box)
    return host


class ReportsPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = ctx.clock.today
        self.data: ReportData | None = None
        self._stale = True
        self._busy = False
        self._generation = 0
        self._last_visit: dt.date | None = None
        self._reload_questions = True
        self._preview_printer: QPrinter | None = None

        title = QLabel(self.tr("Reports"))
        title.setObjectName("PageTitle")
        intro = QLabel(
            self.tr(
                "A summary to take to the appointment: page 1 answers how often, how bad, "
                "better or worse, and why. Then come the charts, the check-ins week by week "
                "and the episode log."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")

        # Period and paper
        self.period_chooser = PeriodBar(
            ctx.settings,
            lambda: self.today(),
            key=PERIOD_KEY,
            caption=self.tr("Period:"),
            day_names=(self.tr("First day of the report"), self.tr("Last day of the report")),
        )
        self.period_chooser.changed.connect(self._request_refresh)
        self.period_buttons = self.period_chooser.buttons
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        saved_paper = str(ctx.settings.value(PAPER_KEY, default_paper()))
        self.paper.setCurrentIndex(max(0, self.paper.findData(saved_paper)))
        self.paper.currentIndexChanged.connect(
            lambda _i: ctx.settings.setValue(PAPER_KEY, self.paper.currentData())
        )

        self.log_choice = QComboBox()
        self.log_choice.setAccessibleName(self.tr("Episode log in the report"))
        self.log_choice.addItem(self.tr("Last 14 days"), "14d")
        self.log_choice.addItem(self.tr("Every episode"), "all")
        self.log_choice.addItem(self.tr("None"), "none")
        saved_log = str(ctx.settings.value(LOG_KEY, "14d"))
        self.log_choice.setCurrentIndex(max(0, self.log_choice.findData(saved_log)))
        self.log_choice.currentIndexChanged.connect(
            lambda _i: ctx.settings.setValue(LOG_KEY, self.log_choice.currentData())
        )

        # What the report will say, in brief
        self.summary = Card(self.tr("This report"))
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.body.addWidget(self.summary_text)

        # Questions
        self.questions_box = AppointmentQuestions(ctx, lambda: self.today())
        self.questions = self.questions_box.editor
        self.questions_note = self.questions_box.note

        # Actions and progress
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.setObjectName("Primary")
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Making the report"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        actions = flow_host(
            self.preview_button,
            self.print_button,
            self.pdf_button,
            _labelled(self.tr("Paper:"), self.paper),
            _labelled(self.tr("Episode &log:"), self.log_choice),
        )
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.period_chooser)
        self.summary.body.addSpacing(4)
        self.summary.body.addWidget(actions)
        self.summary.body.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.questions_box)
        layout.addStretch(1)

        ctx.notifier.changed.connect(self._on_data_changed)

    # --- the period -----------------------------------------------------------------------

    @property
    def preset(self) -> str:
        """The chosen period's code (see `period_bar.CHOICES`)."""
        return self.period_chooser.preset

    def set_period(self, preset: str, custom: tuple[dt.date, dt.date] | None = None) -> None:
        """Choose a period as a user would (also used by tests)."""
        self.period_chooser.set_period(preset, custom)

    def period(self, person_id: int) -> Period:
        """The chosen period on today's date (runs quick queries; GUI thread is fine)."""
        today = self.today()
        if self.preset == SINCE_APPOINTMENT and self._last_visit is not None:
            return Period(self._last_visit, today)
        if self.preset == "custom":
            return period_for("custom", today, custom=self.period_chooser.custom)
        preset = self.preset if self.preset in PRESETS else "30d"
        return period_for(preset, today, charts.first_entry_day(person_id))

    def log_days(self) -> int | None:
        """The days of episode log chosen: 14, None (all) or 0 (none)."""
        return LOG_CHOICES.get(str(self.log_choice.currentData()), 14)

    # --- refreshing -------------------------------------------------------------------------

    def _on_data_changed(self, topic: str, person_id: int) -> None:
        mine = person_id == (self.ctx.active_person_id() or 0)
        if topic in (ACTIVE_PERSON, PEOPLE):
            self._reload_questions = True
        elif not mine or topic not in (EPISODES, CHECKINS, TREATMENTS):
            return
        elif topic == TREATMENTS and not self.questions_box.saving:
            self._reload_questions = True  # e.g. an appointment was added or changed
        self._request_refresh()

    def _request_refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_questions()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the figures for the chosen period in the background."""
        person_id = self.ctx.active_person_id()
        if person_id is None:
            return
        if person_id != self.questions_box.person_id or self._reload_questions:
            self.save_questions()  # what was typed is kept before anything is reloaded
            self._reload_questions = False
            self.questions_box.load(person_id)
        self._last_visit = last_appointment_day(person_id, self.today())
        since = self.period_buttons[SINCE_APPOINTMENT]
        since.setVisible(self._last_visit is not None)
        if self.preset == SINCE_APPOINTMENT and self._last_visit is None:
            self.period_chooser.show_preset("30d")
        self._stale = False
        self._load(lambda data: self._show_summary(data))

    def _load(self, then: Callable[[ReportData], None], latest_only: bool = True) -> None:
        """Read the report's numbers in the background, then `then(data)`. With `latest_only`
        (refreshing the figures) an answer that a newer request overtook is dropped; a print
        or preview request always gets its answer."""
        person_id = self.ctx.active_person_id()
        if person_id is None:
            return
        if latest_only:
            self._generation += 1
        generation = self._generation
        period, today = self.period(person_id), self.today()

        def done(data: ReportData) -> None:
            if generation == self._generation:
                self.data = data
            if generation == self._generation or not latest_only:
                then(data)

        log_days = self.log_days()
        tasks.run_task(
            lambda: report_data.load_report(
                person_id, period, today, questions="", log_days=log_days
            ),
            done,
            self._failed,
        )

    def _show_summary(self, data: ReportData) -> None:
        """The figures of page 1, from the same numbers: episodes a day, better or worse."""
        lines = [f"{data.person.name} · {period_text(data.period)}"]
        rate = data.frequency.rate
        if data.is_empty:
            lines.append(self.tr("Nothing was recorded in this period."))
        else:
            if rate is None:
                figures = episodes_words(data.figures.episodes)
            else:  # the episodes the rate counts (as on page 1), not every one of the period
                figures = rate_basis(data)
                figures += " · " + self.tr("%1 a day").replace("%1", number(rate.per_day))
            figures += f" · {change_words(data)}"
            lines.append(figures)
        self.summary_text.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, self.tr("The report could not be made: %1").replace("%1", str(error)))

    # --- questions --------------------------------------------------------------------------

    def save_questions(self) -> bool:
        """Keep what is typed (with the next appointment, or for it); False if it could not be."""
        return self.questions_box.save()

    # --- making the report ------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(not busy)
        if busy or text:
            self.message.setText(text)
        self.message.setVisible(bool(self.message.text()))

    def _with_data(self, text: str, then: Callable[[ReportData], None]) -> None:
        """Save the questions, read fresh figures (in the background), then `then(data)`."""
        if self._busy or self.ctx.active_person_id() is None:
            return
        self.save_questions()
        questions = self.questions_box.questions()
        self._set_busy(True, text)

        self._load(lambda data: then(replace(data, questions=questions)), latest_only=False)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(str(self.paper.currentData())))
        return printer

    def print_preview(self) -> None:
        self._with_data(self.tr("Preparing the preview…"), self._preview)

    def _preview(self, data: ReportData) -> None:
        self._set_busy(False)
        # Qt does not own the printer: it must outlive the dialog, which may outlive this call.
        self._preview_printer = printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview: appointment summary"))
        dialog.paintRequested.connect(lambda printer: appointment.print_report(data, printer))
        dialog.resize(900, 1000)
        self._exec_dialog(dialog)

    def _exec_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this)."""
        return dialog.exec()

    def print_report(self) -> None:
        self._with_data(self.tr("Preparing the report…"), self._print)

    def _print(self, data: ReportData) -> None:
        self._set_busy(False)
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the appointment summary"))
        if self._exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._set_busy(True, self.tr("Printing…"))
        try:
            pages = appointment.print_report(data, printer)
        except OSError as exc:
            self._failed(exc)
            return
        self._set_busy(False, self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def save_pdf(self) -> None:
        person_id = self.ctx.active_person_id()
        if self._busy or person_id is None:
            return
        path = self._ask_pdf_path(self._suggested_name())
        if path is None or not output_guard.may_write(self, self.tr("The PDF was not saved"), path):
            return
        self.save_questions()
        questions = self.questions_box.questions()
        paper = str(self.paper.currentData())
        period, today = self.period(person_id), self.today()
        log_days = self.log_days()
        self._set_busy(True, self.tr("Writing the PDF…"))

        def job() -> int:
            data = report_data.load_report(
                person_id, period, today, "\n".join(questions), log_days=log_days
            )
            return appointment.write_report_pdf(data, path, paper)

        def done(pages: int) -> None:
            text = self.tr("Saved %1 (%2 pages).").replace("%1", path.name)
            self._set_busy(False, text.replace("%2", str(pages)))

        def failed(exc: BaseException) -> None:
            self._set_busy(False, "")
            prompts.warn(
                self,
                self.tr("The PDF was not saved"),
                self.tr("Could not write %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", error_text(exc)),
            )

        tasks.run_task(job, done, failed)

    def _suggested_name(self) -> str:
        name = self.data.person.name if self.data is not None else ""
        text = self.tr("Appointment summary %1").replace("%1", name).strip()
        return "".join(c for c in text if c not in '\\/:*?"<>|').strip() or "report"

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        """The save dialog (tests replace this)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the appointment summary as PDF"),
            str(Path(folder) / f"{suggested}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")
