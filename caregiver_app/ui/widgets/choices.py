"""Small reusable choosers: a row of choice buttons (a radio group) and a grid of checkboxes.

A `ButtonChoice` looks like a row of large toggle buttons and behaves, for the keyboard and for
screen readers, like a group of radio buttons (as ARIA's radio group pattern describes): Tab
stops once per row, on the chosen option or the first; the arrow keys move and choose; Home and
End jump to the ends; Space chooses (and, where an answer may be left out, clears the chosen
one); on a row of numbers the digits choose ("1" then "0" quickly chooses 10). Assistive
technology is told each button is a radio button, whether it is chosen, and "2 of 3" in its row.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QKeyEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QCheckBox,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from caregiver_app.ui.widgets.flow_layout import FlowLayout

_NEXT = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


class ChoiceButton(QPushButton):
    """One option of a `ButtonChoice`: a toggle button on screen, a radio button to a screen reader."""

    def __init__(self, label: str, row: ButtonChoice) -> None:
        super().__init__(label)
        self.row = row
        self.setCheckable(True)
        # Enter belongs to the form (its default button saves), never to the focused option.
        self.setAutoDefault(False)


class _RadioButtonInterface(QAccessibleWidget):
    def __init__(self, button: ChoiceButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def text(self, which: QAccessible.Text) -> str:
        button = self._button
        if which == QAccessible.Text.Name:
            return button.accessibleName() or button.text().replace("&", "")
        if which == QAccessible.Text.Description:
            return button.row.describe(button)
        return super().text(which)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name in (
            QAccessibleActionInterface.pressAction(),
            QAccessibleActionInterface.toggleAction(),
        ):
            self._button.click()
        else:
            super().doAction(name)


def _accessible_interface(key: str, obj: QObject) -> QAccessibleWidget | None:
    if key == "ChoiceButton" and isinstance(obj, ChoiceButton):
        return _RadioButtonInterface(obj)
    if key == "ButtonChoice" and isinstance(obj, ButtonChoice):
        return QAccessibleWidget(obj, QAccessible.Role.Grouping)
    return None


@functools.cache
def _install_accessibility() -> None:
    """Once per process: Qt asks this factory first for every object a screen reader looks at."""
    QAccessible.installFactory(_accessible_interface)


def _reveal(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so it shows: focus moved by an arrow key or
    given to a form's first question is not followed by Qt the way a Tab is (large text)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


class ButtonChoice(QWidget):
    """One of several codes, as a row of large buttons that is a radio group for the keyboard.

    `allow_none`: the answer may be left out; clicking (or Space on) the chosen option clears it.
    """

    changed = Signal(object)

    def __init__(
        self,
        options: Mapping[Any, str],
        allow_none: bool = False,
        object_name: str = "Choice",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _install_accessibility()
        self._allow_none = allow_none
        self._value: Any = None
        self._typed = ""
        self._typed_clock = QElapsedTimer()
        self.buttons: dict[Any, ChoiceButton] = {}
        # A row that wraps onto a second line when the window is narrow (large text, 200%).
        layout = FlowLayout(self, spacing=6)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for code, label in options.items():
            button = ChoiceButton(label, self)
            button.setObjectName(object_name)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(lambda checked, c=code: self._clicked(c, checked))
            button.installEventFilter(self)
            self.buttons[code] = button
            layout.addWidget(button)
        labels = [label.replace("&", "") for label in options.values()]
        self._takes_digits = bool(labels) and all(label[:1].isdigit() for label in labels)
        self._update_tab_stop()

    # --- value -------------------------------------------------------------------------------------

    def value(self) -> Any:
        return self._value

    def set_value(self, code: object) -> None:
        self._value = code
        for c, button in self.buttons.items():
            button.setChecked(c == code)
        self._update_tab_stop()

    def takes_digits(self) -> bool:
        """Whether the digit keys choose an option here (a row of numbers such as pain 0-10)."""
        return self._takes_digits

    def describe(self, button: ChoiceButton) -> str:
        """What a screen reader says after the option's name: the row and the option's place."""
        codes = list(self.buttons)
        code = next(c for c, b in self.buttons.items() if b is button)
        text = (
            QCoreApplication.translate("ButtonChoice", "%1, %2 of %3")
            .replace("%1", self.accessibleName())
            .replace("%2", str(codes.index(code) + 1))
            .replace("%3", str(len(codes)))
        )
        own = button.accessibleDescription()
        return f"{text}. {own}" if own else text

    def _clicked(self, code: object, checked: bool) -> None:
        if not checked and not self._allow_none:
            self.buttons[code].setChecked(True)
            return
        self.set_value(code if checked else None)
        self.changed.emit(self._value)

    def choose(self, code: object, focus: bool = True) -> None:
        """Choose `code` as the user does (`changed` is emitted), and focus it if `focus`."""
        if code != self._value:
            self.set_value(code)
            self.changed.emit(self._value)
        if focus:
            self.buttons[code].setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_stop(self) -> ChoiceButton:
        """The option Tab lands on: the chosen one, or the first."""
        return self.buttons.get(self._value) or next(iter(self.buttons.values()))

    def _update_tab_stop(self) -> None:
        """Only the chosen option (or the first) is a Tab stop; the others take focus by click."""
        if not self.buttons:
            return
        stop = self.tab_stop()
        for button in self.buttons.values():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    # --- keys ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, ChoiceButton) and event.type() == QEvent.Type.FocusIn:
            # Once the layouts waiting to run have run (a section just unfolded, a new form).
            QTimer.singleShot(0, watched, functools.partial(_reveal, watched))
        if not isinstance(watched, ChoiceButton) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().eventFilter(watched, event)  # Alt+digit mnemonics, Ctrl+S, ...
        if event.type() == QEvent.Type.ShortcutOverride:
            # A row of numbers keeps its digits, before the form's "1, 2, 3: how strong" keys.
            if self._takes_digits and event.text().isdigit():
                event.accept()
                return True
            return super().eventFilter(watched, event)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        codes = list(self.buttons)
        current = next((c for c, b in self.buttons.items() if b is watched), codes[0])
        key = Qt.Key(event.key())
        if key in _NEXT:
            step = _NEXT[key]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
                step = -step
            self.choose(codes[(codes.index(current) + step) % len(codes)])
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.choose(codes[0 if key == Qt.Key.Key_Home else -1])
            return True
        if self._takes_digits and event.text().isdigit():
            self._type_digit(event.text())
            return True
        return super().eventFilter(watched, event)

    def _type_digit(self, digit: str) -> None:
        """ "7" chooses 7; "1" then "0" within the keyboard interval chooses 10."""
        labels = {b.text().replace("&", ""): c for c, b in self.buttons.items()}
        recent = self._typed_clock.isValid() and (
            self._typed_clock.elapsed() < QApplication.keyboardInputInterval()
        )
        typed = self._typed + digit if recent else digit
        if typed not in labels:
            typed = digit
        self._typed = typed
        self._typed_clock.start()
        if typed in labels:
            self.choose(labels[typed])


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
