"""Injections: the cycle view on top, then every injection with its goals and follow-up scores."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import injections
from caregiver_app.services.actions import opened
from caregiver_app.services.injections import Injection
from caregiver_app.ui import style
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.treatments import labels
from caregiver_app.ui.treatments.cycle_chart import CycleChart
from caregiver_app.ui.treatments.form_widgets import short_day
from caregiver_app.ui.treatments.injection_dialog import FollowUpDialog, InjectionDialog
from caregiver_app.ui.treatments.tab_base import RecordTable, TreatmentTab
from caregiver_app.ui.widgets.flow_layout import flow_host
from caregiver_app.words import tr


class InjectionsTab(TreatmentTab):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._injections: dict[int, Injection] = {}
        top = self.intro_bar(
            self.tr(
                "Injections such as botulinum toxin work in cycles of about 12 weeks, usually at "
                "their best 4 to 6 weeks after the injection. The cycle view lines the cycles up "
                "on injection day, so you can see when the effect wears off."
            ),
            self.tr("Add an injection…"),
            self.add_injection,
        )

        # --- the cycle view ------------------------------------------------------------------
        self.cycle_card = QFrame()
        self.cycle_card.setObjectName("Card")
        title = QLabel(self.tr("Cycle view: episodes per week after each injection"))
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        self.which = QComboBox()
        # Filled when the tab is first shown: sized to its words then, not to an empty list.
        self.which.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.which.setAccessibleName(self.tr("Cycles shown"))
        self.which.currentIndexChanged.connect(self._draw_cycles)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.which)
        self.chart = CycleChart()
        card = QVBoxLayout(self.cycle_card)
        card.setContentsMargins(16, 12, 16, 12)
        card.addLayout(head)
        card.addWidget(self.chart, 1)

        # --- the list -----------------------------------------------------------------------
        self.table = RecordTable(
            self.tr("Injections"),
            [
                self.tr("Date"),
                self.tr("Muscles or area"),
                self.tr("Side"),
                self.tr("Product and dose"),
                self.tr("Goals"),
                self.tr("Clinician"),
            ],
        )
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.doubleClicked.connect(lambda _index: self.edit_injection())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_injection)
        self.follow_up_button = QPushButton(self.tr("Score goals at follow-up…"))
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.remove_button = QPushButton(
            self.tr("Remove this injection…")
        )  # the one selected above
        self.remove_button.clicked.connect(self.remove_injection)
        buttons = flow_host(self.edit_button, self.follow_up_button, self.remove_button)
        self.empty_label = QLabel(
            self.tr("No injections recorded yet. Add one to see its cycle here week by week.")
        )
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.cycle_card, 3)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        person_id = self.person_id()
        found = injections.list_injections(person_id) if person_id is not None else []
        self._injections = {i.id: i for i in found}
        keep = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(self.tr("All injections"), None)
        for injection in reversed(found):
            self.which.addItem(short_day(injection.day), injection.id)
        self.which.setCurrentIndex(max(0, self.which.findData(keep)))
        self.which.blockSignals(False)
        self.empty_label.setVisible(not found)
        self.cycle_card.setVisible(bool(found))
        self.table.setVisible(bool(found))
        rows = []
        for injection in reversed(found):
            data = injection.data
            product = " ".join(part for part in (data.product, data.dose) if part)
            rows.append(
                (
                    injection.id,
                    [
                        short_day(data.day),
                        data.muscles,
                        labels.injection_sides().get(data.side, data.side),
                        product,
                        self._goals_cell(injection),
                        data.clinician,
                    ],
                )
            )
        self.table.fill(rows)
        if self.table.current_id() is None and rows:
            self.table.selectRow(0)
        self._draw_cycles()
        self._show_details()

    def _goals_cell(self, injection: Injection) -> str:
        if not injection.goals:
            return ""
        count = tr("%n goal(s)", None, len(injection.goals))
        days = injection.follow_up_days()
        if not days:
            return count + " · " + self.tr("not scored yet")
        last = days[-1]
        scores = [goal.score_on(last) for goal in injection.goals]
        shown = ", ".join(labels.gas_short(s) if s is not None else "–" for s in scores)
        return f"{count} · {short_day(last)}: {shown}"

    def _draw_cycles(self) -> None:
        person_id = self.person_id()
        if person_id is None:
            return
        self.chart.show_cycles(injections.cycle_view(person_id, self.which.currentData()))

    def selected(self) -> Injection | None:
        record_id = self.table.current_id()
        return self._injections.get(record_id) if record_id is not None else None

    def _show_details(self) -> None:
        injection = self.selected()
        for button in (self.edit_button, self.follow_up_button, self.remove_button):
            button.setEnabled(injection is not None)
        if injection is None:
            self.details.setText("")
            return
        self.follow_up_button.setEnabled(bool(injection.goals))
        # Each tr() outside the f-string: pyside6-lupdate does not look inside f-strings.
        agreed = self.tr("Goals agreed on %1").replace("%1", short_day(injection.day))
        lines = [f"<b>{escape(agreed)}</b>"]
        if not injection.goals:
            lines.append(escape(self.tr("No goals were recorded.")))
        for number, goal in enumerate(injection.goals, start=1):
            scored = "; ".join(
                f"{short_day(day)}: {labels.gas_scores()[score]}" for day, score in goal.scores
            )
            line = f"{number}. {escape(goal.goal)}"
            if scored:
                muted = style.current_colours().muted
                line += f" <span style='color:{muted}'>— {escape(scored)}</span>"
            lines.append(line)
        if injection.data.notes:
            lines.append(f"<i>{escape(injection.data.notes)}</i>")
        self.details.setText("<br>".join(lines))

    # --- actions -------------------------------------------------------------------------------

    def add_injection(self) -> None:
        self.add_with(
            InjectionDialog(parent=self, today=self.ctx.clock.today()),
            self.tr("Add injection"),
            injections.TREE,
            injections.add_injection,
        )

    def edit_injection(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        since = opened(injections.TREE, id=chosen.id)  # before the form reads it
        injection = injections.get_injection(chosen.id)
        if injection is None:
            return
        self.edit_with(
            InjectionDialog(injection, parent=self, today=self.ctx.clock.today()),
            self.tr("Edit injection"),
            injections.TREE,
            injection.id,
            injections.update_injection,
            since,
            injections.add_injection,
        )

    def record_follow_up(self) -> None:
        injection = self.selected()
        if injection is None or not injection.goals:
            return
        dialog = FollowUpDialog(injection, parent=self, today=self.ctx.clock.today())
        if dialog.exec():
            day, scores = dialog.value()

            def save() -> int:
                injections.record_follow_up(injection.id, day, scores)
                return injection.id

            self.change(self.tr("Score goals"), injections.TREE, injection.id, save)

    def remove_injection(self) -> None:
        injection = self.selected()
        if injection is None:
            return
        describe = self.tr("the injection of %1").replace("%1", short_day(injection.day))
        if injection.goals:
            describe += " " + self.tr("with its goals and scores")
        self.remove(self.tr("Remove injection"), describe, injections.TREE, injection.id)
