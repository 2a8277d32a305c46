"""The episode form. The common case is three actions: open, choose how strong, Save.

The time defaults to now, the place of the latest episode is preselected (and labelled so), and
the details are optional and folded away. Problems are shown inline as they happen; Save stays
disabled until there are none, and the reason is shown beside it.

Keys: focus starts on the first thing that needs an answer; 1, 2 and 3 choose how strong it was
wherever digits are not typed into a field; Enter saves (Ctrl+Enter from the notes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import episodes, live
from caregiver_app.services.durations import DurationError, format_duration, parse_duration
from caregiver_app.services.episodes import EpisodeData, Problem
from caregiver_app.services.timeutil import now_local
from caregiver_app.ui import style
from caregiver_app.ui.meanwhile import NotSaved
from caregiver_app.ui.service_text import error_text, problem_text
from caregiver_app.ui.widgets.choices import ButtonChoice, CodeChecklist
from caregiver_app.ui.widgets.fit_to_width import WrappingButton, wrap_rows_when_narrow
from caregiver_app.words import DATE_TIME, qdatetime

TARGET = 44  # px: the smallest comfortable click or touch target on the logging path
SaveFn = Callable[[EpisodeData], None]
LearnFn = Callable[[str, str], None]  # ("trigger" | "relief", code)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setWordWrap(True)
    label.hide()
    return label


class EpisodeDialog(QDialog):
    def __init__(
        self,
        person_id: int,
        save: SaveFn,
        existing: episodes.EpisodeRow | None = None,
        learn: LearnFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._learn = learn
        self._existing = existing
        self.setWindowTitle(self.tr("Edit episode") if existing else self.tr("Log an episode"))
        self.setModal(True)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(720, screen.width() - 24), min(640, screen.height() - 24))

        # --- essentials -------------------------------------------------------------------------
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_TIME)
        self.when.setAccessibleName(self.tr("When it started"))
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the time to now"))
        self.now_button.clicked.connect(self._set_now)
        self.when_error = _error_label()

        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Body region"))
        for code, label in labels.regions().items():
            self.region.addItem(label, code)
        self.side = ButtonChoice(labels.sides())
        self.side.setAccessibleName(self.tr("Side"))
        self.where_error = _error_label()
        self.same_place = QLabel(self.tr("Same as last time"))
        self.same_place.setProperty("muted", True)
        self.same_place.hide()

        short = {
            1: self.tr("&1  Mild\nnoticed, not in the way"),
            2: self.tr("&2  Moderate\ngets in the way"),
            3: self.tr("&3  Severe\nstops them or moves the limb"),
        }
        self.severity = ButtonChoice(short, object_name="Severity")
        self.severity.setAccessibleName(self.tr("How strong it was"))
        for level, option in self.severity.buttons.items():
            option.installEventFilter(self)
            option.setAccessibleDescription(labels.severity_meanings()[level])
            option.setMinimumHeight(64)
        self.severity_hint = QLabel(
            self.tr(
                "Severity as the Penn Spasm Frequency Scale counts it: 1 mild, 2 moderate, 3 severe."
            )
        )
        self.severity_hint.setProperty("muted", True)
        self.severity_hint.setWordWrap(True)
        self.severity_error = _error_label()

        # --- details ----------------------------------------------------------------------------
        self.details_toggle = WrappingButton()  # its long text wraps in a narrow dialog
        self.details_toggle.setObjectName("Disclosure")
        self.details_toggle.setCheckable(True)
        self.details_toggle.toggled.connect(self._show_details)
        self.details = QWidget()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of episode"))
        self.kind.addItem(self.tr("Not recorded"), None)
        for code, label in labels.kinds().items():
            self.kind.addItem(label, code)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("e.g. 45 s, 2 min or 1:30"))
        self.duration.setAccessibleName(self.tr("How long it lasted"))
        self.duration_error = _error_label()
        self.pain = ButtonChoice({n: str(n) for n in range(0, 11)}, allow_none=True)
        self.pain.setAccessibleName(self.tr("Pain from 0 to 10"))
        pain_scale = QLabel(
            self.tr("0 = no pain, 10 = worst pain imaginable. Click again to clear.")
        )
        pain_scale.setProperty("muted", True)
        self.pain_error = _error_label()
        self.triggers = CodeChecklist(labels.triggers(), columns=3)
        self.triggers.setAccessibleName(self.tr("Possible triggers"))
        self.relief = CodeChecklist(labels.relief(), columns=3)
        self.relief.setAccessibleName(self.tr("What helped"))
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("What they were doing"))
        self.activity.addItem(self.tr("Not recorded"), None)
        for code, label in labels.activities().items():
            self.activity.addItem(label, code)
        self.observed = ButtonChoice(labels.observed_by(), allow_none=True)
        self.observed.setAccessibleName(self.tr("Who noticed it"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.notes_error = _error_label()

        details_form = QFormLayout(self.details)
        details_form.setContentsMargins(0, 4, 0, 0)
        details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details_form.setVerticalSpacing(10)
        details_form.addRow(self.tr("Kind"), self.kind)
        details_form.addRow(self.tr("How long"), self._stack(self.duration, self.duration_error))
        details_form.addRow(self.tr("Pain"), self._stack(self.pain, pain_scale, self.pain_error))
        details_form.addRow(
            self._heading_with_learn(self.tr("Possible triggers"), "trigger"), self.triggers
        )
        details_form.addRow(self._heading_with_learn(self.tr("What helped"), "relief"), self.relief)
        details_form.addRow(self.tr("Doing at the time"), self.activity)
        details_form.addRow(self.tr("Who noticed"), self.observed)
        details_form.addRow(self.tr("Notes"), self._stack(self.notes, self.notes_error))

        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button)
        form.addRow(self.tr("When"), self._stack(when_row, self.when_error))
        form.addRow(
            self.tr("Where"),
            self._stack(self.region, self.side, self.same_place, self.where_error),
        )
        form.addRow(
            self.tr("How strong"),
            self._stack(self.severity, self.severity_hint, self.severity_error),
        )
        form.addRow(self.details_toggle)
        form.addRow(self.details)
        # a one-line field: the stylesheet's min-height 24 (or a line of text), padding, border
        _align_labels(max(24, self.fontMetrics().height()) + 10, form, details_form)
        # Labels above their fields when the dialog is narrow (large text, 200% scaling).
        wrap_rows_when_narrow(form, form_host, 70)
        wrap_rows_when_narrow(details_form, form_host, 70)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)

        # --- buttons ----------------------------------------------------------------------------
        self.reason = QLabel()
        self.reason.setObjectName("Error")
        self.reason.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.save_button, cancel, self.now_button):
            button.setProperty("large", True)
        for choice in (self.side, self.pain, self.observed):
            for option in choice.buttons.values():
                option.setProperty("large", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        heading = QLabel(self.windowTitle())
        heading.setObjectName("PageTitle")
        self.keys_help = QLabel(
            self.tr(
                "Keys: 1, 2 or 3 chooses how strong it was. The arrow keys move along a row of "
                "choices. Enter saves (Ctrl+Enter from the notes)."
            )
        )
        self.keys_help.setProperty("muted", True)
        self.keys_help.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.keys_help)
        layout.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #D5DBE1;")
        layout.addWidget(line)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_save)
        # Fields that take digits (the time, how long, pain, notes) keep them: they override.
        for level in (1, 2, 3):
            digit = QShortcut(QKeySequence(str(level)), self)
            digit.activated.connect(lambda level=level: self.severity.choose(level, focus=False))

        # --- values -----------------------------------------------------------------------------
        if existing is not None:
            self._load(existing.to_data())
            self.details_toggle.setChecked(True)
        else:
            self._set_now()
            last, away = _last_place(person_id)
            if last is not None:
                self._select(self.region, last[0])
                self.side.set_value(last[1])
                self.same_place.show()
                for changed in (self.region.currentIndexChanged, self.side.changed):
                    changed.connect(self.same_place.hide)
            else:
                self._select(self.region, "hand")
                from caregiver_app.services import people

                if not away:
                    self.side.set_value(people.get_person(person_id).affected_side)
            self._show_details(False)
        for signal in (
            self.when.dateTimeChanged,
            self.region.currentIndexChanged,
            self.side.changed,
            self.severity.changed,
            self.duration.textChanged,
            self.pain.changed,
            self.notes.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()
        self._focus_first_question()

    # --- layout helpers ---------------------------------------------------------------------------

    @staticmethod
    def _stack(*items: object) -> QWidget:
        host = QWidget()
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        for item in items:
            if isinstance(item, QWidget):
                box.addWidget(item)
            else:
                box.addLayout(item)  # type: ignore[arg-type]
        return host

    def _heading_with_learn(self, text: str, what: str) -> QWidget:
        if self._learn is None:
            return QLabel(text)
        more = self.tr("Learn more")  # outside the f-string, where pyside6-lupdate finds it
        label = QLabel(f"{text}<br><a href='learn'>{more}</a>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.linkActivated.connect(lambda _link: self._open_learn(what))
        return label

    def _open_learn(self, what: str) -> None:
        assert self._learn is not None
        chosen = self.triggers.values() if what == "trigger" else self.relief.values()
        self._learn(what, chosen[0] if chosen else "")

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setText(
            ("▾ " if shown else "▸ ")
            + self.tr("More details (optional): kind, pain, triggers, what helped, notes")
        )

    @staticmethod
    def _select(combo: QComboBox, code: object) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _set_now(self) -> None:
        now = now_local()
        self.when.setDateTime(qdatetime(now.replace(second=0)))

    def _load(self, data: EpisodeData) -> None:
        local = data.started
        self.when.setDateTime(qdatetime(local))
        self._select(self.region, data.body_region)
        self.side.set_value(data.side)
        self.severity.set_value(data.severity)
        self._select(self.kind, data.kind)
        self.duration.setText(format_duration(data.duration_seconds))
        self.pain.set_value(data.pain)
        self.triggers.set_values(data.triggers)
        self.relief.set_values(data.relief)
        self._select(self.activity, data.activity)
        self.observed.set_value(data.observed_by)
        self.notes.setPlainText(data.notes)

    # --- reading and checking -----------------------------------------------------------------------

    def _started(self) -> dt.datetime:
        qdt = self.when.dateTime()
        naive = dt.datetime.combine(qdt.date().toPython(), qdt.time().toPython())  # type: ignore[arg-type]
        if self._existing is not None:
            old = self._existing.started
            if naive == old.replace(tzinfo=None):
                return old  # unchanged: keep the offset it was entered with
        return naive.astimezone()

    def data(self) -> tuple[EpisodeData | None, list[Problem]]:
        problems: list[Problem] = []
        try:
            duration = parse_duration(self.duration.text())
        except DurationError as exc:
            problems.append(Problem("duration", self._duration_message(exc)))
            duration = None
        severity = self.severity.value()
        pain = self.pain.value()
        data = EpisodeData(
            started=self._started(),
            body_region=self.region.currentData(),
            side=str(self.side.value() or ""),
            severity=int(severity) if severity is not None else None,
            kind=self.kind.currentData(),
            duration_seconds=duration,
            pain=int(pain) if pain is not None else None,
            triggers=self.triggers.values(),
            relief=self.relief.values(),
            activity=self.activity.currentData(),
            observed_by=self.observed.value(),
            notes=self.notes.toPlainText(),
        )
        problems.extend(episodes.validate(data))
        return (None if problems else data), problems

    def _duration_message(self, exc: DurationError) -> str:
        messages = {
            "negative": self.tr("The duration cannot be negative."),
            "too_large": self.tr("That number is far too large for a duration."),
            "seconds": self.tr("After the colon, the seconds must be under 60."),
            "format": self.tr("Type a duration like 45 s, 2 min or 1:30."),
            "unit": self.tr("'%1' is not a unit of time. Use s, min or h.").replace("%1", exc.unit),
        }
        return messages.get(exc.code, str(exc))

    def _message(self, problem: Problem) -> str:
        """The service's own words for the problem (service_text has them for each code)."""
        if problem.field == "duration":
            return self.tr("How long: %1").replace("%1", problem_text(problem))
        if problem.field == "notes":
            return self.tr("The notes are too long (5,000 characters at most).")
        return problem_text(problem)

    def revalidate(self) -> None:
        _, problems = self.data()
        targets = {
            "started": self.when_error,
            "side": self.where_error,
            "body_region": self.where_error,
            "severity": self.severity_error,
            "duration": self.duration_error,
            "pain": self.pain_error,
            "notes": self.notes_error,
        }
        shown: dict[QLabel, str] = {}
        for problem in problems:
            label = targets.get(problem.field)
            # Severity starts empty on purpose; say so only beside Save, not in red under the buttons.
            if label is not None and label not in shown and problem.field != "severity":
                shown[label] = self._message(problem)
        for label in set(targets.values()):
            label.setVisible(label in shown)
            label.setText(shown.get(label, ""))
        self.when.setProperty("invalid", self.when_error in shown)
        self.duration.setProperty("invalid", self.duration_error in shown)
        for widget in (self.when, self.duration):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if (
            problems
            and problems[0].field in ("duration", "pain", "notes")
            and not self.details.isVisible()
        ):
            self.details_toggle.setChecked(True)
        self.save_button.setEnabled(not problems)
        only_severity_missing = [p.field for p in problems] == ["severity"]
        style.set_look(self.reason, "Muted" if only_severity_missing else "Error")
        if only_severity_missing:
            self.reason.setText(self.tr("Choose how strong it was, then Save."))
        else:
            self.reason.setText(self._message(problems[0]) if problems else "")

    def _focus_first_question(self) -> None:
        """Focus the first thing that still needs an answer (how strong, for a new episode)."""
        _, problems = self.data()
        widgets: dict[str, QWidget] = {
            "started": self.when,
            "body_region": self.region,
            "side": self.side.tab_stop(),
            "severity": self.severity.tab_stop(),
            "duration": self.duration,
            "pain": self.pain.tab_stop(),
            "notes": self.notes,
        }
        first = next((widgets[p.field] for p in problems if p.field in widgets), None)
        (first or self.when).setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves, or says what is missing, unless a button that Enter presses has focus."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        focus = self.focusWidget()
        own_button = isinstance(focus, QPushButton) and focus.autoDefault()
        if enter and plain and not own_button:
            self._on_save()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """1, 2 or 3 on a severity button: the digit shortcuts do not fire while these buttons,
        whose labels carry the "&1" mnemonics, have the focus, so they are handled here."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and event.text() in ("1", "2", "3")
        ):
            self.severity.choose(int(event.text()))
            return True
        return super().eventFilter(watched, event)

    def _on_save(self) -> None:
        data, _ = self.data()
        if data is None:
            self.revalidate()
            self._focus_first_question()
            return
        try:
            self._save(data)
        except NotSaved as kept:  # someone else saved it meanwhile, and the user chose
            if kept.close:
                self.reject()
            else:
                self.reason.setText(self.tr("Nothing was saved yet. Your changes are still here."))
            return
        except episodes.ValidationError as exc:
            self.reason.setText(self._message(exc.problems[0]))
            return
        except Exception as exc:  # a database failure: say so, keep the form filled in
            self.reason.setText(
                self.tr("Could not save: %1. Nothing was changed.").replace("%1", error_text(exc))
            )
            return
        self.accept()


def _last_place(person_id: int) -> tuple[tuple[str, str] | None, bool]:
    """Where the last episode was, and whether the diary's server is away: then the form
    still opens, to be saved once the server is back (the window's banner says so)."""
    try:
        return episodes.last_location(person_id), False
    except Exception as exc:
        if not live.connection_lost(exc):
            raise
        return None, True


def _align_labels(field_height: int, *forms: QFormLayout) -> None:
    """One label column for forms shown one inside the other (the details are a form of their
    own): every label as wide as the widest, at the top of its row, level with the text of a
    one-line field (`field_height` tall) beside it, so the fields line up."""
    role = QFormLayout.ItemRole.LabelRole
    found: list[QWidget] = [
        widget
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, role)) is not None and (widget := item.widget()) is not None
    ]
    width = max((label.sizeHint().width() for label in found), default=0)
    for form in forms:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for label in found:
        label.setMinimumWidth(width)
        if isinstance(label, QLabel):  # its first line level with the field's text
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            top = max(0, (field_height - label.fontMetrics().height()) // 2)
            label.setContentsMargins(0, top, 0, 0)
