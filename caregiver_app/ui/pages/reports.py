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

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.report import appointment
from caregiver_app.report.appointment.summary_lines import change_words
from caregiver_app.report.document import page_layout
from caregiver_app.report.words import date_text, episodes_words, number, period_text
from caregiver_app.services import charts, report_data
from caregiver_app.services.periods import PRESETS, SINCE_APPOINTMENT, Period, period_for
from caregiver_app.services.report_data import ReportData
from caregiver_app.services.report_data import questions as report_questions
from caregiver_app.services.report_data.treatments import last_appointment_day
from caregiver_app.ui import prompts, tasks
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import ACTIVE_PERSON, CHECKINS, EPISODES, PEOPLE, TREATMENTS
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.flow_layout import flow_host

PERIOD_KEY = "reports/period"
PAPER_KEY = "reports/paper"

CHOICES = (*PRESETS[:-1], SINCE_APPOINTMENT, "custom")  # 7d 30d 90d 1y all, since, custom


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def default_paper() -> str:
    """Letter where the locale uses US measures, otherwise A4."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


class ReportsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.data: ReportData | None = None
        self._stale = True
        self._busy = False
        self._generation = 0
        self._person_id: int | None = None
        self._last_visit: dt.date | None = None
        self._saving = False  # while this page writes the questions to an appointment
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
        names = {
            "7d": self.tr("7 days"),
            "30d": self.tr("30 days"),
            "90d": self.tr("90 days"),
            "1y": self.tr("1 year"),
            "all": self.tr("All"),
            SINCE_APPOINTMENT: self.tr("Since the last appointment"),
            "custom": self.tr("Choose dates"),
        }
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QPushButton] = {}
        for code in CHOICES:
            button = QPushButton(names[code])
            button.setObjectName("Choice")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Period: %1").replace("%1", names[code]))
            button.clicked.connect(lambda _checked=False, c=code: self.set_period(c))
            self.period_group.addButton(button)
            self.period_buttons[code] = button
        period_row = QHBoxLayout()
        period_label = QLabel(self.tr("Period:"))
        # As tall as a button, so the label lines up with the first row of buttons.
        period_label.setMinimumHeight(self.period_buttons["7d"].sizeHint().height())
        period_row.addWidget(period_label, 0, Qt.AlignmentFlag.AlignTop)
        period_row.addWidget(flow_host(*self.period_buttons.values()), 1)
        self.first_edit = self._date_edit(self.tr("First day of the report"))
        self.last_edit = self._date_edit(self.tr("Last day of the report"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        saved_paper = str(ctx.settings.value(PAPER_KEY, default_paper()))
        self.paper.setCurrentIndex(max(0, self.paper.findData(saved_paper)))
        self.paper.currentIndexChanged.connect(
            lambda _i: ctx.settings.setValue(PAPER_KEY, self.paper.currentData())
        )
        dates_row = QHBoxLayout()
        self.dates_box = QWidget()
        dates = QHBoxLayout(self.dates_box)
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("from")), self.first_edit, QLabel(self.tr("to"))):
            dates.addWidget(widget)
        dates.addWidget(self.last_edit)
        dates_row.addWidget(self.dates_box)
        dates_row.addStretch(1)

        # What the report will say, in brief
        self.summary = Card(self.tr("This report"))
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.body.addWidget(self.summary_text)

        # Questions
        self.questions_label = QLabel(
            self.tr("Questions for the appointment, one a line (printed on page 1):")
        )
        self.questions_label.setWordWrap(True)
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(self.tr("Questions for the appointment"))
        self.questions.setPlaceholderText(
            self.tr("For example: Is the dose still right? Could the splint be adjusted?")
        )
        self.questions.setTabChangesFocus(True)
        self.questions.setMaximumHeight(130)
        self.questions_label.setBuddy(self.questions)
        self.questions_note = QLabel()
        self.questions_note.setObjectName("Muted")
        self.questions_note.setWordWrap(True)
        self._questions_dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_questions)
        self.questions.textChanged.connect(self._on_questions_typed)

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
        paper_label = QLabel(self.tr("Paper:"))
        paper_label.setBuddy(self.paper)
        paper_box = QWidget()
        paper_row = QHBoxLayout(paper_box)
        paper_row.setContentsMargins(12, 0, 0, 0)
        paper_row.addWidget(paper_label)
        paper_row.addWidget(self.paper)
        actions = flow_host(self.preview_button, self.print_button, self.pdf_button, paper_box)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(period_row)
        layout.addLayout(dates_row)
        self.summary.body.addSpacing(4)
        self.summary.body.addWidget(actions)
        self.summary.body.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addWidget(self.questions_label)
        layout.addWidget(self.questions)
        layout.addWidget(self.questions_note)
        layout.addStretch(1)

        self._restore_period()
        ctx.notifier.changed.connect(self._on_data_changed)

    # --- the period -----------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._on_dates_changed())
        return edit

    def _restore_period(self) -> None:
        value = str(self.ctx.settings.value(PERIOD_KEY, "30d"))
        today = self.today()
        first, last = today - dt.timedelta(days=29), today
        if value.startswith("custom:"):
            try:
                _, a, b = value.split(":")
                first, last = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
                value = "custom"
            except ValueError:
                value = "30d"
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.preset = value if value in CHOICES else "30d"
        self.period_buttons[self.preset].setChecked(True)
        self.dates_box.setVisible(self.preset == "custom")

    def set_period(self, preset: str, custom: tuple[dt.date, dt.date] | None = None) -> None:
        """Choose a period as a user would (also used by tests)."""
        if custom is not None:
            for edit, day in zip((self.first_edit, self.last_edit), custom, strict=True):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.preset = preset
        self.period_buttons[preset].setChecked(True)
        self.dates_box.setVisible(preset == "custom")
        value = preset
        if preset == "custom":
            value = f"custom:{_date(self.first_edit.date())}:{_date(self.last_edit.date())}"
        self.ctx.settings.setValue(PERIOD_KEY, value)
        self._request_refresh()

    def _on_dates_changed(self) -> None:
        if self.preset == "custom":
            self.set_period("custom")

    def period(self, person_id: int) -> Period:
        """The chosen period on today's date (runs quick queries; GUI thread is fine)."""
        today = self.today()
        if self.preset == SINCE_APPOINTMENT and self._last_visit is not None:
            return Period(self._last_visit, today)
        if self.preset == "custom":
            custom = (_date(self.first_edit.date()), _date(self.last_edit.date()))
            return period_for("custom", today, custom=custom)
        preset = self.preset if self.preset in PRESETS else "30d"
        return period_for(preset, today, charts.first_entry_day(person_id))

    # --- refreshing -------------------------------------------------------------------------

    def _on_data_changed(self, topic: str, person_id: int) -> None:
        mine = person_id == (self.ctx.active_person_id() or 0)
        if topic in (ACTIVE_PERSON, PEOPLE):
            self._reload_questions = True
        elif not mine or topic not in (EPISODES, CHECKINS, TREATMENTS):
            return
        elif topic == TREATMENTS and not self._saving:
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
        if person_id != self._person_id or self._reload_questions:
            self.save_questions()  # what was typed is kept before anything is reloaded
            self._person_id = person_id
            self._load_questions(person_id)
        self._last_visit = last_appointment_day(person_id, self.today())
        since = self.period_buttons[SINCE_APPOINTMENT]
        since.setVisible(self._last_visit is not None)
        if self.preset == SINCE_APPOINTMENT and self._last_visit is None:
            self.preset = "30d"
            self.period_buttons["30d"].setChecked(True)
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

        tasks.run_task(
            lambda: report_data.load_report(person_id, period, today, questions=""),
            done,
            self._failed,
        )

    def _show_summary(self, data: ReportData) -> None:
        f = data.figures
        lines = [f"{data.person.name} · {period_text(data.period)}"]
        if data.is_empty:
            lines.append(self.tr("Nothing was recorded in this period."))
        else:
            figures = episodes_words(f.episodes)
            if f.per_week is not None:
                week = self.tr("%1 a week").replace("%1", number(f.per_week))
                figures += f" · {week}, {change_words(data)}"
            if f.severity_mean is not None:
                figures += " · " + self.tr("mean severity %1").replace(
                    "%1", number(f.severity_mean)
                )
            if f.pain_mean is not None:
                figures += " · " + self.tr("mean pain %1").replace("%1", number(f.pain_mean))
            lines.append(figures)
        self.summary_text.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, self.tr("The report could not be made: %1").replace("%1", str(error)))

    # --- questions --------------------------------------------------------------------------

    def _load_questions(self, person_id: int) -> None:
        self._reload_questions = False
        text, place = report_questions.load_questions(person_id, self.today())
        self.questions.blockSignals(True)
        self.questions.setPlainText(text)
        self.questions.blockSignals(False)
        self._questions_dirty = False
        self._show_place(place)

    def _show_place(self, place: report_questions.QuestionsPlace) -> None:
        if place.day is None:
            note = self.tr(
                "No appointment is planned yet: the questions are kept here and move to the "
                "next appointment once you add it on the Treatments page."
            )
        else:
            when = date_text(place.day)
            if place.clinician:
                when += f", {place.clinician}"
            note = self.tr("Kept with the appointment on %1.").replace("%1", when)
        self.questions_note.setText(note)

    def _on_questions_typed(self) -> None:
        self._questions_dirty = True
        self._save_timer.start()

    def save_questions(self) -> bool:
        """Keep what is typed (with the next appointment, or for it); False if it could not be."""
        self._save_timer.stop()
        if not self._questions_dirty or self._person_id is None:
            return True
        try:
            self._saving = True
            place = report_questions.save_questions(
                self._person_id, self.questions.toPlainText(), self.today()
            )
            if place.appointment_id is not None:
                self.ctx.notifier.notify(TREATMENTS, self._person_id)
        except ValueError as exc:
            self.questions_note.setText(
                self.tr("The questions were not kept: %1").replace("%1", error_text(exc))
            )
            return False
        finally:
            self._saving = False
        self._questions_dirty = False
        self._show_place(place)
        return True

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
        questions = report_questions.question_list(self.questions.toPlainText())
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
        if path is None:
            return
        self.save_questions()
        questions = report_questions.question_list(self.questions.toPlainText())
        paper = str(self.paper.currentData())
        period, today = self.period(person_id), self.today()
        self._set_busy(True, self.tr("Writing the PDF…"))

        def job() -> int:
            data = report_data.load_report(person_id, period, today, "\n".join(questions))
            return appointment.write_report_pdf(data, path, paper)

        def done(pages: int) -> None:
            text = self.tr("Saved %1 (%2 pages).").replace("%1", path.name)
            self._set_busy(False, text.replace("%2", str(pages)))

        def failed(exc: BaseException) -> None:
            self._set_busy(False, "")
            prompts.warn(
                self,
                self.tr("The PDF was not saved"),
                self.tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", str(exc)),
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
