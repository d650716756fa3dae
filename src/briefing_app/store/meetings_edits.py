"""Editing and deleting a captured entry: the rows to change, so that the workspace reads as if the
entry had been typed right the first time (its order, time and proposal number kept)."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.domain.capture import CaptureError, StatusEntry, parse_line
from briefing_app.domain.lexicon import Lexicon, ProvisionRef
from briefing_app.domain.meetings import CapturePlan, MeetingContext, Writes, plan_capture, position_target
from briefing_app.domain.models import Intervention, Position, Proposal, Record
from briefing_app.store.errors import IntegrityError
from briefing_app.store.meetings_store import interventions_of_proposal, related_positions
from briefing_app.store.workspace import Workspace


class EntryInUse(IntegrityError):
    """The entry tabled a proposal that later entries took up: it cannot be taken back alone."""


def plan_edit(ws: Workspace, lexicon: Lexicon, ctx: MeetingContext, old: Intervention, line: str,
              current: ProvisionRef | None = None) -> CapturePlan:
    """The plan for `line` typed in place of `old` (raises CaptureError)."""
    parsed = parse_line(line, lexicon, current=current)
    if isinstance(parsed, StatusEntry):
        raise CaptureError("An entry stays what a delegation said: type the chair's decision as a new line.")
    tabled = ws.get(Proposal, old.proposal_id) if old.tabled and old.proposal_id else None
    number = tabled.number if tabled is not None else ctx.next_proposal_number
    edited = replace(ctx, next_seq=old.seq, next_proposal_number=number)
    others = replace(lexicon, proposals=[p for p in lexicon.proposals if tabled is None or p.id != tabled.id])
    target = position_target(parsed, edited, others)
    related = [f for f in related_positions(ws, target) if f.id != old.position_id] if target is not None else []
    plan = plan_capture(parsed, edited, others, related)
    intervention = replace(plan.intervention, id=old.id, seq=old.seq, spoken_at=old.spoken_at,
                           created_at=old.created_at, sensitivity=old.sensitivity, origin=old.origin,
                           illustrative=old.illustrative)
    proposal = plan.proposal
    if proposal is not None and tabled is not None:  # the entry still tables a proposal: the same one
        proposal = replace(proposal, id=tabled.id, number=tabled.number, status=tabled.status,
                           status_date=tabled.status_date, note=tabled.note, created_at=tabled.created_at)
        intervention = replace(intervention, proposal_id=tabled.id)
    return replace(plan, intervention=intervention, proposal=proposal)


def _tabled_alone(ws: Workspace, entry: Intervention) -> Proposal | None:
    """The proposal the entry tabled, when no other entry names it; EntryInUse when one does."""
    if not entry.tabled or entry.proposal_id is None:
        return None
    proposal = ws.get(Proposal, entry.proposal_id)
    if proposal is None:
        return None
    others = [i for i in interventions_of_proposal(ws, proposal.id) if i.id != entry.id]
    if others:
        raise EntryInUse(f"This entry tabled proposal #{proposal.number}, which {len(others)} later "
                         f"entr{'y names' if len(others) == 1 else 'ies name'}. Take those back first, or "
                         f"record the chair's decision instead: #{proposal.number} withdrawn.")
    return proposal


def edit_writes(ws: Workspace, old: Intervention, plan: CapturePlan) -> Writes:
    deletes: list[Record] = []
    inserts: list[Record] = []
    updates: list[tuple[Record, Record]] = []
    if old.position_id is not None:
        position = ws.get(Position, old.position_id)
        if position is not None:
            deletes.append(position)
    kept = ws.get(Proposal, plan.proposal.id) if plan.proposal is not None else None
    if kept is None:
        dropped = _tabled_alone(ws, old)
        if dropped is not None:
            deletes.append(dropped)
    if plan.position is not None:
        inserts.append(plan.position)
    if plan.proposal is not None and kept is None:
        inserts.append(plan.proposal)
    if plan.proposal is not None and kept is not None:
        updates.append((kept, plan.proposal))
    updates.append((ws.require(Intervention, old.id), plan.intervention))
    if plan.promote is not None:
        promoted = ws.get(Proposal, plan.promote[0])
        if promoted is not None and promoted.status is not plan.promote[1]:
            updates.append((promoted, replace(promoted, status=plan.promote[1], status_date=plan.promote[2])))
    return Writes(tuple(deletes), tuple(inserts), tuple(updates))


def delete_writes(ws: Workspace, entry: Intervention) -> Writes:
    """Take an entry back: it, the position it recorded, and the proposal it tabled (when unused)."""
    deletes: list[Record] = [entry]
    if entry.position_id is not None:
        position = ws.get(Position, entry.position_id)
        if position is not None:
            deletes.append(position)
    tabled = _tabled_alone(ws, entry)
    if tabled is not None:
        deletes.append(tabled)
    return Writes(deletes=tuple(deletes))
