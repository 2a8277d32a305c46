"""Add or edit one therapy session: when, what kind, how long, how willing, how painful."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from caregiver_app.services import therapy
from caregiver_app.services.episodes import Problem
from caregiver_app.services.therapy import Session, SessionData
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import FormDialog, date_edit, to_date
from caregiver_app.ui.treatments.medication_dialog import notes_edit
from caregiver_app.ui.widgets.choices import ButtonChoice
from caregiver_app.words import qdate


def minutes_box(name: str, maximum: int = 24 * 60) -> QSpinBox:
    """Minutes, with "Not recorded" below zero (blank is better than a guess)."""
    box = QSpinBox()
    box.setRange(-1, maximum)
    box.setSingleStep(5)
    box.setSpecialValueText(QCoreApplication.translate("Treatments", "Not recorded"))
    box.setSuffix(QCoreApplication.translate("Treatments", " min"))
    box.setAccessibleName(name)
    box.setValue(-1)
    return box


def minutes_value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def scale(widget: QWidget, low: str, high: str) -> QWidget:
    host = QWidget()
    box = QVBoxLayout(host)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    hint = QLabel(f"0 = {low}, 10 = {high}")
    hint.setObjectName("Muted")
    box.addWidget(hint)
    return host


class SessionDialog(FormDialog):
    def __init__(
        self, existing: Session | None = None, parent: QWidget | None = None, *, today: dt.date
    ) -> None:
        super().__init__(
            self.tr("Edit therapy session") if existing else self.tr("Add a therapy session"),
            self.tr(
                "Willingness to take part is what twitching most often gets in the way of; noting "
                "it each time shows the therapist how it goes between visits."
            ),
            parent,
        )
        self.day = date_edit(self.tr("Date of the session"), today, latest=today)
        self.kind = ButtonChoice(labels.therapy_kinds())
        self.kind.setAccessibleName(self.tr("Kind of therapy"))  # chosen, never guessed
        self.minutes = minutes_box(self.tr("Minutes"))
        self.willingness = ButtonChoice({n: str(n) for n in range(11)}, allow_none=True)
        self.willingness.setAccessibleName(self.tr("Willingness to take part, 0 to 10"))
        self.pain = ButtonChoice({n: str(n) for n in range(11)}, allow_none=True)
        self.pain.setAccessibleName(self.tr("Pain during the session, 0 to 10"))
        self.notes = notes_edit(self.tr("Notes"), self.tr("What helped, what was hard"), 2)
        self.add_row(self.tr("&Date"), self.day)
        self.add_row(self.tr("Kind"), self.kind)
        self.add_row(self.tr("&Minutes"), self.minutes)
        self.add_row(
            self.tr("Willingness to take part"),
            scale(self.willingness, self.tr("refused"), self.tr("keen")),
        )
        self.add_row(
            self.tr("Pain during"),
            scale(self.pain, self.tr("no pain"), self.tr("worst imaginable")),
        )
        self.add_row(self.tr("N&otes"), self.notes)
        if existing is not None:
            data = existing.data
            self.day.setDate(qdate(data.day))
            self.kind.set_value(data.kind)
            self.minutes.setValue(data.minutes if data.minutes is not None else -1)
            self.willingness.set_value(data.willingness)
            self.pain.set_value(data.pain)
            self.notes.setPlainText(data.notes)
        for signal in (
            self.day.dateChanged,
            self.kind.changed,
            self.minutes.valueChanged,
            self.notes.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()
        self.setMinimumWidth(720)

    def value(self) -> SessionData:
        return SessionData(
            day=to_date(self.day.date()),
            kind=str(self.kind.value() or ""),
            minutes=minutes_value(self.minutes) or None,
            willingness=self.willingness.value(),
            pain=self.pain.value(),
            notes=self.notes.toPlainText().strip(),
        )

    def problems(self) -> list[Problem]:
        return therapy.validate(self.value())
