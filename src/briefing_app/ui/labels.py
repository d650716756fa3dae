"""Labels that show bundle or user text as it is (never as HTML); light enough to import at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QWidget


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


class EmptyState(QStackedWidget):
    """A list or table, or in its place, while there is nothing to list, a short text saying what
    would fill it (instead of an empty grid under its headers; #15: no empty panes)."""

    def __init__(self, content: QWidget, text: str, name: str) -> None:
        super().__init__()
        self.content = content
        self.note = empty_note(text, name)
        self.addWidget(content)
        self.addWidget(self.note)

    def follow(self, model: QAbstractItemModel, is_empty: Callable[[], bool] | None = None) -> EmptyState:
        """Switch whenever `model` changes: to the text when `is_empty()` (default: no rows)."""
        check = is_empty or (lambda: model.rowCount() == 0)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(lambda *_args: self.show_empty(check()))
        self.show_empty(check())
        return self

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.note if empty else self.content)

    @property
    def empty(self) -> bool:
        return self.currentWidget() is self.note
