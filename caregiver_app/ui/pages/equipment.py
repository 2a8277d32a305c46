"""The equipment page: browse the adaptive-equipment catalogue by daily activity, mark what the
person has or might need, keep notes, and print the checklist or a shopping list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import equipment, people
from caregiver_app.services.actions import Action, Change, opened
from caregiver_app.services.actions import equipment as equipment_actions
from caregiver_app.services.actions.undo import Rows
from caregiver_app.services.equipment import Catalogue, ChecklistEntry
from caregiver_app.ui import output_guard, prompts
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.dialogs import equipment_output
from caregiver_app.ui.dialogs.equipment_item_dialog import CustomItemInput, EquipmentItemDialog
from caregiver_app.ui.meanwhile import Outcome, save_checked
from caregiver_app.ui.notifier import ACTIVE_PERSON, EQUIPMENT, PEOPLE
from caregiver_app.ui.pages.page import Page
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.service_text import error_text
from caregiver_app.ui.widgets.equipment_detail import EquipmentDetail
from caregiver_app.ui.widgets.equipment_filters import EquipmentFilters
from caregiver_app.ui.widgets.equipment_list import EquipmentList, make_quiet
from caregiver_app.ui.widgets.fit_to_width import stack_when_narrow

_SETTINGS_SPLITTER = "equipment/splitter"


class EquipmentPage(Page):
    def __init__(
        self,
        catalogue: Catalogue,
        ctx: PageContext,
        open_learn_for_item: Callable[[str], bool] | None = None,
        has_learn_for_item: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.ctx = ctx
        notifier, self._active_person_id, settings = (
            ctx.notifier,
            ctx.active_person_id,
            ctx.settings,
        )
        self._settings = settings
        self._open_learn = open_learn_for_item
        self._has_learn = has_learn_for_item
        self._person_id: int | None = None
        self._refreshing = False
        self._refresh_again = False
        self._hold_notify = False
        self._since: dict[str, Rows] = {}  # item key -> its status and note as last shown
        self._notify_held = False

        title = QLabel(self.tr("Equipment checklist"))
        title.setObjectName("PageTitle")  # the heading every page has
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Aids that can make daily activities easier. This list does not recommend "
                "anything: talk it through with the occupational therapist."
            )
        )
        hint.setWordWrap(True)
        make_quiet(hint)

        self.filters = EquipmentFilters(catalogue, settings)
        self.activity_filter = self.filters.activity_filter
        self.status_filter = self.filters.status_filter
        self.search = self.filters.search
        self.show_hidden = self.filters.show_hidden
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filters.focus_search)

        self.list = EquipmentList()
        self.list.currentKeyChanged.connect(self._on_item_chosen)

        self.detail = EquipmentDetail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.detail_area = scroll
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        state = settings.value(_SETTINGS_SPLITTER)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._save_splitter)

        self.add_button = QPushButton(self.tr("Add your own item…"))
        self.add_button.clicked.connect(self.add_custom_item)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setMenu(equipment_output.output_menu(self, self._print))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setMenu(equipment_output.output_menu(self, self.save_pdf))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        make_quiet(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.message, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)

        checklist = QWidget()
        body = QVBoxLayout(checklist)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.filters)
        body.addWidget(self.splitter, 1)
        body.addLayout(actions)
        # In a narrow window (large text) the list sits above the details, and rows stack.
        stack_when_narrow(self.splitter, checklist)
        stack_when_narrow(actions, checklist)
        self.nobody = QLabel(
            self.tr(
                "No one is in the diary yet.\nAdd the person you care for, and their "
                "equipment checklist will appear here."
            )
        )
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nobody.setWordWrap(True)
        self.content = QStackedWidget()
        self.content.addWidget(checklist)
        self.content.addWidget(self.nobody)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        stack_when_narrow(header, self)
        self._fit_heights()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 16, 16)  # the margins of the other pages
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(hint)
        layout.addWidget(self.content, 1)

        self.filters.changed.connect(self.refresh)
        self.detail.statusChosen.connect(self._set_status)
        self.detail.noteEdited.connect(self._save_note)
        self.detail.hiddenToggled.connect(self._set_hidden)
        self.detail.editRequested.connect(self.edit_custom_item)
        self.detail.removeRequested.connect(self.remove_custom_item)
        self.detail.learnRequested.connect(self._learn)
        notifier.changed.connect(self._on_data_changed)
        self.refresh()

    # ---- reading

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def _on_data_changed(self, topic: str, person_id: int) -> None:
        if topic in (ACTIVE_PERSON, PEOPLE) or (
            topic == EQUIPMENT and person_id in (0, self._person_id)
        ):
            if self._hold_notify:
                self._notify_held = True
                return
            self.refresh()

    def refresh(self) -> None:
        """Re-read the active person's checklist, keeping the selection and scroll position."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        try:
            self._refresh()
            while self._refresh_again:
                self._refresh_again = False
                self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        person_id = self._active_person_id()
        if person_id != self._person_id:
            if self._person_id in {p.id for p in people.list_people()}:
                self.detail.flush_note()  # saved for the person it was typed for
            self.detail.clear()
            self._person_id = person_id
        if person_id is None:
            self.summary.setText("")
            self.content.setCurrentWidget(self.nobody)
            return
        self.content.setCurrentIndex(0)
        counts = equipment.summary(person_id, self._catalogue)
        self.summary.setText(self._summary_text(counts))
        entries = equipment.checklist(
            person_id,
            self._catalogue,
            activity=self.filters.activity(),
            statuses=self.filters.statuses(),
            text=self.filters.text(),
            include_hidden=self.filters.include_hidden(),
        )
        self.list.show_entries(entries, self._catalogue, self.detail.key, self.filters.empty_text())
        key = self.detail.key
        if key is not None:
            self._copy(key)
            entry = equipment.entry_for(person_id, self._catalogue, key)
            if entry is None or not entries:
                # gone, or a search or filter found nothing: no stale details beside an empty list
                self.detail.flush_note()
                self.detail.clear()
            else:
                self._show_detail(entry)

    def _summary_text(self, counts: dict[str, int]) -> str:
        words = {
            "using_it": self.tr("Using %1"),
            "have_it": self.tr("Have %1"),
            "ordered": self.tr("Ordered %1"),
            "might_help": self.tr("Might help %1"),
            "not_suitable": self.tr("Not suitable %1"),
        }
        parts = [
            words[code].replace("%1", str(counts[code]))
            for code in equipment.SUMMARY_ORDER
            if counts.get(code)
        ]
        return " · ".join(parts) if parts else self.tr("Nothing marked yet")

    def _on_item_chosen(self, key: str) -> None:
        if self._person_id is None or key == self.detail.key:
            return
        # Save the note of the item being left, but refresh only once the new item is shown:
        # rebuilding the list while the selection is still moving would select the old item.
        self._hold_notify = True
        try:
            self.detail.flush_note()
            self._copy(key)
            entry = equipment.entry_for(self._person_id, self._catalogue, key)
            if entry is not None:
                self._show_detail(entry)
        finally:
            self._hold_notify = False
        if self._notify_held:
            self._notify_held = False
            self.refresh()

    def _show_detail(self, entry: ChecklistEntry) -> None:
        has_learn = (
            not entry.item.is_custom
            and self._has_learn is not None
            and self._open_learn is not None
            and self._has_learn(entry.key)
        )
        title = self._catalogue.activity_title(entry.activity)
        self.detail.show_entry(entry, title, has_learn)

    def select_item(self, item_key: str) -> bool:
        """Select `item_key` in the list (e.g. after adding it); False when it is not shown."""
        return self.list.select(item_key)

    # ---- writing: one action each (services/actions/equipment.py), undoable with Ctrl+Z

    def _guarded(self, text: str, action: Callable[[], Change]) -> Change | None:
        """Run `action` as one undoable step; say why when it could not be made."""
        try:
            return run_action(self.ctx, text, action)
        except ValueError as exc:
            prompts.warn(self, self.tr("Not saved"), error_text(exc))
            return None

    def _copy(self, key: str) -> None:
        """Keep the item's status and note as stored, before they are shown: a save compares
        with it, so one made meanwhile on another computer is shown, not written over."""
        if self._person_id is not None:
            self._since[key] = opened("equipment_state", person_id=self._person_id, item_key=key)

    def _checked(
        self, text: str, since: Rows, action: Callable[[Rows], Change], add: Action | None = None
    ) -> Outcome | None:
        """Run `action` with the copy the item was shown from (ui/meanwhile.py); show what is
        stored when the user kept the other version. None: it could not be saved (said)."""
        try:
            outcome = save_checked(self, self.ctx, text, since, action, add)
        except ValueError as exc:
            prompts.warn(self, self.tr("Not saved"), error_text(exc))
            return None
        if outcome is Outcome.KEPT_THEIRS:
            self.refresh()
        return outcome

    def _state_since(self, person_id: int, key: str) -> Rows:
        return self._since.get(key) or opened("equipment_state", person_id=person_id, item_key=key)

    def _set_status(self, key: str, status: str) -> None:
        person_id = self._person_id
        if person_id is not None:
            done = self._checked(
                self.tr("Change equipment status"),
                self._state_since(person_id, key),
                lambda copy: equipment_actions.set_status(person_id, key, status, since=copy),
            )
            if done is Outcome.BACK:
                self.refresh()  # a status is one choice: show what is stored

    def _save_note(self, key: str, note: str) -> None:
        person_id = self._person_id
        if person_id is not None:
            self._checked(
                self.tr("Edit equipment note"),
                self._state_since(person_id, key),
                lambda copy: equipment_actions.set_note(person_id, key, note, since=copy),
            )

    def _set_hidden(self, key: str, hide: bool) -> None:
        person_id = self._person_id
        if person_id is not None:
            self._guarded(
                self.tr("Hide equipment item") if hide else self.tr("Show equipment item"),
                lambda: equipment_actions.set_hidden(person_id, key, hide),
            )

    def add_custom_item(self) -> None:
        person_id = self._person_id
        if person_id is None:
            return
        self.detail.flush_note()
        activity = self.filters.activity() or self._catalogue.activities[0].id
        value = self._ask_custom_item(CustomItemInput(activity, "", ""))
        if value is None:
            return
        change = self._guarded(
            self.tr("Add your own item"),
            lambda: equipment_actions.add_custom(
                person_id, value.activity, value.name, value.description
            ),
        )
        if change is not None:
            key = f"{equipment.CUSTOM_PREFIX}{change.ids[0]}"
            if not self.select_item(key):
                entry = equipment.entry_for(person_id, self._catalogue, key)
                if entry is not None:
                    self._show_detail(entry)

    def edit_custom_item(self, key: str) -> None:
        person_id = self._person_id
        if person_id is None:
            return
        # The item as stored, before the form is filled: a save over a change made meanwhile
        # on another computer shows both (ui/meanwhile.py).
        since = opened("custom_equipment", id=equipment.custom_id(key))
        entry = equipment.entry_for(person_id, self._catalogue, key)
        if entry is None:
            return
        item = entry.item
        value = self._ask_custom_item(CustomItemInput(item.activity, item.name, item.description))
        while value is not None:
            if self._save_custom(person_id, key, value, since) is not Outcome.BACK:
                return
            value = self._ask_custom_item(value)  # the form again, with what was typed

    def _save_custom(
        self, person_id: int, key: str, typed: CustomItemInput, since: Rows
    ) -> Outcome | None:
        return self._checked(
            self.tr("Edit your own item"),
            since,
            lambda copy: equipment_actions.update_custom(
                person_id, key, typed.activity, typed.name, typed.description, since=copy
            ),
            lambda: equipment_actions.add_custom(
                person_id, typed.activity, typed.name, typed.description
            ),
        )

    def remove_custom_item(self, key: str) -> None:
        person_id = self._person_id
        entry = equipment.entry_for(person_id, self._catalogue, key) if person_id else None
        if person_id is None or entry is None:
            return
        question = self.tr(
            "Remove “%1” from the checklist? Its status and note are removed too. "
            "You can bring it back with Undo (Ctrl+Z)."
        ).replace("%1", entry.item.name)
        if not prompts.confirm(self, self.tr("Remove your own item"), question, self.tr("Remove")):
            return
        self._guarded(
            self.tr("Remove your own item"),
            lambda: equipment_actions.remove_custom(person_id, key),
        )

    def _ask_custom_item(self, initial: CustomItemInput) -> CustomItemInput | None:
        """The add/edit dialog (tests replace this method)."""
        dialog = EquipmentItemDialog(self._catalogue, initial, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def _learn(self, key: str) -> None:
        if self._open_learn is not None and not self._open_learn(key):
            prompts.inform(
                self, self.tr("Learn more"), self.tr("There is no reading about this item yet.")
            )

    # ---- printing

    def paper(self) -> str:
        """The paper chosen in Settings (by default Letter where the locale uses US measures, else A4)."""
        return Preferences.load(self._settings).paper

    def _print(self, only_wanted: bool) -> None:
        if self._person_id is None:
            return
        self.detail.flush_note()
        self._show_print_preview(self._person_id, only_wanted)

    def _show_print_preview(self, person_id: int, only_wanted: bool) -> None:
        """The print preview dialog (tests replace this method)."""
        equipment_output.show_print_preview(self, person_id, self._catalogue, only_wanted)

    def save_pdf(self, only_wanted: bool) -> None:
        person_id = self._person_id
        if person_id is None:
            return
        self.detail.flush_note()
        path = self._ask_pdf_path(only_wanted)
        if path is None or not output_guard.may_write(self, self.tr("The PDF was not saved"), path):
            return
        equipment_output.write_pdf(
            self, person_id, self._catalogue, path, only_wanted, self.paper(), self.message.setText
        )

    def _ask_pdf_path(self, only_wanted: bool) -> Path | None:
        """The save dialog (tests replace this method)."""
        name = self.tr("Equipment shopping list") if only_wanted else self.tr("Equipment checklist")
        if self._person_id is not None:
            name = f"{name} - {people.get_person(self._person_id).name}"
        return equipment_output.ask_pdf_path(self, name)

    # ---- small things

    def _fit_heights(self) -> None:
        """The list and the details keep room for several lines of text, so that when they
        sit one above the other (large text) the page scrolls instead of squeezing them."""
        line = self.fontMetrics().height()
        self.list.setMinimumHeight(14 * line)
        self.detail_area.setMinimumHeight(12 * line)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_heights()

    def _save_splitter(self) -> None:
        self._settings.setValue(_SETTINGS_SPLITTER, self.splitter.saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        self.detail.flush_note()  # leaving the page or closing the window keeps the note
        super().hideEvent(event)
