"""Provenance questions of the views answered in one query each, over a Workspace."""

from __future__ import annotations

import pytest

from briefing_app.domain.models import Concern
from briefing_app.store import provenance, sync_store
from briefing_app.store.workspace import Workspace


def test_contributions_are_read_in_one_query_with_labels_and_origin(workspace: Workspace) -> None:
    mine = workspace.insert(Concern(title="Mine"))
    theirs = [workspace.insert(Concern(title=f"Theirs {i}")) for i in range(3)]
    with workspace.transaction():
        sync_store.set_bases(workspace, "concerns", [(c.id, "h") for c in theirs],
                             sync_store.Provenance("Partner", "b1", "2024-04-01T00:00:00Z"))
    statements: list[str] = []
    workspace.conn.set_trace_callback(statements.append)
    found = provenance.contributions(workspace, "concerns", None, 2)
    workspace.conn.set_trace_callback(None)
    assert len(statements) == 1
    assert [(c.label, c.organization, c.origin_at) for c in found] == [
        ("Theirs 0", "Partner", "2024-04-01T00:00:00Z"), ("Theirs 1", "Partner", "2024-04-01T00:00:00Z")]
    assert [c.label for c in provenance.contributions(workspace, "concerns", "", 10)] == ["Mine"]
    assert [c.key for c in provenance.contributions(workspace, "concerns", "Partner", 10)] == [c.id for c in theirs]
    assert provenance.contributors(workspace, "concerns") == [("Partner", 3)]
    assert mine.id in provenance.keys_from(workspace, "concerns", "")
    with pytest.raises(ValueError):
        provenance.contributions(workspace, "concerns; DROP TABLE x", None, 1)
