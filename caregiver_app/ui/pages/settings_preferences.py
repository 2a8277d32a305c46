"""Settings cards for how the app looks and behaves: theme, text size, language, paper, reminders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from caregiver_app.ui import style
from caregiver_app.ui.preferences import Preferences
from caregiver_app.ui.widgets.cards import Card
from caregiver_app.ui.widgets.fit_to_width import WrappingCheckBox, wrap_rows_when_narrow


class PreferencesCard(Card):
    """Changes apply at once and are remembered. `changed(prefs, language_changed)` is called after each."""

    def __init__(
        self,
        settings: QSettings,
        changed: Callable[[Preferences, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Appearance and reminders"), parent)
        self._settings = settings
        self._changed = changed
        self.prefs = Preferences.load(settings)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, label in (
            ("system", self.tr("Same as the computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high_contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(label, code)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for percent in style.TEXT_SIZES:
            self.text_size.addItem(f"{percent}%", percent)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (
            ("system", self.tr("Same as the computer")),
            ("en", "English"),
            ("es", "Español"),
        ):
            self.language.addItem(label, code)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        tray = WrappingCheckBox(
            self.tr("Show an icon in the system tray to log an episode in one click")
        )
        self.tray = tray.box
        reminder = WrappingCheckBox(self.tr("Remind me to do the daily check-in at"))
        reminder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.reminder = reminder.box
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        note = QLabel(
            self.tr("With the tray icon on, closing the window keeps the app running in the tray.")
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)

        for combo in (self.theme, self.text_size, self.language, self.paper):
            # as wide as their longest choice, not the whole card
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reminder_time.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # the reminder on one line: "Remind me ... at [20:00]"
        reminder_row = QHBoxLayout()
        reminder_row.setContentsMargins(0, 0, 0, 0)
        reminder_text = self.tr("Remind me to do the daily check-in at")
        # one line when there is room (box, gap and text), wrapping only when there is not
        reminder.setMaximumWidth(reminder.fontMetrics().horizontalAdvance(reminder_text) + 48)
        reminder_row.addWidget(reminder, 1)
        reminder_row.addWidget(self.reminder_time, 0)
        reminder_row.addStretch(0)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        wrap_rows_when_narrow(form, self, 60)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper for printing"), self.paper)
        form.addRow(tray)
        form.addRow(reminder_row)
        form.addRow(note)
        self.body.addLayout(form)
        self._load()
        for combo in (self.theme, self.text_size, self.language, self.paper):
            combo.currentIndexChanged.connect(self._save)
        self.tray.toggled.connect(self._save)
        self.reminder.toggled.connect(self._save)
        self.reminder_time.timeChanged.connect(self._save)

    def _load(self) -> None:
        p = self.prefs
        for combo, value in (
            (self.theme, p.theme),
            (self.text_size, p.text_percent),
            (self.language, p.language),
            (self.paper, p.paper),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.tray.setChecked(p.tray_icon)
        self.reminder.setChecked(p.reminder_enabled)
        self.reminder_time.setTime(QTime(p.reminder_time.hour, p.reminder_time.minute))
        self.reminder_time.setEnabled(p.reminder_enabled)

    def _save(self) -> None:
        old_language = self.prefs.language
        time = self.reminder_time.time()
        self.prefs = Preferences(
            theme=self.theme.currentData(),
            text_percent=int(self.text_size.currentData()),
            language=self.language.currentData(),
            paper=self.paper.currentData(),
            tray_icon=self.tray.isChecked(),
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=time.toPython(),  # type: ignore[arg-type]
        )
        self.reminder_time.setEnabled(self.prefs.reminder_enabled)
        self.prefs.save(self._settings)
        self._changed(self.prefs, self.prefs.language != old_language)
