"""Draft tables: carried records with review states and split/merge relations, removed with their version."""

from __future__ import annotations

import sqlite3

import pytest

from briefing_app.domain.carry_plan import CarriedRecord, CarryState
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Document, Provision, Version, new_id
from briefing_app.store.drafts_store import (
    ProvisionRelation,
    carries_into,
    insert_carries,
    insert_relations,
    relations_into,
    reopen_carry,
    resolve_carry,
)
from briefing_app.store.errors import IntegrityError
from briefing_app.store.workspace import Workspace


def _two_versions(ws: Workspace) -> tuple[Version, Version, Provision, Provision]:
    doc = ws.insert(Document(title="Treaty"))
    v1 = ws.insert(Version(document_id=doc.id, label="v1", seq=1))
    v2 = ws.insert(Version(document_id=doc.id, label="v2", seq=2))
    old = ws.insert(Provision(version_id=v1.id, kind=ProvisionKind.ARTICLE, number="7", text="a"))
    new = ws.insert(Provision(version_id=v2.id, kind=ProvisionKind.ARTICLE, number="8", text="b",
                              lineage_id=old.lineage_id))
    return v1, v2, old, new


def _carry(v1: Version, v2: Version, old: Provision, new: Provision | None, state: CarryState) -> CarriedRecord:
    return CarriedRecord(id=new_id(), from_version_id=v1.id, to_version_id=v2.id, record_table="concerns",
                         source_id="c", carried_id="c" if new else None, old_provision_id=old.id,
                         new_provision_id=new.id if new else None, state=state, detail="why")


def test_review_only_lists_states_that_need_a_look_when_asked(workspace: Workspace) -> None:
    v1, v2, old, new = _two_versions(workspace)
    insert_carries(workspace, [_carry(v1, v2, old, new, CarryState.UNCHANGED),
                               _carry(v1, v2, old, None, CarryState.ORPHANED)])
    assert [c.state for c in carries_into(workspace, v2.id)] == [CarryState.UNCHANGED, CarryState.ORPHANED]
    assert [c.state for c in carries_into(workspace, v2.id, review_only=True)] == [CarryState.ORPHANED]


def test_resolve_keeps_previous_state_and_reopen_restores_it(workspace: Workspace) -> None:
    v1, v2, old, new = _two_versions(workspace)
    record = _carry(v1, v2, old, new, CarryState.BASE_TEXT_CHANGED)
    insert_carries(workspace, [record])
    resolved = resolve_carry(workspace, record.id)
    assert (resolved.state, resolved.previous_state) == (CarryState.RESOLVED, "base-text-changed")
    assert carries_into(workspace, v2.id, review_only=True) == []
    reopened = reopen_carry(workspace, record.id)
    assert (reopened.state, reopened.previous_state) == (CarryState.BASE_TEXT_CHANGED, "")
    with pytest.raises(IntegrityError):
        resolve_carry(workspace, "missing")


def test_deleting_the_new_version_removes_its_draft_rows_and_undo_restores_them(workspace: Workspace) -> None:
    v1, v2, old, new = _two_versions(workspace)
    insert_carries(workspace, [_carry(v1, v2, old, new, CarryState.UNCHANGED)])
    insert_relations(workspace, [ProvisionRelation(id=new_id(), from_version_id=v1.id, to_version_id=v2.id,
                                                   relation="split-from", provision_id=new.id, related_id=old.id)])
    removal = workspace.delete(Version, v2.id)
    assert carries_into(workspace, v2.id) == [] and relations_into(workspace, v2.id) == []
    workspace.restore(removal)
    assert len(carries_into(workspace, v2.id)) == 1
    assert [r.relation for r in relations_into(workspace, v2.id)] == ["split-from"]


def test_unknown_state_is_refused_by_the_schema(workspace: Workspace) -> None:
    v1, v2, old, _new = _two_versions(workspace)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        workspace.conn.execute(
            "INSERT INTO draft_carries (id, from_version_id, to_version_id, record_table, source_id, "
            "old_provision_id, state, created_at, updated_at) VALUES ('x', ?, ?, 'concerns', 'c', ?, 'bogus', '', '')",
            (v1.id, v2.id, old.id))
