"""A delegation's pack cites what the delegation said in the room (issue #11): its interventions on
the provisions in the pack, with the session, meeting and date, read from the PDF's text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing_app.domain import models as m
from briefing_app.domain.enums import Sensitivity, Severity
from briefing_app.domain.tailoring import PackProfile, PackTemplate, plan_pack
from briefing_app.packs.build import build_pack, render_plan
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.store import meetings_store as ms
from briefing_app.store.workspace import Workspace
from tests.meetings_builders import Room, build_room
from tests.packs.conftest import pdf_text


def capture(ws: Workspace, room: Room, line: str, meeting: int = 0) -> None:
    chosen = room.meetings[meeting]
    plan = ms.plan_line(ws, ms.lexicon_for(ws, chosen), ms.context_for(ws, chosen), line)
    ms.apply_writes(ws, ms.writes_of(ws, plan))


@pytest.fixture
def room(workspace: Workspace) -> tuple[Workspace, Room]:
    room = build_room(workspace)
    for article in ("14", "15", "16"):
        concern = m.Concern(title=f"Concern about article {article}", severity=Severity.HIGH)
        workspace.insert(concern)
        workspace.insert_links("concern_provisions", [(concern.id, room.provisions[article].id)])
    capture(workspace, room, "KE 14.2 opp delete 'may' too broad")
    capture(workspace, room, "ZA 14.2 sup #1")
    capture(workspace, room, "EG/AG 15 sup")
    capture(workspace, room, "KE 15 ? scope of the offence")
    capture(workspace, room, "KE 16 sup", meeting=1)
    capture(workspace, room, "KE 17 opp")  # no concern on article 17: no section, so not cited
    return workspace, room


def _pack_text(ws: Workspace, delegation: m.Delegation, template: PackTemplate = PackTemplate.FULL) -> str:
    return pdf_text(build_pack(ws, PackProfile(delegation_id=delegation.id, template=template)).pdf)


def test_the_pack_cites_each_intervention_with_its_meeting_date_and_summary(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    text = _pack_text(ws, r.delegations["KE"])
    assert text.count("What your delegation said in the room") == 3  # articles 14, 15 and 16
    assert ("Reconvened concluding session, meeting 11, 2024-08-02 — tabled proposal #1 for para. 2: "
            "delete “may”; too broad") in text
    assert "meeting 11, 2024-08-02 — asked about Article 15; scope of the offence" in text
    assert "Reconvened concluding session, meeting 12, 2024-08-03 — supported Article 16" in text
    assert "Article 17" not in text
    assert "Heard in the room at the 11th meeting" not in text  # the positions' lines do not repeat them
    assert "ZA" not in text and "South Africa" not in text  # what others said is not in Kenya's pack


def test_backing_a_proposal_and_speaking_for_a_group_are_said_so(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    south_africa = _pack_text(ws, r.delegations["ZA"])
    assert "meeting 11, 2024-08-02 — supported proposal #1 on para. 2 (delete “may”)" in south_africa
    egypt = _pack_text(ws, r.delegations["EG"])
    assert "meeting 11, 2024-08-02 — supported Article 15; on behalf of African Group" in egypt
    group = _pack_text(ws, r.delegations["African Group"])
    assert "meeting 11, 2024-08-02 — supported Article 15; Egypt, speaking for the group" in group


def test_the_brief_cites_the_latest_statement(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    text = _pack_text(ws, r.delegations["KE"], PackTemplate.BRIEF)
    assert "asked about Article 15; scope of the offence" in text
    assert "tabled proposal #1" in text


def test_the_meeting_is_a_numbered_source_of_the_pack(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    plan = plan_pack(for_delegation(ws, read_common(ws), r.delegations["KE"]),
                     PackProfile(delegation_id=r.delegations["KE"].id))
    cited = [item for s in plan.sections for item in s.statements]
    assert len(cited) == 3
    sources = {s.id: n for n, s in enumerate(plan.sources, 1)}
    assert all(item.source_number == sources[item.statement.meeting.source_id or ""] for item in cited)


def test_internal_interventions_and_meetings_stay_out(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    common = read_common(ws)
    kenya = r.delegations["KE"]
    data = for_delegation(ws, common, kenya)
    hidden = tuple(replace(s, intervention=replace(s.intervention, sensitivity=Sensitivity.INTERNAL))
                   if s.intervention.note == "too broad" else s for s in data.statements)
    text = pdf_text(render_plan(plan_pack(replace(data, statements=hidden), PackProfile(delegation_id=kenya.id))).pdf)
    assert "tabled proposal #1" not in text and "asked about Article 15; scope of the offence" in text
    secret_meeting = tuple(replace(s, meeting=replace(s.meeting, sensitivity=Sensitivity.PERSONAL))
                           for s in data.statements)
    plan = plan_pack(replace(data, statements=secret_meeting), PackProfile(delegation_id=kenya.id))
    assert [item for s in plan.sections for item in s.statements] == []


def test_only_the_latest_statements_are_cited_and_the_rest_counted(room: tuple[Workspace, Room]) -> None:
    ws, r = room
    for n in range(7):
        capture(ws, r, f"KE 16 und round {n}", meeting=1)
    text = _pack_text(ws, r.delegations["KE"])
    said = "2024-08-03 — reserved its position on Article 16; round {}"
    assert said.format(6) in text and said.format(2) in text and said.format(1) not in text
    assert "3 earlier statements on this provision are in the session report." in text


def test_a_demo_statement_no_source_supports_is_marked_illustrative(demo_workspace: Workspace) -> None:
    new_zealand = next(d for d in demo_workspace.find(m.Delegation) if d.iso_code == "NZ")
    text = _pack_text(demo_workspace, new_zealand)
    assert "meeting 14" in text and "supported para. 4; wants the exclusion for material children make" in text
    assert text.count("Illustrative: no public source records this statement") == 1
