"""The two review steps of a draft import: the detected structure (with the import options), then the
proposed mapping, which the user corrects before anything is saved. Both have a patchable `ask`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.mapping import MatchKind, classify
from briefing_app.domain.models import Document, Provision
from briefing_app.domain.pack_text import clip
from briefing_app.domain.text_scoring import Scorer, effective_texts
from briefing_app.drafts.importer import ImportPlan, complete_pairs
from briefing_app.drafts.parse import TITLE_MATTER, ParsedDraft
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.dialog_geometry import Dialog
from briefing_app.ui.forms import CheckList
from briefing_app.ui.lists import fit_names
from briefing_app.ui.rich import DELETE_COLOUR

NEW_DOCUMENT = "__new__"
KIND_COLOURS = {MatchKind.DELETED: DELETE_COLOUR, MatchKind.CHANGED: "#c69026", MatchKind.SPLIT: "#c69026",
                MatchKind.MERGED: "#c69026"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftImport", text)


@dataclass(frozen=True)
class ImportOptions:
    document: Document | str  # an unsaved Document for "new document", else the id
    label: str
    date: str
    against: str | None


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _name(provision: Provision) -> str:
    """"Article 3 bis. 24/7 Network"; "FINAL CLAUSES" once, not "FINAL CLAUSES. FINAL CLAUSES"."""
    heading = provision.heading
    return f"{provision.label}. {heading}" if heading and heading != provision.label else provision.label


_SYMBOL = re.compile(r"^[A-Z]{1,6}/[A-Z0-9./()-]+\s*")  # "A/AC.291/22/Rev.3" leading a line


def suggested_title(parsed: ParsedDraft, file_name: str) -> str:
    """A new document's title: the draft's own title (the title matter before its preamble, e.g. "Draft
    convention on …") when it has one, else the file's name."""
    matter = [_SYMBOL.sub("", line.text).strip() for line in parsed.unplaced if line.reason == TITLE_MATTER]
    title = next((text for text in matter if len(text) >= 12), "")
    return title[:150] if title else file_name.rsplit(".", 1)[0]


class StructureDialog(Dialog):
    """Step 1: what was found in the file, lines that fit nowhere, and where to save it."""

    def __init__(self, parent: QWidget | None, ws: Workspace, parsed: ParsedDraft, file_name: str,
                 document_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("draft_structure")
        self.setWindowTitle(_tr("Import draft — {file}").format(file=file_name))
        self.resize(900, 680)
        self.ws = ws
        self.document_box = QComboBox()
        for document in queries.documents(ws):
            self.document_box.addItem(document.short_title or document.title, document.id)
        self.document_box.addItem(_tr("New document…"), NEW_DOCUMENT)
        self.document_box.setCurrentIndex(max(self.document_box.findData(document_id), 0))
        fit_names(self.document_box)
        self.new_title = QLineEdit(suggested_title(parsed, file_name))
        self.label_edit = QLineEdit(parsed.symbol)  # a UN draft's symbol ("A/AC.291/22/Rev.3") names it
        self.label_edit.setPlaceholderText(_tr("e.g. Rev.3"))
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.against_box = QComboBox()
        self.tree = QTreeWidget()
        self.tree.setObjectName("structure_tree")
        self.tree.setHeaderLabels([_tr("Provision"), _tr("Heading"), _tr("Status"), _tr("Text"), _tr("Line")])
        self.unplaced = QTreeWidget()
        self.unplaced.setObjectName("unplaced_lines")
        self.unplaced.setHeaderLabels([_tr("Line"), _tr("Text"), _tr("Why it was not placed")])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(_tr("&Next: review mapping…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._build(parsed)

    def _build(self, parsed: ParsedDraft) -> None:
        form = QFormLayout()
        form.addRow(_tr("&Document"), self.document_box)
        form.addRow(_tr("New document &title"), self.new_title)
        form.addRow(_tr("Version &label"), self.label_edit)
        form.addRow(_tr("&Date"), self.date_edit)
        form.addRow(_tr("&Map against"), self.against_box)
        self.form = form
        ancestors: list[QTreeWidgetItem] = []
        for depth, node in parsed.walk():
            notes = f"  [{len(node.footnotes)} footnote(s)]" if node.footnotes else ""
            item = QTreeWidgetItem([node.label, node.heading, node.status.short,
                                    clip(" ".join(node.text.split()), 160) + notes, str(node.line)])
            del ancestors[depth:]
            if ancestors:
                ancestors[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            ancestors.append(item)
        self.tree.expandToDepth(0)
        for column, width in ((0, 150), (1, 230), (2, 90), (4, 50)):
            self.tree.setColumnWidth(column, width)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.unplaced.setColumnWidth(0, 50)
        self.unplaced.setColumnWidth(1, 460)
        for line in parsed.unplaced:
            self.unplaced.addTopLevelItem(QTreeWidgetItem([str(line.line) if line.line else "—", line.text[:200],
                                                           line.reason]))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_plain_label(_tr("Found {summary}.").format(summary=parsed.summary())))
        layout.addWidget(self.tree, 3)
        layout.addWidget(_plain_label(_tr("Lines that could not be placed (check them in the file before saving):")
                                      if parsed.unplaced else _tr("Every line was placed.")))
        layout.addWidget(self.unplaced, 1)
        self.unplaced.setVisible(bool(parsed.unplaced))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.document_box.currentIndexChanged.connect(lambda _i: self._document_changed())
        self.label_edit.textChanged.connect(lambda _t: self._validate())
        self.new_title.textChanged.connect(lambda _t: self._validate())
        self._document_changed()

    def _document_changed(self) -> None:
        new = self.document_box.currentData() == NEW_DOCUMENT
        self.new_title.setEnabled(new)
        self.against_box.clear()
        versions = [] if new else queries.versions_of(self.ws, self.document_box.currentData())
        for version in reversed(versions):
            self.against_box.addItem(version.label, version.label)
        if not versions:
            self.against_box.addItem(_tr("(first version: nothing to map against)"), None)
        self._validate()

    def _validate(self) -> None:
        new = self.document_box.currentData() == NEW_DOCUMENT
        self.next_button.setEnabled(bool(self.label_edit.text().strip())
                                    and (not new or bool(self.new_title.text().strip())))

    def options(self) -> ImportOptions:
        data = self.document_box.currentData()
        document: Document | str = Document(title=self.new_title.text().strip()) if data == NEW_DOCUMENT else data
        return ImportOptions(document, self.label_edit.text().strip(), self.date_edit.text().strip(),
                             self.against_box.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, parsed: ParsedDraft, file_name: str,
            document_id: str = "") -> ImportOptions | None:
        dialog = cls(parent, ws, parsed, file_name, document_id)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MappingDialog(Dialog):
    """Step 2: per provision of the previous draft, what it became; the user corrects it before saving.

    Paragraphs are not listed: they follow their articles (importer.complete_pairs)."""

    COLUMNS = (QT_TRANSLATE_NOOP("DraftImport", "Previous draft"), QT_TRANSLATE_NOOP("DraftImport", "Becomes"),
               QT_TRANSLATE_NOOP("DraftImport", "Also split into"), QT_TRANSLATE_NOOP("DraftImport", "Proposal"),
               QT_TRANSLATE_NOOP("DraftImport", "Similarity"))

    def __init__(self, parent: QWidget | None, plan: ImportPlan) -> None:
        super().__init__(parent)
        self.setObjectName("draft_mapping")
        base = plan.base.label if plan.base else ""
        self.setWindowTitle(_tr("Map {version} onto {base}").format(version=plan.version.label, base=base))
        self.resize(1100, 720)
        self.plan = plan
        self.scorer = Scorer(effective_texts(plan.old_provisions) | effective_texts(plan.provisions))
        self.old = [p for p in plan.old_provisions if not p.kind.is_paragraph_level]
        self.new = [p for p in plan.provisions if not p.kind.is_paragraph_level]
        self.new_by_id = {p.id: p for p in self.new}
        self.targets: dict[str, list[str]] = {o.id: [] for o in self.old}
        for old_id, new_id in plan.mapping.pairs:
            if old_id in self.targets and new_id in self.new_by_id:
                self.targets[old_id].append(new_id)
        order = {p.id: i for i, p in enumerate(self.new)}
        for values in self.targets.values():
            values.sort(key=order.__getitem__)
        self.table = QTableWidget(len(self.old), len(self.COLUMNS))
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([_tr(str(c)) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        self.split_buttons: list[QPushButton] = []
        self.kind_items: list[QTableWidgetItem] = []
        self.similarity_items: list[QTableWidgetItem] = []
        self.summary = _plain_label()
        self.new_label = _plain_label()
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(_tr("&Save new version"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(_tr("Check what each provision of the previous draft became. Concerns, "
                                         "amendments and positions follow these choices.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.new_label)
        layout.addWidget(buttons)
        self.update_kinds()

    def _fill(self) -> None:
        for row, old in enumerate(self.old):
            self.table.setItem(row, 0, QTableWidgetItem(_name(old)))
            combo = QComboBox()
            combo.addItem(_tr("— deleted —"), "")
            for new in self.new:
                if new.kind is old.kind:
                    combo.addItem(_name(new), new.id)
            combo.setCurrentIndex(max(combo.findData(self.targets[old.id][0]), 0) if self.targets[old.id] else 0)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._primary_changed(r))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            button = QPushButton()
            button.clicked.connect(lambda _c=False, r=row: self._edit_split(r))
            self.table.setCellWidget(row, 2, button)
            self.split_buttons.append(button)
            self.kind_items.append(QTableWidgetItem(""))
            self.similarity_items.append(QTableWidgetItem(""))
            self.table.setItem(row, 3, self.kind_items[-1])
            self.table.setItem(row, 4, self.similarity_items[-1])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(3, 150)

    def _primary_changed(self, row: int) -> None:
        old_id = self.old[row].id
        chosen = self.combos[row].currentData()
        extra = [t for t in self.targets[old_id][1:] if t != chosen]
        self.targets[old_id] = ([chosen] if chosen else []) + (extra if chosen else [])
        self.update_kinds()

    def _edit_split(self, row: int) -> None:
        old = self.old[row]
        primary = self.targets[old.id][:1]
        choices = [(_name(n), n.id) for n in self.new if n.kind is old.kind and n.id not in primary]
        chosen = SplitDialog.ask(self, _name(old), choices, self.targets[old.id][1:])
        if chosen is not None and primary:
            self.targets[old.id] = primary + chosen
            self.update_kinds()

    def pairs(self) -> set[tuple[str, str]]:
        """The corrected pairs, with paragraphs re-derived under their articles."""
        top = {(old_id, new_id) for old_id, news in self.targets.items() for new_id in news}
        return complete_pairs(self.plan, top)

    def update_kinds(self) -> None:
        top = {(old_id, new_id) for old_id, news in self.targets.items() for new_id in news}
        mapping = classify(self.old, self.new, top, self.scorer)
        for row, old in enumerate(self.old):
            entry = mapping.entry_for_old(old.id)
            extra = self.targets[old.id][1:]
            self.split_buttons[row].setText(", ".join(self.new_by_id[n].label for n in extra) or "—")
            self.split_buttons[row].setEnabled(bool(self.targets[old.id]))
            kind = entry.kind.value + (" (renumbered)" if entry.renumbered and entry.kind is MatchKind.CHANGED else "")
            self.kind_items[row].setText(kind)
            colour = KIND_COLOURS.get(entry.kind)
            self.kind_items[row].setForeground(QColor(colour) if colour else self.palette().text().color())
            shown = entry.kind in (MatchKind.CHANGED, MatchKind.SPLIT, MatchKind.MERGED)
            self.similarity_items[row].setText(f"{entry.similarity:.0%}" if shown else "")
        counts = ", ".join(f"{mapping.count(k)} {k.value}" for k in MatchKind if mapping.count(k))
        self.summary.setText(_tr("Proposal: {counts}.").format(counts=counts))
        fresh = [self.new_by_id[e.new_ids[0]] for e in mapping.entries if e.kind is MatchKind.NEW]
        self.new_label.setText(_tr("New in this draft: {names}.").format(
            names=", ".join(_name(p) for p in fresh) or _tr("none")))

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> set[tuple[str, str]] | None:
        dialog = cls(parent, plan)
        return dialog.pairs() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SplitDialog(Dialog):
    """Tick the other provisions an old provision was split into."""

    def __init__(self, parent: QWidget | None, name: str, choices: list[tuple[str, str]], checked: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("{name}: also split into").format(name=name))
        self.checklist = CheckList(_tr("Also split into"), choices, checked)
        self.checklist.setMaximumHeight(16777215)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, choices: list[tuple[str, str]],
            checked: list[str]) -> list[str] | None:
        dialog = cls(parent, name, choices, checked)
        return dialog.checklist.checked() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UnrelatedDraftQuestion:
    """Asked before the mapping when the new text looks like another treaty; tests patch `ask`."""

    NEW_DOCUMENT = "new-document"
    MAP_ANYWAY = "map-anyway"

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> str | None:
        """NEW_DOCUMENT, MAP_ANYWAY, or None (cancel)."""
        base = plan.base.label if plan.base else ""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ImportDraft", "Import draft"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate("ImportDraft", "This text looks like a different treaty.").strip())
        box.setInformativeText(QCoreApplication.translate("ImportDraft",
            "Only {share} of the articles of {base} continue in it; as a new version of {document} their "
            "concerns, amendments and positions would be orphaned. Import it as a new document instead?").format(
                share=f"{plan.continuity:.0%}", base=base, document=plan.document.short_title or plan.document.title))
        new = box.addButton(QCoreApplication.translate("ImportDraft", "Import as a &new document"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(QCoreApplication.translate("ImportDraft", "&Map onto {base} anyway").format(base=base), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return cls.NEW_DOCUMENT if clicked is new else cls.MAP_ANYWAY if clicked is anyway else None
