"""Tools → Restore a backup…: the workspace's snapshots (one before every import and every restore),
newest first; the chosen one is restored in a background job after a confirmation, and the state
just before is backed up so the restore can be undone the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.bundles import backups
from briefing_app.bundles.backups import BackupInfo
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import plain_label  # not ui.bundles.dialogs: it imports the bundle merge
from briefing_app.ui.messages import Confirm
from briefing_app.ui.services import Services


class BackupsDialog(Dialog):
    """Choose a backup; `chosen()` after exec() returns it (None: cancelled)."""

    def __init__(self, parent: QWidget | None, found: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.found = found
        self.list = QListWidget()
        for info in found:
            text = self.tr("{0} — {1:.1f} MB").format(info.taken_at, info.size / 1e6)
            if info.before_import:
                text = self.tr("{0}, before importing {1}").format(text, info.before_import)
            self.list.addItem(QListWidgetItem(text))
        if found:
            self.list.setCurrentRow(0)
        # nothing to restore: the message and Close, not an empty list and a dead Restore… (#15: empty panes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel if found
                                   else QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setVisible(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The workspace becomes exactly as it was then; what it holds now is "
                                             "backed up first, so you can come back to it here.")
                                     if found else self.tr("No backups yet: one is taken before every import.")))
        layout.addWidget(self.list, 1)
        self.list.setVisible(bool(found))
        layout.addWidget(buttons)
        self.resize(560, 360 if found else self.sizeHint().height())

    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    @classmethod
    def ask(cls, parent: QWidget | None, found: list[BackupInfo]) -> BackupInfo | None:
        dialog = cls(parent, found)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BackupsController(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services

    def show(self) -> None:
        title = self.tr("Restore a backup")
        ws = self.services.require_workspace(title)
        if ws is None:
            return
        info = BackupsDialog.ask(self.services.window, backups.list_backups(ws))
        if info is None or not Confirm.ask(self.services.window, title, self.tr(
                "Make the workspace exactly as it was on {0}? What it holds now is backed up first.")
                .format(info.taken_at), self.tr("Restore")):
            return
        # the workspace's one writer (store/writer.py): the GUI's edits are refused, not frozen, meanwhile
        self.services.jobs.write(title, self.tr("Restoring the backup…"),
                                 lambda writer, _p, _t: backups.restore_backup(writer, info.path),
                                 self._restored, cancellable=False,
                                 failed=lambda error, trace: self.services.report_failure(title, error, trace),
                                 cancelled_message=self.tr("Restore cancelled: nothing was changed."))

    def _restored(self, safety: Path) -> None:
        self.services.undo_stack.clear()
        self.services.workspace_changed.emit()
        self.services.status(self.tr("Backup restored; the state before it is kept as {0}.").format(safety.name))
