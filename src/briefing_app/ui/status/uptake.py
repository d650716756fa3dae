"""View → Was our ask adopted? (Ctrl+9): the statuses set from the report in one undo step, and
its PDF written in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from briefing_app.store.errors import StoreError
from briefing_app.ui.services import Services
from briefing_app.ui.status.base import FeatureBase, PdfFileChooser

if TYPE_CHECKING:
    from briefing_app.store.workspace import Workspace
    from briefing_app.ui.status.uptake_page import UptakePage


class UptakeController(FeatureBase):
    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self._page: UptakePage | None = None

    def build_page(self) -> QWidget:
        from briefing_app.ui.status.uptake_page import UptakePage

        self._page = UptakePage({"apply": self.apply_statuses, "pdf": self.export_pdf})
        return self._page

    @property
    def page(self) -> UptakePage:
        self.services.registry.page("uptake").widget  # noqa: B018  (builds the page on first use)
        assert self._page is not None
        return self._page

    def refresh(self) -> None:
        self.page.set_workspace(self.services.workspace)

    def apply_statuses(self) -> bool:
        """Set every amendment's (and its carried copies') status from the report: one undo step."""
        from briefing_app.status.uptake_report import apply_statuses
        from briefing_app.ui.status.commands import StatusWriteCommand

        page, ws = self.page, self.services.workspace
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

    def export_pdf(self) -> Path | None:
        page = self.page
        chosen = page.versions()
        ws = self.services.workspace
        if ws is None or chosen is None or page.document is None:
            return None
        from briefing_app.packs.build import slug

        earlier, later = chosen
        suggested = f"uptake-{slug(earlier.label)}-to-{slug(later.label)}.pdf"
        name = PdfFileChooser.ask(self.services.window, "uptake-reports", suggested)
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


def _write_uptake_pdf(reader: Workspace, earlier_id: str, later_id: str, title: str, path: Path) -> None:
    """In a worker, on its read-only connection: build the report, then write the PDF atomically."""
    from briefing_app.domain.models import Version
    from briefing_app.packs.build import write_atomically
    from briefing_app.packs.uptake_pdf import report_pdf  # reportlab: on the first report only
    from briefing_app.status.uptake_report import build_report

    report = build_report(reader, reader.require(Version, earlier_id), reader.require(Version, later_id))
    write_atomically(path, report_pdf(report, title)[0])
