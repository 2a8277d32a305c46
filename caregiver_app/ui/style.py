"""The look: Fusion with a calm light palette, readable type and large targets on the logging path."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#0072B2"  # Okabe-Ito blue
ACCENT_DARK = "#005A8C"
DANGER = "#B3261E"
OK = "#1B7F3B"
MUTED = "#5F6B76"
SIDEBAR_BG = "#F1F4F7"
BORDER = "#D5DBE1"

STYLESHEET = f"""
QWidget#Sidebar {{ background: {SIDEBAR_BG}; border-right: 1px solid {BORDER}; }}
QListWidget#Nav {{ background: transparent; border: none; outline: none; }}
QListWidget#Nav::item {{ padding: 10px 14px; border-radius: 8px; margin: 2px 8px; color: #1F2933; }}
QListWidget#Nav::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#Nav::item:hover:!selected {{ background: #E2E8EE; }}
QLabel#PageTitle {{ font-size: 20pt; font-weight: 600; color: #1F2933; }}
QLabel#SectionTitle {{ font-size: 13pt; font-weight: 600; color: #1F2933; }}
QLabel#Muted, QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#Error {{ color: {DANGER}; font-weight: 600; }}
QLabel#Saved {{ color: {OK}; font-weight: 600; }}
QLabel#BigNumber {{ font-size: 26pt; font-weight: 600; color: #1F2933; }}
QFrame#Card {{ background: white; border: 1px solid {BORDER}; border-radius: 10px; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #B8C2CC; background: #FAFBFC; min-height: 24px; }}
QPushButton:hover {{ background: #EEF2F5; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9AA5B1; background: #F3F5F7; border-color: #D9DEE3; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#Primary:focus {{ border: 2px solid #1F2933; }}
QPushButton#Primary:disabled {{ background: #9DB8CC; border-color: #9DB8CC; color: #F3F6F8; }}
QPushButton#Huge {{ background: {ACCENT}; color: white; font-size: 16pt; font-weight: 600;
    padding: 16px 28px; border-radius: 10px; border: 1px solid {ACCENT_DARK}; }}
QPushButton#Huge:hover {{ background: {ACCENT_DARK}; }}
QPushButton#Huge:focus {{ border: 3px solid #1F2933; }}
QPushButton#Choice {{ padding: 8px 12px; min-height: 32px; }}
QPushButton#Choice:checked {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; }}
QPushButton#Severity {{ padding: 10px 8px; min-height: 56px; text-align: center; }}
QPushButton#Severity:checked {{ background: {ACCENT}; color: white; border: 2px solid {ACCENT_DARK}; }}
QPushButton#Disclosure {{ border: none; background: transparent; color: {ACCENT}; font-weight: 600; text-align: left; padding: 4px 0; }}
QPushButton#Disclosure:focus {{ border: 1px dashed {ACCENT}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit {{
    padding: 4px 6px; border: 1px solid #B8C2CC; border-radius: 5px; background: white; min-height: 24px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QDateEdit:focus, QDateTimeEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[invalid="true"], QDateTimeEdit[invalid="true"] {{ border: 2px solid {DANGER}; }}
QCheckBox, QRadioButton {{ spacing: 8px; padding: 3px 0; }}
QCheckBox:focus, QRadioButton:focus {{ color: {ACCENT_DARK}; }}
QTableView {{ gridline-color: #E5E9ED; selection-background-color: #CFE4F2; selection-color: #1F2933;
    alternate-background-color: #F7F9FB; background: white; }}
QHeaderView::section {{ background: #EEF2F5; padding: 6px; border: none; border-bottom: 1px solid {BORDER}; font-weight: 600; }}
QScrollArea {{ border: none; background: transparent; }}
QFrame#Banner {{ background: #FFF4E5; border: 1px solid #F0C36D; border-radius: 8px; }}
QFrame#InfoBanner {{ background: #E8F1F8; border: 1px solid #A9CBE3; border-radius: 8px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FB"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1F2933"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1F2933"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1F2933"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#FAFBFC"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7B8794"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#1F2933"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#FFFFFF"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
