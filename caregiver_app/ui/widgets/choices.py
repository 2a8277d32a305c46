"""Small reusable choosers: a row of toggle buttons and a grid of checkboxes for codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from caregiver_app.ui.widgets.flow_layout import FlowLayout


class ButtonChoice(QWidget):
    """One of several codes, as a row of large toggle buttons. `allow_none`: click again to clear."""

    changed = Signal(object)

    def __init__(
        self,
        options: Mapping[Any, str],
        allow_none: bool = False,
        object_name: str = "Choice",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self._value: Any = None
        self.buttons: dict[Any, QPushButton] = {}
        # A row that wraps onto a second line when the window is narrow (large text, 200%).
        layout = FlowLayout(self, spacing=6)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        for code, label in options.items():
            button = QPushButton(label)
            button.setObjectName(object_name)
            button.setCheckable(True)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(lambda checked, c=code: self._clicked(c, checked))
            self._group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)

    def _clicked(self, code: object, checked: bool) -> None:
        if not checked and not self._allow_none:
            self.buttons[code].setChecked(True)
            return
        self.set_value(code if checked else None)
        self.changed.emit(self._value)

    def value(self) -> Any:
        return self._value

    def set_value(self, code: object) -> None:
        self._value = code
        for c, button in self.buttons.items():
            button.setChecked(c == code)


class CodeChecklist(QWidget):
    """Any number of codes, as a grid of checkboxes."""

    changed = Signal()

    def __init__(
        self, options: Mapping[str, str], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(options.items()):
            box = QCheckBox(label)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            layout.addWidget(box, index // columns, index % columns)

    def values(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_values(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
