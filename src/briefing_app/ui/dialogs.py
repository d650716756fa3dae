"""Edit dialogs per record kind. `ask(...)` returns an Edited (record + chosen links) or None.

A source picker has a "New source…" button: the new source is kept in the dialog and written only
when the dialog is saved, before the record and in the same undo step (undo removes both).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import (
    AmendmentAction,
    AmendmentStatus,
    ConcernStatus,
    Confidence,
    DelegationKind,
    Priority,
    Severity,
    Stance,
)
from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Organization,
    Position,
    Provision,
    Record,
    Source,
)
from briefing_app.domain.redline import AmendmentTargetError, amendment_redline
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.forms import SENSITIVITY, CheckList, Field, RecordDialog, field_label
from briefing_app.ui.rich import redline_html


@dataclass
class Edited:
    """The record as the user left it, and for each link table the ids it should link to.

    `new_records` were created in the dialog (a new source) and are in use by the record or its
    links: save them first, in the same undo step.
    """

    record: Record
    links: dict[str, list[str]] = field(default_factory=dict)
    new_records: list[Record] = field(default_factory=list)


def _org_choices(ws: Workspace) -> tuple[tuple[str, str | None], ...]:
    orgs = sorted(ws.find(Organization), key=lambda o: o.display_name.lower())
    return ((_none(), None), *((o.display_name, o.id) for o in orgs))


def _source_choices(ws: Workspace) -> tuple[tuple[str, str | None], ...]:
    return ((_none(), None), *((s.title, s.id) for s in ws.find(Source, order_by="title")))


def _none() -> str:
    """The empty choice of an organisation or source picker, in the UI language."""
    return QCoreApplication.translate("RecordDialogs", "(none)")


def _row(picker: QWidget, button: QWidget, *, vertical: bool = False) -> QWidget:
    """A picker with its button beside it (or, for a tall list, below it on the right)."""
    row = QWidget()
    layout = QVBoxLayout(row) if vertical else QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(picker, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight if vertical else Qt.AlignmentFlag.AlignVCenter)
    return row


def _article_family(ws: Workspace, provision_id: str) -> list[str]:
    """The provision's article (or the provision itself when it is not in one) with all its paragraphs."""
    provision = ws.get(Provision, provision_id)
    while provision is not None and provision.kind.is_paragraph_level and provision.parent_id:
        provision = ws.get(Provision, provision.parent_id)
    return queries.subtree_ids(ws, provision.id) if provision is not None else [provision_id]


class LinkedRecordDialog(RecordDialog):
    """A record dialog with tick lists for link tables; `run()` returns an Edited."""

    def __init__(self, parent: QWidget | None, title: str, record: Record, fields: list[Field]) -> None:
        super().__init__(parent, title, record, fields)
        self.checklists: dict[str, CheckList] = {}
        self.new_sources: list[Source] = []

    def add_checklist(self, link: str, label: str, items: list[tuple[str, str]], checked: list[str],
                      beside: QWidget | None = None) -> CheckList:
        checklist = CheckList(label, items, checked)
        self.add_row(field_label(label), _row(checklist, beside, vertical=True) if beside else checklist)
        self.checklists[link] = checklist
        return checklist

    def new_source_button(self, ws: Workspace, picked: Callable[[Source], None]) -> QPushButton:
        """A "New source…" button: opens the source dialog and hands the (unsaved) source to `picked`."""
        button = QPushButton(self.tr("New source…"))
        button.setAccessibleName(self.tr("New source"))
        button.setToolTip(self.tr("Describe a source that is not in the workspace yet; it is saved with this record."))

        def create() -> None:
            organization = self.value("organization_id") if "organization_id" in self.editors else None
            edited = SourceDialog.ask(self, ws, Source(title="", organization_id=organization))
            if edited is not None:
                assert isinstance(edited.record, Source)
                self.new_sources.append(edited.record)
                picked(edited.record)

        button.clicked.connect(create)
        return button

    def add_new_source_to_field(self, ws: Workspace, name: str) -> None:
        """Put a "New source…" button beside the source combo box `name`; a new source is selected."""
        combo = self.editors[name]
        assert isinstance(combo, QComboBox)

        def picked(source: Source) -> None:
            combo.addItem(source.title, source.id)
            combo.setCurrentIndex(combo.count() - 1)

        placeholder = QWidget()
        self.form.replaceWidget(combo, placeholder)
        self.form.replaceWidget(placeholder, _row(combo, self.new_source_button(ws, picked)))
        placeholder.deleteLater()
        self.order_tabs()

    def edited(self) -> Edited:
        record = self.result_record()
        links = {link: box.checked() for link, box in self.checklists.items()}
        used = {value for ids in links.values() for value in ids} | {getattr(record, "source_id", None)}
        return Edited(record, links, [s for s in self.new_sources if s.id in used])

    def run(self) -> Edited | None:
        return self.edited() if self.exec() == RecordDialog.DialogCode.Accepted else None


class ConcernDialog(LinkedRecordDialog):
    """A concern with its sources, cases and the provisions (articles of one version) it is about."""

    def __init__(self, parent: QWidget | None, ws: Workspace, concern: Concern, provision_id: str = "") -> None:
        super().__init__(parent, "Concern", concern, [
            Field("title", "Title", required=True),
            Field("summary", "Summary", "text"),
            Field("severity", "Severity", "enum", enum=Severity),
            Field("category", "Category"),
            Field("status", "Status", "enum", enum=ConcernStatus),
            Field("organization_id", "Organization", "ref", choices=_org_choices(ws)),
            Field("date", "Date", "date"),
            SENSITIVITY,
        ])
        new_source = self.new_source_button(ws, lambda s: self.checklists["concern_sources"].add_item(s.title, s.id, True))
        self.add_checklist("concern_sources", "Sources",
                           [(s.title, s.id) for s in ws.find(Source, order_by="title")],
                           ws.linked("concern_sources", left_id=concern.id), beside=new_source)
        self.add_checklist("concern_cases", "Evidence cases",
                           [(c.title, c.id) for c in ws.find(Case, order_by="title")],
                           ws.linked("concern_cases", left_id=concern.id))
        linked = ws.linked("concern_provisions", left_id=concern.id) or ([provision_id] if provision_id else [])
        anchor = ws.get(Provision, linked[0]) if linked else None
        if anchor is not None:
            choices = {p.id: p for p in ui_queries.articles_of(ws, anchor.version_id)}
            choices.update({p.id: p for p in (ws.get(Provision, i) for i in linked) if p is not None})
            items = [(f"{ui_queries.full_label(ws, p)} {p.heading}".strip(), p.id) for p in choices.values()]
            self.add_checklist("concern_provisions", "Provisions", items, linked)

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, concern: Concern, provision_id: str = "") -> Edited | None:
        return cls(parent, ws, concern, provision_id).run()


class AmendmentDialog(LinkedRecordDialog):
    """Shows a live redline of the change against the provision; refuses a target not in the text."""

    def __init__(self, parent: QWidget | None, ws: Workspace, amendment: Amendment) -> None:
        super().__init__(parent, "Amendment", amendment, [
            Field("title", "Title", required=True),
            Field("action", "Action", "enum", enum=AmendmentAction),
            Field("target_text", "Passage amended", "text"),
            Field("proposed_text", "Proposed text", "text"),
            Field("rationale", "Rationale", "text"),
            Field("status", "Status", "enum", enum=AmendmentStatus),
            Field("organization_id", "Organization", "ref", choices=_org_choices(ws)),
            Field("date", "Date", "date"),
            SENSITIVITY,
        ])
        provision = ws.get(Provision, amendment.provision_id)
        self.base_text = provision.text if provision else ""
        self.add_checklist("amendment_supporters", "Supporters",
                           [(o.display_name, o.id) for o in ws.find(Organization, order_by="name")],
                           ws.linked("amendment_supporters", left_id=amendment.id))
        answered = ws.linked("amendment_concerns", left_id=amendment.id)
        nearby = queries.concerns_for(ws, _article_family(ws, amendment.provision_id))
        nearby += [c for c in (ws.get(Concern, i) for i in answered) if c and c not in nearby]
        self.add_checklist("amendment_concerns", "Answers concerns", [(c.title, c.id) for c in nearby], answered)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Redline preview"))
        self.preview.setMaximumHeight(120)
        self.add_row(self.tr("Preview"), self.preview)
        action_box = self.editors["action"]
        assert isinstance(action_box, QComboBox)
        action_box.currentIndexChanged.connect(self.update_preview)
        for name in ("target_text", "proposed_text"):
            text_edit = self.editors[name]
            assert isinstance(text_edit, QPlainTextEdit)
            text_edit.textChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        try:
            segments = amendment_redline(self.base_text, self.value("action"), self.value("target_text"),
                                         self.value("proposed_text"))
        except AmendmentTargetError as error:
            self.preview.setPlainText(self.tr("Cannot show the change: {error}.").format(error=error))
            return
        self.preview.setHtml(redline_html(segments))

    def problems(self) -> list[str]:
        found = super().problems()
        target = self.value("target_text")
        if target and target not in self.base_text:
            found.append(self.tr("The passage amended must be copied exactly from the provision's text."))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, amendment: Amendment) -> Edited | None:
        return cls(parent, ws, amendment).run()


class DelegationDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, delegation: Delegation) -> None:
        super().__init__(parent, "Delegation", delegation, [
            Field("name", "Name", required=True),
            Field("iso_code", "ISO code"),
            Field("kind", "Kind", "enum", enum=DelegationKind),
            Field("languages", "Working languages (comma-separated codes)", "list"),
            Field("priority", "Priority", "enum", enum=Priority),
            Field("summary", "Summary", "text"),
            SENSITIVITY,
        ])
        groups = [d for d in queries.delegations(ws) if d.kind is not DelegationKind.STATE and d.id != delegation.id]
        if groups:
            self.add_checklist("delegation_memberships", "Member of", [(g.name, g.id) for g in groups],
                               ws.linked("delegation_memberships", left_id=delegation.id))

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, delegation: Delegation) -> Edited | None:
        return cls(parent, ws, delegation).run()


class PositionDialog(LinkedRecordDialog):
    """A stance on the provision itself or on one of its amendments."""

    def __init__(self, parent: QWidget | None, ws: Workspace, position: Position, provision: Provision) -> None:
        targets: list[tuple[str, str | None]] = [(f"{provision.label} itself", None)]
        targets += [(f"Amendment: {a.title or a.proposed_text[:40]}", a.id)
                    for a in queries.amendments_for(ws, [provision.id])]
        super().__init__(parent, "Position", position, [
            Field("delegation_id", "Delegation", "ref", required=True,
                  choices=tuple((d.name, d.id) for d in queries.delegations(ws))),
            Field("stance", "Stance", "enum", enum=Stance),
            Field("amendment_id", "On", "ref", choices=tuple(targets)),
            Field("source_id", "Source", "ref", choices=_source_choices(ws)),
            Field("date", "Date", "date"),
            Field("confidence", "Confidence", "enum", enum=Confidence),
            Field("illustrative", "Illustrative (no public source)", "bool"),
            Field("summary", "Summary", "text"),
            SENSITIVITY,
        ])
        self.provision = provision
        self.add_new_source_to_field(ws, "source_id")

    def problems(self) -> list[str]:
        found = super().problems()
        if self.value("illustrative") and self.value("source_id"):
            found.append("An illustrative position has no public source: choose no source, or untick Illustrative.")
        return found

    def result_record(self) -> Record:
        record = super().result_record()
        assert isinstance(record, Position)
        on_amendment = record.amendment_id is not None
        return dataclasses.replace(record, provision_id=None if on_amendment else self.provision.id,
                                   version_id=self.provision.version_id)

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, position: Position, provision: Provision) -> Edited | None:
        return cls(parent, ws, position, provision).run()


class SourceDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, source: Source) -> None:
        super().__init__(parent, "Source", source, [
            Field("title", "Title", required=True),
            Field("organization_id", "Organization", "ref", choices=_org_choices(ws)),
            Field("date", "Date", "date"),
            Field("url", "Web address", "url"),
            Field("symbol", "Document symbol"),
            Field("publisher", "Publisher"),
            Field("reliability_note", "Reliability note", "text"),
            SENSITIVITY,
        ])

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, source: Source) -> Edited | None:
        return cls(parent, ws, source).run()


class CaseDialog(LinkedRecordDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace, case: Case) -> None:
        super().__init__(parent, "Evidence case", case, [
            Field("title", "Title", required=True),
            Field("country", "Country"),
            Field("law", "Law"),
            Field("summary", "Summary", "text"),
            Field("date", "Date", "date"),
            Field("source_id", "Source", "ref", choices=_source_choices(ws)),
            SENSITIVITY,
        ])
        self.add_new_source_to_field(ws, "source_id")

    @classmethod
    def ask(cls, parent: QWidget | None, ws: Workspace, case: Case) -> Edited | None:
        return cls(parent, ws, case).run()
