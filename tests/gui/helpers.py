"""Checks shared by GUI test modules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

INTERACTIVE = (QLineEdit, QComboBox, QAbstractItemView, QTextBrowser, QAbstractButton)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets under `root` that a screen reader could not name (Qt's own parts aside)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.parent() is None:
            continue
        popup = isinstance(widget.parent().parent(), QComboBox)  # a combo box's own list
        internal = widget.objectName().startswith("qt_") or popup
        if internal or type(widget).__name__.startswith(("QToolButton", "QTabBar", "QScrollBar", "QHeaderView")):
            continue  # Qt's own parts: corner buttons, combo pop-ups, tool-bar and tab buttons
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing
