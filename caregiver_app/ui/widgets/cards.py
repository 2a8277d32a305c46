"""Card frames used on the overview pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(6)
        self.title = QLabel(title)
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)  # long titles (large text, Spanish) wrap, never clip
        self.body.addWidget(self.title)


class NumberCard(Card):
    """A headline number with a caption under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.number = QLabel("–")
        self.number.setObjectName("BigNumber")
        self.caption = QLabel()
        self.caption.setObjectName("Muted")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.number)
        self.body.addWidget(self.caption, 1)

    def set(self, number: str, caption: str) -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        self.setAccessibleName(f"{self.title.text()}: {number}. {caption}")
