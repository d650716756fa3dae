"""Packs for several (or all) delegations into a folder, on every core, with progress and cancel."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import Severity
from briefing_app.domain.models import Delegation
from briefing_app.domain.tailoring import PackTemplate
from briefing_app.packs.batch import Overrides
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.i18n import enum_label
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.lists import wrap_long_names
from briefing_app.ui.packs.profile_editor import TEMPLATES, template_label


class FolderChooser:
    """Where batch packs go; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str) -> str:
        title = QCoreApplication.translate("BatchExportDialog", "Folder for the packs")
        start = Path(folder) if folder and Path(folder).is_dir() else None
        chosen = FileDialogs.ask_folder(parent, "pack-batches", title, start)
        return str(chosen) if chosen else ""


@dataclass(frozen=True, slots=True)
class BatchChoice:
    delegation_ids: list[str]
    folder: Path
    overrides: Overrides


def _as_saved_or(choices: Iterable[tuple[str, str]]) -> QComboBox:
    """A choice that keeps each delegation's saved setting unless one of `choices` (label, value) is taken."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("BatchExportDialog", "As saved for each delegation"), "")
    for label, value in choices:
        combo.addItem(label, value)
    return combo


def _complete_box() -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("BatchExportDialog", "Complete packs: every selected provision and concern"))
    box.setToolTip(QCoreApplication.translate(
        "BatchExportDialog", "Otherwise each pack covers the 40 provisions most important for its delegation "
        "and says how many more"))
    return box


class BatchExportDialog(Dialog):
    """Choose delegations, a folder and optional overrides of each delegation's saved profile."""

    @classmethod
    def ask(cls, delegations: list[Delegation], folder: str, parent: QWidget | None) -> BatchChoice | None:
        """Run the dialog; None when cancelled (tests monkeypatch this)."""
        dialog = cls(delegations, folder, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.choice() if accepted else None

    def __init__(self, delegations: list[Delegation], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export packs for several delegations"))
        self.resize(520, 560)
        self.list = wrap_long_names(QListWidget())
        for d in delegations:
            item = QListWidgetItem(f"{d.name} ({d.iso_code})" if d.iso_code else d.name)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        select_all, select_none = QPushButton(self.tr("Select &all")), QPushButton(self.tr("Select &none"))
        select_all.clicked.connect(lambda: self.check_all(True))
        select_none.clicked.connect(lambda: self.check_all(False))
        self.folder = QLineEdit(folder)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.template = _as_saved_or((template_label(template), template.value) for template in TEMPLATES)
        self.severity = _as_saved_or(
            (self.tr("{severity} or higher").format(severity=enum_label(severity)), severity.value) for severity in Severity)
        self.complete = _complete_box()
        for widget, name in ((self.list, self.tr("Delegations to export")), (self.folder, self.tr("Folder for the packs")),
                             (self.template, self.tr("Pack template")), (self.severity, self.tr("Minimum severity"))):
            widget.setAccessibleName(name)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        picks = QHBoxLayout()
        picks.addWidget(select_all)
        picks.addWidget(select_none)
        picks.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy: the "&" would show
        form.addRow(folder_label, where)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("Minimum &severity:"), self.severity)
        form.addRow("", self.complete)
        layout = QVBoxLayout(self)
        self.list_area = EmptyState(self.list, self.tr(
            "No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds "
            "one; its positions and the concerns that matter to it then shape its pack."), "no-delegations")
        self.list_area.show_empty(self.list.count() == 0)
        layout.addWidget(self.list_area, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(lambda _item: self.update_state())
        self.folder.textChanged.connect(lambda _text: self.update_state())
        self.update_state()

    def check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def browse(self) -> None:
        chosen = FolderChooser.ask(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_ids(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def choice(self) -> BatchChoice:
        return BatchChoice(self.chosen_ids(), Path(self.folder.text().strip()), self.overrides())

    def overrides(self) -> Overrides:
        template, severity = self.template.currentData(), self.severity.currentData()
        return Overrides(template=PackTemplate(template) if template else None,
                         min_severity=Severity(severity) if severity else None, complete=self.complete.isChecked())

    def update_state(self) -> None:
        chosen = len(self.chosen_ids())
        self.count.setText(self.tr("{chosen} of %n delegation(s) chosen", "", self.list.count()).format(chosen=chosen))
        self.export_button.setEnabled(chosen > 0 and bool(self.folder.text().strip()))
