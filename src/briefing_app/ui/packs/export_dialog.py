"""File → Export briefing pack…: pick a delegation and one of its profiles, tailor it, watch the
preview, save.

The preview is built in a background Job on a read-only connection; edits restart it after a
short pause, and a result for settings that have changed since is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.models import Delegation, Provision, Version
from briefing_app.domain.tailoring import PackProfile, section_units
from briefing_app.errors import UserError
from briefing_app.packs.build import PackResult, log_export, pack_file_name, pack_stem
from briefing_app.packs.gather import default_version
from briefing_app.store import queries
from briefing_app.store.packs_store import load_profile, profile_names, save_profile
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.failures import describe_failure, report_failure
from briefing_app.ui.jobs import Job
from briefing_app.ui.labels import EmptyState
from briefing_app.ui.lists import wrap_long_names
from briefing_app.ui.messages import Confirm
from briefing_app.ui.packs import work
from briefing_app.ui.packs.asks import PackFileChooser, UnsavedProfile
from briefing_app.ui.packs.exported import ExportedBar
from briefing_app.ui.packs.preview import PackPreview
from briefing_app.ui.packs.printing import PrintDialogs, print_pdf
from briefing_app.ui.packs.profile_editor import ProfileEditor
from briefing_app.ui.packs.profiles import ProfileBar
from briefing_app.ui.services import Services

PREVIEW_DELAY_MS = 400


def delegation_label(d: Delegation) -> str:
    return f"{d.name} ({d.iso_code})" if d.iso_code else d.name


def pack_units(ws: Workspace, profile: PackProfile) -> list[Provision]:
    """The provisions a section can be about, for the profile's version, in reading order."""
    version = (ws.get(Version, profile.version_id) if profile.version_id else None) or default_version(ws)
    provisions = queries.provisions_of(ws, version.id) if version else []
    units = section_units(provisions)
    return list(dict.fromkeys(units[p.id] for p in provisions))


class ExportPackDialog(Dialog):
    def __init__(self, services: Services) -> None:  # noqa: PLR0915
        super().__init__(services.window)
        self.main = services
        self.setWindowTitle(self.tr("Export briefing pack"))
        self.resize(1200, 760)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search delegations…"))
        self.search.setClearButtonEnabled(True)
        self.delegations = wrap_long_names(QListWidget())
        self.search.setAccessibleName(self.tr("Search delegations"))
        self.delegations.setAccessibleName(self.tr("Delegations"))
        self.editor = ProfileEditor()
        self.profiles = ProfileBar(lambda: self.main.ws, self.editor.profile)
        self.preview = PackPreview()
        self.save_profile_button = QPushButton(self.tr("Save pr&ofile"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the pack as previewed (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_profile_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_action = QAction(self.tr("Print briefing pack"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_preview)
        self.addAction(self.print_action)
        self.exported = ExportedBar(self)
        buttons.rejected.connect(self.reject)
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self.search)
        self.delegations_area = EmptyState(self.delegations, self.tr(
            "No delegations yet: a pack is made for one delegation. View → Delegations, Add delegation… adds "
            "one; its positions and the concerns that matter to it then shape its pack."), "no-delegations")
        picker_layout.addWidget(self.delegations_area, 1)
        tailoring = QWidget()
        tailoring_layout = QVBoxLayout(tailoring)
        tailoring_layout.setContentsMargins(0, 0, 0, 0)
        tailoring_layout.addWidget(self.profiles)
        tailoring_layout.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (picker, tailoring, self.preview):
            splitter.addWidget(part)
        splitter.setSizes([220, 380, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        layout.addWidget(self.exported)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.jobs: list[Job] = []
        self.last: PackResult | None = None
        self._wanted: PackProfile | None = None
        self._shown: PackProfile | None = None  # the editor's settings as last loaded or saved
        self._print_pending = False  # Print was asked for before the preview was ready
        self._printers: list[QPrinter] = []
        self.fill_delegations()
        self.search.textChanged.connect(self.filter_delegations)
        self.delegations.currentItemChanged.connect(lambda *_: self.load_delegation())
        ws = services.ws
        self.editor.set_versions([
            (v.id, f"{doc.short_title or doc.title}: {v.label}")
            for doc in queries.documents(ws) for v in queries.versions_of(ws, doc.id)])
        members = sorted(queries.organizations_by_id(ws).values(),
                         key=lambda o: (not o.coalition_member, o.name.casefold()))
        self.editor.set_organizations([(o.id, o.name) for o in members if o.sensitivity.shareable_by_default])
        self.editor.changed.connect(self.timer.start)
        self.editor.version_changed.connect(self.change_version)
        self.profiles.chosen.connect(self.switch_profile)
        self.profiles.named.connect(self.profile_named)
        self.save_profile_button.clicked.connect(self.store_profile)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_preview)
        self._enable(False)
        services.workspace_changed.connect(self.data_changed)

    def fill_delegations(self) -> None:
        for d in queries.delegations(self.main.ws):
            item = QListWidgetItem(delegation_label(d))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.delegations.addItem(item)
        self.delegations_area.show_empty(self.delegations.count() == 0)
        self.filter_delegations(self.search.text())

    def data_changed(self) -> None:
        """The workspace was edited elsewhere: list delegations anew and rebuild the preview."""
        if self.main.workspace is None:
            self.close()
            return
        current = self.current_delegation_id()
        self.delegations.blockSignals(True)
        self.delegations.clear()
        self.fill_delegations()
        self.delegations.blockSignals(False)
        if current is not None:
            self.select_delegation(current)
        if self.current_delegation_id() == current and current is not None:
            self.refresh_preview()
        else:
            self.load_delegation()

    def _enable(self, on: bool) -> None:
        for widget in (self.profiles, self.editor, self.save_profile_button, self.save_button, self.print_button):
            widget.setEnabled(on)

    def filter_delegations(self, text: str) -> None:
        key = text.strip().casefold()
        for row in range(self.delegations.count()):
            item = self.delegations.item(row)
            item.setHidden(bool(key) and key not in item.text().casefold())

    def select_delegation(self, delegation_id: str) -> None:
        for row in range(self.delegations.count()):
            if self.delegations.item(row).data(Qt.ItemDataRole.UserRole) == delegation_id:
                self.delegations.setCurrentRow(row)

    def current_delegation_id(self) -> str | None:
        item = self.delegations.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def load_delegation(self) -> None:
        self.keep_unsaved_edits()
        delegation_id = self.current_delegation_id()
        if delegation_id is None:
            self._enable(False)
            return
        item = self.delegations.currentItem()
        self.show_profile(self.profiles.show_delegation(delegation_id, item.text()))
        self._enable(True)

    def show_profile(self, profile: PackProfile) -> None:
        """Put a saved (or built-in) profile into the editor and preview it."""
        self.editor.set_profile(profile, pack_units(self.main.ws, profile))
        self._shown = self.editor.profile()
        self.refresh_preview()

    def switch_profile(self, profile: PackProfile) -> None:
        self.keep_unsaved_edits()
        self.show_profile(profile)

    def unsaved_edits(self) -> PackProfile | None:
        """The editor's settings when they differ from the saved profile it shows (None when that
        profile or its delegation is gone)."""
        shown = self._shown
        if shown is None:
            return None
        edited = self.editor.profile()
        ws = self.main.workspace
        if edited == shown or ws is None or ws.get(Delegation, edited.delegation_id) is None:
            return None
        return edited if edited.name in profile_names(ws, edited.delegation_id) else None

    def keep_unsaved_edits(self) -> None:
        """Before the editor shows other settings: offer to save edits to the profile it shows."""
        edited = self.unsaved_edits()
        self._shown = None
        if edited is None:
            return
        question = self.tr("Save your changes to the pack profile {name!r} first? Otherwise they are lost.") \
            .format(name=edited.name)
        if Confirm.ask(self, self.tr("Unsaved pack profile"), question, self.tr("Save")):
            self.store_profile(edited)

    def profile_named(self, name: str) -> None:
        self.editor.rename(name)
        ws = self.main.ws
        edited = self.editor.profile()
        if ws is not None and load_profile(ws, edited.delegation_id, name) == edited:
            self._shown = edited  # New…: the shown settings were saved under the new name
        elif self._shown is not None:
            self._shown = replace(self._shown, name=name)  # Rename…: unsaved edits stay unsaved
        self.refresh_preview()

    def change_version(self, version_id: str) -> None:
        current = self.editor.profile()
        units = pack_units(self.main.ws, replace(current, version_id=version_id))
        self.editor.set_units(units, current.pinned, current.excluded)
        self.timer.start()

    def refresh_preview(self) -> None:
        self.timer.stop()
        if self.current_delegation_id() is None or self.main.workspace is None:
            return
        profile = self.editor.profile()
        self._wanted = profile
        self.preview.show_message(self.tr("Laying out the pack…"))
        job = Job(partial(work.preview, self.main.ws.file, profile), title="Preview", parent=self)
        job.succeeded.connect(lambda result, p=profile: self._previewed(p, result))
        job.failed.connect(lambda error, trace: self.preview.show_message(
            self.tr("The pack could not be built: {reason}").format(
                reason=describe_failure(self.tr("Pack preview"), error, trace))))
        self._track(job)

    def _track(self, job: Job) -> None:
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)
        job.start()

    def _previewed(self, profile: PackProfile, result: PackResult) -> None:
        if profile != self._wanted:
            return  # settings changed meanwhile; a newer preview is on its way
        self.last = result
        sections = len(result.plan.sections)
        self.preview.show_pdf(result.pdf, f"{result.pages} pages · {sections} provisions · "
                                          f"{result.plan.profile.template.value}", result.warnings)
        if self._print_pending:
            self._print_pending = False
            self.print_preview()

    def print_preview(self) -> None:
        """Print the pack as previewed through Qt's print dialog; when the preview for the shown
        settings is still being laid out, as soon as it is ready."""
        if self.current_delegation_id() is None:
            self.preview.show_message(self.tr("Choose a delegation to print its pack."))
            return
        result = self.last
        if result is None or result.plan.profile != self.editor.profile() or self.timer.isActive():
            self._print_pending = True
            self.preview.show_message(self.tr("The pack is printed as soon as its preview is ready…"))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(pack_file_name(result.plan).removesuffix(".pdf"))
        if not PrintDialogs.ask(self, printer, result.pages):
            return
        self.print_button.setEnabled(False)
        job = Job(partial(print_pdf, result.pdf, printer), title=self.tr("Print pack"), parent=self)
        job.succeeded.connect(lambda pages: self.main.status(self.tr("Sent {} pages to the printer.").format(pages), 8000))
        job.failed.connect(lambda error, trace: report_failure(self, self.tr("Pack not printed"), error, trace))
        job.finished.connect(lambda: self.print_button.setEnabled(self.current_delegation_id() is not None))
        self._printers.append(printer)  # lives until its job is done
        job.finished.connect(lambda: self._printers.remove(printer))
        self._track(job)

    def reject(self) -> None:
        """Close (Esc, the Close button): unsaved profile edits are saved, dropped or keep it open."""
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def _may_close(self) -> bool:
        edited = self.unsaved_edits()
        if edited is None:
            return True
        answer = UnsavedProfile.ask(self, edited.name)
        if answer == "save":
            self.store_profile(edited)
            return self.unsaved_edits() is None  # a failed save keeps the dialog open
        if answer == "discard":
            self._shown = None
            return True
        return False

    def store_profile(self, profile: PackProfile | None = None) -> None:
        profile = profile or self.editor.profile()
        ws = self.main.ws
        try:
            save_profile(ws, profile)
        except UserError as error:  # shown; the dialog stays open with the edits
            report_failure(self, self.tr("Profile not saved"), error,
                           outcome=self.tr("Your settings are still in the dialog."))
            return
        if profile == self.editor.profile():
            self._shown = profile
        self.main.status(self.tr("Pack profile {name!r} saved.").format(name=profile.name), 5000)

    def save(self) -> None:
        profile = self.editor.profile()
        delegation = self.main.ws.get(Delegation, profile.delegation_id)
        if self.last and self.last.plan.profile == profile:
            suggested = pack_file_name(self.last.plan)
        else:
            suggested = f"{pack_stem(delegation)}-{profile.template.value}.pdf" if delegation else "briefing.pdf"
        target = PackFileChooser.ask_save(self, suggested)
        if not target:
            return
        path = Path(target if target.lower().endswith(".pdf") else target + ".pdf")
        self.save_button.setEnabled(False)
        job = Job(partial(work.save, self.main.ws.file, profile, path), title="Save pack", parent=self)
        job.succeeded.connect(self._saved)
        job.failed.connect(lambda error, trace: report_failure(self, self.tr("Pack not saved"), error, trace))
        job.finished.connect(lambda: self.save_button.setEnabled(True))
        self._track(job)

    def _saved(self, saved: work.Saved) -> None:
        try:
            log_export(self.main.ws, saved.result, saved.path.name)
        except UserError as error:
            report_failure(self, self.tr("Pack not logged"), error,
                           outcome=self.tr("{file} was written but is not in the export log.").format(
                               file=saved.path.name))
            return
        note = self.tr(" (%n font warning(s))", "", len(saved.result.warnings)) if saved.result.warnings else ""
        message = self.tr("Saved {file}: %n page(s){note}.", "", saved.result.pages).format(
            file=saved.path.name, note=note)
        self.main.status(message, 10000)
        self.exported.show_saved(saved.path, message)
