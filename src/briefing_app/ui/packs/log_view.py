"""The export log: what was given to which delegation, when, from which data (newest first)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.pack_model import PackTemplate
from briefing_app.store.packs_store import CAPITAL_TEMPLATE, ExportEntry
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import empty_note
from briefing_app.ui.messages import show_info
from briefing_app.ui.packs.profile_editor import template_label
from briefing_app.ui.rich import tooltip

COLUMNS = ((QT_TRANSLATE_NOOP("PackLog", "Exported (UTC)"), "exported_at"),
           (QT_TRANSLATE_NOOP("PackLog", "Delegation"), "delegation_name"),
           (QT_TRANSLATE_NOOP("PackLog", "Profile"), "profile_name"), (QT_TRANSLATE_NOOP("PackLog", "Template"), "template"),
           (QT_TRANSLATE_NOOP("PackLog", "File"), "file_name"), (QT_TRANSLATE_NOOP("PackLog", "Pages"), "pages"),
           ("SHA-256", "sha256"), (QT_TRANSLATE_NOOP("PackLog", "Data version"), "data_version"))
Index = QModelIndex | QPersistentModelIndex
CAPITAL_LABELS = {"ministry": QT_TRANSLATE_NOOP("PackLog", "Capital pack (ministry)"),
                  "committee": QT_TRANSLATE_NOOP("PackLog", "Capital pack (committee)")}


def kind_label(template: str) -> str:
    """What kind of pack a log row is, in words: "Two-page brief", "Capital pack (ministry)"."""
    if template.startswith(CAPITAL_TEMPLATE):
        label = CAPITAL_LABELS.get(template.removeprefix(CAPITAL_TEMPLATE))
        return QCoreApplication.translate("PackLog", str(label)) if label else template
    try:
        return template_label(PackTemplate(template))
    except ValueError:  # a value from a newer version's log
        return template


class PdfChooser:
    """Which file to check against the log; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str:
        return QFileDialog.getOpenFileName(parent, QCoreApplication.translate("PackLog", "Check a pack file"), "",
                                           QCoreApplication.translate("PackLog", "PDF files (*.pdf);;All files (*)"))[0]


def describe_match(entries: list[ExportEntry], digest: str) -> str:
    """Which exports produced a file with this SHA-256 (packs are deterministic, so rebuilds match)."""
    found = [e for e in entries if e.sha256 == digest]
    if not found:
        return ("No export in this workspace's log has this file's SHA-256: it was not exported from "
                "here, or it was changed after export.")
    lines = [f"{e.exported_at}: {e.delegation_name}, {kind_label(e.template)} ({e.profile_name}), {e.pages} pages, "
             f"saved as {e.file_name}" for e in found]
    return "This file is the pack exported on\n" + "\n".join(lines)


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
            column = COLUMNS[index.column()][1]
            return value[:16] if column == "sha256" else kind_label(value) if column == "template" else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(value))  # names may come from a partner's bundle: never rich text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("PackLog", str(COLUMNS[section][0]))
        return None


class ExportLogDialog(Dialog):
    """All exports, filterable by delegation; the full SHA-256 is the cell's tooltip."""

    def __init__(self, entries: list[ExportEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing pack export log"))
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
        self.table.setAccessibleName(self.tr("Exports"))
        self.delegation = QComboBox()
        self.delegation.setAccessibleName(self.tr("Show exports for"))
        self.delegation.addItem(self.tr("All delegations"), "")
        for name in sorted({e.delegation_name for e in entries}):
            self.delegation.addItem(name, name)
        self.delegation.currentIndexChanged.connect(self.filter)
        form = QFormLayout()
        form.addRow(self.tr("&Delegation:"), self.delegation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        check = buttons.addButton(self.tr("C&heck a file…"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check_file)
        buttons.rejected.connect(self.reject)
        self.empty = empty_note(self.tr(
            "No pack has been exported from this workspace yet. File → Export briefing pack… (Ctrl+E) makes one; "
            "File → Export capital pack… one for a capital. Each export is listed here with the SHA-256 of its file."),
            "no-exports")
        self.empty.setVisible(not entries)  # an empty table says nothing (#15: no empty panes)
        self.table.setVisible(bool(entries))
        self.delegation.setEnabled(bool(entries))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def filter(self) -> None:
        name = str(self.delegation.currentData() or "")
        pattern = f"^{QRegularExpression.escape(name)}$" if name else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))

    def check_file(self) -> None:
        chosen = PdfChooser.ask(self)
        if not chosen:
            return
        try:
            digest = hashlib.sha256(Path(chosen).read_bytes()).hexdigest()
        except OSError as error:
            show_info(self, self.tr("Check a pack file"), self.tr("Cannot read {file}: {error}").format(
                file=Path(chosen).name, error=error.strerror or error))
            return
        show_info(self, self.tr("Check a pack file"), describe_match(self.model.entries, digest))

    def shown_files(self) -> list[str]:
        return [str(self.proxy.index(row, 4).data()) for row in range(self.proxy.rowCount())]
