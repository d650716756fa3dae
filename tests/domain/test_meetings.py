"""Rules of the room: positions from interventions, the 'later position' rule, proposals and roles."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.domain.capture import Entry, parse_line
from briefing_app.domain.enums import (
    AmendmentAction,
    Confidence,
    InterventionStance,
    ProposalStatus,
    Sensitivity,
    Stance,
)
from briefing_app.domain.lexicon import Lexicon, ProposalRef, ProvisionRef, Speaker
from briefing_app.domain.meetings import (
    MeetingContext,
    PositionFact,
    ProposalRole,
    agenda_refs,
    capture_writes,
    meeting_label,
    meeting_with_source,
    ordinal,
    plan_capture,
    proposal_roles,
    step_agenda,
)
from briefing_app.domain.models import Intervention, Meeting, Proposal, Session

SPEAKERS = [Speaker("ke", "Kenya", "KE"), Speaker("eg", "Egypt", "EG"), Speaker("us", "United States", "US"),
            Speaker("ag", "African Group", "", is_group=True)]
PROVISIONS = [ProvisionRef("a6", ("6",), "Article 6"), ProvisionRef("a6-2", ("6", "2"), "Article 6(2)"),
              ProvisionRef("a14", ("14",), "Article 14"), ProvisionRef("a15", ("15",), "Article 15"),
              ProvisionRef("a16", ("16",), "Article 16"), ProvisionRef("a40", ("40",), "Article 40")]
MEETING = Meeting(id="m11", session_id="s1", number=11, date="2024-08-02", time="15:00", version_id="v1",
                  source_id="src11", sensitivity=Sensitivity.COALITION)
TABLED = ProposalRef("p1", 1, "a6-2", "eg", AmendmentAction.DELETE, "suppression", "", ProposalStatus.TABLED)


def ctx(**changes: object) -> MeetingContext:
    base = MeetingContext(MEETING, "2024-08-02T13:05:00Z", next_seq=7, next_proposal_number=2)
    return replace(base, **changes)  # type: ignore[arg-type]


def lexicon(*proposals: ProposalRef) -> Lexicon:
    return Lexicon(SPEAKERS, PROVISIONS, list(proposals), "Rev.3")


def entry(line: str, lex: Lexicon | None = None) -> Entry:
    parsed = parse_line(line, lex or lexicon(), current=PROVISIONS[0])
    assert isinstance(parsed, Entry)
    return parsed


def test_a_stance_on_a_provision_records_a_position_heard_in_the_room() -> None:
    plan = plan_capture(entry("KE 6.2 opp too broad"), ctx(), lexicon())
    position = plan.position
    assert position is not None
    assert (position.delegation_id, position.provision_id, position.stance) == ("ke", "a6-2", Stance.OPPOSES)
    assert (position.date, position.source_id, position.version_id) == ("2024-08-02", "src11", "v1")
    assert position.confidence is Confidence.HEARD_IN_ROOM
    assert position.summary == "Heard in the room at the 11th meeting (2024-08-02): opposed Article 6(2); too broad."
    assert plan.intervention.position_id == position.id and plan.intervention.seq == 7
    assert plan.intervention.sensitivity is Sensitivity.COALITION is position.sensitivity


def test_a_question_or_a_general_statement_records_no_position() -> None:
    assert plan_capture(entry("KE 6 ? scope"), ctx(), lexicon()).position is None
    assert plan_capture(entry("KE gen sup"), ctx(), lexicon()).position is None


def test_speaking_on_behalf_of_a_group_records_the_groups_position() -> None:
    plan = plan_capture(entry("EG/AG 6 opp"), ctx(), lexicon())
    assert plan.position is not None and plan.position.delegation_id == "ag"
    assert plan.intervention.delegation_id == "eg" and plan.intervention.on_behalf_id == "ag"


def test_a_later_position_stays_current_and_the_plan_says_so() -> None:
    later = PositionFact("old", Stance.SUPPORTS, "2024-08-09", None, "Written submission")
    plan = plan_capture(entry("KE 6 opp"), ctx(), lexicon(), [later])
    assert plan.position is None and plan.intervention.position_id is None
    assert plan.later == later


def test_a_later_meeting_of_the_same_day_counts_as_later_but_an_earlier_one_does_not() -> None:
    evening = PositionFact("e", Stance.SUPPORTS, "2024-08-02", ("2024-08-02", "18:00", 12, 3))
    morning = PositionFact("m", Stance.SUPPORTS, "2024-08-02", ("2024-08-02", "10:00", 10, 40))
    written = PositionFact("w", Stance.UNDECIDED, "2024-08-02")
    assert plan_capture(entry("KE 6 opp"), ctx(), lexicon(), [evening]).later == evening
    plan = plan_capture(entry("KE 6 opp"), ctx(), lexicon(), [morning, written])
    assert plan.later is None and plan.position is not None
    assert plan.previous == written  # the one the matrix showed until now


def test_a_redline_tables_a_new_proposal_with_the_speaker_as_sponsor() -> None:
    plan = plan_capture(entry("IN 6.2 prop replace 'suppression' with 'restriction'",
                              Lexicon([*SPEAKERS, Speaker("in", "India", "IN")], PROVISIONS, [], "")), ctx(), lexicon())
    assert plan.proposal is not None
    assert (plan.proposal.number, plan.proposal.sponsor_id, plan.proposal.status) == (2, "in", ProposalStatus.TABLED)
    assert (plan.proposal.target_text, plan.proposal.proposed_text) == ("suppression", "restriction")
    assert plan.intervention.tabled and plan.intervention.proposal_id == plan.proposal.id
    assert plan.role is ProposalRole.SPONSOR
    assert plan.position is not None and plan.position.stance is Stance.PROPOSES_TEXT


def test_the_same_redline_joins_the_live_proposal_and_promotes_it() -> None:
    lex = lexicon(TABLED)
    plan = plan_capture(entry("KE 6.2 opp delete 'Suppression'", lex), ctx(), lex)
    assert plan.proposal is None and plan.joined == TABLED and plan.role is ProposalRole.SUPPORTER
    assert plan.promote == ("p1", ProposalStatus.SUPPORTED, "2024-08-02")
    assert plan.position is not None and plan.position.stance is Stance.OPPOSES  # on the text as drafted


def test_stances_on_a_proposal_by_number() -> None:
    lex = lexicon(TABLED)
    assert plan_capture(entry("US opp #1", lex), ctx(), lex).role is ProposalRole.OPPONENT
    assert plan_capture(entry("KE cosp #1", lex), ctx(), lex).role is ProposalRole.CO_SPONSOR
    assert plan_capture(entry("KE ? #1", lex), ctx(), lex).role is ProposalRole.SPOKE
    assert plan_capture(entry("US opp #1", lex), ctx(), lex).promote is None
    # no amendment of ours rides on it: the stance is the proposal's business, not a position
    assert plan_capture(entry("US opp #1", lex), ctx(), lex).position is None


def test_a_stance_on_a_proposal_carrying_one_of_our_amendments_is_recorded_on_it() -> None:
    lex = lexicon(TABLED)
    plan = plan_capture(entry("US opp #1", lex), ctx(carried={"p1": ("am1",)}), lex)
    assert plan.position is not None
    assert (plan.position.amendment_id, plan.position.provision_id, plan.position.stance) == ("am1", None, Stance.OPPOSES)


def test_roles_follow_each_delegations_latest_intervention_and_the_sponsor_stays() -> None:
    proposal = Proposal(id="p1", provision_id="a6-2", number=1, sponsor_id="eg")

    def said(who: str, stance: InterventionStance, seq: int, **extra: object) -> Intervention:
        return Intervention(meeting_id="m", delegation_id=who, stance=stance, seq=seq, proposal_id="p1", **extra)  # type: ignore[arg-type]

    roles = proposal_roles(proposal, [
        said("eg", InterventionStance.PROPOSES, 1, tabled=True, action=AmendmentAction.DELETE),
        said("us", InterventionStance.SUPPORTS, 2), said("ke", InterventionStance.OPPOSES, 3),
        said("us", InterventionStance.OPPOSES, 4), said("eg", InterventionStance.ASKS, 5),
        said("in", InterventionStance.OPPOSES, 6, action=AmendmentAction.DELETE),
        said("za", InterventionStance.SUPPORTS, 7, on_behalf_id="ag"),
    ])
    assert roles == {"eg": ProposalRole.SPONSOR, "us": ProposalRole.OPPONENT, "ke": ProposalRole.OPPONENT,
                     "in": ProposalRole.SUPPORTER, "ag": ProposalRole.SUPPORTER}


def test_writes_insert_parents_first_and_update_the_promoted_proposal() -> None:
    lex = lexicon(TABLED)
    plan = plan_capture(entry("KE sup #1", lex), ctx(), lex)
    stored = Proposal(id="p1", provision_id="a6-2", number=1, sponsor_id="eg")
    writes = capture_writes(plan, {"p1": stored})
    assert [type(r).__name__ for r in writes.inserts] == ["Intervention"]
    ((old, new),) = writes.updates
    assert old == stored and isinstance(new, Proposal) and new.status is ProposalStatus.SUPPORTED


def test_agenda_items_ranges_and_unknown_items() -> None:
    refs, problems = agenda_refs("14-16; 6(2), 99, 6.2", lexicon())
    assert [r.id for r in refs] == ["a14", "a15", "a16", "a6-2"] and problems == ["99"]


def test_switching_provision_follows_the_agenda_then_reading_order() -> None:
    agenda, _ = agenda_refs("16, 14", lexicon())
    assert step_agenda(agenda, PROVISIONS, PROVISIONS[4], 1) == PROVISIONS[2]
    assert step_agenda(agenda, PROVISIONS, PROVISIONS[2], 1) is None
    assert step_agenda(agenda, PROVISIONS, PROVISIONS[0], 1) == PROVISIONS[4]  # off the agenda: its start
    assert step_agenda([], PROVISIONS, PROVISIONS[0], 1) == PROVISIONS[1]


def test_a_new_meeting_gets_the_source_its_positions_cite() -> None:
    source, meeting = meeting_with_source(Session(name="Reconvened concluding session"), replace(MEETING, source_id=None))
    assert source is not None and meeting.source_id == source.id
    assert source.title == "Reconvened concluding session, 11th meeting (2024-08-02): heard in the room"
    assert source.sensitivity is Sensitivity.COALITION
    assert meeting_with_source(Session(name="x"), MEETING) == (None, MEETING)


def test_ordinals_and_labels() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    assert meeting_label(Meeting(session_id="s")) == "Meeting"
