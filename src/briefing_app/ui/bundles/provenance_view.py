"""Contributions: which organization's bundle brought each record, filterable by kind and organization."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from briefing_app.ui.labels import EmptyState

KINDS = ("concerns", "amendments", "positions", "sources", "cases", "delegations", "organizations", "provisions")
KIND_WORDS = {  # the tables' names as the combo box shows them (its data stays the table)
    "concerns": QT_TRANSLATE_NOOP("ProvenanceDialog", "concerns"),
    "amendments": QT_TRANSLATE_NOOP("ProvenanceDialog", "amendments"),
    "positions": QT_TRANSLATE_NOOP("ProvenanceDialog", "positions"),
    "sources": QT_TRANSLATE_NOOP("ProvenanceDialog", "sources"),
    "cases": QT_TRANSLATE_NOOP("ProvenanceDialog", "cases"),
    "delegations": QT_TRANSLATE_NOOP("ProvenanceDialog", "delegations"),
    "organizations": QT_TRANSLATE_NOOP("ProvenanceDialog", "organizations"),
    "provisions": QT_TRANSLATE_NOOP("ProvenanceDialog", "provisions"),
}
MADE_HERE = QT_TRANSLATE_NOOP("ProvenanceDialog", "Made in this workspace")
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
SHOWN = 2000


class ProvenanceDialog(Dialog):
    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contributions by organization"))
        self.ws = ws
        self.kind = QComboBox()
        for table in KINDS:
            self.kind.addItem(self.tr(str(KIND_WORDS[table])), table)
        self.organization = QComboBox()
        self.summary = plain_label()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Contributed by"), self.tr("Bundle made")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Records"), wrap=False), self.kind)
        form.addRow(plain_label(self.tr("From"), wrap=False), self.organization)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.area = EmptyState(self.table, "", "no-contributions")
        layout.addWidget(self.area, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_organizations())
        self.organization.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(820, 520)
        self._fill_organizations()

    def _fill_organizations(self) -> None:
        table = self.kind.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("All partners"), None)
        for name, count in provenance.contributors(self.ws, table):
            self.organization.addItem(f"{name or self.tr('an unnamed organization')} ({count})", name)
        self.organization.addItem(self.tr(str(MADE_HERE)), "")
        self.organization.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        table = self.kind.currentData()
        chosen = self.organization.currentData()
        rows = [(c.label, c.organization or self.tr(str(MADE_HERE)), c.origin_at)
                for c in provenance.contributions(self.ws, table, chosen, SHOWN)]
        summary = self.tr("{n} {records}").format(n=len(rows), records=self.tr(str(KIND_WORDS[table])))
        self.summary.setText(summary + (self.tr(" (first {n})").format(n=SHOWN) if len(rows) >= SHOWN else ""))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.area.note.setText(self.tr(
            "No {records} here yet. Each record a partner's bundle brings (File → Import bundle…) is listed with the "
            "organization that sent it and when the bundle was made; “Made in this workspace” lists your own.")
            .format(records=self.tr(str(KIND_WORDS[table]))))
        self.area.show_empty(not rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
