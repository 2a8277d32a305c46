"""The look: Fusion with light, dark and high-contrast themes, a text size, and large targets.

The theme follows the system unless the user picked one in Settings. Text size scales every font
the stylesheet sets (100-200%), so titles grow with body text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high_contrast")
TEXT_SIZES = (100, 125, 150, 175, 200)
BASE_POINT_SIZE = 10.5

# Okabe-Ito blue, kept for charts and print whatever the theme.
ACCENT = "#0072B2"


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


LIGHT = Colours(
    window="#FFFFFF", text="#1F2933", muted="#5F6B76", sidebar="#F1F4F7", nav_hover="#E2E8EE",
    border="#D5DBE1", accent=ACCENT, accent_hover="#005A8C", accent_text="#FFFFFF", focus="#1F2933",
    button="#FAFBFC", button_hover="#EEF2F5", button_border="#B8C2CC", disabled_text="#9AA5B1",
    disabled_bg="#F3F5F7", input_bg="#FFFFFF", alt_row="#F7F9FB", header="#EEF2F5",
    selection="#CFE4F2", selection_text="#1F2933", danger="#B3261E", ok="#1B7F3B", card="#FFFFFF",
    banner="#FFF4E5", banner_border="#F0C36D", info="#E8F1F8", info_border="#A9CBE3",
)  # fmt: skip
DARK = Colours(
    window="#1C2026", text="#E8EBEF", muted="#A9B3BE", sidebar="#15181C", nav_hover="#2A3039",
    border="#3A424C", accent="#56B4E9", accent_hover="#7CC6F0", accent_text="#0B1A24", focus="#FFFFFF",
    button="#262B33", button_hover="#2F3640", button_border="#4A535E", disabled_text="#6B7580",
    disabled_bg="#20252B", input_bg="#13161A", alt_row="#20252C", header="#262B33",
    selection="#1F4A66", selection_text="#FFFFFF", danger="#FF8A80", ok="#7BD88F", card="#22272E",
    banner="#3A2F1A", banner_border="#8C6A2A", info="#1B2E3C", info_border="#2F5670",
)  # fmt: skip
HIGH_CONTRAST = Colours(
    window="#000000", text="#FFFFFF", muted="#FFFFFF", sidebar="#000000", nav_hover="#333333",
    border="#FFFFFF", accent="#FFD400", accent_hover="#FFE566", accent_text="#000000", focus="#00FFFF",
    button="#000000", button_hover="#333333", button_border="#FFFFFF", disabled_text="#BBBBBB",
    disabled_bg="#000000", input_bg="#000000", alt_row="#111111", header="#000000",
    selection="#FFD400", selection_text="#000000", danger="#FF6E6E", ok="#6EFF8C", card="#000000",
    banner="#000000", banner_border="#FFD400", info="#000000", info_border="#FFFFFF",
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
    app.setStyle("Fusion")
    app.setPalette(palette(colours))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_percent / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(colours, text_percent))
    app.setProperty("caregiver_theme", resolved)
    app.setProperty("caregiver_text_percent", text_percent)
    return resolved


def current_colours(app: QApplication | None = None) -> Colours:
    app = app or QApplication.instance()  # type: ignore[assignment]
    theme = str(app.property("caregiver_theme") or "light") if app is not None else "light"
    return colours_for(theme)
