"""Add / edit / delete for every record kind: open the dialog, then hand the result to the Editor.

Views call these (buttons, menu items, or `edit:<table>:<id>` links in their text).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from briefing_app.domain.enums import Stance
from briefing_app.domain.models import (
    RECORD_TABLES,
    Amendment,
    Case,
    Concern,
    Contact,
    Delegation,
    Note,
    Organization,
    Position,
    Provision,
    Record,
    Source,
)
from briefing_app.store import ui_queries
from briefing_app.store.workspace import Workspace
from briefing_app.ui.commands import Step, link_changes
from briefing_app.ui.editor import Editor

if TYPE_CHECKING:
    from briefing_app.ui.dialogs import Edited

_DESCRIBE: dict[type[Record], Callable[[Record], str]] = {
    Concern: lambda r: f"the concern “{getattr(r, 'title', '')}”",
    Amendment: lambda r: f"the amendment “{getattr(r, 'title', '')}” and the positions on it",
    Delegation: lambda r: f"the delegation {getattr(r, 'name', '')} with its positions, notes and contacts",
    Position: lambda r: "this position",
    Source: lambda r: f"the source “{getattr(r, 'title', '')}”",
    Case: lambda r: f"the case “{getattr(r, 'title', '')}”",
    Note: lambda r: f"the note “{textwrap.shorten(getattr(r, 'body', ''), 60, placeholder='…')}”",
    Contact: lambda r: f"the contact {getattr(r, 'name', '')}",
    Organization: lambda r: (f"the organization {getattr(r, 'name', '')} (its concerns, amendments and sources "
                             "stay, without an organization)"),
}


class RecordActions:
    def __init__(self, editor: Editor, parent: QWidget) -> None:
        self.editor = editor
        self.parent = parent

    @property
    def ws(self) -> Workspace:
        assert self.editor.ws is not None
        return self.editor.ws

    def _ask(self, record: Record, provision: Provision | None = None) -> Edited | None:
        # the dialogs (forms, pickers) are imported when the first one opens, not at start-up
        from briefing_app.ui.dialogs import (
            AmendmentDialog,
            CaseDialog,
            ConcernDialog,
            DelegationDialog,
            PositionDialog,
            SourceDialog,
        )
        from briefing_app.ui.dialogs_notes import ContactDialog, NoteDialog, OrganizationDialog

        ws, parent = self.ws, self.parent
        if isinstance(record, Concern):
            return ConcernDialog.ask(parent, ws, record, provision.id if provision else "")
        if isinstance(record, Amendment):
            return AmendmentDialog.ask(parent, ws, record)
        if isinstance(record, Delegation):
            return DelegationDialog.ask(parent, ws, record)
        if isinstance(record, Position):
            target = provision or self._position_provision(record)
            return PositionDialog.ask(parent, ws, record, target) if target else None
        if isinstance(record, Source):
            return SourceDialog.ask(parent, ws, record)
        if isinstance(record, Case):
            return CaseDialog.ask(parent, ws, record)
        if isinstance(record, Note):
            return NoteDialog.ask(parent, ws, record, self.describe(record.record_table, record.record_id))
        if isinstance(record, Contact):
            return ContactDialog.ask(parent, ws, record, self.describe("delegations", record.delegation_id))
        if isinstance(record, Organization):
            return OrganizationDialog.ask(parent, ws, record)
        raise TypeError(f"no dialog for {type(record).__name__}")

    def describe(self, table: str, record_id: str) -> str:
        """A short human name of a record ("Kenya", "Article 30(1)", a concern's title)."""
        record = self.ws.get(RECORD_TABLES[table], record_id) if table in RECORD_TABLES else None
        if isinstance(record, Provision):
            return ui_queries.full_label(self.ws, record)
        return str(getattr(record, "title", "") or getattr(record, "name", "")) if record else ""

    def _position_provision(self, position: Position) -> Provision | None:
        if position.provision_id:
            return self.ws.get(Provision, position.provision_id)
        amendment = self.ws.get(Amendment, position.amendment_id or "")
        return self.ws.get(Provision, amendment.provision_id) if amendment else None

    def _save(self, old: Record | None, edited: Edited, extra: list[Step] | None = None) -> bool:
        steps: list[Step] = list(extra or [])
        for link, wanted in edited.links.items():
            before = [] if old is None else self.ws.linked(link, left_id=old.id)
            steps += link_changes(link, edited.record.id, before, wanted)
        if old is not None and old == edited.record and not steps:
            return False
        return self.editor.save(old, edited.record, steps, created=edited.new_records)

    # -- entry points ------------------------------------------------------------------------------
    def add_concern(self, provision_id: str) -> bool:
        """A new concern about this provision (the dialog may link it to other articles too)."""
        edited = self._ask(Concern(title=""), self.ws.get(Provision, provision_id))
        if edited is None:
            return False
        edited.links.setdefault("concern_provisions", [provision_id])
        return self._save(None, edited)

    def add_amendment(self, provision_id: str) -> bool:
        edited = self._ask(Amendment(provision_id=provision_id))
        return edited is not None and self._save(None, edited)

    def add_position(self, provision_id: str, delegation_id: str = "", amendment_id: str = "") -> bool:
        """A position on the provision, or with `amendment_id` on that amendment to it."""
        provision = self.ws.get(Provision, provision_id)
        if provision is None:
            return False
        template = Position(delegation_id=delegation_id, stance=Stance.UNDECIDED,
                            provision_id=None if amendment_id else provision_id, amendment_id=amendment_id or None)
        edited = self._ask(template, provision)
        return edited is not None and self._save(None, edited)

    def edit_or_add_position(self, delegation_id: str, provision_id: str, existing: Position | None,
                             amendment_id: str = "") -> bool:
        """The matrix: edit the delegation's latest position on the provision (or on the amendment
        to it), or record one."""
        if existing is None:
            return self.add_position(provision_id, delegation_id, amendment_id)
        return self.edit("positions", existing.id)

    def add_delegation(self) -> bool:
        edited = self._ask(Delegation(name=""))
        return edited is not None and self._save(None, edited)

    def add_source(self) -> bool:
        edited = self._ask(Source(title=""))
        return edited is not None and self._save(None, edited)

    def add_case(self) -> bool:
        edited = self._ask(Case(title=""))
        return edited is not None and self._save(None, edited)

    def add_organization(self) -> bool:
        edited = self._ask(Organization(name=""))
        return edited is not None and self._save(None, edited)

    def add_note(self, record_table: str, record_id: str) -> bool:
        """A note (internal unless the user chooses otherwise) about any record."""
        if record_table not in RECORD_TABLES or self.ws.get(RECORD_TABLES[record_table], record_id) is None:
            return False
        edited = self._ask(Note(record_table=record_table, record_id=record_id, body=""))
        return edited is not None and self._save(None, edited)

    def add_contact(self, delegation_id: str) -> bool:
        if self.ws.get(Delegation, delegation_id) is None:
            return False
        edited = self._ask(Contact(delegation_id=delegation_id, name=""))
        return edited is not None and self._save(None, edited)

    def edit(self, table: str, record_id: str) -> bool:
        record = self.ws.get(RECORD_TABLES[table], record_id)
        if record is None:
            return False
        edited = self._ask(record)
        return edited is not None and self._save(record, edited)

    def delete(self, table: str, record_id: str) -> bool:
        record = self.ws.get(RECORD_TABLES[table], record_id)
        if record is None:
            return False
        return self.editor.delete(record, _DESCRIBE[type(record)](record))

    def handle_link(self, href: str) -> bool:
        """Run an `edit:`, `delete:` or `add-note:<table>:<id>` link, or `add-contact:delegations:<id>`,
        from a view; False if not ours."""
        verb, _, rest = href.partition(":")
        table, _, record_id = rest.partition(":")
        if table not in RECORD_TABLES or not record_id:
            return False
        if verb == "edit":
            return self.edit(table, record_id)
        if verb == "delete":
            return self.delete(table, record_id)
        if verb == "add-note":
            return self.add_note(table, record_id)
        if verb == "add-contact" and table == "delegations":
            return self.add_contact(record_id)
        return False
