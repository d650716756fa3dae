"""Briefing packs in the desktop app: File → Export briefing pack… (picker, profile editor, live
QPdfView preview, save), Export packs for several delegations… (process pool, progress, cancel)
and Pack export log…. `install(services)` registers them (ui/features.py).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence

from briefing_app.store import queries
from briefing_app.ui.file_dialogs import remember_folder, start_folder
from briefing_app.ui.jobs import Job
from briefing_app.ui.menus import Place
from briefing_app.ui.packs.exported import BatchDone
from briefing_app.ui.services import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:  # the dialogs and the pack code (reportlab) are imported when first used
    from briefing_app.packs.batch import BatchItem
    from briefing_app.ui.packs.batch_dialog import BatchChoice
    from briefing_app.ui.packs.export_dialog import ExportPackDialog
    from briefing_app.ui.packs.log_view import ExportLogDialog

BATCH_FOLDERS = "pack-batches"  # remembered folder of batch exports (ui/file_dialogs)
BATCH_SUBFOLDER = "Briefing packs"  # inside the documents folder, the first time


class PacksController(QObject):
    """Owns the pack flows of one main window."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.window = services.window
        self.dialog: ExportPackDialog | None = None
        self.workers = os.cpu_count() or 1

    @property
    def jobs(self) -> list[Job]:
        return self.services.jobs.jobs

    def export_pack(self, delegation_id: str | None = None) -> ExportPackDialog | None:
        if self.services.require_workspace(translate("PacksController", "Export briefing pack")) is None:
            return None
        if self.dialog is not None:
            if not self.dialog.close():  # unsaved profile edits and the user chose to stay
                self.dialog.raise_()
                return self.dialog
            self.dialog.deleteLater()
        from briefing_app.ui.packs.export_dialog import ExportPackDialog

        self.dialog = ExportPackDialog(self.services)
        if delegation_id is not None:
            self.dialog.select_delegation(delegation_id)
        self.dialog.show()
        return self.dialog

    def print_pack(self) -> ExportPackDialog | None:
        """File → Print briefing pack…: the export dialog, printing its preview once it is ready."""
        dialog = self.dialog if self.dialog is not None and self.dialog.isVisible() else self.export_pack()
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            dialog.print_preview()
        return dialog

    def export_batch(self) -> None:
        ws = self.services.require_workspace(translate("PacksController", "Export packs"))
        if ws is None:
            return
        folder = start_folder(BATCH_FOLDERS, subfolder=BATCH_SUBFOLDER)
        from briefing_app.ui.packs.batch_dialog import BatchExportDialog

        choice = BatchExportDialog.ask(queries.delegations(ws), str(folder), self.window)
        if choice is not None:
            remember_folder(BATCH_FOLDERS, choice.folder)
            self.start_batch(choice)

    def start_batch(self, choice: BatchChoice) -> Job | None:
        ids, folder = choice.delegation_ids, choice.folder
        from briefing_app.ui.packs import work

        work_fn = partial(work.batch, ids, folder, choice.overrides, self.workers)
        return self.services.jobs.write(
            translate("PacksController", "Export packs"), translate("PacksController", "Building %n pack(s)…", "", len(ids)),
            work_fn, lambda items: self._batch_done(items, folder),
            outcome=translate("PacksController", "Packs already written are in the export log."),
            cancelled_message=translate("PacksController", "Pack export cancelled; packs already written are in the "
                                                           "export log."))

    def _batch_done(self, items: list[BatchItem], folder: Path) -> None:
        failed = [i for i in items if i.error]
        warned = [i for i in items if i.warnings]
        lines = [translate("PacksController", "%n pack(s) written to {folder}.", "",
                           len(items) - len(failed)).format(folder=folder)]
        lines += [translate("PacksController", "Failed: {delegation}: {error}").format(
            delegation=i.delegation_name, error=i.error) for i in failed]
        lines += [f"{i.delegation_name}: {w}" for i in warned for w in i.warnings]
        BatchDone.show(self.window, self.tr("Packs exported"), "\n".join(lines), folder)

    def show_log(self) -> ExportLogDialog | None:
        ws = self.services.require_workspace(translate("PacksController", "Export log"))
        if ws is None:
            return None
        from briefing_app.store.packs_store import export_log
        from briefing_app.ui.packs.log_view import ExportLogDialog

        dialog = ExportLogDialog(export_log(ws), self.window)
        dialog.show()
        return dialog


def install(services: Services) -> PacksController:
    """File → Export briefing pack…, Export packs for several delegations…, Pack export log…."""
    controller = PacksController(services)
    add = services.registry.add_action
    add("packs.export", Place.FILE_EXPORT, translate("PacksController", "Export briefing &pack…"), controller.export_pack,
        shortcut="Ctrl+E", tip=translate("PacksController", "Create a PDF briefing pack tailored to a delegation"))
    add("packs.print", Place.FILE_EXPORT, translate("PacksController", "Print &briefing pack…"), controller.print_pack,
        shortcut=QKeySequence.StandardKey.Print, tip=translate("PacksController", "Print a delegation's pack as previewed"))
    add("packs.export_several", Place.FILE_EXPORT, translate("PacksController", "Export packs for &several delegations…"), controller.export_batch)
    add("packs.log", Place.FILE_EXPORT, translate("PacksController", "Pack export &log…"), controller.show_log)
    return controller
