"""Small builders the after-adoption pages share: a sortable, filterable record table and a row of
buttons bound to the controller's callbacks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView

from briefing_app.ui.table_model import SORT_ROLE, Column

# The after-adoption vocabularies (steps, reservation kinds, laws, a state's stage) for ui/i18n.enum_label,
# which shows them in the UI's language; "draft", "tabled", "withdrawn" and "other" are already there.
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("Enums", "signature"), QT_TRANSLATE_NOOP("Enums", "ratification"),
    QT_TRANSLATE_NOOP("Enums", "acceptance"), QT_TRANSLATE_NOOP("Enums", "approval"),
    QT_TRANSLATE_NOOP("Enums", "accession"), QT_TRANSLATE_NOOP("Enums", "succession"),
    QT_TRANSLATE_NOOP("Enums", "withdrawal"), QT_TRANSLATE_NOOP("Enums", "reservation"),
    QT_TRANSLATE_NOOP("Enums", "declaration"), QT_TRANSLATE_NOOP("Enums", "notification"),
    QT_TRANSLATE_NOOP("Enums", "objection"), QT_TRANSLATE_NOOP("Enums", "law"),
    QT_TRANSLATE_NOOP("Enums", "bill"), QT_TRANSLATE_NOOP("Enums", "decree"),
    QT_TRANSLATE_NOOP("Enums", "regulation"), QT_TRANSLATE_NOOP("Enums", "in-committee"),
    QT_TRANSLATE_NOOP("Enums", "passed"), QT_TRANSLATE_NOOP("Enums", "in-force"),
    QT_TRANSLATE_NOOP("Enums", "amended"), QT_TRANSLATE_NOOP("Enums", "repealed"),
    QT_TRANSLATE_NOOP("Enums", "bound"), QT_TRANSLATE_NOOP("Enums", "signed"),
    QT_TRANSLATE_NOOP("Enums", "not signed"),
)


def filter_proxy(model: QAbstractItemModel, parent: QObject) -> QSortFilterProxyModel:
    """Sorts by the columns' sort keys and filters on every column, ignoring case."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def record_table(name: str, model: QAbstractItemModel, columns: Sequence[Column[Any]], *,
                 sortable: bool = False) -> QTableView:
    """One row selected at a time; columns get their widths (0 stretches)."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for index, column in enumerate(columns):
        if column.width:
            header.resizeSection(index, column.width)
        else:
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
    return table


def add_buttons(bar: QHBoxLayout, labels: Sequence[tuple[str, str]],
                actions: dict[str, Callable[[], object]]) -> dict[str, QPushButton]:
    """A button per (key, label), calling actions[key]; returned by key."""
    buttons: dict[str, QPushButton] = {}
    for key, label in labels:
        button = QPushButton(label)
        button.clicked.connect(lambda _c=False, k=key: actions[k]())
        buttons[key] = button
        bar.addWidget(button)
    return buttons
