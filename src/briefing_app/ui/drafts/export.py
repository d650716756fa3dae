"""File → Export draft as Akoma Ntoso…: the version of the selected provision as OASIS Akoma Ntoso 3.0
XML, written off the GUI thread through a temp file (a failed export leaves the old file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing_app.domain.models import Provision, Version
from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.drafts.akn import AknOptions, export_version
from briefing_app.packs.build import write_atomically
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.messages import show_error
from briefing_app.ui.services import Services


class AknFileChooser:
    """The save dialog; tests patch `ask`."""

    FILTER = "Akoma Ntoso XML (*.xml)"

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        title = QCoreApplication.translate("AknExport", "Export draft as Akoma Ntoso")
        return QFileDialog.getSaveFileName(parent, title, suggested, cls.FILTER)[0]


class ConcernsQuestion:
    """Whether to add the shareable concerns as authorial notes; tests patch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("AknExport", "Export draft as Akoma Ntoso"),
            QCoreApplication.translate("AknExport", "Add the public and coalition concerns on each provision as "
                                       "authorial notes? Internal and personal ones never go into the file."))
        return answer == QMessageBox.StandardButton.Yes


def export_akn(services: Services) -> None:
    ws = services.workspace
    provision = ws.get(Provision, services.current_provision_id()) if ws is not None else None
    version = ws.get(Version, provision.version_id) if ws is not None and provision is not None else None
    if ws is None or version is None:
        documents = queries.documents(ws) if ws is not None else []
        version = queries.latest_version(ws, documents[0].id) if ws is not None and len(documents) == 1 else None
    if ws is None or version is None:
        show_error(services.window, QCoreApplication.translate("AknExport", "Export draft as Akoma Ntoso"),
                   QCoreApplication.translate("AknExport", "Choose a provision of the version to export first."))
        return
    folder = services.workspace_path.parent if services.workspace_path else Path.home()
    chosen = AknFileChooser.ask(services.window, str(folder / f"{version.label.replace('/', '-')}.xml"))
    if not chosen:
        return
    options = AknOptions(with_concerns=ConcernsQuestion.ask(services.window))
    target, version_id = Path(chosen), version.id

    def work(reader: Workspace, _progress: ProgressFn, _token: CancelToken) -> Path:
        write_atomically(target, export_version(reader, reader.require(Version, version_id), options))
        return target

    services.jobs.read(QCoreApplication.translate("AknExport", "Export draft"),
                       QCoreApplication.translate("AknExport", "Writing Akoma Ntoso…"), work,
                       lambda path: services.window.statusBar().showMessage(
                           QCoreApplication.translate("AknExport", "Exported to {path}").format(path=path), 15000),
                       cancelled_message=QCoreApplication.translate("AknExport", "Export cancelled."),
                       outcome=QCoreApplication.translate("AknExport", "Nothing was written."), cancellable=False)
