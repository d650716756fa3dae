"""File → Export draft as Akoma Ntoso…: the version of the selected provision as OASIS Akoma Ntoso 3.0
XML, optionally with concerns and our amendments (two check boxes, remembered), written off the GUI
thread through a temp file (a failed export leaves the old file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.models import Document, Provision, Version
from briefing_app.domain.progress import CancelToken, ProgressFn
from briefing_app.drafts.akn import AknOptions, export_version
from briefing_app.packs.build import write_atomically
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.file_dialogs import FileDialogs
from briefing_app.ui.messages import show_error
from briefing_app.ui.services import Services

AKN_FILES = "akn-exports"  # the save dialog's remembered folder (ui/file_dialogs): never the data folder
_CONCERNS_KEY, _AMENDMENTS_KEY = "akn_export/with_concerns", "akn_export/with_amendments"


class AknFileChooser:
    """The save dialog; tests patch `ask`."""

    FILTER = "Akoma Ntoso XML (*.xml)"

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str:
        """`suggested` is a file name; the dialog opens in the folder last used for AKN exports."""
        title = QCoreApplication.translate("AknExport", "Export draft as Akoma Ntoso")
        chosen = FileDialogs.ask_save(parent, AKN_FILES, title, suggested, cls.FILTER)
        return str(chosen) if chosen is not None else ""


class AknExportDialog(Dialog):
    """What goes into the file besides the text: two check boxes; tests patch `ask`."""

    def __init__(self, parent: QWidget | None, concerns: bool, amendments: bool) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("AknExport", "Export draft as Akoma Ntoso"))
        layout = QVBoxLayout(self)
        self.concerns = QCheckBox(translate("AknExport", "Add the public and coalition &concerns on each provision as "
                                     "authorial notes"))
        self.amendments = QCheckBox(translate("AknExport", "Attach our public and coalition &amendments as amendment "
                                       "documents (each a redline of its provision)"))
        self.concerns.setChecked(concerns)
        self.amendments.setChecked(amendments)
        note = QLabel(translate("AknExport", "Internal and personal records never go into the file."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AknExport", "&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.concerns, self.amendments, note, buttons):
            layout.addWidget(widget)

    def options(self) -> AknOptions:
        return AknOptions(with_concerns=self.concerns.isChecked(), with_amendments=self.amendments.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, last: AknOptions) -> AknOptions | None:
        dialog = cls(parent, last.with_concerns, last.with_amendments)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def akn_file_name(document: Document | None, version: Version) -> str:
    """"un-cybercrime-convention-adopted-text-2024.xml": the packs' file-name scheme (lower case, no
    spaces or brackets), not "Adopted text (2024).xml" (#15: one file-name scheme)."""
    from briefing_app.packs.build import slug

    parts = [slug(document.short_title or document.title) if document else "", slug(version.label)]
    return "-".join(p for p in parts if p) + ".xml" if any(parts) else "draft.xml"


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
    chosen = AknFileChooser.ask(services.window, akn_file_name(ws.get(Document, version.document_id), version))
    if not chosen:
        return
    settings = services.settings
    last = AknOptions(with_concerns=bool(settings.value(_CONCERNS_KEY, False, type=bool)),
                      with_amendments=bool(settings.value(_AMENDMENTS_KEY, False, type=bool)))
    options = AknExportDialog.ask(services.window, last)
    if options is None:
        return
    settings.setValue(_CONCERNS_KEY, options.with_concerns)
    settings.setValue(_AMENDMENTS_KEY, options.with_amendments)
    target, version_id = Path(chosen), version.id

    def work(reader: Workspace, _progress: ProgressFn, _token: CancelToken) -> tuple[Path, int]:
        data = export_version(reader, reader.require(Version, version_id), options)
        write_atomically(target, data)
        return target, data.count(b"<amendment ")

    def done(result: tuple[Path, int]) -> None:
        path, attached = result
        tr = QCoreApplication.translate
        message = (tr("AknExport", "Exported to {path}") if not options.with_amendments
                   else tr("AknExport", "Exported to {path} with {n} amendment attached") if attached == 1
                   else tr("AknExport", "Exported to {path} with {n} amendments attached"))
        services.window.statusBar().showMessage(message.format(path=path, n=attached), 15000)

    services.jobs.read(QCoreApplication.translate("AknExport", "Export draft"),
                       QCoreApplication.translate("AknExport", "Writing Akoma Ntoso…"), work, done,
                       cancelled_message=QCoreApplication.translate("AknExport", "Export cancelled."),
                       outcome=QCoreApplication.translate("AknExport", "Nothing was written."), cancellable=False)
