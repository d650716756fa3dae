"""The "Was our ask adopted?" report: every amendment on one version, judged against a later one.

An amendment on a provision of the earlier version is judged against the provision that continues it
(same lineage; a paragraph that is gone falls back to its article's continuation), on the whole
wording with its paragraphs. Statuses are updated from the report in one transaction (one undo step).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from briefing_app.domain.enums import ProvisionKind, Stance
from briefing_app.domain.models import Amendment, Delegation, Position, Provision, Version
from briefing_app.domain.text_scoring import effective_texts, rarity, words
from briefing_app.domain.uptake import Uptake, UptakeAssessment, assess
from briefing_app.store import queries, status_store
from briefing_app.store.drafts_store import carries_into
from briefing_app.store.status_store import StatusWrite
from briefing_app.store.workspace import Workspace

SUPPORTING = (Stance.SUPPORTS, Stance.PROPOSES_TEXT)


@dataclass(frozen=True, slots=True)
class UptakeItem:
    amendment: Amendment
    provision: Provision  # where the amendment was written
    continuation: Provision | None  # what it is judged against; None: deleted
    assessment: UptakeAssessment
    supporters: tuple[str, ...]  # organizations backing the amendment
    delegations_for: tuple[str, ...]  # delegations supporting it (or proposing text)
    delegations_against: tuple[str, ...]
    carried_ids: tuple[str, ...]  # its copies on the later version (their status follows)
    illustrative_positions: bool = False

    @property
    def outcome(self) -> Uptake:
        return self.assessment.outcome

    @property
    def suggested_status(self) -> str:
        status = self.outcome.amendment_status
        return status.value if status else ""


@dataclass(frozen=True, slots=True)
class UptakeReport:
    earlier: Version
    later: Version
    items: tuple[UptakeItem, ...]

    def totals(self) -> dict[str, int]:
        counts = {u.value: 0 for u in Uptake}
        for item in self.items:
            counts[item.outcome.value] += 1
        return counts

    def to_json(self) -> dict[str, object]:
        return {"from": self.earlier.label, "to": self.later.label, "totals": self.totals(),
                "amendments": [_item_json(i) for i in self.items]}


def _item_json(item: UptakeItem) -> dict[str, object]:
    return {
        "id": item.amendment.id, "title": item.amendment.title, "provision": item.provision.label,
        "judged_against": item.continuation.label if item.continuation else None,
        "outcome": item.outcome.value, "share": item.assessment.share, "similarity": item.assessment.similarity,
        "reason": item.assessment.reason, "current_status": item.amendment.status.value,
        "suggested_status": item.suggested_status, "asked_text": item.assessment.asked_text,
        "text_now": item.assessment.new_text,
        "redline": [{"kind": s.kind.value, "text": s.text} for s in item.assessment.evidence],
        "supporters": list(item.supporters), "delegations_for": list(item.delegations_for),
        "delegations_against": list(item.delegations_against),
        "positions_illustrative": item.illustrative_positions,
    }


def _continuation(ws: Workspace, provision: Provision, later_id: str, by_id: dict[str, Provision]) -> Provision | None:
    """The later provision with the same lineage; for a paragraph that is gone, its nearest ancestor's."""
    current: Provision | None = provision
    while current is not None:
        found = queries.same_lineage_in(ws, current, later_id)
        if found is not None:
            return found
        if current.kind is not ProvisionKind.PARAGRAPH:
            return None
        current = by_id.get(current.parent_id) if current.parent_id else None
    return None


def build_report(ws: Workspace, earlier: Version, later: Version) -> UptakeReport:
    old = queries.provisions_of(ws, earlier.id)
    new = queries.provisions_of(ws, later.id)
    old_by_id = {p.id: p for p in old}
    texts = effective_texts(old) | effective_texts(new)
    weight = rarity(Counter(words(t)) for t in texts.values())
    delegations = {d.id: d for d in ws.find(Delegation)}
    organizations = queries.organizations_by_id(ws)
    carried: dict[str, list[str]] = {}
    for carry in carries_into(ws, later.id):
        if carry.record_table == "amendments" and carry.carried_id:
            carried.setdefault(carry.source_id, []).append(carry.carried_id)
    items = []
    for provision in old:
        for amendment in queries.amendments_for(ws, [provision.id]):
            continuation = _continuation(ws, provision, later.id, old_by_id)
            result = assess(amendment, provision.text, texts[continuation.id] if continuation else None,
                            old_whole=texts[provision.id], weight=weight)
            positions = ws.find(Position, amendment_id=amendment.id)
            for copy in carried.get(amendment.id, ()):
                positions += ws.find(Position, amendment_id=copy)
            names_for = _names(delegations, (p for p in positions if p.stance in SUPPORTING))
            names_against = _names(delegations, (p for p in positions if p.stance is Stance.OPPOSES))
            supporters = tuple(organizations[o].display_name for o in
                               ws.linked("amendment_supporters", left_id=amendment.id) if o in organizations)
            items.append(UptakeItem(amendment, provision, continuation, result, supporters, names_for,
                                    names_against, tuple(carried.get(amendment.id, ())),
                                    any(p.illustrative for p in positions)))
    return UptakeReport(earlier, later, tuple(items))


def _names(delegations: dict[str, Delegation], positions: Iterable[Position]) -> tuple[str, ...]:
    return tuple(sorted({delegations[p.delegation_id].name for p in positions if p.delegation_id in delegations}))


def status_updates(ws: Workspace, report: UptakeReport, only: set[str] | None = None) -> list[Amendment]:
    """The amendments (and their carried copies) whose status the report would change."""
    updates: list[Amendment] = []
    for item in report.items:
        status = item.outcome.amendment_status
        if status is None or (only is not None and item.amendment.id not in only):
            continue
        for record_id in (item.amendment.id, *item.carried_ids):
            current = ws.get(Amendment, record_id)
            if current is not None and current.status is not status:
                updates.append(replace(current, status=status))
    return updates


def apply_statuses(ws: Workspace, report: UptakeReport, only: set[str] | None = None) -> StatusWrite:
    """Set each amendment's status from its outcome, in one transaction (StatusWrite undoes it)."""
    return status_store.write_records(ws, [], status_updates(ws, report, only))
