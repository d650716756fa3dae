"""Carry concerns, amendments and positions of the previous draft to the provisions that continue them.

Concerns gain a link to the new provision; amendments and positions are copied onto it, so the old
version's analysis stays intact. Every carried record gets a review state (store.drafts_store.CarryState);
records of a deleted provision are recorded as orphaned, never dropped.

A delegation's stance on one of our amendments (a position with amendment_id and no provision_id)
follows the amendment: it is copied onto the carried amendment, keeping its version_id (the draft the
stance was expressed on, as for carried positions on provisions), and takes the amendment's own state
and reason. A stance is only as current as the amendment it is
on, so one on a 'base text changed' or 'possibly adopted' amendment is flagged for review as well;
stances on an orphaned amendment are listed as orphaned and stay on the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing_app.domain.enums import AmendmentAction, ProvisionKind
from briefing_app.domain.mapping import Mapping
from briefing_app.domain.models import Amendment, Position, Provision, new_id
from briefing_app.domain.redline import AmendmentTargetError, SegmentKind, amendment_redline
from briefing_app.domain.text_scoring import Scorer, normalized
from briefing_app.store import queries
from briefing_app.store.drafts_store import CarriedRecord, CarryState, insert_carries
from briefing_app.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Destination:
    """Where an old provision's records go, and what a reviewer should know about it."""

    provision: Provision
    note: str = ""
    fallback: bool = False


def amendment_state(amendment: Amendment, old_text: str, new_text: str) -> tuple[CarryState, str]:
    """Review state of an amendment whose provision text went from `old_text` to `new_text`."""
    old, new = normalized(old_text), normalized(new_text)
    if old == new:
        return CarryState.UNCHANGED, ""
    target, proposed = normalized(amendment.target_text), normalized(amendment.proposed_text)
    if amendment.action is AmendmentAction.DELETE:
        if target and target in old and target not in new:
            return CarryState.POSSIBLY_ADOPTED, "the passage the amendment deletes is no longer in the draft"
    elif proposed and proposed in new and proposed not in old:
        return CarryState.POSSIBLY_ADOPTED, "the amendment's proposed text now appears in the draft"
    if target and target not in new:
        return CarryState.BASE_TEXT_CHANGED, "the passage the amendment acts on is no longer in the text"
    if _changes(amendment, old) == _changes(amendment, new):
        return CarryState.UNCHANGED, "the text changed elsewhere; the amendment's redline is the same"
    return CarryState.BASE_TEXT_CHANGED, "the text changed; the amendment's redline was recomputed"


def _changes(amendment: Amendment, base: str) -> list[tuple[SegmentKind, str]] | None:
    try:
        segments = amendment_redline(base, amendment.action, normalized(amendment.target_text),
                                     amendment.proposed_text)
    except AmendmentTargetError:
        return None
    return [(s.kind, s.text) for s in segments if s.kind is not SegmentKind.EQUAL]


def text_state(old: Provision, destination: Destination, scorer: Scorer) -> tuple[CarryState, str]:
    """State of a concern or position: unchanged only when the provision's whole wording is."""
    if scorer.same_wording(old, destination.provision) and not destination.note:
        return CarryState.UNCHANGED, destination.note
    return CarryState.BASE_TEXT_CHANGED, destination.note or "the provision's text changed"


def destinations(old: Sequence[Provision], new: Sequence[Provision], mapping: Mapping,
                 lineage: dict[str, str]) -> dict[str, Destination]:
    """Old provision id → its continuation: the new provision with its lineage, else its first target,
    else (a removed paragraph only) the continuation of its nearest ancestor."""
    new_by_id = {p.id: p for p in new}
    old_by_id = {p.id: p for p in old}
    found: dict[str, Destination] = {}
    for p in old:
        targets = [new_by_id[n] for n in mapping.targets(p.id)]
        if not targets:
            continue
        keeper = next((t for t in targets if lineage[t.id] == p.lineage_id), targets[0])
        found[p.id] = Destination(keeper, _note(p, keeper, targets, mapping))
    for p in old:
        if p.id in found or p.kind is not ProvisionKind.PARAGRAPH:
            continue
        parent = p.parent_id
        while parent is not None and parent not in found:
            parent = old_by_id[parent].parent_id if parent in old_by_id else None
        if parent is not None:
            target = found[parent].provision
            found[p.id] = Destination(
                target, f"{p.label} is gone from the new draft; carried to {target.label}", fallback=True)
    return found


def _note(old: Provision, keeper: Provision, targets: list[Provision], mapping: Mapping) -> str:
    if len(targets) > 1:
        others = ", ".join(t.label for t in targets if t.id != keeper.id)
        return f"{old.label} was split; carried to {keeper.label} (also see {others})"
    sources = [e.old_id for e in mapping.entries if keeper.id in e.new_ids and e.old_id]
    if len(sources) > 1:
        return f"{old.label} was merged into {keeper.label} with other provisions"
    return ""


def carry_forward(ws: Workspace, *, from_version_id: str, to_version_id: str, old: Sequence[Provision],
                  found: dict[str, Destination], scorer: Scorer) -> list[CarriedRecord]:
    """Write the carried links and copies and their review states (inside the caller's transaction).

    `scorer` knows both versions' whole wordings (mapping.effective_texts)."""
    records: list[CarriedRecord] = []

    def record(table: str, source: str, carried: str | None, provision: Provision,
               target: Provision | None, state: CarryState, detail: str) -> None:
        records.append(CarriedRecord(
            id=new_id(), from_version_id=from_version_id, to_version_id=to_version_id, record_table=table,
            source_id=source, carried_id=carried, old_provision_id=provision.id,
            new_provision_id=target.id if target else None, state=state, detail=detail))

    amendment_copies: dict[str, str] = {}
    linked: set[tuple[str, str]] = set()
    for provision in old:
        where = found.get(provision.id)
        target = where.provision if where else None
        gone = f"{provision.label} is not in the new draft"
        for concern in queries.concerns_for(ws, [provision.id]):
            if where is None:
                record("concerns", concern.id, None, provision, None, CarryState.ORPHANED, gone)
            elif (concern.id, where.provision.id) not in linked:
                linked.add((concern.id, where.provision.id))
                ws.insert_links("concern_provisions", [(concern.id, where.provision.id)])
                record("concerns", concern.id, concern.id, provision, target, *text_state(provision, where, scorer))
        for amendment in queries.amendments_for(ws, [provision.id]):
            stances = ws.find(Position, amendment_id=amendment.id, provision_id=None)
            if where is None:
                record("amendments", amendment.id, None, provision, None, CarryState.ORPHANED, gone)
                for stance in stances:
                    record("positions", stance.id, None, provision, None, CarryState.ORPHANED,
                           f"its amendment was not carried: {gone}")
                continue
            copy = ws.insert(replace(amendment, id=new_id(), provision_id=where.provision.id,
                                     created_at="", updated_at=""))
            amendment_copies[amendment.id] = copy.id
            _copy_links(ws, amendment.id, copy.id)
            state, detail = amendment_state(amendment, provision.text, where.provision.text)
            if where.note and state is CarryState.UNCHANGED:
                state = CarryState.BASE_TEXT_CHANGED
            detail = "; ".join(d for d in (where.note, detail) if d)
            record("amendments", amendment.id, copy.id, provision, target, state, detail)
            for stance in stances:
                moved = ws.insert(replace(stance, id=new_id(), amendment_id=copy.id,
                                          created_at="", updated_at=""))
                record("positions", stance.id, moved.id, provision, target, state, _on_amendment(detail))
        for position in ws.find(Position, provision_id=provision.id):
            if where is None:
                record("positions", position.id, None, provision, None, CarryState.ORPHANED, gone)
                continue
            moved = ws.insert(replace(
                position, id=new_id(), provision_id=where.provision.id, created_at="", updated_at="",
                amendment_id=amendment_copies.get(position.amendment_id or "", position.amendment_id)))
            record("positions", position.id, moved.id, provision, target, *text_state(provision, where, scorer))
    insert_carries(ws, records)
    return records


def _on_amendment(detail: str) -> str:
    return f"the amendment it is on: {detail}" if detail else ""


def _copy_links(ws: Workspace, source_id: str, copy_id: str) -> None:
    for link in ("amendment_concerns", "amendment_supporters"):
        ws.insert_links(link, [(copy_id, other) for other in ws.linked(link, left_id=source_id)])
