"""The banner above every page while the sample diary is open: the data is made up, and the two
ways on from here (start one's own diary, or remove the sample: one step that Undo reverses)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caregiver_app.services.actions import people as people_actions
from caregiver_app.services.people import PersonInfo
from caregiver_app.ui.actions import run_action
from caregiver_app.ui.context import PageContext
from caregiver_app.ui.widgets.flow_layout import flow_host


class SampleBanner(QFrame):
    def __init__(
        self,
        ctx: PageContext,
        start_own: Callable[[], None],
        removed: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.ctx = ctx
        self._removed = removed
        self.text = QLabel(
            self.tr("This is sample data: the person and everything in this diary are made up.")
        )
        self.text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start my own diary"))
        self.start_button.setObjectName("Primary")
        self.start_button.clicked.connect(start_own)
        self.remove_button = QPushButton(self.tr("Remove sample data"))
        self.remove_button.clicked.connect(self.remove_sample)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        # The buttons wrap under one another rather than widen the window (large text, Spanish).
        row.addWidget(flow_host(self.start_button, self.remove_button), 1)
        self.hide()

    def show_for(self, active: PersonInfo | None) -> None:
        """Shown while the active person is the sample one."""
        self.setVisible(active is not None and active.is_sample)

    def remove_sample(self) -> None:
        """Every sample person goes, in one step on the undo stack (nothing to confirm)."""
        run_action(self.ctx, self.tr("Remove sample data"), people_actions.remove_sample_people)
        self._removed(self.tr("Sample data removed. Undo (Ctrl+Z) brings it back."))
