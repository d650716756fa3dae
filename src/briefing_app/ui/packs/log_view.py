"""The export log: what was given to which delegation, when, from which data (newest first)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store.packs_store import ExportEntry

COLUMNS = (("Exported (UTC)", "exported_at"), ("Delegation", "delegation_name"), ("Profile", "profile_name"),
           ("Template", "template"), ("File", "file_name"), ("Pages", "pages"), ("SHA-256", "sha256"),
           ("Data version", "data_version"))
Index = QModelIndex | QPersistentModelIndex


class ExportLogModel(QAbstractTableModel):
    def __init__(self, entries: list[ExportEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        value = getattr(self.entries[index.row()], COLUMNS[index.column()][1])
        if role == Qt.ItemDataRole.DisplayRole:
            return value[:16] if COLUMNS[index.column()][1] == "sha256" else value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]
        return None


class ExportLogDialog(QDialog):
    """All exports, filterable by delegation; the full SHA-256 is the cell's tooltip."""

    def __init__(self, entries: list[ExportEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Briefing pack export log")
        self.resize(1000, 480)
        self.model = ExportLogModel(entries, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.delegation = QComboBox()
        self.delegation.addItem("All delegations", "")
        for name in sorted({e.delegation_name for e in entries}):
            self.delegation.addItem(name, name)
        self.delegation.currentIndexChanged.connect(self.filter)
        form = QFormLayout()
        form.addRow("&Delegation:", self.delegation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def filter(self) -> None:
        name = str(self.delegation.currentData() or "")
        pattern = f"^{QRegularExpression.escape(name)}$" if name else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))

    def shown_files(self) -> list[str]:
        return [str(self.proxy.index(row, 4).data()) for row in range(self.proxy.rowCount())]
