"""Clinician scores: Modified Ashworth Scale scores charted over time, what each score means,
and every score recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import clinician_scores, people
from caregiver_app.services.actions import opened
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import day_text, short_day
from caregiver_app.ui.treatments.scores_chart import ScoresChart
from caregiver_app.ui.treatments.scores_dialog import ScoresDialog
from caregiver_app.ui.treatments.tab_base import RecordTable, TreatmentTab
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow


class ScoresTab(TreatmentTab):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = self.intro_bar(
            self.tr(
                "At visits, clinicians score muscle tone with the Modified Ashworth Scale, muscle "
                "group by muscle group. Keeping the scores here shows how tone changes over time."
            ),
            self.tr("Record scores from a visit…"),
            self.add_scores,
        )

        self.chart_card = QFrame()
        self.chart_card.setObjectName("Card")
        chart_title = QLabel(self.tr("Muscle tone over time"))
        chart_title.setObjectName("SectionTitle")
        chart_title.setWordWrap(True)
        self.chart = ScoresChart()
        chart_box = QVBoxLayout(self.chart_card)
        chart_box.setContentsMargins(16, 12, 16, 12)
        chart_box.addWidget(chart_title)
        chart_box.addWidget(self.chart, 1)

        key_card = QFrame()
        key_card.setObjectName("Card")
        key_title = QLabel(self.tr("What the scores mean"))
        key_title.setObjectName("SectionTitle")
        key = QGridLayout()
        key.setHorizontalSpacing(12)
        for row, (code, meaning) in enumerate(labels.mas_meanings().items()):
            score = QLabel(code)
            score.setStyleSheet("font-weight: 700;")
            score.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            text = QLabel(meaning)
            text.setWordWrap(True)
            key.addWidget(score, row, 0)
            key.addWidget(text, row, 1)
        key.setColumnStretch(1, 1)
        key_box = QVBoxLayout(key_card)
        key_box.setContentsMargins(16, 12, 16, 12)
        key_box.addWidget(key_title)
        key_box.addLayout(key)
        key_box.addStretch(1)

        self.table = RecordTable(
            self.tr("Ashworth scores"),
            [
                self.tr("Date"),
                self.tr("Muscle group"),
                self.tr("Side"),
                self.tr("Score"),
                self.tr("Clinician"),
                self.tr("Meaning"),
            ],
        )
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_score())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_score)
        self.remove_button = QPushButton(self.tr("Remove this score…"))  # the one selected above
        self.remove_button.clicked.connect(self.remove_score)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.empty_label = QLabel(
            self.tr("No scores yet. Ask for the scores at the next visit and record them here.")
        )
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)

        middle = QHBoxLayout()
        middle.addWidget(self.chart_card, 3)
        middle.addWidget(key_card, 2)
        stack_when_narrow(middle, self)  # the key under the chart in a narrow window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addLayout(middle, 3)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        person_id = self.person_id()
        scores = clinician_scores.list_scores(person_id) if person_id is not None else []
        groups, sides, meanings = labels.muscle_groups(), labels.mas_sides(), labels.mas_meanings()
        rows = [
            (
                score.id,
                [
                    day_text(score.data.day),
                    groups.get(score.data.muscle_group, score.data.muscle_group),
                    sides.get(score.data.side, score.data.side),
                    score.data.score,
                    score.data.clinician,
                    meanings.get(score.data.score, ""),
                ],
            )
            for score in reversed(scores)
        ]
        self.table.fill(rows)
        self.table.setVisible(bool(rows))
        self.chart_card.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if person_id is not None:
            self.chart.show_series(clinician_scores.series(person_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _affected_side(self, person_id: int) -> str | None:
        return people.get_person(person_id).affected_side

    def add_scores(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            return
        dialog = ScoresDialog(
            person_id, self._affected_side(person_id), parent=self, today=self.ctx.clock.today()
        )
        if not dialog.exec():
            return
        scores = dialog.value()
        self.change(
            self.tr("Record Ashworth scores"),
            clinician_scores.TREE,
            None,
            lambda: clinician_scores.add_visit(person_id, scores),
        )

    def edit_score(self) -> None:
        score_id = self.table.current_id()
        if score_id is None:
            return
        since = opened(clinician_scores.TREE, id=score_id)  # before the form reads it
        score = clinician_scores.get_score(score_id)
        if score is None:
            return
        dialog = ScoresDialog(
            score.person_id, score.data.side, score, parent=self, today=self.ctx.clock.today()
        )
        while dialog.exec():
            data = dialog.value()[0]

            def save(data: clinician_scores.ScoreData = data) -> int:
                clinician_scores.update_score(score.id, data)
                return score.id

            def add(data: clinician_scores.ScoreData = data) -> int:
                return clinician_scores.add_score(score.person_id, data)

            text = self.tr("Edit Ashworth score")
            if self.change(text, clinician_scores.TREE, score.id, save, since, add):
                return
            if not self.went_back:
                return

    def remove_score(self) -> None:
        score_id = self.table.current_id()
        score = clinician_scores.get_score(score_id) if score_id is not None else None
        if score is None:
            return
        group = labels.muscle_groups().get(score.data.muscle_group, score.data.muscle_group)
        describe = (
            self.tr("the score %1 for %2 of %3")
            .replace("%1", score.data.score)
            .replace("%2", group.lower())
            .replace("%3", short_day(score.data.day))
        )
        self.remove(self.tr("Remove Ashworth score"), describe, clinician_scores.TREE, score.id)
