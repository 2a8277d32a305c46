"""Add or edit an injection with the goals agreed; record the goals' scores at a follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from caregiver_app import labels as app_labels
from caregiver_app.services import injections
from caregiver_app.services.episodes import Problem
from caregiver_app.services.injections import Injection, InjectionData
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import (
    FormDialog,
    LinesEditor,
    date_edit,
    line_edit,
    short_day,
    to_date,
)
from caregiver_app.ui.treatments.medication_dialog import notes_edit
from caregiver_app.ui.widgets.choices import ButtonChoice, CodeChecklist
from caregiver_app.words import qdate

FOLLOW_UP_WEEKS = 6


class InjectionDialog(FormDialog):
    def __init__(
        self,
        existing: Injection | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(
            self.tr("Edit injection") if existing else self.tr("Add an injection"),
            self.tr(
                "Product and dose as the clinician wrote them. Goals are what you agreed to aim "
                "for; they are scored at the follow-up."
            ),
            parent,
        )
        self.setMinimumWidth(600)
        self.day = date_edit(self.tr("Date of the injection"), today, latest=today)
        self.muscles = line_edit(
            self.tr("Muscles or area"), self.tr("For example: elbow, wrist and finger flexors")
        )
        self.side = ButtonChoice(labels.injection_sides())
        self.side.setAccessibleName(self.tr("Side"))
        # Where the episodes the injection can act on happen: the cycle view counts these only.
        self.regions = CodeChecklist(app_labels.regions(), columns=4)
        self.regions.setAccessibleName(self.tr("Body regions injected"))
        self.regions.setToolTip(
            self.tr(
                "The cycle view and the report count only the episodes in these regions, on "
                "this side. With none ticked, they count every region."
            )
        )
        self.product = line_edit(self.tr("Product"), self.tr("For example: botulinum toxin A"))
        self.dose = line_edit(self.tr("Dose"), self.tr("For example: 300 units"))
        self.clinician = line_edit(self.tr("Clinician"), self.tr("Who gave it"))
        self.goals = LinesEditor(
            self.tr("Goal"), self.tr("Add a goal"), self.tr("For example: open the hand to wash it")
        )
        self.notes = notes_edit(self.tr("Notes"), lines=2)
        self.add_row(self.tr("&Date"), self.day)
        self.add_row(self.tr("&Muscles or area"), self.muscles)
        self.add_row(self.tr("Side"), self.side)
        self.add_row(self.tr("Body regions"), self.regions)
        self.add_row(self.tr("&Product"), self.product)
        self.add_row(self.tr("D&ose"), self.dose)
        self.add_row(self.tr("&Clinician"), self.clinician)
        self.add_row(self.tr("Goals"), self.goals)
        self.add_row(self.tr("N&otes"), self.notes)
        if existing is not None:
            data = existing.data
            self.day.setDate(qdate(data.day))
            self.muscles.setText(data.muscles)
            self.side.set_value(data.side)
            self.regions.set_values(data.regions)
            self.product.setText(data.product)
            self.dose.setText(data.dose)
            self.clinician.setText(data.clinician)
            self.goals.set_lines([(goal, False) for goal in data.goals])
            self.notes.setPlainText(data.notes)
            if any(goal.scores for goal in existing.goals):
                hint = QLabel(
                    self.tr("Goals keep their follow-up scores when you change their wording.")
                )
                hint.setObjectName("Muted")
                hint.setWordWrap(True)
                self.layout_.insertWidget(self.layout_.count() - 3, hint)  # above the stretch
        else:
            self.goals.add_line("")
        for signal in (
            self.day.dateChanged,
            self.muscles.textChanged,
            self.side.changed,
            self.regions.changed,
            self.product.textChanged,
            self.dose.textChanged,
            self.clinician.textChanged,
            self.goals.changed,
            self.notes.textChanged,
        ):
            signal.connect(self.revalidate)
        self.revalidate()
        self.muscles.setFocus()

    def value(self) -> InjectionData:
        return InjectionData(
            day=to_date(self.day.date()),
            muscles=self.muscles.text().strip(),
            side=str(self.side.value() or ""),
            product=self.product.text().strip(),
            dose=self.dose.text().strip(),
            clinician=self.clinician.text().strip(),
            notes=self.notes.toPlainText().strip(),
            goals=tuple(text for text, _ in self.goals.lines()),
            regions=self.regions.values(),
        )

    def problems(self) -> list[Problem]:
        data = self.value()
        if not data.side:
            return [Problem("side", self.tr("Choose the side: left, right or both."))]
        return injections.validate(data)


class FollowUpDialog(FormDialog):
    """Goal Attainment Scaling at a follow-up: each goal from −2 to +2 (0 is as expected)."""

    def __init__(
        self, injection: Injection, parent: QWidget | None = None, *, today: dt.date
    ) -> None:
        super().__init__(
            self.tr("Follow-up of the injection of %1").replace("%1", short_day(injection.day)),
            self.tr(
                "Score each goal with the clinician: 0 means it was reached as expected; −1 and −2 "
                "less than expected; +1 and +2 more. Leave a goal blank if it was not scored. "
                "Scores dated on the day of the injection are the goals' baselines."
            ),
            parent,
        )
        self.injection = injection
        usual = injection.day + dt.timedelta(weeks=FOLLOW_UP_WEEKS)
        days = injection.follow_up_days()
        start = days[-1] if days else min(usual, today)
        self.day = date_edit(self.tr("Date of the follow-up"), start, latest=today)
        self.add_row(self.tr("&Date"), self.day)
        self.choices: dict[int, ButtonChoice] = {}
        options = {score: labels.gas_short(score) for score in labels.gas_scores()}
        for number, goal in enumerate(injection.goals, start=1):
            choice = ButtonChoice(options, allow_none=True)
            choice.setAccessibleName(self.tr("Score for goal %1").replace("%1", str(number)))
            for score, button in choice.buttons.items():
                button.setToolTip(labels.gas_scores()[score])
                button.setAccessibleName(labels.gas_scores()[score])
            choice.changed.connect(self.revalidate)
            self.choices[goal.id] = choice
            text = QLabel(f"{number}. {goal.goal}")
            text.setWordWrap(True)
            self.form.addRow(text)
            self.form.addRow("", choice)
        key = QLabel(" · ".join(labels.gas_scores().values()))
        key.setObjectName("Muted")
        key.setWordWrap(True)
        self.form.addRow(key)
        self.day.dateChanged.connect(self._load)
        self.day.dateChanged.connect(self.revalidate)
        self._load()
        self.revalidate()

    def _load(self) -> None:
        day = to_date(self.day.date())
        for goal in self.injection.goals:
            self.choices[goal.id].set_value(goal.score_on(day))

    def value(self) -> tuple[dt.date, dict[int, int | None]]:
        return to_date(self.day.date()), {
            goal_id: choice.value() for goal_id, choice in self.choices.items()
        }

    def problems(self) -> list[Problem]:
        day, scores = self.value()
        return injections.validate_follow_up(self.injection, day, scores)
