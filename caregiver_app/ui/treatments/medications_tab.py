"""Medications: a card for each, taking now first, with "Took a dose now" for as-needed ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import medications
from caregiver_app.services.actions import opened
from caregiver_app.services.actions.undo import Tree
from caregiver_app.services.medications import Medication, format_dose
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.dose_dialog import log_dose
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import short_day
from caregiver_app.ui.treatments.medication_dialog import DoseChangeDialog, MedicationDialog
from caregiver_app.ui.treatments.tab_base import TreatmentTab
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import local_datetime, tr

RECENT_DOSES = 3


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MedicationsTab(TreatmentTab):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = self.intro_bar(
            self.tr(
                "Some medicines can cause twitching as a side effect; others are given to ease "
                "spasms. Keep what is taken here, note what you notice, and bring the list to "
                "appointments. Change nothing without asking the prescriber."
            ),
            self.tr("Add a medication…"),
            self.add_medication,
        )

        self.cards_host = QWidget()
        self.cards = QVBoxLayout(self.cards_host)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.setSpacing(10)
        self.empty_label = _muted(
            self.tr("No medications yet. Add the ones taken now, and any stopped recently.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.cards_host, 1)
        self.dose_buttons: dict[int, QPushButton] = {}
        self.remove_buttons: dict[int, QPushButton] = {}

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.dose_buttons.clear()
        self.remove_buttons.clear()
        person_id = self.person_id()
        found = medications.list_medications(person_id) if person_id is not None else []
        today = self.ctx.clock.today()
        taking = [m for m in found if m.is_taken_on(today) or (m.data.started_on or today) > today]
        stopped = [m for m in found if m not in taking]
        self.empty_label.setVisible(not found)
        for title, group in ((self.tr("Taking now"), taking), (self.tr("Stopped"), stopped)):
            if not group:
                continue
            heading = QLabel(title)
            heading.setObjectName("SectionTitle")
            self.cards.addWidget(heading)
            for med in group:
                self.cards.addWidget(self._card(med, today))
        self.cards.addStretch(1)

    def _card(self, med: Medication, today: dt.date) -> QFrame:
        data = med.data
        card = QFrame()
        card.setObjectName("Card")
        body = QVBoxLayout(card)
        body.setContentsMargins(16, 12, 16, 12)
        body.setSpacing(4)
        name = QLabel(data.name)
        name.setObjectName("SectionTitle")
        name.setTextFormat(Qt.TextFormat.PlainText)
        dose = format_dose(med.dose_on(today), data.unit)
        how = QLabel(" · ".join(part for part in (dose, data.how_often) if part))
        how.setTextFormat(Qt.TextFormat.PlainText)
        how.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(name)
        head.addSpacing(10)
        head.addWidget(how, 1)
        body.addLayout(head)

        facts = [labels.schedules()[data.schedule], labels.purposes().get(data.purpose, "")]
        if data.started_on:
            facts.append(self.tr("since %1").replace("%1", short_day(data.started_on)))
        if data.stopped_on:
            facts.append(self.tr("stopped %1").replace("%1", short_day(data.stopped_on)))
        body.addWidget(_muted(" · ".join(f for f in facts if f)))
        if med.dose_changes:
            body.addWidget(self._history_title(self.tr("Dose changes")))
            first = format_dose(data.dose, data.unit)
            if first and data.started_on:
                body.addWidget(
                    self._history_line(
                        self.tr("%1 from %2 (first dose)")
                        .replace("%1", first)
                        .replace("%2", short_day(data.started_on)),
                        "",
                        "",
                        None,
                    )
                )
            for change in med.dose_changes:
                text = (
                    self.tr("%1 from %2")
                    .replace("%1", format_dose(change.dose, data.unit))
                    .replace("%2", short_day(change.day))
                )
                if change.note:
                    text += f" ({change.note})"
                body.addWidget(
                    self._history_line(
                        text,
                        self.tr("Remove this change"),
                        self.tr("Remove the dose change of %1").replace(
                            "%1", short_day(change.day)
                        ),
                        partial(
                            self.remove,
                            self.tr("Remove dose change"),
                            self.tr("the dose change of %1").replace("%1", short_day(change.day)),
                            medications.DOSE_CHANGE_TREE,
                            change.id,
                        ),
                    )
                )
        if data.side_effects:
            body.addWidget(
                _muted(self.tr("Side effects noticed: %1").replace("%1", data.side_effects))
            )
        if data.notes:
            body.addWidget(_muted(data.notes))
        if med.as_needed:
            self._doses(body, med, today)
        body.addSpacing(4)
        body.addWidget(flow_host(*self._buttons(med, today)))
        return card

    def _buttons(self, med: Medication, today: dt.date) -> list[QPushButton]:
        buttons = []
        if med.as_needed and med.is_taken_on(today):
            took = QPushButton(self.tr("Took a dose now"))
            took.setObjectName("Primary")
            took.setAccessibleName(self.tr("Took a dose of %1 now").replace("%1", med.name))
            took.clicked.connect(lambda: self.log_dose(med.id))
            self.dose_buttons[med.id] = took
            buttons.append(took)
        elif not med.as_needed and med.data.stopped_on is None:
            change = QPushButton(self.tr("Change dose…"))
            change.setAccessibleName(self.tr("Change the dose of %1").replace("%1", med.name))
            change.clicked.connect(lambda: self.change_dose(med.id))
            buttons.append(change)
        edit = QPushButton(self.tr("Edit…"))
        edit.setAccessibleName(self.tr("Edit %1").replace("%1", med.name))
        edit.clicked.connect(lambda: self.edit_medication(med.id))
        remove = QPushButton(self.tr("Remove this medication…"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", med.name))
        remove.clicked.connect(lambda: self.remove_medication(med.id))
        self.remove_buttons[med.id] = remove
        return [*buttons, edit, remove]

    def _doses(self, body: QVBoxLayout, med: Medication, today: dt.date) -> None:
        person_id = med.person_id
        week = medications.doses_taken(
            person_id, today - dt.timedelta(days=6), today, medication_id=med.id
        )
        recent = medications.doses_taken(person_id, medication_id=med.id)[-RECENT_DOSES:]
        if not recent:
            body.addWidget(_muted(self.tr("No doses logged yet.")))
            return
        count = tr("%n dose(s) in the last 7 days", None, len(week))
        body.addWidget(self._history_title(self.tr("Latest doses") + "  ·  " + count))
        for dose in reversed(recent):
            when = dose.taken
            amount = format_dose(
                dose.dose if dose.dose is not None else med.dose_on(when.date()), med.data.unit
            )
            text = local_datetime(when)  # "Thu 3 Dec 2026 04:00", as everywhere
            if amount:
                text += f"  ·  {amount}"
            if dose.note:
                text += f"  ·  {dose.note}"
            body.addWidget(
                self._history_line(
                    text,
                    self.tr("Remove this dose"),
                    self.tr("Remove the dose of %1").replace("%1", text),
                    partial(
                        self.remove,
                        self.tr("Remove dose"),
                        self.tr("the dose of %1").replace("%1", text),
                        medications.DOSE_TAKEN_TREE,
                        dose.id,
                    ),
                )
            )

    def _history_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; margin-top: 4px;")
        label.setWordWrap(True)
        return label

    def _history_line(
        self,
        text: str,
        remove_text: str,
        remove_name: str,
        on_remove: Callable[[], object] | None,
    ) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a long note wraps in a narrow window
        remove = QPushButton(remove_text)  # says what it removes: "Remove this dose"
        remove.setObjectName("Disclosure")
        remove.setStyleSheet("min-height: 0px; padding: 1px 4px;")
        remove.setAccessibleName(remove_name)
        # The line takes the width (a wrapped label alone would wrap early); Remove at its end.
        row.addWidget(label, 1)
        row.addSpacing(8)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        host.setMinimumHeight(remove.sizeHint().height())
        if on_remove is None:
            remove.hide()  # keeps the line as tall as the others
        else:
            remove.clicked.connect(lambda: on_remove())
        return host

    # --- actions -------------------------------------------------------------------------------

    def add_medication(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            return
        dialog = MedicationDialog(parent=self, today=self.ctx.clock.today())
        if dialog.exec() and (data := dialog.value()) is not None:
            self.change(
                self.tr("Add medication"),
                medications.TREE,
                None,
                lambda: medications.add_medication(person_id, data),
            )

    def edit_medication(self, medication_id: int) -> None:
        # The medication alone: a dose taken or changed meanwhile is not what this form changes.
        since = opened(Tree(medications.TREE.table), id=medication_id)  # before the form reads it
        med = medications.get_medication(medication_id)
        if med is None:
            return
        dialog = MedicationDialog(med, parent=self, today=self.ctx.clock.today())
        person_id = self.person_id()
        while dialog.exec() and (data := dialog.value()) is not None and person_id is not None:

            def save(data: medications.MedicationData = data) -> int:
                medications.update_medication(medication_id, data)
                return medication_id

            def add(data: medications.MedicationData = data, who: int = person_id) -> int:
                return medications.add_medication(who, data)

            text = self.tr("Edit medication")
            if self.change(text, medications.TREE, medication_id, save, since, add):
                return
            if not self.went_back:
                return

    def change_dose(self, medication_id: int) -> None:
        med = medications.get_medication(medication_id)
        if med is None:
            return
        dialog = DoseChangeDialog(med, parent=self, today=self.ctx.clock.today())
        if not dialog.exec():
            return
        day, dose, note = dialog.value()
        if dose is None:
            return
        self.change(
            self.tr("Change dose"),
            medications.DOSE_CHANGE_TREE,
            None,
            lambda: medications.add_dose_change(medication_id, day, dose, note),
        )

    def log_dose(self, medication_id: int) -> None:
        person_id = self.person_id()
        if person_id is not None:
            log_dose(self, self.ctx, person_id, medication_id)

    def remove_medication(self, medication_id: int) -> None:
        med = medications.get_medication(medication_id)
        if med is None:
            return
        doses = len(medications.doses_taken(med.person_id, medication_id=medication_id))
        describe = med.name
        if med.dose_changes or doses:
            describe += " " + self.tr("with its dose history")
        self.remove(self.tr("Remove medication"), describe, medications.TREE, medication_id)
