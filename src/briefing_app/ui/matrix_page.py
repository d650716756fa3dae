"""Position matrix: delegations × articles of the current version, coloured by stance.

Clicking a cell edits that delegation's latest position on the article (or records a new one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Delegation, Position, Provision
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.record_actions import RecordActions
from briefing_app.ui.rich import ILLUSTRATIVE_MARK, STANCE_COLOURS, STANCE_SYMBOLS, tooltip, translucent

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # default 'parent' argument of the model overrides


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delegations: list[Delegation] = []
        self.articles: list[Provision] = []
        self.cells: dict[tuple[str, str], Position] = {}

    def load(self, ws: Workspace | None, version_id: str) -> None:
        self.beginResetModel()
        if ws is None or not version_id:
            self.delegations, self.articles, self.cells = [], [], {}
        else:
            self.delegations = queries.delegations(ws)
            self.articles = ui_queries.articles_of(ws, version_id)
            self.cells = ui_queries.matrix_positions(ws, version_id)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.delegations)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.articles)

    def cell(self, index: Index) -> tuple[Delegation, Provision, Position | None]:
        delegation, article = self.delegations[index.row()], self.articles[index.column()]
        return delegation, article, self.cells.get((delegation.id, article.id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        delegation, article, position = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if position is None:
                return ""
            return STANCE_SYMBOLS[position.stance] + ("◇" if position.illustrative else "")
        if role == Qt.ItemDataRole.BackgroundRole and position is not None:
            return translucent(STANCE_COLOURS[position.stance], 110)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            stance = position.stance.value if position else "no position recorded"
            mark = f" ({ILLUSTRATIVE_MARK})" if position and position.illustrative else ""
            text = f"{delegation.name} on {article.label}: {stance}{mark}"
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.articles):
                return None
            article = self.articles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return article.number or article.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(f"{article.label} — {article.heading}" if article.heading else article.label)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.delegations):
            return self.delegations[section].name
        return None


class MatrixView(QTableView):
    """Enter or Space on a cell edits it, like a click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MatrixPage(QWidget):
    def __init__(self, actions: RecordActions) -> None:
        super().__init__()
        self.records = actions
        self.ws: Workspace | None = None
        self.version_id = ""
        self.model = MatrixModel(self)
        self.table = MatrixView()
        self.table.setAccessibleName("Position matrix")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setMinimumSectionSize(28)
        self.table.clicked.connect(self.edit_cell)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        legend = QHBoxLayout()
        legend.addWidget(self.title, 1)
        for stance in Stance:
            chip = QLabel(f" {STANCE_SYMBOLS[stance]} {stance.value} ")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setAutoFillBackground(True)
            palette = chip.palette()
            palette.setColor(chip.backgroundRole(), translucent(STANCE_COLOURS[stance], 110))
            chip.setPalette(palette)
            legend.addWidget(chip)
        hint = QLabel(f"{ILLUSTRATIVE_MARK[0]} illustrative · click a cell to edit")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        legend.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)

    def set_workspace(self, ws: Workspace | None, version_id: str) -> None:
        self.ws = ws
        self.version_id = version_id
        self.refresh()

    def refresh(self) -> None:
        self.model.load(self.ws, self.version_id)
        self.title.setText(f"{len(self.model.delegations)} delegations × {len(self.model.articles)} articles")

    def edit_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        delegation, article, position = self.model.cell(index)
        self.records.edit_or_add_position(delegation.id, article.id, position)
