"""What carrying a draft's analysis forward will write, decided without touching the workspace (pure).

Concerns gain a link to the provision that continues theirs; amendments and positions are copied onto
it, so the old version's analysis stays intact. Every carried record gets a review state; records of
a deleted provision are recorded as orphaned, never dropped.

A delegation's stance on one of our amendments (a position with amendment_id and no provision_id)
follows the amendment: it is copied onto the carried amendment, keeping its version_id (the draft the
stance was expressed on, as for carried positions on provisions), and takes the amendment's own state
and reason. A stance is only as current as the amendment it is on, so one on a 'base text changed'
or 'possibly adopted' amendment is flagged for review as well; stances on an orphaned amendment are
listed as orphaned and stay on the original.

store.drafts_store.write_carry_plan writes a CarryPlan in batches inside the import's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from briefing_app.domain.enums import AmendmentAction
from briefing_app.domain.mapping import Mapping as ProvisionMapping
from briefing_app.domain.models import Amendment, Position, Provision, new_id
from briefing_app.domain.redline import AmendmentTargetError, SegmentKind, amendment_redline
from briefing_app.domain.text_scoring import Scorer, normalized

AMENDMENT_LINKS = ("amendment_concerns", "amendment_supporters")
"""Link tables whose rows follow an amendment onto its carried copy."""


class CarryState(StrEnum):
    """Review state of one record carried to a new draft; values match store.drafts_schema.CARRY_STATES."""

    UNCHANGED = "carried-unchanged"
    BASE_TEXT_CHANGED = "base-text-changed"
    POSSIBLY_ADOPTED = "possibly-adopted"
    ORPHANED = "orphaned"
    RESOLVED = "resolved"

    @property
    def needs_review(self) -> bool:
        return self in (CarryState.BASE_TEXT_CHANGED, CarryState.POSSIBLY_ADOPTED, CarryState.ORPHANED)


@dataclass(frozen=True, slots=True, kw_only=True)
class CarriedRecord:
    """A concern link, amendment or position of an old provision and what became of it.

    `carried_id` is the concern itself (now also linked to the new provision) or the amendment or
    position copied onto the new provision (a stance on an amendment: onto the carried amendment);
    None when orphaned (nothing carried, the original stays).
    """

    id: str
    from_version_id: str
    to_version_id: str
    record_table: str
    source_id: str
    carried_id: str | None
    old_provision_id: str
    new_provision_id: str | None
    state: CarryState
    previous_state: str = ""
    detail: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Destination:
    """Where an old provision's records go, and what a reviewer should know about it."""

    provision: Provision
    note: str = ""
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class CarryInputs:
    """The analysis on the old version's provisions, read by the store before planning.

    Per old provision id: concern ids (most severe first), amendments, positions on the provision;
    per amendment id: stances on it and its rows in AMENDMENT_LINKS (link name → other ids).
    """

    concerns: Mapping[str, Sequence[str]] = field(default_factory=dict)
    amendments: Mapping[str, Sequence[Amendment]] = field(default_factory=dict)
    positions: Mapping[str, Sequence[Position]] = field(default_factory=dict)
    stances: Mapping[str, Sequence[Position]] = field(default_factory=dict)
    amendment_links: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CarryPlan:
    """Rows to write: concern links, copies (amendments before the positions that may point at them),
    the copied amendments' links, and one CarriedRecord per record looked at, in review order."""

    concern_links: tuple[tuple[str, str], ...]
    amendments: tuple[Amendment, ...]
    links: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    positions: tuple[Position, ...]
    records: tuple[CarriedRecord, ...]

    @property
    def size(self) -> int:
        return (len(self.concern_links) + len(self.amendments) + len(self.positions) + len(self.records)
                + sum(len(pairs) for _name, pairs in self.links))


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


def destinations(old: Sequence[Provision], new: Sequence[Provision], mapping: ProvisionMapping,
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
        if p.id in found or not p.kind.is_paragraph_level:
            continue
        parent = p.parent_id
        while parent is not None and parent not in found:
            parent = old_by_id[parent].parent_id if parent in old_by_id else None
        if parent is not None:
            target = found[parent].provision
            found[p.id] = Destination(
                target, f"{p.label} is gone from the new draft; carried to {target.label}", fallback=True)
    return found


def _note(old: Provision, keeper: Provision, targets: list[Provision], mapping: ProvisionMapping) -> str:
    if len(targets) > 1:
        others = ", ".join(t.label for t in targets if t.id != keeper.id)
        return f"{old.label} was split; carried to {keeper.label} (also see {others})"
    sources = [e.old_id for e in mapping.entries if keeper.id in e.new_ids and e.old_id]
    if len(sources) > 1:
        return f"{old.label} was merged into {keeper.label} with other provisions"
    return ""


class _Planner:
    def __init__(self, from_version_id: str, to_version_id: str, make_id: Callable[[], str]) -> None:
        self.from_version_id, self.to_version_id, self.make_id = from_version_id, to_version_id, make_id
        self.records: list[CarriedRecord] = []
        self.concern_links: list[tuple[str, str]] = []
        self.amendments: list[Amendment] = []
        self.positions: list[Position] = []
        self.links: dict[str, list[tuple[str, str]]] = {name: [] for name in AMENDMENT_LINKS}

    def record(self, table: str, source: str, carried: str | None, provision: Provision,
               target: Provision | None, state: CarryState, detail: str) -> None:
        self.records.append(CarriedRecord(
            id=self.make_id(), from_version_id=self.from_version_id, to_version_id=self.to_version_id,
            record_table=table, source_id=source, carried_id=carried, old_provision_id=provision.id,
            new_provision_id=target.id if target else None, state=state, detail=detail))

    def plan(self) -> CarryPlan:
        return CarryPlan(tuple(self.concern_links), tuple(self.amendments),
                         tuple((name, tuple(pairs)) for name, pairs in self.links.items() if pairs),
                         tuple(self.positions), tuple(self.records))


def plan_carry(*, from_version_id: str, to_version_id: str, old: Sequence[Provision],
               found: Mapping[str, Destination], scorer: Scorer, inputs: CarryInputs,
               make_id: Callable[[], str] = new_id) -> CarryPlan:
    """The carried links, copies and review states for the old version's analysis.

    `found` comes from `destinations`; `scorer` knows both versions' whole wordings
    (text_scoring.effective_texts). Copies get fresh ids and empty timestamps (the store stamps them)."""
    planner = _Planner(from_version_id, to_version_id, make_id)
    amendment_copies: dict[str, str] = {}
    linked: set[tuple[str, str]] = set()
    for provision in old:
        where = found.get(provision.id)
        target = where.provision if where else None
        gone = f"{provision.label} is not in the new draft"
        for concern_id in inputs.concerns.get(provision.id, ()):
            if where is None:
                planner.record("concerns", concern_id, None, provision, None, CarryState.ORPHANED, gone)
            elif (concern_id, where.provision.id) not in linked:
                linked.add((concern_id, where.provision.id))
                planner.concern_links.append((concern_id, where.provision.id))
                planner.record("concerns", concern_id, concern_id, provision, target,
                               *text_state(provision, where, scorer))
        for amendment in inputs.amendments.get(provision.id, ()):
            stances = inputs.stances.get(amendment.id, ())
            if where is None:
                planner.record("amendments", amendment.id, None, provision, None, CarryState.ORPHANED, gone)
                for stance in stances:
                    planner.record("positions", stance.id, None, provision, None, CarryState.ORPHANED,
                                   f"its amendment was not carried: {gone}")
                continue
            copy = replace(amendment, id=make_id(), provision_id=where.provision.id, created_at="",
                           updated_at="")
            planner.amendments.append(copy)
            amendment_copies[amendment.id] = copy.id
            for name, others in inputs.amendment_links.get(amendment.id, {}).items():
                planner.links[name].extend((copy.id, other) for other in others)
            state, detail = amendment_state(amendment, provision.text, where.provision.text)
            if where.note and state is CarryState.UNCHANGED:
                state = CarryState.BASE_TEXT_CHANGED
            detail = "; ".join(d for d in (where.note, detail) if d)
            planner.record("amendments", amendment.id, copy.id, provision, target, state, detail)
            for stance in stances:
                moved = replace(stance, id=make_id(), amendment_id=copy.id, created_at="", updated_at="")
                planner.positions.append(moved)
                planner.record("positions", stance.id, moved.id, provision, target, state,
                               f"the amendment it is on: {detail}" if detail else "")
        for position in inputs.positions.get(provision.id, ()):
            if where is None:
                planner.record("positions", position.id, None, provision, None, CarryState.ORPHANED, gone)
                continue
            moved = replace(position, id=make_id(), provision_id=where.provision.id, created_at="",
                            updated_at="",
                            amendment_id=amendment_copies.get(position.amendment_id or "", position.amendment_id))
            planner.positions.append(moved)
            planner.record("positions", position.id, moved.id, provision, target,
                           *text_state(provision, where, scorer))
    return planner.plan()
