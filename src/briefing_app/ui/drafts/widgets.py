"""Pieces shared by the compare and review windows: a list of rows over a detail pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.table_model import RecordTableModel

T = TypeVar("T")


def browser(name: str) -> QTextBrowser:
    """A read-only rich-text pane that never follows links (its HTML is built with ui.rich.esc)."""
    view = QTextBrowser()
    view.setObjectName(name)
    view.setOpenLinks(False)
    view.setOpenExternalLinks(False)
    return view


def fit_columns(table: QTableView, widest: int = 280) -> None:
    """Size columns to their contents, but none wider than `widest` (the last one stretches)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


class ListDetailDialog(Dialog, Generic[T]):
    """Non-modal window: options on top, a one-selection table, a detail pane, action buttons.

    `go_to(provision_id)` opens a provision in the main window; subclasses show the current row.
    """

    def __init__(self, parent: QWidget | None, ws: Workspace, go_to: Callable[[str], object], *,
                 name: str, title: str, model: RecordTableModel[T]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(1100, 720)
        self.ws = ws
        self.go_to = go_to
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.go_button = QPushButton(self.tr("&Go to provision"))

    def lay_out(self, top: list[QLayout | QWidget], detail: QWidget, actions: list[QPushButton]) -> None:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([360, 320])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (*actions, self.go_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (*top, self.summary):
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_current())

    def current(self) -> T | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def show_current(self) -> None:
        raise NotImplementedError
