"""Contributions: which organization's bundle brought each record, filterable by kind and organization."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import provenance
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.dialogs import plain_label
from briefing_app.ui.dialog_geometry import Dialog

KINDS = ("concerns", "amendments", "positions", "sources", "cases", "delegations", "organizations", "provisions")
MADE_HERE = "Made in this workspace"
SHOWN = 2000


class ProvenanceDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle("Contributions by organization")
        self.ws = ws
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))
        self.organization = QComboBox()
        self.summary = plain_label()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Record", "Contributed by", "Bundle made"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        form = QFormLayout()
        form.addRow(plain_label("Records", wrap=False), self.kind)
        form.addRow(plain_label("From", wrap=False), self.organization)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.kind.currentTextChanged.connect(lambda _t: self._fill_organizations())
        self.organization.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(820, 520)
        self._fill_organizations()

    def _fill_organizations(self) -> None:
        table = self.kind.currentText()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem("All partners", None)
        for name, count in provenance.contributors(self.ws, table):
            self.organization.addItem(f"{name or 'an unnamed organization'} ({count})", name)
        self.organization.addItem(MADE_HERE, "")
        self.organization.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        table = self.kind.currentText()
        chosen = self.organization.currentData()
        rows = [(c.label, c.organization or MADE_HERE, c.origin_at)
                for c in provenance.contributions(self.ws, table, chosen, SHOWN)]
        self.summary.setText(f"{len(rows)} {table}" + (f" (first {SHOWN})" if len(rows) >= SHOWN else ""))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
