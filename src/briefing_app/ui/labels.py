"""Labels that show bundle or user text as it is (never as HTML); light enough to import at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets bundle or user text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label
