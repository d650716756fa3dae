"""Undo and redo of link edits keep link tombstones honest: only a real removal travels to partners."""

from __future__ import annotations

from briefing_app.store import sync_tombstones
from briefing_app.store.workspace import Workspace
from briefing_app.ui.commands import Link, Unlink
from tests.bundles.builders import build_sample

LINK = "concern_provisions"


def test_undoing_a_link_add_leaves_no_tombstone_when_the_link_was_new(workspace: Workspace) -> None:
    sample = build_sample(workspace)
    step = Link(LINK, sample.concern.id, sample.paragraph.id)
    step.apply(workspace)
    step.undo(workspace)
    assert sample.paragraph.id not in workspace.linked(LINK, left_id=sample.concern.id)
    assert sync_tombstones.link_tombstones(workspace, LINK) == {}


def test_unlink_step_travels_until_undone_when_applied_and_undone(workspace: Workspace) -> None:
    sample = build_sample(workspace)
    step = Unlink(LINK, sample.concern.id, sample.article.id)
    step.apply(workspace)
    assert list(sync_tombstones.link_tombstones(workspace, LINK)) == [f"{sample.concern.id} {sample.article.id}"]
    step.undo(workspace)
    assert sync_tombstones.link_tombstones(workspace, LINK) == {}
    step.redo(workspace)
    assert len(sync_tombstones.link_tombstones(workspace, LINK)) == 1
