"""Lists of names (delegations, organisations, documents) that never scroll sideways."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QStyle

NAME_CHARS = 30  # a list is at least this many average characters wide; longer names wrap
V = TypeVar("V", bound=QListView)


def wrap_long_names(view: V, chars: int = NAME_CHARS) -> V:
    """Long names ("Group of Latin American and Caribbean States") wrap onto a second line instead
    of being cut or needing a horizontal scrollbar; the list is wide enough for common names."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    style = view.style()
    extra = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)  # a check box
             + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * view.frameWidth() + 12)
    view.setMinimumWidth(min(view.fontMetrics().averageCharWidth() * chars + extra, 420))
    return view
