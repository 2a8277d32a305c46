"""The appointment report's look: the base font, the style sheet of its rich text, and the
heading and caption every section starts with (kept with what follows them on a page).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

from caregiver_app.report.blocks import RichText
from caregiver_app.words import as_html

BASE_POINT_SIZE = 9.5

CSS = """
h1 { font-size: 15pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 3px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1F2933; margin-top: 0px; margin-bottom: 1px; }
p { margin-top: 0px; margin-bottom: 3px; }
p.meta { color: #333333; margin-bottom: 1px; }
p.caption { color: #3E4A55; font-size: 8.5pt; margin-bottom: 2px; }
p.small { color: #3E4A55; font-size: 8pt; }
td.notice { color: #333333; font-size: 8.5pt; background-color: #F4F6F8; }
td.tile { background-color: #EEF3F7; }
span.big { font-size: 20pt; font-weight: bold; color: #1F2933; }
span.tile-label { font-size: 8.5pt; font-weight: bold; color: #3E4A55; }
span.tile-sub { font-size: 8.5pt; color: #333333; }
td.key { font-weight: bold; color: #1F2933; }
span.quiet { color: #5F6B76; }
p.key { font-weight: bold; color: #1F2933; margin-top: 4px; }
"""


def report_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def heading_block(text: str, level: int = 2, space_mm: float = 0.0) -> RichText:
    return RichText(
        f"<h{level}>{as_html(text)}</h{level}>", CSS, space_before_mm=space_mm, keep_with_next=True
    )


def caption_block(text: str) -> RichText:
    return RichText(f'<p class="caption">{as_html(text)}</p>', CSS, keep_with_next=True)
