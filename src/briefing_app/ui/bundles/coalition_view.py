"""Tools → Coalition folder…: where our signed bundle goes and partners' bundles come from, how often,
and the partners' bundles waiting there (each previewed before import, like a dropped file).

A one-minute timer runs the scheduled publish-and-look in a background job; bundles signed by a
trusted partner key are imported without asking only when the user turned that on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles import coalition
from briefing_app.bundles.coalition import Offer, SyncResult
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import (  # not ui.bundles.dialogs: it imports the bundle merge
    EmptyState,
    plain_label,
)
from briefing_app.ui.services import Services


def _offer_text(offer: Offer) -> str:
    if offer.report is None:
        return QCoreApplication.translate("Coalition", "{0}: refused — {1}").format(offer.path.name, offer.problem)
    report = offer.report
    return QCoreApplication.translate("Coalition", "{0} — from {1}, made {2}; {3}").format(
        offer.path.name, report.manifest.organization, report.manifest.created_at,
        report.signature.describe(report.manifest.organization))


class CoalitionDialog(Dialog):
    """Settings of the coalition folder and the partners' bundles found there."""

    def __init__(self, parent: QWidget | None, ws: Workspace, sync_now: Callable[[], None],
                 import_one: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coalition folder"))
        self.ws = ws
        self.folder = QLineEdit(ws.get_meta(coalition.FOLDER_KEY))
        self.folder.setPlaceholderText(self.tr("A folder Syncthing, Nextcloud or a network share keeps in step"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("only when asked"))
        value = ws.get_meta(coalition.INTERVAL_KEY, str(coalition.DEFAULT_MINUTES))
        self.minutes.setValue(int(value) if value.isdigit() else coalition.DEFAULT_MINUTES)
        self.auto = QCheckBox(self.tr("Import bundles signed by trusted partners without asking"))
        self.auto.setChecked(ws.get_meta(coalition.AUTO_KEY) == "1")
        self.offers = QListWidget()
        self.offers.setWordWrap(True)
        sync = QPushButton(self.tr("Sync now"))
        sync.clicked.connect(lambda: self._sync(sync_now))
        self.import_button = QPushButton(self.tr("Preview and import…"))
        self.import_button.setEnabled(False)
        self.offers.currentRowChanged.connect(lambda row: self.import_button.setEnabled(row >= 0))
        self.import_button.clicked.connect(lambda: self._import(import_one))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Folder"), wrap=False), row)
        form.addRow(plain_label(self.tr("Sync every"), wrap=False), self.minutes)
        form.addRow(self.auto)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(sync)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Partners' bundles waiting in the folder (each is previewed "
                                             "before it is imported):")))
        self.offers_area = EmptyState(self.offers, self._nothing_text(), "no-offers")
        self.offers_area.show_empty(True)
        layout.addWidget(self.offers_area, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.finished.connect(lambda _result: self.save())

    def _sync(self, sync_now: Callable[[], None]) -> None:
        self.save()
        sync_now()

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Coalition folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        text = self.folder.text().strip()
        if text and Path(text).is_dir():
            coalition.set_folder(self.ws, Path(text), self.minutes.value())
        self.ws.set_meta(coalition.AUTO_KEY, "1" if self.auto.isChecked() else "0")

    def show_offers(self, offers: list[Offer]) -> None:
        self.offers.clear()
        for offer in offers:
            item = QListWidgetItem(_offer_text(offer))
            item.setData(Qt.ItemDataRole.UserRole, str(offer.path))
            item.setToolTip(str(offer.path).replace("&", "&amp;").replace("<", "&lt;"))
            if offer.report is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.offers.addItem(item)
        self.offers_area.note.setText(self._nothing_text())
        self.offers_area.show_empty(not offers)

    def _nothing_text(self) -> str:
        if not self.ws.get_meta(coalition.FOLDER_KEY):
            return self.tr("No coalition folder yet. Choose… a folder that Syncthing, Nextcloud or a network share "
                           "keeps in step with your partners: the bundles they drop there show up here, and yours "
                           "are written there.")
        return self.tr("Nothing new from partners. Sync now looks in the folder again; it also looks every few "
                       "minutes (Sync every).")

    def _import(self, import_one: Callable[[Path], object]) -> None:
        item = self.offers.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            import_one(Path(path))


class CoalitionController(QObject):
    """The dialog, the schedule, and the background sync job."""

    def __init__(self, services: Services, import_one: Callable[[Path], object]) -> None:
        super().__init__(services.window)
        self.services = services
        self.import_one = import_one
        self.dialog: CoalitionDialog | None = None
        self.last_run = time.time()
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def show(self) -> None:
        ws = self.services.require_workspace(self.tr("Coalition folder"))
        if ws is None:
            return
        self.dialog = CoalitionDialog(self.services.window, ws, self.sync_now, self.import_one)
        self.dialog.show()
        if ws.get_meta(coalition.FOLDER_KEY):
            self.sync_now()

    def _tick(self) -> None:
        if not self.services.window.isVisible():  # not shown (yet), or closed: nothing to sync for
            return
        ws = self.services.workspace
        if ws is not None and coalition.due(ws, self.last_run) and not self.services.jobs.jobs:
            self.sync_now()

    def sync_now(self) -> None:
        ws = self.services.workspace
        if ws is None:
            return
        self.last_run = time.time()
        auto = ws.get_meta(coalition.AUTO_KEY) == "1"
        self.services.jobs.write(  # the workspace's one writer (store/writer.py) while it imports
            self.tr("Coalition folder"), self.tr("Syncing the coalition folder…"),
            lambda writer, _p, _t: coalition.sync_folder(writer, auto=auto), self._synced,
            failed=lambda error, trace: self.services.report_failure(self.tr("Coalition folder"), error, trace),
            cancelled_message=self.tr("Coalition sync cancelled."))

    def _synced(self, result: SyncResult) -> None:
        imported, offers = result.imported or [], result.offers or []
        if imported:
            self.services.undo_stack.clear()  # the imports are undone with Undo last import
            self.services.workspace_changed.emit()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_offers(offers)
        waiting = [o for o in offers if o.report is not None]
        self.services.status(self.tr("Coalition folder: {0} imported, {1} waiting (Tools → Coalition folder…)")
                             .format(len(imported), len(waiting)))
