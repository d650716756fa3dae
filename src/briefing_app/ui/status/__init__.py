"""After adoption in the desktop app: View → Treaty status (Ctrl+7), with File → Import status list…
and the reservations of each state; View → National implementation (Ctrl+8); View → Was our ask
adopted? (Ctrl+9) with the statuses set from it in one undo step and its PDF. `install(services)` registers them (ui/features.py); the
pages and their modules are built when first shown, so start-up stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from briefing_app.domain.models import NationalLaw, NationalProvision, Record, Reservation
from briefing_app.store import queries, status_store
from briefing_app.store.errors import StoreError
from briefing_app.ui.commands import Delete, EditCommand, Insert, Link, Step, Unlink, Update, link_changes
from briefing_app.ui.menus import Place
from briefing_app.ui.messages import Confirm, show_error
from briefing_app.ui.services import Services

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui.dialogs import Edited
    from briefing_app.ui.status.national_page import NationalImplementationPage
    from briefing_app.ui.status.status_page import TreatyStatusPage
    from briefing_app.ui.status.uptake_page import UptakePage


class UptakeFileChooser:
    """Where the uptake PDF goes; tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> str:
        return QFileDialog.getSaveFileName(parent, "Save the uptake report", suggested, "PDF (*.pdf)")[0]


class StatusController(QObject):
    def __init__(self, services: Services) -> None:
        super().__init__(services.window)
        self.services = services
        self._status_page: TreatyStatusPage | None = None
        self._national_page: NationalImplementationPage | None = None
        self._uptake_page: UptakePage | None = None

    # -- pages -------------------------------------------------------------------------------------
    def build_status_page(self) -> QWidget:
        from briefing_app.ui.status.status_page import TreatyStatusPage

        self._status_page = TreatyStatusPage({"import": self.import_status, "add": self.add_reservation,
                                              "edit": self.edit_reservation, "delete": self.delete_reservation})
        return self._status_page

    @property
    def status_page(self) -> TreatyStatusPage:
        self.services.registry.page("status").widget  # noqa: B018  (builds the page on first use)
        assert self._status_page is not None
        return self._status_page

    def refresh_status(self) -> None:
        self.status_page.set_workspace(self.services.workspace)

    def build_national_page(self) -> QWidget:
        from briefing_app.ui.status.national_page import NationalImplementationPage

        self._national_page = NationalImplementationPage({
            "add_law": self.add_law, "edit_law": self.edit_law, "delete_law": self.delete_law,
            "add_section": self.add_section, "edit_section": self.edit_section,
            "delete_section": self.delete_section})
        return self._national_page

    @property
    def national_page(self) -> NationalImplementationPage:
        self.services.registry.page("national").widget  # noqa: B018  (builds the page on first use)
        assert self._national_page is not None
        return self._national_page

    def refresh_national(self) -> None:
        self.national_page.set_workspace(self.services.workspace)

    def build_uptake_page(self) -> QWidget:
        from briefing_app.ui.status.uptake_page import UptakePage

        self._uptake_page = UptakePage({"apply": self.apply_uptake_statuses, "pdf": self.export_uptake_pdf})
        return self._uptake_page

    @property
    def uptake_page(self) -> UptakePage:
        self.services.registry.page("uptake").widget  # noqa: B018  (builds the page on first use)
        assert self._uptake_page is not None
        return self._uptake_page

    def refresh_uptake(self) -> None:
        self.uptake_page.set_workspace(self.services.workspace)

    # -- writes ------------------------------------------------------------------------------------
    def _replayed(self, error: StoreError | None) -> None:
        if error is not None:
            self.services.report_failure(self.tr("Undo"), error)
        self.services.registry.mark_stale()

    def apply(self, text: str, steps: list[Step]) -> bool:
        """Apply `steps` in one transaction and push them as one undo step; the views reload."""
        ws = self.services.workspace
        if ws is None or not steps:
            return False
        command = EditCommand(text, ws, steps, self._replayed)
        try:
            command.apply()
        except StoreError as error:
            self.services.report_failure(text, error, outcome=self.tr("Nothing was saved."))
            return False
        self.services.undo_stack.push(command)
        self.services.registry.mark_stale()
        return True

    def save_edited(self, text: str, old: Record | None, edited: Edited, before: dict[str, list[str]]) -> bool:
        main: Step = Insert(edited.record) if old is None else Update(old, edited.record)
        steps: list[Step] = [*(Insert(r) for r in edited.new_records), main]
        for link, ids in edited.links.items():
            steps += link_changes(link, edited.record.id, before.get(link, []), ids)
        return self.apply(text, steps)

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
                               kind=line.reservation.kind.value)):
            return False
        return self.apply(self.tr("Delete reservation"), [Delete(line.reservation)])

    # -- was our ask adopted? ---------------------------------------------------------------------
    def apply_uptake_statuses(self) -> bool:
        """Set every amendment's (and its carried copies') status from the report: one undo step."""
        from briefing_app.status.uptake_report import apply_statuses
        from briefing_app.ui.status.commands import StatusWriteCommand

        page, ws = self.uptake_page, self.services.workspace
        title = self.tr("Set statuses from the report")
        if ws is None or page.report is None:
            return False
        try:
            done = apply_statuses(ws, page.report)
        except StoreError as error:
            self.services.report_failure(title, error, outcome=self.tr("No status was changed."))
            return False
        if not done.replaced:
            self.services.status(self.tr("Every status already matches the report."))
            return False
        self.services.undo_stack.push(StatusWriteCommand(
            self.tr("Set {n} amendment statuses from the report").format(n=len(done.replaced)), ws, done,
            self._replayed))
        self.services.registry.mark_stale()
        self.services.status(self.tr("Set {n} amendment statuses; Edit → Undo takes them back.").format(
            n=len(done.replaced)))
        return True

    def export_uptake_pdf(self) -> Path | None:
        page = self.uptake_page
        chosen = page.versions()
        ws = self.services.workspace
        if ws is None or chosen is None or page.document is None:
            return None
        from briefing_app.packs.build import slug

        earlier, later = chosen
        suggested = ws.path.parent / f"uptake-{slug(earlier.label)}-to-{slug(later.label)}.pdf"
        name = UptakeFileChooser.ask(self.services.window, str(suggested))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
        title = page.document.title
        self.services.jobs.read(
            self.tr("Uptake report"), self.tr("Writing the uptake report…"),
            lambda reader, _progress, _token: _write_uptake_pdf(reader, earlier.id, later.id, title, path),
            lambda _result: self.services.status(self.tr("Saved the uptake report as {file}.").format(file=path.name)),
            cancelled_message=self.tr("Uptake report cancelled"), cancellable=False,
            outcome=self.tr("No file was written."))
        return path

    # -- national implementation -------------------------------------------------------------------
    def add_law(self) -> bool:
        from briefing_app.ui.status.dialogs import NationalLawDialog

        state = self.national_page.current_state()
        if self.services.workspace is None or state is None:
            return False
        edited = NationalLawDialog.ask(self.services.window, self.services.ws,
                                       NationalLaw(delegation_id=state.id, title=""))
        if edited is None:
            return False
        return self.save_edited(self.tr("Add law of {name}").format(name=state.name), None, edited, {})

    def edit_law(self) -> bool:
        from briefing_app.ui.status.dialogs import NationalLawDialog

        law = self.national_page.current_law()
        if law is None or self.services.workspace is None:
            return False
        edited = NationalLawDialog.ask(self.services.window, self.services.ws, law)
        return edited is not None and self.save_edited(self.tr("Edit law"), law, edited, {})

    def delete_law(self) -> bool:
        law = self.national_page.current_law()
        if law is None or not Confirm.ask(
                self.services.window, self.tr("Delete"),
                self.tr("Delete {title} and its sections?\n\nYou can undo this with Edit → Undo.").format(
                    title=law.title)):
            return False
        return self.apply(self.tr("Delete law"), [Delete(law)])

    def _section_links(self, section_id: str) -> dict[str, list[str]]:
        from briefing_app.ui.status.dialogs import ARTICLES_LINK, CASES_LINK, CONCERNS_LINK

        ws = self.services.ws
        return {ARTICLES_LINK: ws.linked(ARTICLES_LINK, left_id=section_id),
                CASES_LINK: ws.linked(CASES_LINK, left_id=section_id),
                CONCERNS_LINK: ws.linked(CONCERNS_LINK, right_id=section_id)}

    def _edit_section(self, old: NationalProvision | None, section: NationalProvision) -> bool:
        from briefing_app.ui.status.dialogs import CONCERNS_LINK, NationalSectionDialog

        ws = self.services.ws
        documents = queries.documents(ws)
        before = self._section_links(section.id) if old is not None else {}
        edited = NationalSectionDialog.ask(self.services.window, ws, section,
                                           documents[0].id if documents else "", before)
        if edited is None:
            return False
        concerns = edited.links.pop(CONCERNS_LINK, [])
        was = before.pop(CONCERNS_LINK, [])
        steps: list[Step] = [Insert(edited.record) if old is None else Update(old, edited.record)]
        for link, ids in edited.links.items():
            steps += link_changes(link, section.id, before.get(link, []), ids)
        # a concern is the left side of its link to a national provision
        steps += [Unlink(CONCERNS_LINK, c, section.id) for c in was if c not in concerns]
        steps += [Link(CONCERNS_LINK, c, section.id) for c in concerns if c not in was]
        text = self.tr("Add section") if old is None else self.tr("Edit section")
        return self.apply(text, steps)

    def add_section(self) -> bool:
        law = self.national_page.current_law()
        if law is None or self.services.workspace is None:
            return False
        position = status_store.next_position(self.services.ws, law.id)
        return self._edit_section(None, NationalProvision(law_id=law.id, position=position))

    def edit_section(self) -> bool:
        detail = self.national_page.current_section()
        if detail is None or self.services.workspace is None:
            return False
        return self._edit_section(detail.section, detail.section)

    def delete_section(self) -> bool:
        detail = self.national_page.current_section()
        if detail is None or not Confirm.ask(
                self.services.window, self.tr("Delete"),
                self.tr("Delete {label}?\n\nYou can undo this with Edit → Undo.").format(label=detail.section.label)):
            return False
        return self.apply(self.tr("Delete section"), [Delete(detail.section)])


def _write_uptake_pdf(reader: Workspace, earlier_id: str, later_id: str, title: str, path: Path) -> None:
    """In a worker, on its read-only connection: build the report, then write the PDF atomically."""
    from briefing_app.domain.models import Version
    from briefing_app.packs.build import write_atomically
    from briefing_app.status.uptake_pdf import report_pdf  # reportlab: on the first report only
    from briefing_app.status.uptake_report import build_report

    report = build_report(reader, reader.require(Version, earlier_id), reader.require(Version, later_id))
    write_atomically(path, report_pdf(report, title)[0])


def install(services: Services) -> StatusController:
    controller = StatusController(services)
    registry = services.registry
    registry.add_page("status", controller.tr("&Treaty status"), controller.build_status_page,
                      controller.refresh_status,
                      tip=controller.tr("Signatures, ratifications, reservations and entry into force"))
    registry.add_page("national", controller.tr("National &implementation"), controller.build_national_page,
                      controller.refresh_national,
                      tip=controller.tr("Laws and bills per state, mapped to the treaty articles they implement"))
    registry.add_page("uptake", controller.tr("Was our ask &adopted?"), controller.build_uptake_page,
                      controller.refresh_uptake,
                      tip=controller.tr("Each amendment we recommended judged against a later text, with the evidence"))
    registry.add_action("status.import", Place.FILE_IMPORT, controller.tr("Import stat&us list…"),
                        controller.import_status,
                        tip=controller.tr("The depositary's list of signatures and ratifications, from a CSV "
                                          "file or a pasted table"))
    services.workspace_replaced.connect(lambda: registry.mark_stale("status", "national", "uptake"))
    return controller
