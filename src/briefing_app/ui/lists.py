"""Lists of names (delegations, organisations, documents) that never scroll sideways, and combo
boxes of names that never cut one off without a way to read it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListView, QStyle

from briefing_app.ui.rich import tooltip

NAME_CHARS = 30  # a list is at least this many average characters wide; longer names wrap
COMBO_MAX_CHARS = 80  # a dialog's combo box grows to its longest name up to this many characters
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


def fit_names(combo: QComboBox, *, grow: bool = True, min_chars: int = 24) -> QComboBox:
    """Call after filling `combo`. Long names ("Reconvened concluding session of the Ad Hoc
    Committee…", a document's full title) are not cut: the box is as wide as its longest name
    (`grow`, up to COMBO_MAX_CHARS; off where a pane sets the width), its drop-down list is wide
    enough for every name (up to the screen) and each name, and the chosen one, is a tooltip."""
    names = [combo.itemText(i) for i in range(combo.count())]
    longest = max((len(n) for n in names), default=0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if grow:
        combo.setMinimumContentsLength(max(min_chars, min(longest, COMBO_MAX_CHARS)))
    for i, name in enumerate(names):  # a tooltip set by the caller (a full title) stays
        if not combo.itemData(i, Qt.ItemDataRole.ToolTipRole):
            combo.setItemData(i, tooltip(name), Qt.ItemDataRole.ToolTipRole)  # user text: never rich text
    metrics = combo.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    screen = combo.screen().availableGeometry().width() if combo.screen() else 1200
    extra = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24
    combo.view().setMinimumWidth(min(widest + extra, screen - 40))
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)

    def follow(_index: int = 0) -> None:
        text = combo.currentText()
        combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or tooltip(text)) if text else "")

    if not combo.property("fitNames"):  # connect once, however often the box is refilled
        combo.setProperty("fitNames", True)
        combo.currentIndexChanged.connect(follow)
    follow()
    return combo
