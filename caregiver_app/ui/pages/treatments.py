"""Treatments: medications, injections with the cycle view, therapy, clinician scores and
appointments, one tab each. Tabs refresh when shown after their data changed."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from caregiver_app.ui.context import PageContext
from caregiver_app.ui.notifier import ACTIVE_PERSON, EPISODES, PEOPLE, TREATMENTS
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.treatments.appointments_tab import AppointmentsTab
from caregiver_app.ui.treatments.injections_tab import InjectionsTab
from caregiver_app.ui.treatments.medications_tab import MedicationsTab
from caregiver_app.ui.treatments.scores_tab import ScoresTab
from caregiver_app.ui.treatments.tab_base import TreatmentTab
from caregiver_app.ui.treatments.therapy_tab import TherapyTab
from caregiver_app.ui.widgets.fit_to_width import (
    scroll_with_page_when_short,
    tabs_as_choice_when_narrow,
)

TABS = ("medications", "injections", "therapy", "scores", "appointments")


class TreatmentsPage(Page):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Treatments"))
        title.setObjectName("PageTitle")
        note = QLabel(
            self.tr(
                "A record of what is given and done, to take to appointments. It does not "
                "recommend any treatment: talk any change over with the clinician."
            )
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)
        self.medications = MedicationsTab(ctx)
        self.injections = InjectionsTab(ctx)
        self.therapy = TherapyTab(ctx)
        self.scores = ScoresTab(ctx)
        self.appointments = AppointmentsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Treatments"))
        for tab, text in (
            (self.medications, self.tr("&Medications")),
            (self.injections, self.tr("&Injections")),
            (self.therapy, self.tr("T&herapy")),
            (self.scores, self.tr("&Clinician scores")),
            (self.appointments, self.tr("&Appointments")),
        ):
            self.tabs.addTab(self._scrollable(tab), text)
        unrolls = [
            scroll_with_page_when_short(self.tabs.widget(i), self)  # type: ignore[arg-type]
            for i in range(self.tabs.count())
        ]
        self.tabs.currentChanged.connect(lambda _index: [apply() for apply in unrolls])
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self._stale: set[TreatmentTab] = set(self.all_tabs())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(
            tabs_as_choice_when_narrow(self.tabs, self, self.tr("Which treatments to show"))
        )
        layout.addWidget(self.tabs, 1)
        ctx.notifier.changed.connect(self._on_changed)
        last = str(ctx.settings.value("treatments/tab", TABS[0]))
        if last in TABS:
            self.tabs.setCurrentIndex(TABS.index(last))

    @staticmethod
    def _scrollable(tab: QWidget) -> QScrollArea:
        """Each tab scrolls on its own, so the tallest tab never stretches the whole page."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(tab)
        return area

    def all_tabs(self) -> list[TreatmentTab]:
        return [self.medications, self.injections, self.therapy, self.scores, self.appointments]

    def show_tab(self, key: str) -> None:
        """Open one tab by its key: medications, injections, therapy, scores, appointments."""
        self.tabs.setCurrentIndex(TABS.index(key))

    def _refresh_current(self) -> None:
        index = self.tabs.currentIndex()
        self.ctx.settings.setValue("treatments/tab", TABS[index])
        tab = self.all_tabs()[index]
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()

    def _on_changed(self, topic: str, person_id: int) -> None:
        mine = person_id == self.ctx.active_person_id()
        if topic in (ACTIVE_PERSON, PEOPLE) or (topic == TREATMENTS and mine):
            self._stale = set(self.all_tabs())
        elif topic == EPISODES and mine:
            self._stale.add(self.injections)  # the cycle view counts episodes
        else:
            return
        if self.isVisible():
            self._refresh_current()

    def refresh(self) -> None:
        self._stale = set(self.all_tabs())
        self._refresh_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_current()
