"""Rules of the room: what a captured line does to the workspace, and how proposals gain support.

An intervention records what was said. Through it:
- a stance on a provision (supports, opposes, proposes, undecided; not a question) adds a position
  for the delegation (the group when one speaks on behalf of it), dated the meeting's day, citing the
  meeting's source, with confidence "heard in the room";
- a redline is the change the speaker wants: it joins a live proposal with the same wording on that
  provision, or tables a new one with the speaker as sponsor;
- `#N` with a stance backs or opposes proposal N (and, when the proposal carries one of our
  amendments, records that stance on the amendment).
Positions are never edited in place: a new one is added and becomes the current one. When the
delegation already has a position on the same article (or amendment) that is later than this
meeting (a later date, or a later meeting of the same day), the intervention is kept but adds no
position: the later one stays current and the plan names it (`later`), so floor mode and the CLI
say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from briefing_app.domain.capture import Entry, StatusEntry, split_provision
from briefing_app.domain.enums import (
    Confidence,
    InterventionStance,
    ProposalStatus,
    Stance,
)
from briefing_app.domain.lexicon import (
    Lexicon,
    LookupFailed,
    ProposalRef,
    ProvisionRef,
    describe_redline,
    fold,
)
from briefing_app.domain.models import Intervention, Meeting, Position, Proposal, Record, Session, Source

POSITION_STANCE: dict[InterventionStance, Stance] = {
    InterventionStance.SUPPORTS: Stance.SUPPORTS,
    InterventionStance.OPPOSES: Stance.OPPOSES,
    InterventionStance.PROPOSES: Stance.PROPOSES_TEXT,
    InterventionStance.UNDECIDED: Stance.UNDECIDED,
}


class ProposalRole(StrEnum):
    SPONSOR = "sponsor"
    CO_SPONSOR = "co-sponsor"
    SUPPORTER = "supporter"
    OPPONENT = "opponent"
    SPOKE = "spoke"  # asked about it or reserved its position


ROLE_STANCE = {ProposalRole.SPONSOR: Stance.SUPPORTS, ProposalRole.CO_SPONSOR: Stance.SUPPORTS,
               ProposalRole.SUPPORTER: Stance.SUPPORTS, ProposalRole.OPPONENT: Stance.OPPOSES}


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def meeting_label(meeting: Meeting) -> str:
    """'5th meeting (2024-08-12)'."""
    name = f"{ordinal(meeting.number)} meeting" if meeting.number > 0 else "Meeting"
    return f"{name} ({meeting.date})" if meeting.date else name


def speaker_of(intervention: Intervention) -> str:
    """Whose position the intervention states: the group it spoke for, else the delegation itself."""
    return intervention.on_behalf_id or intervention.delegation_id


@dataclass(frozen=True, slots=True)
class MeetingContext:
    """What a capture needs to know about the meeting it is made in."""

    meeting: Meeting
    now: str  # the workspace clock's ISO UTC time at Enter
    next_seq: int
    next_proposal_number: int
    carried: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # proposal id -> our amendment ids

    @property
    def date(self) -> str:
        return self.meeting.date or self.now[:10]

    @property
    def rank(self) -> tuple[str, str, int]:
        return (self.date, self.meeting.time, self.meeting.number)


@dataclass(frozen=True, slots=True)
class PositionFact:
    """An existing position of the delegation on the same article or amendment, for the 'later' rule.

    `rank` orders positions heard in meetings within one day: (date, meeting time, meeting number, seq).
    """

    id: str
    stance: Stance
    date: str
    rank: tuple[str, str, int, int] | None = None
    source: str = ""  # a short description for the user: "Written submission (2024-08-09)"


def is_later(fact: PositionFact, date: str, rank: tuple[str, str, int, int]) -> bool:
    """True when `fact` comes after a position dated `date` heard at `rank` (and so stays current)."""
    if fact.date != date:
        return fact.date > date
    return fact.rank is not None and fact.rank > rank


def current_of(facts: Iterable[PositionFact]) -> PositionFact | None:
    """The position the matrix shows among these (given in entry order): the latest date, and on
    one date the one entered last."""
    ordered = sorted(facts, key=lambda f: f.date)  # stable: entry order within a date
    return ordered[-1] if ordered else None


@dataclass(frozen=True, slots=True)
class Target:
    """What a position from this entry would be about (exactly one is set), and for whom."""

    delegation_id: str
    provision_id: str | None = None
    amendment_id: str | None = None
    stance: Stance | None = None


def position_target(entry: Entry, ctx: MeetingContext, lexicon: Lexicon) -> Target | None:
    """Where the entry would record a position, or None when it records none (a question, a general
    statement, a stance on a proposal that carries none or several of our amendments)."""
    delegation = (entry.on_behalf or entry.speaker).id
    if entry.proposal is not None:
        carried = ctx.carried.get(entry.proposal.id, ())
        role = _role(entry.stance, voiced=False, tabled=False)
        stance = ROLE_STANCE.get(role)
        if len(carried) != 1 or stance is None:
            return None
        return Target(delegation, amendment_id=carried[0], stance=stance)
    stance = POSITION_STANCE.get(entry.stance)
    if stance is None or entry.provision is None:
        return None
    return Target(delegation, provision_id=entry.provision.id, stance=stance)


@dataclass(frozen=True, slots=True)
class CapturePlan:
    """The rows one Enter writes, and what it means for the matrix."""

    intervention: Intervention
    proposal: Proposal | None = None  # tabled by this intervention
    joined: ProposalRef | None = None  # an existing proposal the intervention backs or opposes
    role: ProposalRole | None = None
    position: Position | None = None
    promote: tuple[str, ProposalStatus, str] | None = None  # (proposal id, new status, its date)
    later: PositionFact | None = None  # a later position that stays current
    previous: PositionFact | None = None  # the position current until now, when this one replaces it
    warnings: tuple[str, ...] = ()

    @property
    def proposal_number(self) -> int:
        if self.proposal is not None:
            return self.proposal.number
        return self.joined.number if self.joined is not None else 0


def _role(stance: InterventionStance, *, voiced: bool, tabled: bool) -> ProposalRole:
    if tabled:
        return ProposalRole.SPONSOR
    if voiced:  # spoke the same redline: wants that change
        return ProposalRole.CO_SPONSOR if stance is InterventionStance.PROPOSES else ProposalRole.SUPPORTER
    return {InterventionStance.SUPPORTS: ProposalRole.SUPPORTER, InterventionStance.OPPOSES: ProposalRole.OPPONENT,
            InterventionStance.PROPOSES: ProposalRole.CO_SPONSOR}.get(stance, ProposalRole.SPOKE)


def role_of(intervention: Intervention) -> ProposalRole | None:
    """The intervention's role in its proposal (None when it names none)."""
    if intervention.proposal_id is None:
        return None
    return _role(intervention.stance, voiced=intervention.action is not None, tabled=intervention.tabled)


def proposal_roles(proposal: Proposal, interventions: Iterable[Intervention]) -> dict[str, ProposalRole]:
    """delegation id -> its role in the proposal. The sponsor stays the sponsor; for the others the
    latest of their interventions (given in spoken order) decides."""
    roles: dict[str, ProposalRole] = {}
    for intervention in interventions:
        role = role_of(intervention)
        who = speaker_of(intervention)
        if role is not None and intervention.proposal_id == proposal.id and who != proposal.sponsor_id:
            roles[who] = role
    if proposal.sponsor_id:
        roles[proposal.sponsor_id] = ProposalRole.SPONSOR
    return roles


def _same_redline(proposal: ProposalRef, entry: Entry) -> bool:
    assert entry.redline is not None
    return (proposal.action is entry.redline.action and proposal.status.live
            and _norm(proposal.target_text) == _norm(entry.redline.target_text)
            and _norm(proposal.proposed_text) == _norm(entry.redline.proposed_text))


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def plan_capture(entry: Entry, ctx: MeetingContext, lexicon: Lexicon,
                 related: Sequence[PositionFact] = ()) -> CapturePlan:
    """The rows to write for one line. `related` are the delegation's positions on the same article
    (or amendment) as position_target() names, for the 'later position' rule."""
    meeting = ctx.meeting
    sensitivity = meeting.sensitivity
    intervention = Intervention(
        meeting_id=meeting.id, delegation_id=entry.speaker.id, stance=entry.stance, seq=ctx.next_seq,
        spoken_at=ctx.now, on_behalf_id=entry.on_behalf.id if entry.on_behalf else None,
        speaking_for=entry.speaking_for, provision_id=entry.provision.id if entry.provision else None,
        locator=entry.locator, action=entry.redline.action if entry.redline else None,
        target_text=entry.redline.target_text if entry.redline else "",
        wording=entry.redline.proposed_text if entry.redline else entry.wording, note=entry.note,
        line=entry.line, sensitivity=sensitivity, origin=meeting.origin)
    who = (entry.on_behalf or entry.speaker).id
    tabled: Proposal | None = None
    joined: ProposalRef | None = entry.proposal
    if entry.redline is not None and entry.provision is not None:
        joined = next((p for p in lexicon.proposals_on(entry.provision.id) if _same_redline(p, entry)), None)
        if joined is None:
            tabled = Proposal(
                provision_id=entry.provision.id, session_id=meeting.session_id, meeting_id=meeting.id,
                number=ctx.next_proposal_number, sponsor_id=who, action=entry.redline.action,
                target_text=entry.redline.target_text, proposed_text=entry.redline.proposed_text,
                status=ProposalStatus.TABLED, status_date=ctx.date, sensitivity=sensitivity, origin=meeting.origin)
            intervention = replace(intervention, proposal_id=tabled.id, tabled=True)
        else:
            intervention = replace(intervention, proposal_id=joined.id)
    elif joined is not None:
        intervention = replace(intervention, proposal_id=joined.id)
    role = role_of(intervention)
    if joined is not None and joined.sponsor_id == who and role is not ProposalRole.OPPONENT:
        role = ProposalRole.SPONSOR
    promote = None
    if (joined is not None and joined.status is ProposalStatus.TABLED
            and role in (ProposalRole.CO_SPONSOR, ProposalRole.SUPPORTER)):
        promote = (joined.id, ProposalStatus.SUPPORTED, ctx.date)
    plan = CapturePlan(intervention, tabled, joined, role, promote=promote, warnings=entry.warnings)
    return _with_position(plan, entry, ctx, lexicon, related)


def _with_position(plan: CapturePlan, entry: Entry, ctx: MeetingContext, lexicon: Lexicon,
                   related: Sequence[PositionFact]) -> CapturePlan:
    """Add the position, unless a later one exists: then the intervention alone is kept and `later`
    names the position that stays current (nothing is overwritten, nothing silently)."""
    target = position_target(entry, ctx, lexicon)
    if target is None or target.stance is None:
        return plan
    rank = (*ctx.rank, ctx.next_seq)
    later = [f for f in related if is_later(f, ctx.date, rank)]
    if later:
        return replace(plan, later=current_of(later))
    position = Position(
        delegation_id=target.delegation_id, stance=target.stance, provision_id=target.provision_id,
        amendment_id=target.amendment_id, version_id=ctx.meeting.version_id, source_id=ctx.meeting.source_id,
        date=ctx.date, confidence=Confidence.HEARD_IN_ROOM, summary=position_summary(entry, ctx.meeting),
        illustrative=plan.intervention.illustrative, sensitivity=plan.intervention.sensitivity,
        origin=plan.intervention.origin)
    intervention = replace(plan.intervention, position_id=position.id)
    return replace(plan, intervention=intervention, position=position, previous=current_of(related))


def position_summary(entry: Entry, meeting: Meeting) -> str:
    """One sentence for the position's summary: what was heard, where."""
    said = {InterventionStance.SUPPORTS: "supported", InterventionStance.OPPOSES: "opposed",
            InterventionStance.PROPOSES: "proposed wording for", InterventionStance.UNDECIDED: "reserved its position on",
            InterventionStance.ASKS: "asked about"}[entry.stance]
    subject = f"proposal #{entry.proposal.number} ({entry.proposal.gist})" if entry.proposal else (
        entry.provision.label if entry.provision else "the text")
    parts = [f"Heard in the room at the {meeting_label(meeting)}: {said} {subject}"]
    if entry.on_behalf is not None:
        parts[0] += f" ({entry.speaker.name} on behalf of {entry.on_behalf.name})"
    elif entry.speaking_for:
        parts[0] += f" (speaking for {entry.speaking_for} states)"
    if entry.redline is not None:
        parts.append(f"wants to {describe_redline(entry.redline.action, entry.redline.target_text, entry.redline.proposed_text)}")
    elif entry.wording:
        parts.append(f"wording “{entry.wording}”")
    if entry.note:
        parts.append(entry.note)
    return "; ".join(parts) + "."


def plan_status(entry: StatusEntry, proposal: Proposal, ctx: MeetingContext) -> Proposal:
    """The proposal with the chair's decision: new status, dated the meeting's day."""
    note = proposal.note
    if entry.note:
        decided = f"{meeting_label(ctx.meeting)}: {entry.status.label} — {entry.note}"
        note = f"{note}\n{decided}" if note else decided
    return replace(proposal, status=entry.status, status_date=ctx.date, note=note)


def new_meeting_source_title(session_name: str, meeting: Meeting) -> str:
    """The title of the source a new meeting gets, which its captured positions cite."""
    return f"{session_name}, {meeting_label(meeting)}: heard in the room"


def agenda_refs(agenda: str, lexicon: Lexicon) -> tuple[list[ProvisionRef], list[str]]:
    """The provisions of an agenda such as '14, 15(2); 16-21, pre' in that order, and the items
    that name nothing in the draft (shown to the user, never fatal)."""
    refs: list[ProvisionRef] = []
    problems: list[str] = []
    for item in (part.strip() for part in agenda.replace(";", ",").split(",")):
        if not item:
            continue
        low, dash, high = item.partition("-")
        if dash and low.strip().isdigit() and high.strip().isdigit():
            first, last = int(low), int(high)
            found = [r for r in lexicon.provisions
                     if len(r.path) == 1 and r.path[0].isdigit() and first <= int(r.path[0]) <= last]
            refs.extend(found)
            if not found:
                problems.append(item)
            continue
        path = split_provision(item.removeprefix("Article").strip())
        try:
            ref = lexicon.provision(path)[0] if path else None
        except LookupFailed:
            ref = None
        if ref is None:
            problems.append(item)
        else:
            refs.append(ref)
    unique = list(dict.fromkeys(refs))
    return unique, problems


def step_agenda(agenda: Sequence[ProvisionRef], everything: Sequence[ProvisionRef], current: ProvisionRef | None,
                step: int) -> ProvisionRef | None:
    """The provision to switch to: the next (step 1) or previous (-1) agenda item, or in reading order
    through `everything` when the meeting has no agenda. From off the agenda, its first (or last)
    item. None at either end."""
    order = list(agenda) or list(everything)
    if not order:
        return None
    if current is None or current not in order:
        return order[0] if step > 0 else order[-1]
    index = order.index(current) + step
    return order[index] if 0 <= index < len(order) else None


def meeting_with_source(session: Session, meeting: Meeting) -> tuple[Source | None, Meeting]:
    """A new meeting and the source its captured positions will cite (None when it names one)."""
    if meeting.source_id is not None:
        return None, meeting
    source = Source(title=new_meeting_source_title(session.name, meeting), date=meeting.date,
                    url=meeting.summary_url, publisher=session.name,
                    reliability_note="Captured live in the room: who said what, not an official record of the wording.",
                    sensitivity=meeting.sensitivity, origin=meeting.origin)
    return source, replace(meeting, source_id=source.id)


@dataclass(frozen=True, slots=True)
class Writes:
    """Rows one user action writes, in order: deletes, inserts (parents first), updates (old, new)."""

    deletes: tuple[Record, ...] = ()
    inserts: tuple[Record, ...] = ()
    updates: tuple[tuple[Record, Record], ...] = ()


def capture_writes(plan: CapturePlan, proposals: Mapping[str, Proposal]) -> Writes:
    """The rows of a new capture; `proposals` holds the stored proposal the plan promotes."""
    inserts: list[Record] = [r for r in (plan.proposal, plan.position) if r is not None]
    inserts.append(plan.intervention)
    updates: list[tuple[Record, Record]] = []
    if plan.promote is not None and plan.promote[0] in proposals:
        old = proposals[plan.promote[0]]
        updates.append((old, replace(old, status=plan.promote[1], status_date=plan.promote[2])))
    return Writes((), tuple(inserts), tuple(updates))
