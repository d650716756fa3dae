"""The demo's session: capture lines read by floor mode's grammar, proposals tabled and decided."""

from __future__ import annotations

from briefing_app.domain.enums import ProposalStatus, Stance
from briefing_app.domain.models import Intervention, Meeting, Position, Proposal, Session, Source
from briefing_app.store import meetings_store
from briefing_app.store.workspace import Workspace


def test_the_demo_session_holds_the_reconvened_concluding_session(demo_workspace: Workspace) -> None:
    (session,) = demo_workspace.find(Session)
    assert (session.start_date, session.end_date, session.place) == ("2024-07-29", "2024-08-09", "New York")
    meetings = meetings_store.meetings_of(demo_workspace, session.id)
    assert [m.number for m in meetings] == [6, 11, 14, 16, 17, 18]
    assert all(demo_workspace.require(Source, m.source_id or "").title.startswith("dig.watch") for m in meetings)


def test_demo_proposals_follow_from_the_lines(demo_workspace: Workspace) -> None:
    proposals = {p.number: p for p in demo_workspace.find(Proposal)}
    assert proposals[2].status is ProposalStatus.REJECTED and proposals[2].status_date == "2024-08-08"
    assert proposals[3].status is ProposalStatus.SUPPORTED
    assert proposals[4].status is ProposalStatus.SUPPORTED  # DR Congo joined Uganda
    assert demo_workspace.linked("proposal_amendments", left_id=proposals[5].id)
    roles = meetings_store.proposal_roles_of(demo_workspace, proposals[2])
    assert roles["Egypt"] == "sponsor" and roles["United States of America"] == "opponent"


def test_lines_that_stand_for_a_demo_position_link_it_and_only_illustrative_lines_lack_a_source(
        demo_workspace: Workspace) -> None:
    interventions = demo_workspace.find(Intervention)
    linked = [i for i in interventions if i.position_id]
    assert len(linked) >= 15
    for intervention in linked:
        position = demo_workspace.require(Position, intervention.position_id or "")
        meeting = demo_workspace.require(Meeting, intervention.meeting_id)
        assert position.source_id == meeting.source_id and position.delegation_id == intervention.delegation_id
    (made_up,) = [i for i in interventions if i.illustrative]
    assert made_up.position_id is None and made_up.line.startswith("NZ 14.4")
    assert {demo_workspace.require(Position, i.position_id or "").stance for i in linked} >= {Stance.OPPOSES}
