"""Settings card: who is logging on this computer, remembered in the settings file.

Every entry saved from this computer says it was recorded by this name (the write path stamps
it: services/actions/stamp.py). Until someone chooses, it is the computer account's name, shown
here so it can be changed. The list offers everyone who has logged in this diary.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from caregiver_app.services import caregivers
from caregiver_app.ui.caregiver import caregiver_name, set_caregiver_name
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.narrow import wrap_rows_when_narrow


class CaregiverCard(Card):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Caregivers"), parent)
        self._settings = settings
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Room for a full name, not the whole card's width (like the other settings' fields).
        self.name.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.name.setMinimumContentsLength(24)
        self.name.setAccessibleName(self.tr("Who is logging on this computer"))
        line = self.name.lineEdit()
        assert line is not None
        line.setMaxLength(caregivers.MAX_NAME)
        line.setAccessibleName(self.name.accessibleName())
        line.editingFinished.connect(self._save)
        self.name.activated.connect(lambda _index: self._save())
        note = QLabel(
            self.tr(
                "Every entry saved on this computer says who recorded it and when. Type your "
                "name, or choose it if you have logged in this diary before."
            )
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        wrap_rows_when_narrow(form, self, 60)
        form.addRow(self.tr("Who is logging on this computer"), self.name)
        form.addRow(note)
        self.body.addLayout(form)
        self.refresh()

    def refresh(self) -> None:
        """The names of the diary's caregivers, with this computer's choice shown."""
        current = caregiver_name(self._settings)
        self.name.blockSignals(True)
        self.name.clear()
        names = caregivers.list_caregivers()
        if current and current.casefold() not in {n.casefold() for n in names}:
            names.append(current)
        self.name.addItems(sorted(names, key=str.casefold))
        self.name.setCurrentText(current)
        self.name.blockSignals(False)

    def _save(self) -> None:
        typed = caregivers.clean_name(self.name.currentText())
        if not typed:  # a blank name is not saved: the last one stays
            self.name.setCurrentText(caregiver_name(self._settings))
            return
        if typed != caregiver_name(self._settings):
            set_caregiver_name(self._settings, typed)
        self.name.setCurrentText(typed)
