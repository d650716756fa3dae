"""Export dialog (selection, internal-rows warning) and import preview (per-table counts before confirm)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.bundles.apply import ImportReport
from briefing_app.bundles.export import ORGANIZATION_KEY
from briefing_app.bundles.selection import Selection
from briefing_app.bundles.signing import Trust
from briefing_app.domain.merge import Outcome
from briefing_app.domain.models import Concern, Delegation, Document, Organization
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.labels import plain_label
from briefing_app.ui.lists import wrap_long_names


def _tr(text: str) -> str:
    return QCoreApplication.translate("Bundles", text)


INTERNAL_WARNING = str(QT_TRANSLATE_NOOP(
    "Bundles", "Rows marked internal (meeting notes, contacts, internal analysis) will be in the bundle. "
               "Share it only with people who may read them. Personal rows never leave."))
OUTCOME_LABELS = {Outcome.NEW: QT_TRANSLATE_NOOP("Bundles", "New"),
                  Outcome.UPDATED: QT_TRANSLATE_NOOP("Bundles", "Updated (take theirs)"),
                  Outcome.UNCHANGED: QT_TRANSLATE_NOOP("Bundles", "Unchanged"),
                  Outcome.KEEP_MINE: QT_TRANSLATE_NOOP("Bundles", "Keep mine"),
                  Outcome.CONFLICT: QT_TRANSLATE_NOOP("Bundles", "Conflicting"),
                  Outcome.TOMBSTONE: QT_TRANSLATE_NOOP("Bundles", "Deleted"),
                  Outcome.PROPOSAL: QT_TRANSLATE_NOOP("Bundles", "Proposed (you decide)"),
                  Outcome.PROTECTED: QT_TRANSLATE_NOOP("Bundles", "Protected (internal here)")}


# The preview names each kind of record in words, not by its table ("status_events"): #15 walkthrough.
TABLE_WORDS = {"status_events": "Status steps", "entry_into_force_rules": "Entry-into-force rules",
               "national_laws": "National laws and bills", "national_provisions": "Sections of national laws",
               "provision_relations": "Links between provisions", "cases": "Evidence cases",
               "interventions": "Floor interventions"}


def table_label(table: str) -> str:
    """"status_events" → "Status steps"; "concern_provisions" → "Concern provisions"."""
    return TABLE_WORDS.get(table) or table.replace("_", " ").capitalize()


TRUST_COLOURS = {Trust.TRUSTED: "#1d6b2a", Trust.OWN_KEY: "#1d6b2a", Trust.UNKNOWN_KEY: "#8a4b00",
                 Trust.UNSIGNED: "#8a4b00", Trust.OTHER_ORGANIZATION: "#a01818"}


@dataclass(frozen=True, slots=True)
class ExportChoice:
    selection: Selection
    include_internal: bool
    organization: str
    description: str


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    for label, data in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    wrap_long_names(widget, 22)
    widget.setMaximumHeight(140)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class ExportDialog(Dialog):
    """What to share: the whole workspace or a selection, and whether internal rows may go."""

    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export bundle"))
        self.whole = QRadioButton(_tr("The whole workspace"))
        self.some = QRadioButton(_tr("Only this selection:"))
        self.whole.setChecked(True)
        self.documents = _checklist([(d.title, d.id) for d in ws.find(Document, order_by="title")])
        self.delegations = _checklist([(d.name, d.id) for d in ws.find(Delegation, order_by="name")])
        concerns = ws.find(Concern)
        self.categories = _checklist([(c, c) for c in sorted({c.category for c in concerns if c.category})])
        authors = {c.organization_id for c in concerns if c.organization_id}
        self.authors = _checklist([(o.display_name, o.id) for o in ws.find(Organization, order_by="name")
                                   if o.id in authors])
        box = QGroupBox()
        lists = QHBoxLayout(box)
        for title, widget in ((_tr("Documents\n(versions, provisions, amendments, positions)"), self.documents),
                              (_tr("Delegations\n(with their positions)"), self.delegations),
                              (_tr("Concern categories\n(with what they cite)"), self.categories),
                              (_tr("Concerns by organization\n(with what they cite)"), self.authors)):
            column = QVBoxLayout()
            column.addWidget(plain_label(title))
            column.addWidget(widget)
            lists.addLayout(column)
        box.setEnabled(False)
        self.some.toggled.connect(box.setEnabled)
        self.internal = QCheckBox(_tr("Include rows marked internal"))
        self.warning = plain_label(_tr(INTERNAL_WARNING))
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.setVisible(False)
        self.internal.toggled.connect(self.warning.setVisible)
        self.organization = QLineEdit(ws.get_meta(ORGANIZATION_KEY))
        self.organization.setPlaceholderText(_tr("Your organization, as partners will see it"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(_tr("A line for the recipient"))
        form = QFormLayout()
        form.addRow(plain_label(_tr("From"), wrap=False), self.organization)
        form.addRow(plain_label(_tr("Description"), wrap=False), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(_tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setEnabled(bool(self.organization.text().strip()))  # partners refuse an unnamed bundle
        self.organization.textChanged.connect(lambda text: export.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (self.whole, self.some, box):
            layout.addWidget(part)
        layout.addWidget(plain_label(_tr("Rows marked personal never leave this computer; rows marked internal "
                                         "stay unless you include them below.")))
        layout.addWidget(self.internal)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        selection = Selection()
        if self.some.isChecked():
            selection = Selection(_checked(self.documents), _checked(self.delegations), _checked(self.categories),
                                  _checked(self.authors))
        return ExportChoice(selection, self.internal.isChecked(), self.organization.text().strip(),
                            self.description.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace) -> ExportChoice | None:
        dialog = cls(parent, ws)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ImportPreviewDialog(Dialog):
    """What importing would do, per table, and who sent it; nothing is written before Import."""

    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import {file}").format(file=report.file_name))
        manifest = report.manifest
        source = plain_label(
            _tr("From: {organization}").format(organization=manifest.organization or _tr("an unnamed organization"))
            + "\n" + _tr("Made: {date} with Briefing Desk {version}").format(date=manifest.created_at,
                                                                            version=manifest.app_version) + "\n"
            + (_tr("Description: {text}").format(text=manifest.description) + "\n" if manifest.description else "")
            + _tr("Bundle: {id}").format(id=manifest.bundle_id))
        outcomes = list(Outcome)
        self.table = QTableWidget(len(report.summary) + 1, len(outcomes) + 1)
        self.table.setHorizontalHeaderLabels([_tr("Records"), *(_tr(str(OUTCOME_LABELS[o])) for o in outcomes)])
        rows = [*((table_label(t), counts) for t, counts in report.summary.items()), (_tr("Total"), report.totals)]
        for r, (table, counts) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(table))
            for c, outcome in enumerate(outcomes, start=1):
                item = QTableWidgetItem(str(counts[outcome.value]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        signature = plain_label(self.tr("Signature: {0}").format(
            report.signature.describe(manifest.organization)
            + (self.tr("; it was encrypted to you") if report.encrypted else "")))
        signature.setObjectName("signature")
        signature.setStyleSheet(f"color: {TRUST_COLOURS[report.signature.trust]};")
        conflicts = report.totals[Outcome.CONFLICT.value]
        proposals = report.totals[Outcome.PROPOSAL.value]
        note = (_tr("A backup is taken first; Tools → Undo last import restores it. ")
                + (_tr("{n} conflicting rows keep your version; theirs wait in Resolve conflicts.").format(n=conflicts)
                   if conflicts else _tr("No conflicts."))
                + (self.tr(" %n change(s) to rows the sender does not own wait for you as proposals.", "",
                           proposals) if proposals else "")
                + (self.tr(" %n row(s) internal or personal here stay untouched.", "", len(report.protected))
                   if report.protected else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(_tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(signature)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(plain_label(note))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(820, 460)

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport) -> bool:
        return cls(parent, report).exec() == QDialog.DialogCode.Accepted
