"""Bundles over the demo corpus: round trip, redaction of its internal records, and two demo workspaces
(same stable ids) exchanging an edit without a conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing_app.bundles.apply import import_bundle
from briefing_app.bundles.conflicts import Resolution, open_conflicts, resolve
from briefing_app.bundles.export import export_bundle
from briefing_app.demo import install_demo
from briefing_app.domain.models import Concern, Contact, Note
from briefing_app.store.workspace import Workspace
from tests.bundles.builders import content, open_ws
from tests.conftest import demo_corpus


def test_demo_round_trip_carries_every_shareable_row_and_none_of_its_internal_ones(
        demo_workspace: Workspace, tmp_path: Path) -> None:
    result = export_bundle(demo_workspace, tmp_path / "demo.briefing", organization="Partner")
    raw = result.path.read_bytes()
    private = [n.body for n in demo_workspace.find(Note) if n.sensitivity.value in ("internal", "personal")]
    private += [c.name for c in demo_workspace.find(Contact) if c.sensitivity.value in ("internal", "personal")]
    assert private and not any(text.encode() in raw for text in private if len(text) > 8)
    with open_ws(tmp_path / "empty.sqlite") as empty:
        report = import_bundle(empty, result.path)
        assert report.totals["new"] == sum(n for t, n in result.manifest.counts.items() if t != "tombstones")
        theirs, mine = content(empty.conn), content(demo_workspace.conn)
    for table, rows in theirs.items():
        assert set(rows) <= set(mine[table]), table
        assert len(rows) == len(mine[table]) - result.withheld.get(table, 0), table


def test_two_demo_workspaces_exchange_an_edit_as_a_proposal_without_conflict(demo_workspace: Workspace,
                                                                            tmp_path: Path) -> None:
    with open_ws(tmp_path / "other-demo.sqlite", start=100) as other:
        install_demo(other, demo_corpus())
        concern = demo_workspace.find(Concern)[0]
        demo_workspace.update(replace(concern, title="Sharpened by the first office"))
        bundle = export_bundle(demo_workspace, tmp_path / "edit.briefing", organization="Partner").path
        report = import_bundle(other, bundle)
        # the demo corpus belongs to neither office: the edit is proposed, nothing else differs
        assert report.totals["proposal"] == 1 and report.totals["conflict"] == 0
        assert report.summary["concerns"]["proposal"] == 1
        [view] = open_conflicts(other)
        resolve(other, view.conflict, Resolution.TAKE_THEIRS)
        assert other.require(Concern, concern.id).title == "Sharpened by the first office"


def test_treaty_status_and_meeting_tables_travel_in_format_4(demo_workspace: Workspace, tmp_path: Path) -> None:
    result = export_bundle(demo_workspace, tmp_path / "demo.briefing", organization="Partner")
    carried = {t: n for t, n in result.manifest.counts.items() if n}
    for table in ("status_events", "reservations", "national_laws", "sessions", "meetings", "interventions"):
        assert table in carried, table
    with open_ws(tmp_path / "empty.sqlite") as empty:
        report = import_bundle(empty, result.path)
        assert report.summary["status_events"]["new"] == carried["status_events"]
        assert content(empty.conn)["interventions"] == content(demo_workspace.conn)["interventions"]
