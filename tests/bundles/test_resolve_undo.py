"""Each decision on a proposal or conflict is one undoable step (bundles.conflicts.ResolveStep): undo
gives back exactly the workspace before it (row, what a deletion took along, sync state, queue),
redo exactly the one after."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.conflicts import ConflictView, Resolution, ResolveStep, from_bundle, open_conflicts
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.field_diff import plain_redline
from briefing_app.domain.models import Case, Concern
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import Sample, build_sample, open_ws
from tests.helpers import logical_dump


@dataclass
class Queue:
    a: Workspace
    sample: Sample

    def item(self, table: str, kind: str) -> ConflictView:
        return next(v for v in open_conflicts(self.a) if v.conflict.table == table and v.conflict.kind == kind)


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[Queue]:
    """A's workspace after B, which got A's rows, proposed: a concern title, deleting a case, removing
    a link (all rows A made); then A and B both changed a concern B made (a conflict)."""
    with open_ws(tmp_path / "a.sqlite") as a, open_ws(tmp_path / "b.sqlite", start=5000) as b:
        sample = build_sample(a)
        import_bundle(b, export_bundle(a, tmp_path / "a1.briefing", organization="A").path)
        theirs = Concern(title="B's own concern", summary="Drafted by B.")
        b.insert(theirs)
        b.update(replace(b.require(Concern, sample.concern.id), title="No prior judicial authorisation at all"))
        b.delete(Case, sample.case.id)
        b.unlink("concern_sources", sample.concern.id, sample.source.id)
        assert import_bundle(a, export_bundle(b, tmp_path / "b1.briefing", organization="B").path).applied
        a.update(replace(a.require(Concern, theirs.id), summary="A's edit."))
        b.update(replace(b.require(Concern, theirs.id), summary="B's edit."))
        assert import_bundle(a, export_bundle(b, tmp_path / "b2.briefing", organization="B").path).applied
        yield Queue(a, sample)


def _round_trip(ws: Workspace, step: ResolveStep) -> None:
    before = logical_dump(ws.conn)
    with ws.transaction():
        step.apply(ws)
    after = logical_dump(ws.conn)
    assert after != before
    with ws.transaction():
        step.undo(ws)
    assert logical_dump(ws.conn) == before
    with ws.transaction():
        step.redo(ws)
    assert logical_dump(ws.conn) == after


def test_queue_holds_each_kind(queue: Queue) -> None:
    kinds = sorted((v.conflict.table, v.conflict.kind) for v in open_conflicts(queue.a))
    assert kinds == [("cases", "proposed-deletion"), ("concern_sources", "proposed-deletion"),
                     ("concerns", "both-changed"), ("concerns", "proposed-change")]


@pytest.mark.parametrize("resolution", [Resolution.TAKE_THEIRS, Resolution.KEEP_MINE])
def test_accepting_or_rejecting_a_proposed_change_undoes_and_redoes_exactly(queue: Queue,
                                                                             resolution: Resolution) -> None:
    view = queue.item("concerns", "proposed-change")
    _round_trip(queue.a, ResolveStep(view.conflict, resolution))


def test_accepting_a_proposed_deletion_undoes_with_what_it_took_along(queue: Queue) -> None:
    view = queue.item("cases", "proposed-deletion")
    cited = queue.a.linked("concern_cases", left_id=queue.sample.concern.id)
    assert queue.sample.case.id in cited
    _round_trip(queue.a, ResolveStep(view.conflict, Resolution.TAKE_THEIRS))
    assert queue.a.get(Case, queue.sample.case.id) is None  # redone


def test_accepting_a_link_removal_undoes_exactly(queue: Queue) -> None:
    _round_trip(queue.a, ResolveStep(queue.item("concern_sources", "proposed-deletion").conflict,
                                     Resolution.TAKE_THEIRS))


@pytest.mark.parametrize("resolution", [Resolution.TAKE_THEIRS, Resolution.KEEP_MINE, Resolution.MERGED])
def test_resolving_a_conflict_undoes_exactly(queue: Queue, resolution: Resolution) -> None:
    view = queue.item("concerns", "both-changed")
    assert view.mine is not None
    merged = {**view.mine, "summary": "Both edits, merged."} if resolution is Resolution.MERGED else None
    _round_trip(queue.a, ResolveStep(view.conflict, resolution, merged))


def test_undone_decision_is_open_again_and_asks_again(queue: Queue) -> None:
    view = queue.item("concerns", "proposed-change")
    step = ResolveStep(view.conflict, Resolution.TAKE_THEIRS)
    with queue.a.transaction():
        step.apply(queue.a)
    assert view.conflict.id not in {v.conflict.id for v in open_conflicts(queue.a)}
    with queue.a.transaction():
        step.undo(queue.a)
    assert view.conflict.id in {v.conflict.id for v in open_conflicts(queue.a)}
    assert queue.a.require(Concern, queue.sample.concern.id).title == queue.sample.concern.title


def test_items_know_their_bundle_and_text_fields_carry_a_redline(queue: Queue) -> None:
    view = queue.item("concerns", "proposed-change")
    assert view.conflict.bundle == "b1.briefing"
    assert len(from_bundle(open_conflicts(queue.a), view.conflict.import_id)) == 3
    [title] = [c for c in view.changes() if c.column == "title"]
    assert plain_redline(title.segments) == "No{+ prior+} judicial authorisation{+ at all+}"
    assert {c.column for c in view.changes()} == {"title", "updated_at"}
