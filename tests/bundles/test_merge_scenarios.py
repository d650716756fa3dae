"""Two organizations exchange bundles: take theirs, keep mine, conflicts resolved both ways, tombstones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.conflicts import Resolution, open_conflicts, resolve, resolve_all
from briefing_app.bundles.export import export_bundle
from briefing_app.domain.models import Amendment, Concern, Provision
from briefing_app.store import sync_store
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import Sample, build_sample, open_ws
from tests.helpers import logical_dump


class Pair:
    """Organization A (source of the sample) and B (a partner who imported A's first bundle)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.a = open_ws(tmp_path / "a.sqlite")
        self.sample: Sample = build_sample(self.a)
        self.b = open_ws(tmp_path / "b.sqlite", start=5000)
        self.n = 0
        self.send(self.a, self.b)

    def send(self, source: Workspace, dest: Workspace) -> dict[str, dict[str, int]]:
        self.n += 1
        name = "A" if source is self.a else "B"
        path = export_bundle(source, self.tmp / f"{self.n}.briefing", organization=name).path
        return import_bundle(dest, path).summary

    def concern(self, ws: Workspace) -> Concern:
        return ws.require(Concern, self.sample.concern.id)

    def conflicting_bundle(self) -> Path:
        """Both edit the concern; A's bundle is imported into B (one conflict queued) and returned."""
        self.edit(self.a, "A's wording")
        self.edit(self.b, "B's wording")
        path = export_bundle(self.a, self.tmp / "conflict.briefing", organization="A").path
        import_bundle(self.b, path)
        return path

    def edit(self, ws: Workspace, title: str) -> None:
        ws.update(replace(self.concern(ws), title=title))


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    pair = Pair(tmp_path)
    yield pair
    pair.a.close()
    pair.b.close()


def test_should_take_theirs_if_only_they_changed_the_row(pair: Pair) -> None:
    pair.edit(pair.a, "Edited by A")
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["updated"] == 1
    assert pair.concern(pair.b).title == "Edited by A"


def test_should_keep_mine_if_only_i_changed_the_row(pair: Pair) -> None:
    pair.edit(pair.b, "Edited by B")
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["keep-mine"] == 1
    assert pair.concern(pair.b).title == "Edited by B"


def test_edit_of_the_origins_row_is_a_proposal_there_and_accepting_it_keeps_the_owner(pair: Pair) -> None:
    pair.edit(pair.b, "Improved by B")
    summary = pair.send(pair.b, pair.a)
    assert summary["concerns"]["proposal"] == 1 and summary["concerns"]["updated"] == 0
    assert pair.concern(pair.a).title != "Improved by B"
    [view] = open_conflicts(pair.a)
    assert view.conflict.kind == "proposed-change" and view.conflict.organization == "B"
    resolve(pair.a, view.conflict, Resolution.TAKE_THEIRS)
    assert pair.concern(pair.a).title == "Improved by B"
    assert sync_store.provenance_of(pair.a, "concerns", pair.sample.concern.id) is None  # still A's own
    assert pair.send(pair.b, pair.a)["concerns"]["unchanged"] == 1


def test_should_queue_conflict_and_keep_both_if_both_changed_the_row(pair: Pair) -> None:
    pair.edit(pair.a, "A's wording")
    pair.edit(pair.b, "B's wording")
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["conflict"] == 1
    assert pair.concern(pair.b).title == "B's wording"
    [view] = open_conflicts(pair.b)
    assert view.theirs is not None and view.mine is not None
    assert view.theirs["title"] == "A's wording" and view.mine["title"] == "B's wording"
    assert "title" in view.differing and "id" not in view.differing
    dump = logical_dump(pair.b.conn)
    assert not pair.send(pair.a, pair.b) or logical_dump(pair.b.conn) == dump  # queued once


def test_conflict_resolved_by_taking_theirs_then_reimport_changes_nothing(pair: Pair) -> None:
    path = pair.conflicting_bundle()
    [view] = open_conflicts(pair.b)
    resolve(pair.b, view.conflict, Resolution.TAKE_THEIRS)
    assert pair.concern(pair.b).title == "A's wording"
    assert open_conflicts(pair.b) == []
    assert not import_bundle(pair.b, path).applied


def test_conflict_resolved_by_keeping_mine_survives_a_reimport(pair: Pair) -> None:
    path = pair.conflicting_bundle()
    [view] = open_conflicts(pair.b)
    resolve(pair.b, view.conflict, Resolution.KEEP_MINE)
    report = import_bundle(pair.b, path)
    assert report.summary["concerns"]["keep-mine"] == 1
    assert pair.concern(pair.b).title == "B's wording"
    assert open_conflicts(pair.b) == []


def test_edited_merge_is_saved_and_checked(pair: Pair) -> None:
    pair.edit(pair.a, "A's wording")
    pair.edit(pair.b, "B's wording")
    pair.send(pair.a, pair.b)
    [view] = open_conflicts(pair.b)
    assert view.mine is not None
    with pytest.raises(ValueError, match="severity"):
        resolve(pair.b, view.conflict, Resolution.MERGED, {**view.mine, "severity": "apocalyptic"})
    resolve(pair.b, view.conflict, Resolution.MERGED, {**view.mine, "title": "Both wordings"})
    assert pair.concern(pair.b).title == "Both wordings"


def test_apply_to_all_remaining_resolves_every_open_conflict(pair: Pair) -> None:
    for ws, who in ((pair.a, "A"), (pair.b, "B")):
        pair.edit(ws, f"{who} title")
        ws.update(replace(ws.require(Amendment, pair.sample.amendment.id), title=f"{who} amendment"))
    pair.send(pair.a, pair.b)
    assert len(open_conflicts(pair.b)) == 2
    resolve_all(pair.b, [v.conflict for v in open_conflicts(pair.b)], Resolution.TAKE_THEIRS)
    assert pair.b.require(Amendment, pair.sample.amendment.id).title == "A amendment"
    assert pair.concern(pair.b).title == "A title"


def test_tombstone_deletes_the_row_if_i_did_not_change_it(pair: Pair) -> None:
    pair.a.delete(Concern, pair.sample.concern.id)
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["tombstone"] == 1
    assert pair.b.get(Concern, pair.sample.concern.id) is None


def test_tombstone_conflicts_if_i_changed_the_row_and_taking_theirs_deletes_it(pair: Pair) -> None:
    pair.edit(pair.b, "Still relevant")
    pair.a.delete(Concern, pair.sample.concern.id)
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["conflict"] == 1
    [view] = open_conflicts(pair.b)
    assert view.theirs is None and view.conflict.kind == "deleted-there"
    resolve(pair.b, view.conflict, Resolution.TAKE_THEIRS)
    assert pair.b.get(Concern, pair.sample.concern.id) is None


def test_tombstone_conflicts_if_work_of_mine_depends_on_the_deleted_row(pair: Pair) -> None:
    pair.b.insert(Amendment(provision_id=pair.sample.paragraph.id, title="B's own amendment"))
    pair.a.delete(Provision, pair.sample.paragraph.id)
    summary = pair.send(pair.a, pair.b)
    assert summary["provisions"]["conflict"] == 1
    assert pair.b.get(Provision, pair.sample.paragraph.id) is not None


def test_row_i_deleted_stays_deleted_unless_they_changed_it(pair: Pair) -> None:
    pair.b.delete(Concern, pair.sample.concern.id)
    assert pair.send(pair.a, pair.b)["concerns"]["keep-mine"] == 1
    assert pair.b.get(Concern, pair.sample.concern.id) is None
    pair.edit(pair.a, "Revised after your deletion")
    summary = pair.send(pair.a, pair.b)
    assert summary["concerns"]["conflict"] == 1
    [view] = open_conflicts(pair.b)
    assert view.mine is None and view.conflict.kind == "deleted-here"
    resolve(pair.b, view.conflict, Resolution.TAKE_THEIRS)
    assert pair.concern(pair.b).title == "Revised after your deletion"


def test_deletion_of_the_origins_row_by_a_partner_is_proposed_and_accepting_deletes_it(pair: Pair) -> None:
    pair.b.delete(Concern, pair.sample.concern.id)
    summary = pair.send(pair.b, pair.a)
    assert summary["concerns"]["proposal"] == 1 and summary["concerns"]["tombstone"] == 0
    assert pair.a.get(Concern, pair.sample.concern.id) is not None
    views = {v.conflict.table: v for v in open_conflicts(pair.a)}
    assert sorted(views) == ["concerns", "notes"]  # the concern and the coalition note that went with it
    view = views["concerns"]
    assert view.conflict.kind == "proposed-deletion" and view.theirs is None
    resolve(pair.a, view.conflict, Resolution.TAKE_THEIRS)
    assert pair.a.get(Concern, pair.sample.concern.id) is None


def test_export_while_a_conflict_is_open_does_not_turn_theirs_into_an_update(pair: Pair, tmp_path: Path) -> None:
    with open_ws(tmp_path / "c.sqlite", start=9000) as c:
        copy = c.insert(replace(pair.concern(pair.a), organization_id=None))
        c.update(replace(copy, title="C's independent copy"))
        pair.edit(pair.a, "A's newer wording")
        path = export_bundle(pair.a, pair.tmp / "a-newer.briefing", organization="A").path
        assert import_bundle(c, path).summary["concerns"]["proposal"] == 1  # C's own row: A only proposes
        export_bundle(c, pair.tmp / "c.briefing", organization="C")
        assert import_bundle(c, path).summary["concerns"]["proposal"] == 1
        assert c.require(Concern, pair.sample.concern.id).title == "C's independent copy"
