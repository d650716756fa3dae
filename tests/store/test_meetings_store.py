"""Meetings in the store: the schema step, capture written and read back, the rule's reads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.domain.enums import Confidence, InterventionStance, ProposalStatus, Stance
from briefing_app.domain.meetings import CapturePlan
from briefing_app.domain.models import Delegation, Intervention, Meeting, Position, Proposal
from briefing_app.store import meetings_store as ms
from briefing_app.store import migrations
from briefing_app.store.connection import connect, integrity_problems
from briefing_app.store.workspace import Workspace
from tests.conftest import FixedClock
from tests.helpers import logical_dump
from tests.meetings_builders import Room, build_room


def capture(ws: Workspace, room: Room, line: str, meeting: int = 0) -> CapturePlan | ms.StatusPlan:
    chosen = room.meetings[meeting]
    plan = ms.plan_line(ws, ms.lexicon_for(ws, chosen), ms.context_for(ws, chosen), line)
    ms.apply_writes(ws, ms.writes_of(ws, plan))
    return plan


def test_step_6_keeps_every_position_and_its_rowid_and_allows_heard_in_the_room(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    migrations.migrate(conn, name="old", target=5)
    conn.execute("INSERT INTO delegations (id, name, created_at, updated_at) VALUES ('d', 'Kenya', 't', 't')")
    conn.execute("INSERT INTO documents (id, title, created_at, updated_at) VALUES ('doc', 'T', 't', 't')")
    conn.execute("INSERT INTO versions (id, document_id, label, seq, created_at, updated_at) VALUES ('v', 'doc', 'A', 1, 't', 't')")
    conn.execute("INSERT INTO provisions (id, version_id, kind, lineage_id, created_at, updated_at) "
                 "VALUES ('p', 'v', 'article', 'l', 't', 't')")
    for rowid in (5, 9):
        conn.execute("INSERT INTO positions (rowid, id, delegation_id, provision_id, stance, summary, created_at, updated_at) "
                     f"VALUES ({rowid}, 'pos{rowid}', 'd', 'p', 'opposes', 'said {rowid}', 't', 't')")
    before = conn.execute("SELECT rowid, * FROM positions ORDER BY rowid").fetchall()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == migrations.latest_version()
        assert [tuple(r) for r in ws.conn.execute("SELECT rowid, * FROM positions ORDER BY rowid")] == [tuple(r) for r in before]
        ws.insert(Position(delegation_id="d", provision_id="p", stance=Stance.SUPPORTS, confidence=Confidence.HEARD_IN_ROOM))
        assert integrity_problems(ws.conn) == []
        indexes = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_schema WHERE type='index' AND tbl_name='positions'")}
        assert {"positions_delegation", "positions_provision", "positions_amendment"} <= indexes


def test_a_capture_writes_the_intervention_and_its_position_and_reads_back(workspace: Workspace) -> None:
    room = build_room(workspace)
    plan = capture(workspace, room, "KE 14.2 opp delete 'may' too broad")
    assert isinstance(plan, CapturePlan) and plan.proposal is not None
    (view,) = ms.interventions_of_meeting(workspace, room.meetings[0].id)
    assert (view.code, view.provision, view.proposal_number, view.position_stance) == ("KE", "Article 14(2)", 1, Stance.OPPOSES)
    assert view.meeting == "11th meeting (2024-08-02)" and view.intervention.note == "too broad"
    position = workspace.require(Position, view.intervention.position_id or "")
    assert (position.source_id, position.confidence) == (room.meetings[0].source_id, Confidence.HEARD_IN_ROOM)
    proposal = workspace.require(Proposal, plan.proposal.id)
    assert (proposal.number, proposal.sponsor_id, proposal.target_text) == (1, room.delegations["KE"].id, "may")
    second = capture(workspace, room, "ZA 14.2 sup #1")
    assert isinstance(second, CapturePlan) and second.intervention.seq == 2
    assert workspace.require(Proposal, proposal.id).status is ProposalStatus.SUPPORTED


def test_the_chair_withdraws_a_proposal_and_the_note_keeps_the_meeting(workspace: Workspace) -> None:
    room = build_room(workspace)
    capture(workspace, room, "EG 6.2 prop replace 'may' with 'shall'")
    capture(workspace, room, "#1 withdrawn for consultations", meeting=1)
    proposal = workspace.find(Proposal)[0]
    assert proposal.status is ProposalStatus.WITHDRAWN and proposal.status_date == "2024-08-03"
    assert proposal.note == "12th meeting (2024-08-03): withdrawn — for consultations"


def test_a_later_dated_position_on_the_article_stays_current(workspace: Workspace) -> None:
    room = build_room(workspace)
    kenya = room.delegations["KE"]
    workspace.insert(Position(delegation_id=kenya.id, provision_id=room.provisions["14"].id, stance=Stance.SUPPORTS,
                              date="2024-08-09"))
    plan = capture(workspace, room, "KE 14.3 opp")
    assert isinstance(plan, CapturePlan) and plan.position is None
    assert plan.later is not None and plan.later.date == "2024-08-09"
    assert len(workspace.find(Position, delegation_id=kenya.id)) == 1
    assert workspace.find(Intervention)[0].position_id is None


def test_a_retroactive_capture_does_not_displace_what_a_later_meeting_of_the_day_heard(workspace: Workspace) -> None:
    room = build_room(workspace, meetings=1)
    evening = replace(room.meetings[0], time="18:00")
    workspace.update(evening)
    morning = Meeting(session_id=room.session.id, number=10, date="2024-08-02", time="10:00",
                      version_id=room.version.id, source_id=evening.source_id)
    workspace.insert(morning)
    capture(workspace, room, "KE 14 sup")  # heard in the evening meeting
    plan = ms.plan_line(workspace, ms.lexicon_for(workspace, morning), ms.context_for(workspace, morning), "KE 14 opp")
    assert isinstance(plan, CapturePlan) and plan.position is None and plan.later is not None


def test_what_a_delegation_said_before_comes_latest_first_and_includes_group_statements(workspace: Workspace) -> None:
    room = build_room(workspace)
    capture(workspace, room, "KE 14 sup")
    capture(workspace, room, "KE/African Group 15 opp")
    capture(workspace, room, "ZA/African Group 16 ?", meeting=1)
    capture(workspace, room, "KE 6.2 und", meeting=1)
    kenya = [v.intervention.line for v in ms.said_before(workspace, room.delegations["KE"].id)]
    assert kenya == ["KE 6.2 und", "KE/African Group 15 opp", "KE 14 sup"]
    group = [v.on_behalf for v in ms.said_before(workspace, room.delegations["African Group"].id)]
    assert group == ["African Group", "African Group"]


def test_sessions_and_meetings_are_found_by_number_name_or_id(workspace: Workspace) -> None:
    room = build_room(workspace)
    assert ms.find_session(workspace, "8").id == room.session.id == ms.find_session(workspace, "reconv").id
    assert ms.find_meeting(workspace, "12").id == room.meetings[1].id
    assert ms.find_meeting(workspace, room.meetings[0].id).number == 11
    with pytest.raises(ms.MeetingNotFound, match="No meeting ‘40’"):
        ms.find_meeting(workspace, "40")
    assert ms.next_meeting_number(workspace, room.session.id) == 13


def test_deleting_a_delegation_takes_its_interventions_and_undo_brings_them_back(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "w.sqlite", clock=FixedClock())
    room = build_room(ws)
    capture(ws, room, "KE 14.2 prop delete 'may'")
    capture(ws, room, "ZA sup #1")
    before = logical_dump(ws.conn)
    removal = ws.delete(Delegation, room.delegations["KE"].id)
    assert [i.line for i in ws.find(Intervention)] == ["ZA sup #1"]
    assert ws.find(Proposal)[0].sponsor_id is None
    ws.restore(removal)
    after = [line for line in logical_dump(ws.conn) if "sync_tombstones" not in line]
    assert after == [line for line in before if "sync_tombstones" not in line]
    ws.close()


def test_counts_list_the_meeting_tables(workspace: Workspace) -> None:
    room = build_room(workspace)
    capture(workspace, room, "KE 14 ?")
    counts = workspace.counts()
    assert (counts["sessions"], counts["meetings"], counts["interventions"], counts["proposals"]) == (1, 2, 1, 0)
    assert ms.intervention_count(workspace) == 1 and InterventionStance.ASKS.value == "asks"
