"""What the themes draw: every control's parts are visible in light, dark and high contrast.

Each test renders a real widget offscreen and looks at its pixels, as a person would look at it:
the box of a check box, the arrows of a spin box, a scroll bar's handle, a disabled button.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSlider,
    QStyleOptionSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caregiver_app.ui import style

THEMES = ["light", "dark", "high_contrast"]


@pytest.fixture
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[style.Colours]:
    """The app in one theme for the test; back to light afterwards."""
    style.apply(qapp, request.param, 100)
    yield style.colours_for(request.param)
    style.apply(qapp, "light", 100)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def standing_out(image: QImage, rect: QRect, background: str, ratio: float = 3.0) -> int:
    """How many pixels in `rect` stand out from `background` (WCAG non-text contrast 3:1)."""
    back = QColor(background)
    return sum(1 for p in pixels(image, rect) if contrast(p, back) >= ratio)


def near(image: QImage, rect: QRect, colour: str, distance: int = 60) -> int:
    """How many pixels in `rect` are (nearly) `colour`."""
    want = QColor(colour)
    return sum(
        1
        for p in pixels(image, rect)
        if abs(p.red() - want.red()) + abs(p.green() - want.green()) + abs(p.blue() - want.blue())
        <= distance
    )


def shown(qtbot: QtBot, widget: QWidget, width: int = 0, height: int = 0) -> QImage:
    qtbot.addWidget(widget)
    if width or height:
        widget.resize(width or widget.sizeHint().width(), height or widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


# --------------------------------------------------------------------------------- check boxes


def indicator_rect(box: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return box.style().subElementRect(element, option, box)


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_check_box_shows_its_box_and_its_tick(qtbot: QtBot, theme: style.Colours) -> None:
    unchecked, checked = QCheckBox("Show hidden items"), QCheckBox("Show hidden items")
    checked.setChecked(True)
    before, after = shown(qtbot, unchecked), shown(qtbot, checked)
    rect = indicator_rect(unchecked)
    assert rect.width() >= 20 and rect.height() >= 20
    # The empty box has an outline that stands out from the page: at least its four sides.
    assert standing_out(before, rect, theme.window) >= 4 * (rect.width() - 4)
    # Ticking it visibly changes the box: filled with the accent, a tick across it.
    assert near(after, rect, theme.accent, 30) > rect.width() * rect.height() // 3
    inner = rect.adjusted(5, 5, -5, -5)
    assert standing_out(after, inner, theme.accent) >= inner.width()


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_radio_button_shows_its_circle_and_its_dot(qtbot: QtBot, theme: style.Colours) -> None:
    off, on = QRadioButton("Left"), QRadioButton("Right")
    on.setChecked(True)
    before, after = shown(qtbot, off), shown(qtbot, on)
    rect = indicator_rect(off)
    assert rect.width() >= 20
    assert standing_out(before, rect, theme.window) >= 2 * rect.width()
    assert near(after, rect, theme.accent, 30) > rect.width() * rect.height() // 4


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_focused_check_box_shows_the_focus_on_its_box(qtbot: QtBot, theme: style.Colours) -> None:
    box = QCheckBox()  # no text (as in the narrow-window rows): the box is all there is to see
    holder = QWidget()
    other = QPushButton("other", holder)
    box.setParent(holder)
    box.move(0, 40)
    shown(qtbot, holder, 200, 80)
    other.setFocus()
    rect = indicator_rect(box)
    blurred = box.grab().toImage()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    focused = box.grab().toImage()
    ring = theme.focus if theme is style.HIGH_CONTRAST else theme.accent
    assert near(focused, rect, ring, 30) > near(blurred, rect, ring, 30) + 2 * rect.width()


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_disabled_check_box_looks_different_from_an_enabled_one(
    qtbot: QtBot, theme: style.Colours
) -> None:
    enabled, disabled = QCheckBox("Tray icon"), QCheckBox("Tray icon")
    disabled.setEnabled(False)
    on, off = shown(qtbot, enabled), shown(qtbot, disabled)
    rect = indicator_rect(enabled)
    assert pixels(on, rect) != pixels(off, rect)


# ---------------------------------------------------------------------------------- scroll bars


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_scroll_bar_has_a_wide_handle_that_stands_out(qtbot: QtBot, theme: style.Colours) -> None:
    listing = QListWidget()
    listing.addItems([f"Item {n}" for n in range(200)])
    shown(qtbot, listing, 240, 200)
    bar = listing.verticalScrollBar()
    assert 12 <= bar.width() <= 20
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    assert handle.height() >= 30
    image = bar.grab().toImage()
    middle = QRect(handle.center().x() - 1, handle.center().y() - 5, 3, 10)
    assert standing_out(image, middle, theme.scroll_track) == len(pixels(image, middle))
    # Pointing at the handle changes its colour, so a person sees what they are about to drag.
    qtbot.mouseMove(bar, handle.center())
    qtbot.waitUntil(
        lambda: (
            bar.grab().toImage().pixelColor(handle.center()) != image.pixelColor(handle.center())
        )
    )


# ------------------------------------------------------------------------ spin and combo arrows


def arrow_region(widget: QSpinBox, part: QStyle.SubControl) -> QRect:
    option = QStyleOptionSpinBox()
    widget.initStyleOption(option)
    return widget.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, widget)


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_spin_box_buttons_show_arrows(qtbot: QtBot, theme: style.Colours) -> None:
    box = QSpinBox()
    box.setRange(0, 10)
    box.setValue(5)
    image = shown(qtbot, box, 160, 0)
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = arrow_region(box, part)
        assert rect.width() >= 20 and rect.height() >= 12
        # An arrow in the text colour, not a dot: a few rows of it (inside the button's borders).
        assert near(image, rect.adjusted(2, 2, -2, -2), theme.text) >= 20
    # At the top of the range the up arrow greys out; the down arrow stays.
    box.setValue(10)
    top = box.grab().toImage()
    up = arrow_region(box, QStyle.SubControl.SC_SpinBoxUp).adjusted(2, 2, -2, -2)
    assert near(top, up, theme.text, 30) < near(image, up, theme.text, 30) // 2


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_combo_box_shows_its_drop_down_arrow(qtbot: QtBot, theme: style.Colours) -> None:
    combo = QComboBox()
    combo.addItems(["Anywhere", "Left hand"])
    image = shown(qtbot, combo, 200, 0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    assert arrow.width() >= 20
    assert near(image, arrow.adjusted(2, 2, -2, -2), theme.text) >= 20


# ----------------------------------------------------------------------------- disabled looks


def border_row(image: QImage) -> QRect:
    """The middle half of the button's top edge (1 px in), where its border runs."""
    width = image.width()
    return QRect(width // 4, 0, width // 2, 2)


@pytest.mark.parametrize("theme", ["high_contrast"], indirect=True)
def test_a_disabled_button_does_not_look_like_an_enabled_one_in_high_contrast(
    qtbot: QtBot, theme: style.Colours
) -> None:
    enabled, disabled = QPushButton("▶"), QPushButton("▶")
    disabled.setEnabled(False)
    on, off = shown(qtbot, enabled, 60, 0), shown(qtbot, disabled, 60, 0)
    # Its border is broken (dashed) and grey where the enabled one is solid white...
    solid = near(on, border_row(on), theme.button_border, 30)
    assert near(off, border_row(off), theme.button_border, 30) < solid // 3
    # ...and its symbol is grey, still readable on black.
    inside = on.rect().adjusted(8, 8, -8, -8)
    assert near(on, inside, theme.text, 10) > 0
    assert near(off, inside, theme.text, 10) == 0
    assert standing_out(off, inside, theme.window, 4.5) > 0


@pytest.mark.parametrize("theme", THEMES, indirect=True)
def test_a_disabled_combo_box_looks_disabled(qtbot: QtBot, theme: style.Colours) -> None:
    enabled, disabled = QComboBox(), QComboBox()
    for combo in (enabled, disabled):
        combo.addItem("Sam")
    disabled.setEnabled(False)
    on, off = shown(qtbot, enabled, 160, 0), shown(qtbot, disabled, 160, 0)
    text_area = on.rect().adjusted(4, 4, -40, -4)
    assert near(on, text_area, theme.text, 10) > 0
    assert near(off, text_area, theme.text, 10) == 0


# ------------------------------------------------------------------------------- tool buttons


@pytest.mark.parametrize("theme", ["dark", "high_contrast"], indirect=True)
def test_the_toolbar_overflow_button_is_drawn_in_the_text_colour(
    qtbot: QtBot, theme: style.Colours
) -> None:
    bar = QToolBar()
    for text in ("Back", "Forward", "Smaller", "Larger", "Print", "Save as PDF"):
        bar.addAction(text)
    shown(qtbot, bar, 180, 0)
    more = next(
        b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    )
    assert more.isVisible()
    image = more.grab().toImage()
    assert near(image, image.rect(), theme.text, 30) >= 12


@pytest.mark.parametrize("theme", ["dark", "high_contrast"], indirect=True)
def test_learn_back_and_forward_arrows_follow_the_theme(
    qtbot: QtBot, theme: style.Colours, tmp_path: Path
) -> None:
    from caregiver_app.services.learn import load_library
    from caregiver_app.ui.pages.learn import LearnPage

    page = LearnPage(load_library(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    back = next(a for a in page.actions() if a.text() == "Back")
    normal = back.icon().pixmap(16, 16, QIcon.Mode.Normal).toImage()
    greyed = back.icon().pixmap(16, 16, QIcon.Mode.Disabled).toImage()
    assert near(normal, normal.rect(), theme.text, 30) >= 20
    assert near(greyed, greyed.rect(), theme.disabled_text, 30) >= 20
    # Switching theme while the page is open redraws the arrows in the new colours.
    light = style.colours_for("light")
    style.apply(QApplication.instance(), "light", 100)  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: (
            near(back.icon().pixmap(16, 16).toImage(), QRect(0, 0, 16, 16), light.text, 30) >= 20
        )
    )
