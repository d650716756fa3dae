"""Generic record API: create, read, update, delete with undo snapshots, links, defaults."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from briefing_app.domain.enums import Sensitivity, Severity, Stance
from briefing_app.domain.models import (
    Amendment,
    Concern,
    Contact,
    Delegation,
    Document,
    Note,
    Organization,
    Position,
    Provision,
    ProvisionKind,
    Version,
)
from briefing_app.store.errors import IntegrityError
from briefing_app.store.workspace import Workspace
from tests.helpers import logical_dump


def _dump(ws: Workspace) -> list[str]:
    return logical_dump(ws.conn)


def _treaty(ws: Workspace) -> tuple[Version, Provision]:
    doc = ws.insert(Document(title="Test treaty"))
    version = ws.insert(Version(document_id=doc.id, label="v1", seq=1))
    article = ws.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="7",
                                  heading="Illegal access", text="Access without right is an offence."))
    return version, article


def test_insert_stamps_timestamps_and_reads_back_equal(workspace: Workspace) -> None:
    org = workspace.insert(Organization(name="Example NGO", coalition_member=True))
    assert org.created_at and org.created_at == org.updated_at
    assert workspace.get(Organization, org.id) == org


def test_update_changes_fields_and_updated_at_only(workspace: Workspace) -> None:
    concern = workspace.insert(Concern(title="Too broad", severity=Severity.HIGH))
    changed = workspace.update(replace(concern, title="Far too broad"))
    stored = workspace.require(Concern, concern.id)
    assert stored.title == "Far too broad"
    assert stored.created_at == concern.created_at
    assert stored.updated_at == changed.updated_at != concern.updated_at


def test_update_of_missing_record_raises(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError):
        workspace.update(Concern(title="ghost"))


def test_tuple_and_bool_fields_round_trip(workspace: Workspace) -> None:
    delegation = workspace.insert(Delegation(name="Kenya", iso_code="KE", languages=("en", "sw")))
    assert workspace.require(Delegation, delegation.id).languages == ("en", "sw")


def test_sensitivity_defaults_public_for_analysis_and_internal_for_notes_and_contacts(workspace: Workspace) -> None:
    delegation = workspace.insert(Delegation(name="Kenya"))
    note = workspace.insert(Note(record_table="delegations", record_id=delegation.id, body="met"))
    contact = workspace.insert(Contact(delegation_id=delegation.id, name="A. Person"))
    assert workspace.require(Delegation, delegation.id).sensitivity is Sensitivity.PUBLIC
    assert workspace.require(Note, note.id).sensitivity is Sensitivity.INTERNAL
    assert workspace.require(Contact, contact.id).sensitivity is Sensitivity.INTERNAL
    column_default = workspace.conn.execute(
        "SELECT dflt_value FROM pragma_table_info('notes') WHERE name = 'sensitivity'").fetchone()[0]
    assert column_default == "'internal'"


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError):
        workspace.insert(Provision(version_id="no-such-version", kind=ProvisionKind.ARTICLE))


def test_check_constraints_reject_bad_enum_values(workspace: Workspace) -> None:
    concern = workspace.insert(Concern(title="x"))
    with pytest.raises(sqlite3.IntegrityError):
        workspace.conn.execute("UPDATE concerns SET severity = 'apocalyptic' WHERE id = ?", (concern.id,))


def test_position_needs_a_provision_or_an_amendment(workspace: Workspace) -> None:
    delegation = workspace.insert(Delegation(name="Kenya"))
    with pytest.raises(IntegrityError):
        workspace.insert(Position(delegation_id=delegation.id, stance=Stance.SUPPORTS))


def test_delete_then_restore_gives_back_identical_database(workspace: Workspace) -> None:
    _version, article = _treaty(workspace)
    org = workspace.insert(Organization(name="NGO"))
    concern = workspace.insert(Concern(title="Researchers unprotected", organization_id=org.id))
    workspace.link("concern_provisions", concern.id, article.id)
    amendment = workspace.insert(Amendment(provision_id=article.id, proposed_text="x", organization_id=org.id))
    workspace.link("amendment_concerns", amendment.id, concern.id)
    delegation = workspace.insert(Delegation(name="Kenya"))
    workspace.insert(Position(delegation_id=delegation.id, amendment_id=amendment.id, stance=Stance.OPPOSES))
    workspace.insert(Note(record_table="concerns", record_id=concern.id, body="check source"))
    before = _dump(workspace)

    removal = workspace.delete(Concern, concern.id)
    assert workspace.get(Concern, concern.id) is None
    assert workspace.linked("amendment_concerns", left_id=amendment.id) == []
    workspace.restore(removal)
    assert _dump(workspace) == before

    removal = workspace.delete(Provision, article.id)  # cascades to amendment, position, links
    assert workspace.counts()["positions"] == 0
    workspace.restore(removal)
    assert _dump(workspace) == before

    removal = workspace.delete(Organization, org.id)  # SET NULL on concern and amendment
    assert workspace.require(Concern, concern.id).organization_id is None
    workspace.restore(removal)
    assert _dump(workspace) == before


def test_delete_of_missing_record_raises_and_changes_nothing(workspace: Workspace) -> None:
    before = _dump(workspace)
    with pytest.raises(IntegrityError):
        workspace.delete(Concern, "missing")
    assert _dump(workspace) == before


def test_links_are_idempotent_and_listed_in_order(workspace: Workspace) -> None:
    _version, article = _treaty(workspace)
    first = workspace.insert(Concern(title="one"))
    second = workspace.insert(Concern(title="two"))
    assert workspace.link("concern_provisions", first.id, article.id)
    assert not workspace.link("concern_provisions", first.id, article.id)
    workspace.link("concern_provisions", second.id, article.id)
    assert workspace.linked("concern_provisions", right_id=article.id) == [first.id, second.id]
    assert workspace.unlink("concern_provisions", first.id, article.id)
    assert workspace.linked("concern_provisions", right_id=article.id) == [second.id]


def test_failed_transaction_leaves_no_trace(workspace: Workspace) -> None:
    before = _dump(workspace)
    with pytest.raises(IntegrityError), workspace.transaction():
        workspace.insert(Organization(name="will vanish"))
        workspace.insert(Provision(version_id="missing", kind=ProvisionKind.ARTICLE))
    assert _dump(workspace) == before


def test_list_filters_by_columns_and_rejects_unknown_ones(workspace: Workspace) -> None:
    workspace.insert(Concern(title="a", severity=Severity.LOW))
    workspace.insert(Concern(title="b", severity=Severity.HIGH))
    assert [c.title for c in workspace.find(Concern, severity=Severity.HIGH)] == ["b"]
    with pytest.raises(ValueError):
        workspace.find(Concern, colour="red")


def test_restore_of_a_version_brings_back_its_whole_provision_tree(workspace: Workspace) -> None:
    version, article = _treaty(workspace)
    for n in range(3):  # children inserted after unrelated rows, so ids are not in tree order
        workspace.insert(Organization(name=f"filler {n}"))
        workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number=str(n + 1),
                                   parent_id=article.id, text=f"para {n}"))
    before = _dump(workspace)
    removal = workspace.delete(Version, version.id)
    assert workspace.counts()["provisions"] == 0
    workspace.restore(removal)
    assert _dump(workspace) == before


def test_delete_without_tombstone_leaves_no_trace_for_partners(workspace: Workspace) -> None:
    first = workspace.insert(Concern(title="shared, then deleted"))
    second = workspace.insert(Concern(title="added, then undone"))
    workspace.delete(Concern, first.id)
    workspace.delete(Concern, second.id, tombstone=False)
    tombstoned = [r[0] for r in workspace.conn.execute("SELECT row_key FROM sync_tombstones")]
    assert tombstoned == [first.id]
