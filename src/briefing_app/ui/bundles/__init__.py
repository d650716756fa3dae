"""Shared bundles in the desktop app: File → Import bundle… / Export bundle…, Tools → Undo last import…,
Check workspace…, Resolve conflicts…, Contributions by organization…, and dropping a .briefing file
onto the window. `install(services)` registers them (ui/features.py).

Preview runs as a background job on a read-only connection; import, export and undo hold the
workspace's write lease (`services.jobs.write`); the views reload through `services.workspace_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from briefing_app.bundles.errors import BundleError, UndoError
from briefing_app.bundles.format import SUFFIX
from briefing_app.domain.merge import Outcome
from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.store import provenance
from briefing_app.store.workspace import Workspace
from briefing_app.ui.bundles.coalition_view import CoalitionController
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.jobs import Job, WorkspaceWork
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import Confirm, show_error, show_info
from briefing_app.ui.services import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from briefing_app.bundles.apply import ImportReport
    from briefing_app.bundles.export import ExportResult
    from briefing_app.ui.bundles.backups_view import BackupsController
    from briefing_app.ui.bundles.conflict_view import ConflictDialog
    from briefing_app.ui.bundles.dialogs import ExportChoice

UNCHANGED = QT_TRANSLATE_NOOP("BundlesController", "Your workspace is unchanged.")  # shown through translate


BUNDLE_FILES = "bundles"  # the file dialogs' remembered folder (ui/file_dialogs), never the data folder


class BundleFileChooser:
    """File dialogs for bundles; tests monkeypatch the classmethods."""

    @staticmethod
    def filter() -> str:
        return translate("BundlesController", "Briefing Desk bundles (*{suffix});;All files (*)").format(suffix=SUFFIX)

    @classmethod
    def ask_open(cls, parent: QWidget | None) -> str:
        """Opens in the folder bundles were last opened from or saved to, first the documents folder."""
        chosen = FileDialogs.ask_open(parent, BUNDLE_FILES, translate("BundlesController", "Import bundle"), cls.filter())
        return str(chosen) if chosen else ""

    @classmethod
    def ask_save(cls, parent: QWidget | None, file_name: str = "") -> str:
        chosen = FileDialogs.ask_save(parent, BUNDLE_FILES, translate("BundlesController", "Export bundle"), file_name,
                                      cls.filter())
        return str(chosen) if chosen else ""


def bundle_path_of(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local .briefing file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(SUFFIX):
        return Path(urls[0].toLocalFile())
    return None


class BundlesController(QObject):
    """Owns the bundle flows of one main window."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.window = services.window
        self.conflicts: ConflictDialog | None = None
        self.coalition: CoalitionController | None = None
        self.backups: BackupsController | None = None  # made on first use (start-up stays light)

    def restore_backup(self) -> None:
        """Tools → Restore a backup…: the backups view and its snapshot code load when first used."""
        if self.backups is None:
            from briefing_app.ui.bundles.backups_view import BackupsController

            self.backups = BackupsController(self.services)
        self.backups.show()

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> None:
        ws = self.services.require_workspace(translate("BundlesController", "Export bundle"))
        if ws is None:
            return
        from briefing_app.ui.bundles.dialogs import ExportDialog

        choice = ExportDialog.ask(self.window, ws)
        if choice is None:
            return
        target = BundleFileChooser.ask_save(self.window, "")
        if not target:
            return
        out = Path(target if target.endswith(SUFFIX) else target + SUFFIX)
        self._write(translate("BundlesController", "Export bundle"), translate("BundlesController", "Writing the bundle…"),
                    partial(_export, out, choice), self._exported)

    def _exported(self, result: ExportResult) -> None:
        rows = sum(n for t, n in result.manifest.counts.items() if t != "tombstones")
        withheld = sum(result.withheld.values())
        self.services.workspace_changed.emit()
        text = translate("BundlesController", "Wrote {file}: %n row(s).", "", rows).format(file=result.path.name)
        if withheld:
            text += "\n" + translate("BundlesController", "%n row(s) stayed here (sensitivity, or they refer to rows "
                                                          "that stayed).", "", withheld)
        show_info(self.window, translate("BundlesController", "Export bundle"), text)

    # -- import ------------------------------------------------------------------------------------
    def choose_and_preview(self) -> None:
        if self._workspace_path(translate("BundlesController", "Import bundle")) is None:
            return
        chosen = BundleFileChooser.ask_open(self.window)
        if chosen:
            self.start_preview(Path(chosen))

    def start_preview(self, bundle: Path) -> Job | None:
        if self._workspace_path(translate("BundlesController", "Import bundle")) is None:
            return None
        from briefing_app.bundles.apply import preview

        return self._read(translate("BundlesController", "Import bundle"),
                          translate("BundlesController", "Checking {file}…").format(file=bundle.name),
                          lambda ws, p, t: preview(ws, bundle, progress=p, cancel=t),
                          lambda report: self._previewed(bundle, report))

    def _previewed(self, bundle: Path, report: ImportReport) -> None:
        if not report.would_change:
            show_info(self.window, translate("BundlesController", "Import bundle"),
                      translate("BundlesController", "{file}: this workspace already has everything in it.")
                      .format(file=bundle.name))
            return
        from briefing_app.bundles.apply import import_bundle
        from briefing_app.ui.bundles.dialogs import ImportPreviewDialog

        if not ImportPreviewDialog.ask(self.window, report):
            return
        if self._workspace_path(translate("BundlesController", "Import bundle")) is None:
            return
        self._write(translate("BundlesController", "Import bundle"),
                    translate("BundlesController", "Importing {file}…").format(file=bundle.name),
                    lambda ws, p, t: import_bundle(ws, bundle, progress=p, cancel=t, previewed=report.manifest),
                    self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.services.undo_stack.clear()  # edit undo steps predate the merge; Undo last import covers it
        self.services.workspace_changed.emit()
        conflicts = report.totals[Outcome.CONFLICT.value] + report.totals[Outcome.PROPOSAL.value]
        organization = report.manifest.organization or translate("BundlesController", "an unnamed organization")
        self.services.status(
            translate("BundlesController", "Imported {file} from {organization}; %n conflict(s) or proposal(s) wait "
                                           "in Tools → Resolve conflicts.", "", conflicts)
            .format(file=report.file_name, organization=organization) if conflicts else
            translate("BundlesController", "Imported {file} from {organization}.")
            .format(file=report.file_name, organization=organization))
        if conflicts:
            self.show_conflicts()

    # -- undo, check, conflicts, provenance -----------------------------------------------------------
    def undo(self) -> None:
        ws = self.services.require_workspace(translate("BundlesController", "Undo last import"))
        if ws is None:
            return
        entry = provenance.last_import(ws)
        if entry is None:
            show_error(self.window, translate("BundlesController", "Undo last import"),
                       translate("BundlesController", "There is no import to undo."))
            return
        if not Confirm.ask(self.window, translate("BundlesController", "Undo last import"),
                           translate("BundlesController", "Restore the workspace as it was before importing {file} "
                                     "({when})?").format(file=entry.file_name, when=entry.imported_at),
                           translate("BundlesController", "Undo import")):
            return
        self._write(translate("BundlesController", "Undo last import"),
                    translate("BundlesController", "Restoring the backup…"), partial(_undo, False), self._undone,
                    failed=self._undo_failed)

    def _undo_failed(self, error: BaseException) -> bool:
        """Offer to force an undo the digest check refused; True when handled here."""
        if not (isinstance(error, UndoError) and error.reason == UndoError.CHANGED_SINCE):
            return False
        title = translate("BundlesController", "Undo last import")
        if Confirm.ask(self.window, title, f"{error}\n\n"
                       + translate("BundlesController", "Changes made after the import will be lost."),
                       translate("BundlesController", "Undo anyway")):
            self._write(title, translate("BundlesController", "Restoring the backup…"), partial(_undo, True),
                        self._undone)
        return True

    def _undone(self, file_name: str) -> None:
        self.services.undo_stack.clear()
        self.services.workspace_changed.emit()
        self.services.status(translate("BundlesController", "Undid the import of {file}.").format(file=file_name))

    def check(self) -> None:
        title = translate("BundlesController", "Check workspace")
        ws = self.services.require_workspace(title)
        if ws is None:
            return
        problems = ws.integrity_problems()
        if problems:
            show_error(self.window, title, translate("BundlesController", "%n problem(s) found:", "", len(problems))
                       + "\n\n" + "\n".join(problems[:20]) + "\n\n"
                       + translate("BundlesController", "Restore a backup from the backups folder."))
        else:
            show_info(self.window, title, translate("BundlesController", "Integrity and foreign-key checks passed."))

    def show_conflicts(self) -> None:
        ws = self.services.require_workspace(translate("BundlesController", "Resolve conflicts"))
        if ws is None:
            return
        if self.conflicts is None or self.conflicts.ws is not ws:
            from briefing_app.ui.bundles.conflict_view import ConflictDialog

            self.conflicts = ConflictDialog(self.window, ws, self.services.workspace_changed.emit,
                                            self.services.undo_stack)
        self.conflicts.reload()
        self.conflicts.show()
        self.conflicts.raise_()

    def show_provenance(self) -> None:
        ws = self.services.require_workspace(translate("BundlesController", "Contributions"))
        if ws is not None:
            from briefing_app.ui.bundles.provenance_view import ProvenanceDialog

            ProvenanceDialog(self.window, ws).exec()

    # -- drag and drop ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if bundle_path_of(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            bundle = bundle_path_of(event)
            if bundle is not None:
                event.acceptProposedAction()
                self.start_preview(bundle)
                return True
        return super().eventFilter(watched, event)

    # -- plumbing ------------------------------------------------------------------------------------
    def _workspace_path(self, title: str) -> Path | None:
        ws = self.services.require_workspace(title)
        return ws.path if ws is not None else None

    def _read(self, title: str, message: str, work: WorkspaceWork, done: Callable[[Any], None]) -> Job | None:
        return self.services.jobs.read(title, message, work, done,
                                       failed=lambda error, trace: self._failed(title, error, trace, None),
                                       cancelled_message=_cancelled(title))

    def _write(self, title: str, message: str, work: WorkspaceWork, done: Callable[[Any], None],
               failed: Callable[[BaseException], bool] | None = None) -> Job | None:
        return self.services.jobs.write(title, message, work, done, outcome=translate("BundlesController", str(UNCHANGED)),
                                        failed=lambda error, trace: self._failed(title, error, trace, failed),
                                        cancelled_message=_cancelled(title))

    @property
    def jobs(self) -> list[Job]:
        return self.services.jobs.jobs

    def _failed(self, title: str, error: BaseException, trace: str,
                handler: Callable[[BaseException], bool] | None) -> None:
        if handler is not None and handler(error):
            return
        if isinstance(error, BundleError):
            show_error(self.window, title, translate("BundlesController", "The bundle was refused; your workspace is "
                                                     "unchanged.") + f"\n\n{error}")
        else:
            self.services.report_failure(title, error, trace, outcome=translate("BundlesController", str(UNCHANGED)))


def _cancelled(title: str) -> str:
    return translate("BundlesController", "{title} cancelled: nothing was changed.").format(title=title)


def _undo(force: bool, ws: Workspace, _progress: ProgressFn, _token: CancelToken) -> str:
    from briefing_app.bundles.apply import undo_last_import

    return undo_last_import(ws, force=force).file_name


def _export(out: Path, choice: ExportChoice, ws: Workspace, progress: ProgressFn, token: CancelToken) -> ExportResult:
    if choice.organization:
        ws.set_meta("sync.organization", choice.organization)
    from briefing_app.bundles.export import export_bundle

    return export_bundle(ws, out, selection=choice.selection, include_internal=choice.include_internal,
                         description=choice.description, progress=progress, cancel=token)


def _show_keys(services: Services) -> None:
    ws = services.require_workspace(translate("BundlesController", "Partner keys"))
    if ws is not None:
        from briefing_app.ui.bundles.keys_view import KeysDialog

        KeysDialog(services.window, ws).exec()


def install(services: Services) -> BundlesController:
    """File → Import bundle… / Export bundle…, Tools → Undo last import…, Resolve conflicts…,
    Contributions by organization…, Check workspace…, and bundles dropped on the window."""
    controller = BundlesController(services)
    add = services.registry.add_action
    add("bundles.import", Place.FILE_IMPORT, translate("BundlesController", "&Import bundle…"), controller.choose_and_preview,
        shortcut="Ctrl+I", tip=translate("BundlesController", "Merge a bundle from a coalition partner"))
    add("bundles.export", Place.FILE_EXPORT, translate("BundlesController", "E&xport bundle…"), controller.export, shortcut="Ctrl+Shift+E",
        tip=translate("BundlesController", "Share a selection of this workspace as a bundle file"))
    add("bundles.undo_import", Place.TOOLS, translate("BundlesController", "&Undo last import…"), controller.undo,
        tip=translate("BundlesController", "Restore the workspace as it was before the last bundle import"))
    add("bundles.conflicts", Place.TOOLS, translate("BundlesController", "&Resolve conflicts…"), controller.show_conflicts)
    add("bundles.contributions", Place.TOOLS, translate("BundlesController", "Contributions by &organization…"), controller.show_provenance)
    add("bundles.check", Place.TOOLS, translate("BundlesController", "&Check workspace…"), controller.check,
        tip=translate("BundlesController", "Run integrity and foreign-key checks on the workspace file"))
    add("bundles.keys", Place.TOOLS, translate("BundlesController", "Partner &keys…"), lambda: _show_keys(services),
        tip=translate("BundlesController", "Your key's fingerprint, the partners' keys you trust, and whether only trusted bundles come in"))
    add("bundles.restore_backup", Place.TOOLS, translate("BundlesController", "Restore a &backup…"), controller.restore_backup,
        tip=translate("BundlesController", "Make the workspace exactly as it was in one of its backups"))
    controller.coalition = CoalitionController(services, controller.start_preview)
    add("bundles.coalition", Place.TOOLS, translate("BundlesController", "Coa&lition folder…"), controller.coalition.show,
        tip=translate("BundlesController", "Share bundles with partners through a folder a sync engine keeps in step"))
    services.window.setAcceptDrops(True)
    services.window.installEventFilter(controller)
    return controller
