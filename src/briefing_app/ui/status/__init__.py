"""After adoption in the desktop app: View → Treaty status (Ctrl+7) with File → Import status list…
and each state's reservations; View → National implementation (Ctrl+8, national.py); View → Was our
ask adopted? (Ctrl+9, uptake.py); File → Export capital pack…. `install(services)` registers them
(ui/features.py); pages and their modules are built when first shown, so start-up stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from briefing_app.domain.models import Delegation, Reservation
from briefing_app.store.errors import StoreError
from briefing_app.ui import commands as edits
from briefing_app.ui.i18n import enum_label, local_date
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import Confirm, show_error
from briefing_app.ui.services import Services
from briefing_app.ui.status.base import FeatureBase, PdfFileChooser
from briefing_app.ui.status.national import NationalController
from briefing_app.ui.status.uptake import UptakeController

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from briefing_app.packs.capital_pack import SavedCapitalPack
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui.status.capital_dialog import CapitalChoice
    from briefing_app.ui.status.status_page import TreatyStatusPage


class StatusController(FeatureBase):
    """The Treaty status page, the status import, reservations and capital packs; it holds the
    controllers of the other two pages (`national`, `uptake`)."""

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self._status_page: TreatyStatusPage | None = None
        self.national = NationalController(services)
        self.uptake = UptakeController(services)

    # -- pages -------------------------------------------------------------------------------------
    def build_status_page(self) -> QWidget:
        from briefing_app.ui.status.status_page import TreatyStatusPage

        self._status_page = TreatyStatusPage({
            "import": self.import_status, "rule": self.edit_rule, "add": self.add_reservation, "edit": self.edit_reservation,
            "delete": self.delete_reservation, "add_step": self.add_step, "edit_step": self.edit_step,
            "delete_step": self.delete_step})
        return self._status_page

    @property
    def status_page(self) -> TreatyStatusPage:
        self.services.registry.page("status").widget  # noqa: B018  (builds the page on first use)
        assert self._status_page is not None
        return self._status_page

    def refresh_status(self) -> None:
        self.status_page.set_workspace(self.services.workspace)

    # -- treaty status -----------------------------------------------------------------------------
    def _document_id(self, title: str) -> str | None:
        if self.services.require_workspace(title) is None:
            return None
        self.services.registry.show_page("status")
        document = self.status_page.document
        if document is None:
            show_error(self.services.window, title, self.tr("The workspace has no treaty yet: import a draft first."))
            return None
        return document.id

    def import_status(self) -> bool:
        """Check the pasted or opened table row by row; a clean plan is written in one undo step."""
        title = self.tr("Import status list")
        document_id = self._document_id(title)
        if document_id is None:
            return False
        from briefing_app.status.importer import apply_import
        from briefing_app.ui.status.commands import StatusWriteCommand
        from briefing_app.ui.status.import_dialog import StatusImportDialog

        ws = self.services.ws
        plan = StatusImportDialog.ask(self.services.window, ws, document_id)
        if plan is None:
            return False
        try:
            done = apply_import(ws, plan)
        except StoreError as error:
            self.services.report_failure(title, error, outcome=self.tr("Nothing was imported."))
            return False
        changed = len(done.inserted) + len(done.replaced)
        self.services.undo_stack.push(StatusWriteCommand(
            self.tr("Import status list ({n} changes)").format(n=changed), ws, done, self._replayed))
        self.services.registry.mark_stale()
        self.services.status(self.tr("Imported the status list: {new} new, {updated} updated.").format(
            new=plan.count("new"), updated=plan.count("updated")))
        return True

    def edit_rule(self) -> bool:
        """The treaty's entry-into-force rule (a default 40 instruments, 90 days until one is saved)."""
        from briefing_app.store import status_store
        from briefing_app.ui.status.rule_dialog import RuleDialog

        page = self.status_page
        if self.services.workspace is None or page.document is None:
            return False
        ws = self.services.ws
        rule = status_store.rule_of(ws, page.document.id)
        saved = ws.get(type(rule), rule.id)
        edited = RuleDialog.ask(self.services.window, ws, rule)
        if edited is None or edited == rule:
            return False
        step = edits.Update(saved, edited) if saved is not None else edits.Insert(edited)
        return self.apply(self.tr("Edit the entry-into-force rule"), [step])

    def add_step(self) -> bool:
        """Record a signature, an instrument or a withdrawal of the selected state by hand."""
        from briefing_app.domain.enums import StatusKind
        from briefing_app.domain.models import StatusEvent
        from briefing_app.ui.status.dialogs import StatusEventDialog

        page = self.status_page
        row = page.current_row()
        if self.services.workspace is None or page.document is None or row is None:
            return False
        delegation = row.delegation
        kind = StatusKind.SIGNATURE if row.stage == "none" else StatusKind.RATIFICATION  # the likely next step
        event = StatusEventDialog.ask(self.services.window, self.services.ws, StatusEvent(
            document_id=page.document.id, delegation_id=delegation.id, kind=kind, date=""))
        if event is None:
            return False
        return self.apply(self.tr("Record {kind} of {name}").format(kind=enum_label(event.kind), name=delegation.name),
                          [edits.Insert(event)])

    def edit_step(self) -> bool:
        from briefing_app.ui.status.dialogs import StatusEventDialog

        step = self.status_page.current_step()
        if step is None or self.services.workspace is None:
            return False
        event = StatusEventDialog.ask(self.services.window, self.services.ws, step)
        return event is not None and self.apply(self.tr("Edit {kind}").format(kind=enum_label(event.kind)),
                                                [edits.Update(step, event)])

    def delete_step(self) -> bool:
        step = self.status_page.current_step()
        if step is None or not Confirm.ask(
                self.services.window, self.tr("Delete"),
                self.tr("Delete this {kind} ({date})?\n\nYou can undo this with Edit → Undo.").format(
                    kind=enum_label(step.kind), date=local_date(step.date))):
            return False
        return self.apply(self.tr("Delete {kind}").format(kind=enum_label(step.kind)), [edits.Delete(step)])

    def add_reservation(self) -> bool:
        from briefing_app.ui.status.dialogs import ReservationDialog

        page = self.status_page
        delegation = page.current_delegation()
        if self.services.workspace is None or page.document is None or delegation is None:
            return False
        ws = self.services.ws
        record = Reservation(document_id=page.document.id, delegation_id=delegation.id)
        edited = ReservationDialog.ask(self.services.window, ws, record, [])
        if edited is None:
            return False
        return self.save_edited(self.tr("Add reservation of {name}").format(name=delegation.name), None, edited, {})

    def edit_reservation(self) -> bool:
        from briefing_app.ui.status.dialogs import RESERVATION_LINK, ReservationDialog

        line = self.status_page.current_reservation()
        if line is None or self.services.workspace is None:
            return False
        ws = self.services.ws
        linked = list(line.provision_ids)
        edited = ReservationDialog.ask(self.services.window, ws, line.reservation, linked)
        if edited is None:
            return False
        return self.save_edited(self.tr("Edit reservation"), line.reservation, edited, {RESERVATION_LINK: linked})

    def delete_reservation(self) -> bool:
        line = self.status_page.current_reservation()
        if line is None:
            return False
        if not Confirm.ask(self.services.window, self.tr("Delete"),
                           self.tr("Delete this {kind}?\n\nYou can undo this with Edit → Undo.").format(
                               kind=enum_label(line.reservation.kind))):
            return False
        return self.apply(self.tr("Delete reservation"), [edits.Delete(line.reservation)])

    def export_capital_pack(self) -> Path | None:
        """Ask for the state and addressee, then the file; the pack is written in a worker."""
        ws = self.services.require_workspace(self.tr("Export capital pack"))
        if ws is None:
            return None
        from briefing_app.packs.build import slug
        from briefing_app.ui.status.capital_dialog import CapitalPackDialog

        current = self.status_page.current_delegation() if self._status_page is not None else None
        choice = CapitalPackDialog.ask(self.services.window, ws, current)
        if choice is None:
            return None
        state = ws.require(Delegation, choice.delegation_id)
        suggested = f"capital-{slug(state.iso_code or state.name)}-{choice.addressee.value}.pdf"
        name = PdfFileChooser.ask(self.services.window, "capital-packs", suggested)
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
        self.services.jobs.read(
            self.tr("Export capital pack"), self.tr("Writing the capital pack…"),
            lambda reader, _progress, _token: _write_capital_pack(reader, choice, path),
            self._capital_pack_saved,
            cancelled_message=self.tr("Capital pack cancelled"), cancellable=False,
            outcome=self.tr("No file was written."))
        return path

    def _capital_pack_saved(self, saved: SavedCapitalPack) -> None:
        """Log the written pack (with its SHA-256) on the window's connection, as ordinary packs are."""
        from briefing_app.packs.capital_pack import log_capital_pack

        ws = self.services.workspace
        if ws is None:  # closed while the pack was written
            return
        try:
            log_capital_pack(ws, saved)
        except StoreError as error:
            self.services.report_failure(self.tr("Capital pack not logged"), error, outcome=self.tr(
                "{file} was written but is not in the export log.").format(file=saved.path.name))
            return
        self.services.status(self.tr("Saved the capital pack as {file}.").format(file=saved.path.name))


def _write_capital_pack(reader: Workspace, choice: CapitalChoice, path: Path) -> SavedCapitalPack:
    from briefing_app.packs.capital_pack import write_capital_pack  # reportlab: on the first pack only
    from briefing_app.packs.capital_parts import gather_capital_pack

    state = reader.require(Delegation, choice.delegation_id)
    pack = gather_capital_pack(reader, state, choice.addressee, addressee_name=choice.addressee_name)
    return write_capital_pack(reader, pack, path)


def install(services: Services) -> StatusController:
    controller = StatusController(services)
    registry = services.registry
    registry.add_page("status", translate("StatusController", "&Treaty status"), controller.build_status_page,
                      controller.refresh_status,
                      tip=translate("StatusController", "Signatures, ratifications, reservations and entry into force"))
    registry.add_page("national", translate("StatusController", "National &implementation"), controller.national.build_page,
                      controller.national.refresh,
                      tip=translate("StatusController", "Laws and bills per state, mapped to the treaty articles they implement"))
    registry.add_page("uptake", translate("StatusController", "Was our ask &adopted?"), controller.uptake.build_page,
                      controller.uptake.refresh,
                      tip=translate("StatusController", "Each amendment we recommended judged against a later text, with the evidence"))
    registry.add_action("status.import", Place.FILE_IMPORT, translate("StatusController", "Import stat&us list…"),
                        controller.import_status,
                        tip=translate("StatusController", "The depositary's list of signatures and ratifications, from a CSV "
                                          "file or a pasted table"))
    registry.add_action("status.capital_pack", Place.FILE_EXPORT, translate("StatusController", "Export capit&al pack…"),
                        controller.export_capital_pack,
                        tip=translate("StatusController", "After adoption: a pack for a state's ministry or parliament committee"))
    services.workspace_replaced.connect(lambda: registry.mark_stale("status", "national", "uptake"))
    return controller
