"""Briefing packs in the desktop app: File → Export briefing pack… (picker, profile editor, live
QPdfView preview, save), Export packs for several delegations… (process pool, progress, cancel)
and Pack export log…. `install(window)` connects the main window's menu place (ui/main_window.py).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from briefing_app.packs.batch import BatchItem
from briefing_app.store import queries
from briefing_app.store.packs_store import export_log
from briefing_app.ui.jobs import Job, JobsWithProgress
from briefing_app.ui.menus import add_after
from briefing_app.ui.messages import show_error, show_info
from briefing_app.ui.packs import work
from briefing_app.ui.packs.batch_dialog import BatchChoice, BatchExportDialog
from briefing_app.ui.packs.export_dialog import ExportPackDialog
from briefing_app.ui.packs.log_view import ExportLogDialog


class PacksController(QObject):
    """Owns the pack flows of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = JobsWithProgress(window)
        self.dialog: ExportPackDialog | None = None
        self.workers = os.cpu_count() or 1

    def _ready(self, title: str) -> bool:
        if self.window.workspace is None or self.window.workspace_path is None:
            show_error(self.window, title, "Open a workspace first.")
            return False
        return True

    def export_pack(self, delegation_id: str | None = None) -> ExportPackDialog | None:
        if not self._ready("Export briefing pack"):
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ExportPackDialog(self.window)
        if delegation_id is not None:
            self.dialog.select_delegation(delegation_id)
        self.dialog.show()
        return self.dialog

    def export_batch(self) -> None:
        if not self._ready("Export packs"):
            return
        folder = str(self.window.workspace_path.parent / "packs")
        choice = BatchExportDialog.ask(queries.delegations(self.window.workspace), folder, self.window)
        if choice is not None:
            self.start_batch(choice)

    def start_batch(self, choice: BatchChoice) -> Job:
        ids, folder = choice.delegation_ids, choice.folder
        work_fn = partial(work.batch, self.window.workspace_path, ids, folder, choice.overrides, self.workers)
        return self.runner.run(
            "Export packs", f"Building {len(ids)} packs…", work_fn, lambda items: self._batch_done(items, folder),
            failed=lambda error, _tb: show_error(self.window, "Packs not exported", str(error)),
            cancelled_message="Pack export cancelled; packs already written are in the export log.")

    def _batch_done(self, items: list[BatchItem], folder: Path) -> None:
        failed = [i for i in items if i.error]
        warned = [i for i in items if i.warnings]
        lines = [f"{len(items) - len(failed)} packs written to {folder}."]
        lines += [f"Failed: {i.delegation_name}: {i.error}" for i in failed]
        lines += [f"{i.delegation_name}: {w}" for i in warned for w in i.warnings]
        show_info(self.window, "Packs exported", "\n".join(lines))

    def show_log(self) -> ExportLogDialog | None:
        if not self._ready("Export log"):
            return None
        dialog = ExportLogDialog(export_log(self.window.workspace), self.window)
        dialog.show()
        return dialog


def install(window: Any) -> PacksController:
    """Connect and enable File → Export briefing pack…, and add the batch export and the log."""
    controller = PacksController(window)
    window.action_export_pack.triggered.connect(lambda _checked=False: controller.export_pack())
    window.action_export_pack.setEnabled(True)
    window.action_export_packs = add_after(
        window, window.action_export_pack, "Export packs for &several delegations…", controller.export_batch)
    window.action_pack_log = add_after(
        window, window.action_export_packs, "Pack export &log…", controller.show_log)
    window.packs = controller
    return controller
