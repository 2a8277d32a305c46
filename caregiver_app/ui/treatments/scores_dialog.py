"""Record Modified Ashworth Scale scores from a visit (or edit one): each score's meaning is shown
right where it is chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from caregiver_app.services import clinician_scores
from caregiver_app.services import treatment_codes as tc
from caregiver_app.services.clinician_scores import Score, ScoreData
from caregiver_app.services.episodes import Problem
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.form_widgets import FormDialog, date_edit, line_edit, to_date
from caregiver_app.ui.widgets.choices import ButtonChoice
from caregiver_app.words import qdate


class ScoreRow(QFrame):
    """One muscle group and side with its score, and the chosen score's meaning under it."""

    changed = Signal()
    removed = Signal(object)

    def __init__(self, number: int, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Muscle group %1").replace("%1", str(number)))
        for code, text in labels.muscle_groups().items():
            self.group.addItem(text, code)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side %1").replace("%1", str(number)))
        for code, text in labels.mas_sides().items():
            self.side.addItem(text, code)
        meanings = labels.mas_meanings()
        self.score = ButtonChoice({code: code for code in tc.MAS_SCORES})
        self.score.setAccessibleName(self.tr("Score %1").replace("%1", str(number)))
        for code, button in self.score.buttons.items():
            button.setToolTip(f"{code}: {meanings[code]}")
            button.setAccessibleName(f"{code}: {meanings[code]}")
        self.meaning = QLabel(self.tr("Choose a score; its meaning appears here."))
        self.meaning.setObjectName("Muted")
        self.meaning.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(self.group, 0, 0)
        grid.addWidget(self.side, 0, 1)
        grid.addWidget(self.score, 0, 2)
        if removable:
            remove = QPushButton("✕")
            remove.setAccessibleName(self.tr("Remove row %1").replace("%1", str(number)))
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(lambda: self.removed.emit(self))
            grid.addWidget(remove, 0, 3)
        grid.addWidget(self.meaning, 1, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        for signal in (self.group.currentIndexChanged, self.side.currentIndexChanged):
            signal.connect(self.changed)
        self.score.changed.connect(self._show_meaning)

    def _show_meaning(self, code: object) -> None:
        meanings = labels.mas_meanings()
        self.meaning.setText(
            f"{code}: {meanings[str(code)]}" if code is not None else self.meaning.text()
        )
        self.changed.emit()

    def set_value(self, group: str, side: str, score: str | None) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(group)))
        self.side.setCurrentIndex(max(0, self.side.findData(side)))
        self.score.set_value(score)
        if score is not None:
            self._show_meaning(score)

    def value(self) -> tuple[str, str, str | None]:
        return str(self.group.currentData()), str(self.side.currentData()), self.score.value()


class ScoresDialog(FormDialog):
    def __init__(
        self,
        person_id: int,
        affected_side: str | None = None,
        existing: Score | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(
            self.tr("Edit Ashworth score")
            if existing
            else self.tr("Record Ashworth scores from a visit"),
            self.tr(
                "The Modified Ashworth Scale is how a clinician scores muscle tone by moving a "
                "limb: 0 is no increase in tone, 4 is rigid. Copy the scores from the visit."
            ),
            parent,
        )
        self.person_id = person_id
        self.existing = existing
        self._side = affected_side if affected_side in tc.MAS_SIDES else "left"
        self.day = date_edit(self.tr("Date of the visit"), today, latest=today)
        self.clinician = line_edit(self.tr("Clinician"), self.tr("Who scored"))
        self.add_row(self.tr("&Date"), self.day)
        self.add_row(self.tr("&Clinician"), self.clinician)
        self.rows: list[ScoreRow] = []
        self.rows_host = QWidget()
        self.rows_layout = QGridLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.rows_host)
        self.add_button = QPushButton(self.tr("Add another muscle group"))
        self.add_button.clicked.connect(lambda: self.add_score_row())
        if existing is None:
            self.form.addRow("", self.add_button)
            self.add_score_row("elbow_flexors")
        else:
            data = existing.data
            self.day.setDate(qdate(data.day))
            self.clinician.setText(data.clinician)
            self.add_score_row(data.muscle_group, data.side, data.score)
        self.day.dateChanged.connect(self.revalidate)
        self.clinician.textChanged.connect(self.revalidate)
        self.revalidate()
        self.setMinimumWidth(760)

    def add_score_row(
        self, group: str | None = None, side: str | None = None, score: str | None = None
    ) -> None:
        row = ScoreRow(len(self.rows) + 1, removable=self.existing is None and bool(self.rows))
        used = {r.value()[0] for r in self.rows}
        free = [code for code in tc.MUSCLE_GROUPS if code not in used]
        row.set_value(
            group or (free[0] if free else tc.MUSCLE_GROUPS[0]), side or self._side, score
        )
        row.changed.connect(self.revalidate)
        row.removed.connect(self._remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row, len(self.rows), 0)
        self.revalidate()

    def _remove_row(self, row: ScoreRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self.revalidate()

    def value(self) -> list[ScoreData]:
        day = to_date(self.day.date())
        clinician = self.clinician.text().strip()
        return [
            ScoreData(day, group, side, score or "", clinician)
            for group, side, score in (row.value() for row in self.rows)
        ]

    def problems(self) -> list[Problem]:
        problems: list[Problem] = []
        scores = self.value()
        if any(not s.score for s in scores):
            problems.append(Problem("score", self.tr("Choose a score for each muscle group.")))
            return problems
        keys = [(s.muscle_group, s.side) for s in scores]
        if len(set(keys)) < len(keys):
            problems.append(
                Problem("muscle_group", self.tr("A muscle group and side is listed twice."))
            )
        replacing = self.existing.id if self.existing else None
        for data in scores:
            problems.extend(clinician_scores.validate(self.person_id, data, replacing=replacing))
        return problems


def meanings_text() -> str:
    """The six scores with their meanings, one a line (for the tab's key)."""
    return "\n".join(f"{code}   {text}" for code, text in labels.mas_meanings().items())
