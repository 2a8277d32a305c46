"""Settings: the people in this diary, appearance and reminders, the data and backups, and
sharing the diary with a care team."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import labels
from caregiver_app.services import people
from caregiver_app.services.actions import people as people_actions
from caregiver_app.ui import prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs.person_dialog import PersonDialog
from caregiver_app.ui.notifier import ACTIVE_PERSON, PEOPLE
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.pages.settings_caregiver import CaregiverCard
from caregiver_app.ui.pages.settings_data import DataCard
from caregiver_app.ui.pages.settings_preferences import PreferencesCard
from caregiver_app.ui.pages.settings_server import SharingCard
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.flow_layout import flow_host


class SettingsPage(Page):
    def __init__(
        self,
        ctx: PageContext,
        data_dir: Path,
        set_active: Callable[[int], None],
        preferences_changed: Callable[[Preferences, bool], None] | None = None,
        parent: QWidget | None = None,
        restart_window: Callable[[], None] | None = None,
    ) -> None:
        """`restart_window` builds the window afresh (after the diary moved to a server)."""
        super().__init__(parent)
        self.ctx = ctx
        self._set_active = set_active
        title = QLabel(self.tr("Settings"))
        title.setObjectName("PageTitle")

        people_card = Card(self.tr("People in this diary"))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People in this diary"))
        self.people_list.setMinimumHeight(160)
        # A long line wraps in a narrow window rather than scrolling sideways.
        self.people_list.setWordWrap(True)
        self.people_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_list.itemDoubleClicked.connect(lambda _item: self.make_active())
        self.people_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Switch to this person"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.active_button.clicked.connect(self.make_active)
        self.remove_button.clicked.connect(self.remove_person)
        row = flow_host(self.add_button, self.edit_button, self.active_button, self.remove_button)
        people_card.body.addWidget(self.people_list)
        people_card.body.addWidget(row)

        self.data_card = DataCard(ctx, data_dir)
        self.sharing_card = SharingCard(ctx, data_dir, restart_window or (lambda: None))
        self.caregiver_card = CaregiverCard(ctx.settings)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(people_card)
        layout.addWidget(self.caregiver_card)
        self.preferences_card = PreferencesCard(
            ctx.settings, preferences_changed or (lambda _p, _l: None)
        )
        layout.addWidget(self.preferences_card)
        layout.addWidget(self.data_card)
        layout.addWidget(self.sharing_card)
        layout.addStretch(1)
        ctx.notifier.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str, _person_id: int) -> None:
        if topic in (PEOPLE, ACTIVE_PERSON):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.caregiver_card.refresh()
        self.data_card.refresh()
        self.sharing_card.refresh()

    def refresh(self) -> None:
        active = self.ctx.active_person_id()
        current = self._selected_id()
        self.people_list.clear()
        for person in people.list_people():
            text = person.name
            details = [
                labels.causes().get(person.cause, person.cause)
                if person.cause
                else self.tr("cause not recorded"),
                _mid_sentence(labels.affected_sides()[person.affected_side])
                if person.affected_side
                else self.tr("side not recorded"),
            ]
            if person.is_sample:
                details.append(self.tr("sample data"))
            text += "  —  " + ", ".join(details)
            if person.id == active:
                text += "  ✓ " + self.tr("active")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
            if person.id == (current or active):
                self.people_list.setCurrentItem(item)
        self._update_buttons()

    def _selected_id(self) -> int | None:
        item = self.people_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self._selected_id()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(selected is not None)
        self.active_button.setEnabled(
            selected is not None and selected != self.ctx.active_person_id()
        )

    def add_person(self) -> None:
        PersonDialog(parent=self, ctx=self.ctx).exec()  # saved and made active by the dialog

    def edit_person(self) -> None:
        selected = self._selected_id()
        if selected is None:
            return
        PersonDialog(existing=people.get_person(selected), parent=self, ctx=self.ctx).exec()

    def make_active(self) -> None:
        selected = self._selected_id()
        if selected is not None:
            self._set_active(selected)

    def remove_person(self) -> None:
        selected = self._selected_id()
        if selected is None:
            return
        person = people.get_person(selected)
        if not prompts.confirm(
            self,
            self.tr("Remove %1?").replace("%1", person.name),
            self.tr(
                "This removes %1 and everything recorded about them: every episode, check-in and "
                "note. Until you close the app, Undo (Ctrl+Z) brings it all back."
            ).replace("%1", person.name),
            self.tr("Remove %1").replace("%1", person.name),
        ):
            return
        run_action(
            self.ctx,
            self.tr("Remove %1").replace("%1", person.name),
            lambda: people_actions.remove_person(selected),
        )


def _mid_sentence(label: str) -> str:
    """ "Left side" as it reads after a comma: "Stroke, left side"."""
    return label[:1].lower() + label[1:]
