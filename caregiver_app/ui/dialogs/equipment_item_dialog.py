"""Add or edit one of the person's own equipment items (name, activity, description)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.services import equipment
from caregiver_app.services.equipment import Catalogue
from caregiver_app.ui.widgets.dialog_fit import FormBody
from caregiver_app.ui.widgets.fit_to_width import wrap_rows_when_narrow


@dataclass(frozen=True)
class CustomItemInput:
    activity: str
    name: str
    description: str


class EquipmentItemDialog(QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        initial: CustomItemInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        editing = initial is not None and bool(initial.name)
        self.setWindowTitle(
            self.tr("Edit your own item") if editing else self.tr("Add your own item")
        )
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "Add equipment that is not in the list, for example something the therapist "
                "suggested or something you already use."
            )
        )
        intro.setWordWrap(True)

        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Daily activity"))
        for activity in catalogue.activities:
            self.activity.addItem(activity.title, activity.id)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(equipment.NAME_MAX)
        self.name.setPlaceholderText(self.tr("For example: Cup with a cut-out rim"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What it is and what it helps with (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Activity:"), self.activity)
        form.addRow(self.tr("&Description:"), self.description)
        for field in (self.name, self.activity, self.description):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(FormBody(form), 1)
        wrap_rows_when_narrow(form, self, 60)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.name.setText(initial.name)
            self.description.setPlainText(initial.description)
            index = self.activity.findData(initial.activity)
            if index >= 0:
                self.activity.setCurrentIndex(index)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.name.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> CustomItemInput:
        return CustomItemInput(
            activity=str(self.activity.currentData()),
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
        )
