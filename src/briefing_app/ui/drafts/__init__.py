"""New drafts in the desktop app: File → Import draft…, View → Compare versions…, View → Review after
new draft…. `install(services)` registers them (ui/features.py).

Import runs in three background jobs (read+parse, plan+map, save+carry); the last one writes through its
own Workspace connection, in one transaction, and can be cancelled. Between them the user reviews the
detected structure and corrects the mapping; nothing is written before "Save new version". The import
is then one step on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from briefing_app.domain.models import Document, Provision, Version
from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.store import queries
from briefing_app.store.errors import StoreError
from briefing_app.store.workspace import Removal, Workspace
from briefing_app.ui.commands import EditCommand
from briefing_app.ui.drafts.status import set_status
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.jobs import Job
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import show_error
from briefing_app.ui.services import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:  # the importer, the parsers and the dialogs are imported when first used
    from briefing_app.drafts.importer import ImportPlan, ImportResult
    from briefing_app.drafts.parse import ParsedDraft
    from briefing_app.ui.drafts.compare_view import CompareDialog
    from briefing_app.ui.drafts.import_dialogs import ImportOptions
    from briefing_app.ui.drafts.review_view import ReviewDialog


DRAFT_FILES = "drafts"  # the open dialog's remembered folder (ui/file_dialogs): never the data folder


class DraftFileChooser:
    """The file dialog for drafts, opening where the last draft came from (the documents folder the
    first time); tests monkeypatch `ask`."""

    @staticmethod
    def filter() -> str:
        return translate("DraftsController", "Drafts ({patterns});;All files (*)").format(
            patterns="*.pdf *.docx *.txt *.md *.markdown *.xml")

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str = "") -> str:
        chosen = FileDialogs.ask_open(parent, DRAFT_FILES, translate("DraftsController", "Import draft"),
                                      cls.filter())
        return str(chosen) if chosen is not None else ""


@dataclass
class ImportedVersion:
    """The undo step of an import (already written by its job): undo deletes the new version and all
    the import wrote with it (provisions, carried copies and links, draft rows); redo puts it back."""

    version_id: str
    removal: Removal | None = None

    def apply(self, ws: Workspace) -> None:
        ws.require(Version, self.version_id)

    def undo(self, ws: Workspace) -> None:
        self.removal = ws.delete(Version, self.version_id, tombstone=False)

    def redo(self, ws: Workspace) -> None:
        assert self.removal is not None
        ws.restore(self.removal)


class DraftsController(QObject):
    """Owns the import flow and the compare / review windows of one main window."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self.window = services.window
        self.compare: CompareDialog | None = None
        self.review: ReviewDialog | None = None
        self._source_title = ""
        services.workspace_changed.connect(self._refresh_views)

    # -- import ------------------------------------------------------------------------------------
    def import_draft(self) -> None:
        path = self._workspace_path()
        if path is None:
            return
        chosen = DraftFileChooser.ask(self.window)
        if not chosen:
            return
        source = Path(chosen)
        from briefing_app.drafts.text_input import load_draft

        self._run("Reading the draft…", lambda _p, _t: load_draft(source),
                  lambda parsed: self._review_structure(source, parsed))

    def _review_structure(self, source: Path, parsed: ParsedDraft) -> None:
        self._source_title = source.stem
        from briefing_app.ui.drafts.import_dialogs import StructureDialog

        options = StructureDialog.ask(self.window, self.services.ws, parsed, source.name,
                                      self._current_document_id())
        if options is None:
            return
        self._run("Mapping provisions onto the previous draft…",
                  lambda ws, _p, _t: _plan(ws, parsed, options), self._review_mapping, kind="read")

    def _review_mapping(self, plan: ImportPlan) -> None:
        from briefing_app.ui.drafts.import_dialogs import ImportOptions, MappingDialog, UnrelatedDraftQuestion

        pairs: set[tuple[str, str]] | None = set()
        if plan.base is not None and plan.looks_unrelated:
            answer = UnrelatedDraftQuestion.ask(self.window, plan)
            if answer is None:
                return
            if answer == UnrelatedDraftQuestion.NEW_DOCUMENT:
                title = plan.parsed.symbol or self._source_title or plan.version.label
                options = ImportOptions(Document(title=title), plan.version.label, plan.version.date, None)
                self._run("Preparing the new document…", lambda ws, _p, _t: _plan(ws, plan.parsed, options),
                          self._review_mapping, kind="read")
                return
        if plan.base is not None:
            pairs = MappingDialog.ask(self.window, plan)
        if pairs is None:
            return

        from briefing_app.drafts.importer import apply_import

        def work(ws: Workspace, progress: ProgressFn, token: CancelToken) -> ImportResult:
            return apply_import(ws, plan, pairs if plan.base is not None else None, progress=progress,
                                cancel=token)

        self._run("Saving the new version and carrying the analysis forward…", work, self._imported,
                  cancellable=True, kind="write")

    def _imported(self, result: ImportResult) -> None:
        ws = self.services.ws
        command = EditCommand(translate("DraftsController", "Import draft {version}").format(version=result.version.label), ws, [ImportedVersion(result.version.id)],
                              self._replayed)
        command.apply()
        self.services.undo_stack.push(command)
        self.services.workspace_changed.emit()
        waiting = sum(1 for c in result.carried if c.state.needs_review)
        self.services.status(
            translate("DraftsController", "Imported {version}: %n record(s) carried forward", "",
                      len(result.carried)).format(version=result.version.label)
            + translate("DraftsController", ", %n need(s) a look.", "", waiting), 15000)
        first = queries.provisions_of(self.services.ws, result.version.id)
        if first:
            self.services.select_provision(first[0].id)
        if result.carried:
            self.show_review(result.version.id)

    def _replayed(self, error: StoreError | None) -> None:
        if error is not None:
            show_error(self.window, translate("DraftsController", "Undo failed"), str(error))
        self.services.workspace_changed.emit()

    # -- compare and review --------------------------------------------------------------------------
    def show_compare(self) -> None:
        if self._workspace_path() is None:
            return
        ws = self.services.ws
        if self.compare is None or self.compare.ws is not ws:
            from briefing_app.ui.drafts.compare_view import CompareDialog

            self.compare = CompareDialog(self.window, ws, self.services.select_provision)
        provision = ws.get(Provision, self.services.current_provision_id() or "")
        version = ws.get(Version, provision.version_id) if provision else None
        previous = queries.previous_version(ws, version) if version else None
        if version is not None and previous is not None and provision is not None:
            self.compare.show_versions(previous.id, version.id, provision.id)
        else:
            self.compare.refresh()
        self.compare.show()
        self.compare.raise_()

    def show_review(self, version_id: str = "") -> None:
        if self._workspace_path() is None:
            return
        ws = self.services.ws
        if self.review is None or self.review.ws is not ws:
            from briefing_app.ui.drafts.review_view import ReviewDialog

            self.review = ReviewDialog(self.window, ws, self.services.select_provision)
        self.review.fill_versions(version_id)
        self.review.show()
        self.review.raise_()

    def _refresh_views(self) -> None:
        for view in (self.compare, self.review):
            if view is not None and view.isVisible() and view.ws is self.services.ws:
                view.reload()

    # -- plumbing ------------------------------------------------------------------------------------
    def _workspace_path(self) -> Path | None:
        ws = self.services.require_workspace(translate("DraftsController", "New drafts"))
        return ws.path if ws is not None else None

    def _current_document_id(self) -> str:
        ws = self.services.ws
        provision = ws.get(Provision, self.services.current_provision_id() or "")
        version = ws.get(Version, provision.version_id) if provision else None
        return version.document_id if version else ""

    def _run(self, message: str, work: Callable[..., Any], done: Callable[[Any], None], *,
             cancellable: bool = False, kind: str = "") -> Job | None:
        """A job of the import flow: `kind` "read" gets a read-only connection, "write" the write
        lease (work(ws, progress, token)); otherwise work(progress, token) touches no workspace."""
        jobs = self.services.jobs
        start = {"read": jobs.read, "write": jobs.write}.get(kind, jobs.run)
        return start(translate("DraftsController", "Import draft"), message, work, done,
                     outcome=translate("DraftsController", "Nothing was saved."),
                     cancelled_message=translate("DraftsController", "Import cancelled: nothing was saved."),
                     cancellable=cancellable)

    @property
    def jobs(self) -> list[Job]:
        return self.services.jobs.jobs


def _plan(ws: Workspace, parsed: ParsedDraft, options: ImportOptions) -> ImportPlan:
    from briefing_app.drafts.importer import plan_import

    return plan_import(ws, parsed, document=options.document, label=options.label, date=options.date,
                       against=options.against)


def _export_akn(services: Services) -> None:
    from briefing_app.ui.drafts.export import export_akn  # the XML writer, on first use

    export_akn(services)


def install(services: Services) -> DraftsController:
    """File → Import draft…, View → Compare versions…, View → Review after new draft…."""
    controller = DraftsController(services)
    add = services.registry.add_action
    add("drafts.import", Place.FILE_IMPORT, translate("DraftsController", "Import &draft…"), controller.import_draft,
        tip=translate("DraftsController", "Import a new draft of a document from a PDF, Word, Akoma Ntoso, text or Markdown file"))
    add("drafts.export_akn", Place.FILE_EXPORT, translate("DraftsController", "Export draft as A&koma Ntoso…"), lambda: _export_akn(services),
        tip=translate("DraftsController", "The selected provision's version as Akoma Ntoso 3.0 XML"))
    add("drafts.set_status", Place.EDIT_RECORD, translate("DraftsController", "Set negotiating status of t&his provision…"),
        lambda: set_status(services, controller._replayed),
        tip=translate("DraftsController", "Agreed ad referendum, pending, bracketed…: where the selected provision stands"))
    add("drafts.compare", Place.VIEW_WINDOWS, translate("DraftsController", "Compare &versions…"), controller.show_compare, shortcut="Ctrl+D",
        tip=translate("DraftsController", "Compare two versions of a document"))
    add("drafts.review", Place.VIEW_WINDOWS, translate("DraftsController", "&Review after new draft…"), controller.show_review,
        tip=translate("DraftsController", "Records carried to a new draft that need a human look"))
    return controller
