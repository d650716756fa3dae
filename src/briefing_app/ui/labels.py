"""Labels that show bundle or user text as it is (never as HTML); light enough to import at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets bundle or user text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def empty_note(text: str, name: str) -> QLabel:
    """What stands in an empty list's place: framed, the text at its top (a dialog's spare height
    goes below it, not into gaps around each line; #15: no empty panes)."""
    label = plain_label(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    return label
