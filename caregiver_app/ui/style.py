"""The look: Fusion with light, dark and high-contrast themes, a text size, and large targets.

The theme follows the system unless the user picked one in Settings. Text size scales every font
the stylesheet sets (100-200%), so titles grow with body text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.palette import BLUE
from caregiver_app.ui import theme_images

THEMES = ("system", "light", "dark", "high_contrast")
TEXT_SIZES = (100, 125, 150, 175, 200)
BASE_POINT_SIZE = 10.5

# Okabe-Ito blue, kept for charts and print whatever the theme.
ACCENT = BLUE


@dataclass(frozen=True)
class Colours:
    window: str
    text: str
    muted: str
    sidebar: str
    nav_hover: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str
    focus: str
    button: str
    button_hover: str
    button_border: str
    disabled_text: str
    disabled_bg: str
    input_bg: str
    alt_row: str
    header: str
    selection: str
    selection_text: str
    danger: str
    ok: str
    card: str
    banner: str
    banner_border: str
    info: str
    info_border: str
    disabled_border: str
    scroll_track: str
    scroll_handle: str
    scroll_handle_hover: str


LIGHT = Colours(
    window="#FFFFFF", text="#1F2933", muted="#5F6B76", sidebar="#F1F4F7", nav_hover="#E2E8EE",
    border="#D5DBE1", accent=ACCENT, accent_hover="#005A8C", accent_text="#FFFFFF", focus="#1F2933",
    button="#FAFBFC", button_hover="#EEF2F5", button_border="#B8C2CC", disabled_text="#7D8893",
    disabled_bg="#F3F5F7", input_bg="#FFFFFF", alt_row="#F7F9FB", header="#EEF2F5",
    selection="#CFE4F2", selection_text="#1F2933", danger="#B3261E", ok="#1B7F3B", card="#FFFFFF",
    banner="#FFF4E5", banner_border="#F0C36D", info="#E8F1F8", info_border="#A9CBE3",
    disabled_border="#D5DBE1", scroll_track="#EEF1F4", scroll_handle="#7B8794",
    scroll_handle_hover="#4A5561",
)  # fmt: skip
DARK = Colours(
    window="#1C2026", text="#E8EBEF", muted="#A9B3BE", sidebar="#15181C", nav_hover="#2A3039",
    border="#3A424C", accent="#56B4E9", accent_hover="#7CC6F0", accent_text="#0B1A24", focus="#FFFFFF",
    button="#262B33", button_hover="#2F3640", button_border="#4A535E", disabled_text="#6B7580",
    disabled_bg="#20252B", input_bg="#13161A", alt_row="#20252C", header="#262B33",
    selection="#1F4A66", selection_text="#FFFFFF", danger="#FF8A80", ok="#7BD88F", card="#22272E",
    banner="#3A2F1A", banner_border="#8C6A2A", info="#1B2E3C", info_border="#2F5670",
    disabled_border="#3A424C", scroll_track="#181B20", scroll_handle="#7A8591",
    scroll_handle_hover="#B8C1CB",
)  # fmt: skip
HIGH_CONTRAST = Colours(
    window="#000000", text="#FFFFFF", muted="#FFFFFF", sidebar="#000000", nav_hover="#333333",
    border="#FFFFFF", accent="#FFD400", accent_hover="#FFE566", accent_text="#000000", focus="#00FFFF",
    button="#000000", button_hover="#333333", button_border="#FFFFFF", disabled_text="#BBBBBB",
    disabled_bg="#000000", input_bg="#000000", alt_row="#111111", header="#000000",
    selection="#FFD400", selection_text="#000000", danger="#FF6E6E", ok="#6EFF8C", card="#000000",
    banner="#000000", banner_border="#FFD400", info="#000000", info_border="#FFFFFF",
    disabled_border="#A0A0A0", scroll_track="#000000", scroll_handle="#FFFFFF",
    scroll_handle_hover="#FFD400",
)  # fmt: skip


def resolve_theme(theme: str, app: QApplication | None = None) -> str:
    """ "system" becomes light or dark from the desktop's colour scheme."""
    if theme in ("light", "dark", "high_contrast"):
        return theme
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def colours_for(theme: str) -> Colours:
    return {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}[theme]


def stylesheet(c: Colours, percent: int = 100) -> str:
    def pt(size: float) -> str:
        return f"{size * percent / 100:.1f}pt"

    thick = "2px" if c is not HIGH_CONTRAST else "3px"
    return f"""
QWidget#Sidebar {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
QListWidget#Nav {{ background: transparent; border: none; outline: none; }}
QListWidget#Nav::item {{ padding: 0 14px; border-radius: 8px; margin: 2px 8px; color: {c.text}; }}
QListWidget#Nav::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QListWidget#Nav::item:hover:!selected {{ background: {c.nav_hover}; }}
QListWidget#Nav::item:disabled {{ color: {c.disabled_text}; }}
QListWidget#Nav:focus {{ border: {thick} solid {c.focus}; border-radius: 8px; }}
QLabel#PageTitle {{ font-size: {pt(20)}; font-weight: 600; color: {c.text}; }}
QLabel#SectionTitle {{ font-size: {pt(13)}; font-weight: 600; color: {c.text}; }}
QLabel#Muted, QLabel[muted="true"] {{ color: {c.muted}; }}
QLabel#Error {{ color: {c.danger}; font-weight: 600; }}
QLabel#Saved {{ color: {c.ok}; font-weight: 600; }}
QLabel#BigNumber {{ font-size: {pt(26)}; font-weight: 600; color: {c.text}; }}
QFrame#Card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid {c.button_border};
    background: {c.button}; color: {c.text}; min-height: 24px; }}
QPushButton:hover {{ background: {c.button_hover}; }}
QPushButton:focus {{ border: {thick} solid {c.focus}; }}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.disabled_bg}; border-color: {c.border}; }}
QPushButton#Primary {{ background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent_hover}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: {c.accent_hover}; }}
QPushButton#Primary:focus {{ border: {thick} solid {c.focus}; }}
QPushButton#Primary:disabled {{ background: {c.disabled_bg}; border-color: {c.border}; color: {c.disabled_text}; }}
QPushButton[large="true"] {{ min-height: 30px; min-width: 16px; }}
QPushButton#Huge {{ background: {c.accent}; color: {c.accent_text}; font-size: {pt(16)}; font-weight: 600;
    padding: 16px 28px; border-radius: 10px; border: 1px solid {c.accent_hover}; }}
QPushButton#Huge:hover {{ background: {c.accent_hover}; }}
QPushButton#Huge:focus {{ border: 3px solid {c.focus}; }}
QPushButton#Choice {{ padding: 8px 12px; min-height: 32px; }}
QPushButton#Choice:checked {{ background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent_hover}; }}
QPushButton#Choice:checked:focus {{ border: {thick} solid {c.focus}; }}
QPushButton#Severity {{ padding: 10px 8px; min-height: 56px; text-align: center; }}
QPushButton#Severity:checked {{ background: {c.accent}; color: {c.accent_text}; border: 2px solid {c.accent_hover}; }}
QPushButton#Severity:checked:focus {{ border: {thick} solid {c.focus}; }}
QPushButton#Disclosure {{ border: none; background: transparent; color: {c.accent}; font-weight: 600; text-align: left; padding: 4px 0; }}
QPushButton#Disclosure:focus {{ border: 1px dashed {c.focus}; }}
QPushButton#Disclosure QLabel {{ color: {c.accent}; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit {{
    padding: 4px 6px; border: 1px solid {c.button_border}; border-radius: 5px; background: {c.input_bg};
    color: {c.text}; min-height: 24px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QDateEdit:focus, QDateTimeEdit:focus {{ border: {thick} solid {c.focus if c is HIGH_CONTRAST else c.accent}; }}
QLineEdit[invalid="true"], QDateTimeEdit[invalid="true"] {{ border: 2px solid {c.danger}; }}
QCheckBox, QRadioButton {{ spacing: 8px; padding: 3px 0; color: {c.text}; }}
QCheckBox:focus, QRadioButton:focus {{ color: {c.accent}; text-decoration: underline; }}
QTableView, QTreeView, QListView {{ gridline-color: {c.border}; selection-background-color: {c.selection};
    selection-color: {c.selection_text}; alternate-background-color: {c.alt_row}; background: {c.input_bg}; color: {c.text}; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: {thick} solid {c.focus if c is HIGH_CONTRAST else c.accent}; }}
QHeaderView::section {{ background: {c.header}; color: {c.text}; padding: 6px; border: none;
    border-bottom: 1px solid {c.border}; font-weight: 600; }}
QScrollArea {{ border: none; background: transparent; }}
QFrame#Banner {{ background: {c.banner}; border: 1px solid {c.banner_border}; border-radius: 8px; }}
QFrame#InfoBanner {{ background: {c.info}; border: 1px solid {c.info_border}; border-radius: 8px; }}
QToolTip {{ color: {c.window}; background: {c.text}; border: 1px solid {c.border}; }}
""" + _control_parts(c, thick)


def _control_parts(c: Colours, thick: str) -> str:
    """Scroll bars, spin and combo arrows, check and radio indicators, tool buttons, disabled looks.

    Once a stylesheet styles a control's frame, Qt stops drawing its native arrows and indicators,
    so each is drawn here in the theme's colours. High contrast marks disabled controls with a
    dashed grey border as well as grey text, so they never look like enabled ones.
    """
    off = "dashed" if c is HIGH_CONTRAST else "solid"
    ring = c.focus if c is HIGH_CONTRAST else c.accent
    img = theme_images.url
    spin = "QAbstractSpinBox"
    return f"""
QScrollBar:vertical {{ background: {c.scroll_track}; width: 14px; margin: 14px 0; border: none; }}
QScrollBar:horizontal {{ background: {c.scroll_track}; height: 14px; margin: 0 14px; border: none; }}
QScrollBar::handle {{ background: {c.scroll_handle}; border-radius: 4px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 36px; }}
QScrollBar::handle:horizontal {{ min-width: 36px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c.scroll_handle_hover}; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar::add-line, QScrollBar::sub-line {{ background: {c.scroll_track}; border: none;
    subcontrol-origin: margin; }}
QScrollBar::add-line:hover, QScrollBar::sub-line:hover {{ background: {c.button_hover}; }}
QScrollBar::add-line:vertical {{ height: 14px; subcontrol-position: bottom; }}
QScrollBar::sub-line:vertical {{ height: 14px; subcontrol-position: top; }}
QScrollBar::add-line:horizontal {{ width: 14px; subcontrol-position: right; }}
QScrollBar::sub-line:horizontal {{ width: 14px; subcontrol-position: left; }}
QScrollBar::up-arrow {{ image: {img("up", c.text)}; width: 10px; height: 10px; }}
QScrollBar::down-arrow {{ image: {img("down", c.text)}; width: 10px; height: 10px; }}
QScrollBar::left-arrow {{ image: {img("left", c.text)}; width: 10px; height: 10px; }}
QScrollBar::right-arrow {{ image: {img("right", c.text)}; width: 10px; height: 10px; }}
{spin} QLineEdit, {spin} QLineEdit:focus, {spin} QLineEdit:disabled, QComboBox QLineEdit,
QComboBox QLineEdit:focus, QComboBox QLineEdit:disabled {{ border: none; padding: 0 0 0 6px; margin: 0;
    background: transparent; min-height: 0; }}
{spin}::up-button, {spin}::down-button {{ subcontrol-origin: padding; width: 24px; background: {c.button};
    border-left: 1px solid {c.button_border}; }}
{spin}::up-button {{ subcontrol-position: top right; border-top-right-radius: 4px;
    border-bottom: 1px solid {c.button_border}; }}
{spin}::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 4px; }}
{spin}::up-button:hover, {spin}::down-button:hover {{ background: {c.button_hover}; }}
{spin}::up-button:pressed, {spin}::down-button:pressed {{ background: {c.nav_hover}; }}
{spin}::up-arrow {{ image: {img("up", c.text)}; width: 12px; height: 12px; }}
{spin}::down-arrow {{ image: {img("down", c.text)}; width: 12px; height: 12px; }}
{spin}::up-arrow:disabled, {spin}::up-arrow:off {{ image: {img("up", c.disabled_text)}; }}
{spin}::down-arrow:disabled, {spin}::down-arrow:off {{ image: {img("down", c.disabled_text)}; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right;
    width: 26px; border-left: 1px solid {c.button_border}; background: {c.button};
    border-top-right-radius: 4px; border-bottom-right-radius: 4px; }}
QComboBox::drop-down:hover, QDateTimeEdit::drop-down:hover {{ background: {c.button_hover}; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: {img("down", c.text)}; width: 14px; height: 14px; }}
QComboBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled {{ image: {img("down", c.disabled_text)}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QComboBox:disabled, {spin}:disabled {{
    color: {c.disabled_text}; background: {c.disabled_bg}; border: 1px {off} {c.disabled_border}; }}
QPushButton:disabled, QPushButton#Primary:disabled, QPushButton#Choice:disabled,
QPushButton#Severity:disabled {{ border-style: {off}; border-color: {c.disabled_border}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 18px; height: 18px; border: 2px solid {c.muted};
    background: {c.input_bg}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 11px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {c.accent}; background: {c.button_hover}; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; }}
QCheckBox::indicator:checked {{ image: {img("tick", c.accent_text)}; }}
QCheckBox::indicator:indeterminate {{ image: {img("dash", c.text)}; }}
QRadioButton::indicator:checked {{ image: {img("dot", c.accent_text)}; }}
QCheckBox::indicator:checked:hover, QRadioButton::indicator:checked:hover {{ background: {c.accent_hover};
    border-color: {c.accent_hover}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: {thick} solid {ring}; }}
QCheckBox::indicator:checked:focus, QRadioButton::indicator:checked:focus {{ border: {thick} solid {c.focus}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border: 2px {off} {c.disabled_text};
    background: {c.disabled_bg}; }}
QCheckBox::indicator:checked:disabled {{ image: {img("tick", c.disabled_text)}; }}
QRadioButton::indicator:checked:disabled {{ image: {img("dot", c.disabled_text)}; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {c.disabled_text}; }}
QToolBar QToolButton, QWidget#ToolRow QToolButton {{ color: {c.text}; background: transparent; border: 1px solid transparent; border-radius: 5px;
    padding: 4px 6px; }}
QToolBar QToolButton:hover, QWidget#ToolRow QToolButton:hover {{ background: {c.button_hover}; border-color: {c.button_border}; }}
QToolBar QToolButton:pressed, QWidget#ToolRow QToolButton:pressed {{ background: {c.nav_hover}; }}
QToolBar QToolButton:focus, QWidget#ToolRow QToolButton:focus {{ border: {thick} solid {c.focus}; }}
QToolBar QToolButton:disabled, QWidget#ToolRow QToolButton:disabled {{ color: {c.disabled_text}; }}
QToolBar QToolButton#qt_toolbar_ext_button {{ qproperty-icon: {img("more", c.text)}; qproperty-iconSize: 12px 12px;
    padding: 0; border: none; }}
QToolBar QToolButton#qt_toolbar_ext_button:hover {{ background: {c.button_hover}; }}
QToolBar {{ background: transparent; border: none; spacing: 4px; }}
"""


def palette(c: Colours) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, c.window),
        (roles.Base, c.input_bg),
        (roles.AlternateBase, c.alt_row),
        (roles.Text, c.text),
        (roles.WindowText, c.text),
        (roles.ButtonText, c.text),
        (roles.Button, c.button),
        (roles.Highlight, c.selection),
        (roles.HighlightedText, c.selection_text),
        (roles.PlaceholderText, c.muted),
        (roles.ToolTipBase, c.text),
        (roles.ToolTipText, c.window),
        (roles.Link, c.accent),
        (roles.LinkVisited, c.accent),
        (roles.BrightText, c.danger),
    ):
        pal.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return pal


def apply(app: QApplication, theme: str = "system", text_percent: int = 100) -> str:
    """Apply a theme and text size to the whole app; returns the theme actually used."""
    text_percent = min(200, max(100, int(text_percent)))
    resolved = resolve_theme(theme if theme in THEMES else "system", app)
    colours = colours_for(resolved)
    # Set first: widgets that draw their own colours (the charts) read it on the palette change.
    app.setProperty("caregiver_theme", resolved)
    app.setProperty("caregiver_text_percent", text_percent)
    app.setStyle("Fusion")
    app.setPalette(palette(colours))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_percent / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(colours, text_percent))
    return resolved


def current_theme(app: QApplication | None = None) -> str:
    """The theme in use: light, dark or high_contrast."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    theme = str(app.property("caregiver_theme") or "light") if app is not None else "light"
    return theme if theme in ("light", "dark", "high_contrast") else "light"


def current_colours(app: QApplication | None = None) -> Colours:
    return colours_for(current_theme(app))


def set_look(widget: QWidget, name: str) -> None:
    """Give `widget` the stylesheet's look `name` (its object name: "Error", "Muted", "Saved")
    and draw it again; Qt applies a changed object name only when the widget is re-polished."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
