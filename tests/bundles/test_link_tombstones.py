"""A link removed on its own (Workspace.unlink) travels as a link tombstone: recorded, exported (format 2),
previewed per link table, applied by the later-action rule, and never brought back by an older bundle."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_app.bundles.apply import import_bundle, preview
from briefing_app.bundles.conflicts import Resolution, open_conflicts, resolve
from briefing_app.bundles.export import export_bundle
from briefing_app.bundles.format import FORMAT_VERSION, LINK_TOMBSTONE_FORMAT, SIGNED_FORMAT, TABLES_FORMAT
from briefing_app.domain.merge import Outcome, decide_link_removal, decide_link_row
from briefing_app.store import sync_tombstones
from briefing_app.store.workspace import Removal, Workspace
from tests.bundles.builders import Sample, build_sample, content, open_ws
from tests.conftest import FixedClock
from tests.helpers import logical_dump

LINK = "concern_provisions"


def _pair(sample: Sample) -> tuple[str, str]:
    return sample.concern.id, sample.article.id


def _removed(ws: Workspace) -> dict[str, tuple[str, str]]:
    return sync_tombstones.link_tombstones(ws, LINK)


def _bundle_facts(path: Path) -> tuple[int, str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        declared = conn.execute("SELECT value FROM manifest WHERE key = 'format_version'").fetchone()[0]
        rows = conn.execute("SELECT table_name, row_id FROM tombstones").fetchall()
    finally:
        conn.close()
    return version, declared, rows


def _later(ws: Workspace, start: int) -> None:
    """Move a workspace's clock on (to act after the other side)."""
    ws.clock = FixedClock(start)


def _shared_pair(tmp_path: Path) -> tuple[Workspace, Workspace, Sample]:
    """A made the sample and B imported it; B's clock runs later than A's."""
    a, b = open_ws(tmp_path / "a.sqlite"), open_ws(tmp_path / "b.sqlite", start=1000)
    sample = build_sample(a)
    import_bundle(b, export_bundle(a, tmp_path / "a0.briefing", organization="A").path)
    return a, b, sample


def test_unlink_records_a_tombstone_and_relinking_clears_it_when_done_locally(workspace: Workspace) -> None:
    sample = build_sample(workspace)
    key = " ".join(_pair(sample))
    assert workspace.unlink(LINK, *_pair(sample))
    assert list(_removed(workspace)) == [key]
    assert workspace.link(LINK, *_pair(sample))
    assert _removed(workspace) == {}
    workspace.unlink(LINK, *_pair(sample))
    workspace.insert_links(LINK, [_pair(sample)])
    assert _removed(workspace) == {}


def test_undoing_a_link_add_or_an_unlink_leaves_no_tombstone_when_restored(workspace: Workspace) -> None:
    sample = build_sample(workspace)
    workspace.link(LINK, sample.concern.id, sample.paragraph.id)
    assert workspace.unlink(LINK, sample.concern.id, sample.paragraph.id, tombstone=False)
    assert _removed(workspace) == {}
    row = dict(workspace.conn.execute(f"SELECT rowid AS rowid, * FROM {LINK} WHERE concern_id = ? "
                                      "AND provision_id = ?", _pair(sample)).fetchone())
    workspace.unlink(LINK, *_pair(sample))
    workspace.restore(Removal(((LINK, row),)))
    assert _removed(workspace) == {}
    assert sample.article.id in workspace.linked(LINK, left_id=sample.concern.id)


def test_deleting_a_record_records_no_link_tombstones_when_its_links_go_with_it(workspace: Workspace) -> None:
    sample = build_sample(workspace)
    workspace.delete(type(sample.concern), sample.concern.id)
    assert _removed(workspace) == {}
    assert sample.concern.id in sync_tombstones.local_tombstones(workspace, "concerns")


def test_bundles_are_written_in_the_newest_format_and_carry_link_removals_with_shareable_ends(tmp_path: Path) -> None:
    with open_ws(tmp_path / "a.sqlite") as a:
        sample = build_sample(a)
        plain = export_bundle(a, tmp_path / "plain.briefing", organization="Partner").path
        a.unlink(LINK, *_pair(sample))
        a.unlink(LINK, sample.internal_concern.id, sample.article.id)  # an internal end: stays home
        removal = export_bundle(a, tmp_path / "removal.briefing", organization="Partner").path
    assert _bundle_facts(plain) == (FORMAT_VERSION, str(FORMAT_VERSION), [])
    assert FORMAT_VERSION == TABLES_FORMAT > SIGNED_FORMAT > LINK_TOMBSTONE_FORMAT
    assert _bundle_facts(removal) == (FORMAT_VERSION, str(FORMAT_VERSION),
                                      [(LINK, " ".join(_pair(sample)))])


def test_link_removal_by_a_partner_is_proposed_then_travels_and_is_idempotent(tmp_path: Path) -> None:
    a, b, sample = _shared_pair(tmp_path)
    with a, b:
        b.unlink(LINK, *_pair(sample))
        bundle = export_bundle(b, tmp_path / "b1.briefing", organization="B").path
        report = preview(a, bundle)  # A made the link: B may only propose removing it
        assert report.summary[LINK] == {**{o.value: 0 for o in Outcome}, "proposal": 1}
        assert all(c["tombstone"] == 0 for t, c in report.summary.items() if t != LINK)
        assert sample.article.id in a.linked(LINK, left_id=sample.concern.id)
        assert import_bundle(a, bundle).applied
        assert sample.article.id in a.linked(LINK, left_id=sample.concern.id)
        [proposal] = open_conflicts(a)
        assert proposal.conflict.kind == "proposed-deletion" and proposal.theirs is None
        resolve(a, proposal.conflict, Resolution.TAKE_THEIRS)
        assert a.linked(LINK, left_id=sample.concern.id) == []
        shared = [r for r in content(a.conn)[LINK] if r[0] != sample.internal_concern.id]
        assert shared == content(b.conn)[LINK]
        assert list(_removed(a)) == [" ".join(_pair(sample))]  # travels on from A too
        dump = logical_dump(a.conn)
        again = import_bundle(a, bundle)
        assert not again.applied and not again.would_change
        assert logical_dump(a.conn) == dump


def test_older_bundle_keeps_a_removed_link_out_but_a_later_readd_returns_when_imported(tmp_path: Path) -> None:
    a, b, sample = _shared_pair(tmp_path)
    with a, b:
        old = export_bundle(a, tmp_path / "a-old.briefing", organization="A").path
        b.unlink(LINK, *_pair(sample))
        assert import_bundle(b, old).summary[LINK]["keep-mine"] == 1
        assert b.linked(LINK, left_id=sample.concern.id) == []
        _later(a, 5000)  # A re-adds the link after B removed it
        a.unlink(LINK, *_pair(sample))
        a.link(LINK, *_pair(sample))
        readded = export_bundle(a, tmp_path / "a-readded.briefing", organization="A").path
        assert import_bundle(b, readded).summary[LINK]["new"] == 1
        assert sample.article.id in b.linked(LINK, left_id=sample.concern.id)
        assert _removed(b) == {}


def test_link_readded_here_after_their_removal_stays_when_importing(tmp_path: Path) -> None:
    a, b, sample = _shared_pair(tmp_path)
    with a, b:
        b.unlink(LINK, *_pair(sample))
        bundle = export_bundle(b, tmp_path / "b1.briefing", organization="B").path
        _later(a, 5000)
        a.unlink(LINK, *_pair(sample))
        a.link(LINK, *_pair(sample))
        report = import_bundle(a, bundle, dry_run=True)
        assert report.summary[LINK]["keep-mine"] == 1
        assert not import_bundle(a, bundle).applied
        assert sample.article.id in a.linked(LINK, left_id=sample.concern.id)


def test_link_decisions_follow_the_later_action_when_hashes_differ() -> None:
    assert decide_link_removal("h1", "T5", None, "", None).outcome is Outcome.UNCHANGED
    assert decide_link_removal("h1", "T5", "h1", "T9", None).outcome is Outcome.TOMBSTONE
    assert decide_link_removal("h1", "T5", "h2", "T9", "h2").outcome is Outcome.TOMBSTONE
    assert decide_link_removal("h1", "T5", "h2", "T3", None).outcome is Outcome.TOMBSTONE
    assert decide_link_removal("h1", "T5", "h2", "T9", None).outcome is Outcome.KEEP_MINE
    assert decide_link_row("h1", "T9", "h1", None, None).outcome is Outcome.UNCHANGED
    assert decide_link_row("h1", "T9", None, None, None).outcome is Outcome.NEW
    assert decide_link_row("h1", "T9", None, None, ("h1", "T5")).outcome is Outcome.KEEP_MINE
    assert decide_link_row("h1", "T3", None, None, ("h2", "T5")).outcome is Outcome.KEEP_MINE
    assert decide_link_row("h1", "T9", None, None, ("h2", "T5")).outcome is Outcome.NEW
