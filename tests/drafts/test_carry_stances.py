"""Delegations' stances on our amendments follow the amendment to the new draft (drafts/carry.py)."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.domain.carry_plan import CarriedRecord, CarryState
from briefing_app.domain.enums import Stance
from briefing_app.domain.models import Amendment, Position, Version
from briefing_app.domain.redline import SegmentKind
from briefing_app.drafts.importer import ImportResult, apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.drafts.review import carried_amendment_redline, review_items
from briefing_app.store.drafts_store import carries_into
from tests.drafts.conftest import FIXTURES, Rev1, fixture_text
from tests.helpers import logical_dump

STANCES = ("on-amendment", "on-renumbered-amendment", "on-merged-amendment", "on-orphaned-amendment")


def _import_rev2(rev1: Rev1) -> ImportResult:
    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id, label="Rev.2")
    return apply_import(rev1.ws, plan)


def _carries(rev1: Rev1, version_id: str, table: str) -> dict[str, CarriedRecord]:
    return {c.source_id: c for c in carries_into(rev1.ws, version_id) if c.record_table == table}


def _copies(rev1: Rev1, version_id: str) -> list[Position]:
    """Stances now standing on amendments of the new version."""
    on_new = {c.carried_id for c in carries_into(rev1.ws, version_id) if c.record_table == "amendments"}
    return [p for p in rev1.ws.find(Position) if p.amendment_id in on_new and p.provision_id is None]


def test_stances_are_copied_onto_the_carried_amendment_when_imported(rev1: Rev1) -> None:
    before = {p.id: p for p in rev1.ws.find(Position)}
    rev2 = _import_rev2(rev1).version.id
    amendments, stances = _carries(rev1, rev2, "amendments"), _carries(rev1, rev2, "positions")
    for key in STANCES[:3]:
        old = rev1.positions[key]
        carried_amendment = amendments[old.amendment_id or ""].carried_id
        copy = rev1.ws.require(Position, stances[old.id].carried_id or "")
        assert copy.id != old.id and carried_amendment not in (None, old.amendment_id)
        assert (copy.amendment_id, copy.version_id, copy.provision_id) == (carried_amendment, old.version_id, None)
        assert (copy.delegation_id, copy.stance, copy.summary, copy.confidence) == (
            old.delegation_id, old.stance, old.summary, old.confidence)
        assert rev1.ws.find(Position, amendment_id=carried_amendment) == [copy]  # exactly one copy each
    assert {p.id: p for p in rev1.ws.find(Position) if p.id in before} == before  # the originals are untouched
    assert len(_copies(rev1, rev2)) == 3


def test_stance_takes_the_review_state_of_its_amendment_when_imported(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1).version.id
    amendments, stances = _carries(rev1, rev2, "amendments"), _carries(rev1, rev2, "positions")
    expected = {"on-amendment": CarryState.POSSIBLY_ADOPTED, "on-renumbered-amendment": CarryState.UNCHANGED,
                "on-merged-amendment": CarryState.BASE_TEXT_CHANGED, "on-orphaned-amendment": CarryState.ORPHANED}
    for key, state in expected.items():
        position = rev1.positions[key]
        stance, amendment = stances[position.id], amendments[position.amendment_id or ""]
        assert (stance.state, stance.new_provision_id, stance.old_provision_id) == (
            state, amendment.new_provision_id, amendment.old_provision_id)
    assert stances[rev1.positions["on-amendment"].id].detail == (
        "the amendment it is on: the amendment's proposed text now appears in the draft")
    assert "merged into Article 7" in stances[rev1.positions["on-merged-amendment"].id].detail
    orphan = stances[rev1.positions["on-orphaned-amendment"].id]
    assert orphan.carried_id is None and orphan.detail == (
        "its amendment was not carried: Article 8 is not in the new draft")
    assert rev1.ws.find(Position, amendment_id=rev1.amendments["orphan"].id) == [rev1.positions["on-orphaned-amendment"]]


def test_review_lists_stances_on_amendments_that_need_a_look(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1).version.id
    items = {i.title: i for i in review_items(rev1.ws, rev2)}
    adopted = items["Freedonia supports: amendment “Require dishonest intent”"]
    assert (adopted.record_kind, adopted.state) == ("position", CarryState.POSSIBLY_ADOPTED.value)
    assert adopted.new_label == "Article 8. Misuse of devices"
    assert items["Sylvania undecided: amendment “Require serious damage”"].state == CarryState.BASE_TEXT_CHANGED.value
    assert items["Sylvania supports: amendment “Delete the article”"].state == CarryState.ORPHANED.value
    settled = "Sylvania opposes: amendment “Name the ICCPR”"
    assert settled not in items
    unchanged = {i.title: i for i in review_items(rev1.ws, rev2, include_settled=True)}[settled]
    assert unchanged.carry is not None
    segments = carried_amendment_redline(rev1.ws, unchanged.carry)
    assert segments is not None and [s.text for s in segments if s.kind is SegmentKind.INSERT] == [
        ", including the ICCPR"]


def test_cli_review_shows_stances_and_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str],
                                                             rev1: Rev1) -> None:
    db = str(rev1.ws.path)
    before = logical_dump(rev1.ws.conn)
    assert main(["draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2", "--dry-run", "--db", db]) == 0
    assert "Dry run: nothing was saved." in capsys.readouterr().out
    assert logical_dump(rev1.ws.conn) == before
    assert main(["draft", "import", str(FIXTURES / "rev2.md"), "--label", "Rev.2", "--db", db]) == 0
    capsys.readouterr()
    assert main(["draft", "review", "--json", "--db", db]) == 0
    listed = {(i["kind"], i["title"], i["state"]) for i in json.loads(capsys.readouterr().out)}
    assert ("position", "Freedonia supports: amendment “Require dishonest intent”", "possibly-adopted") in listed
    assert ("position", "Sylvania supports: amendment “Delete the article”", "orphaned") in listed


def test_undo_removes_the_copied_stances_and_redo_restores_them_exactly(rev1: Rev1) -> None:
    before = _content(rev1)
    rev2 = _import_rev2(rev1).version.id
    after, copies = _content(rev1), _copies(rev1, rev2)
    assert {p.stance for p in copies} == {Stance.SUPPORTS, Stance.OPPOSES, Stance.UNDECIDED}
    removal = rev1.ws.delete(Version, rev2, tombstone=False)
    assert _content(rev1) == before
    assert all(rev1.ws.get(Position, p.id) is None for p in copies)
    assert all(rev1.ws.get(Amendment, p.amendment_id or "") is None for p in copies)
    rev1.ws.restore(removal)
    assert _content(rev1) == after
    assert [rev1.ws.get(Position, p.id) for p in copies] == copies


def _content(rev1: Rev1) -> list[str]:
    return [line for line in logical_dump(rev1.ws.conn) if not line.startswith('INSERT INTO "sync_')]
