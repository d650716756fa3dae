"""The "Review after new draft" read model: everything an import left for a person to look at."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain.carry_plan import CarriedRecord, CarryState
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Amendment, Concern, Delegation, Position, Provision, Version
from briefing_app.domain.redline import AmendmentTargetError, Segment, amendment_redline
from briefing_app.domain.text_scoring import normalized
from briefing_app.drafts.compare import ChangeKind, changes_between
from briefing_app.store import queries, ui_queries
from briefing_app.store.drafts_store import carries_into
from briefing_app.store.workspace import Workspace

NEW_PROVISION = "new-provision"
"""State shown for a provision of the new draft that no earlier provision continues (no analysis yet)."""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    state: str  # a CarryState value, or NEW_PROVISION
    record_kind: str  # concern · amendment · position · provision
    title: str
    old_label: str
    new_label: str
    detail: str
    carry: CarriedRecord | None = None
    provision_id: str | None = None

    @property
    def needs_review(self) -> bool:
        return self.state == NEW_PROVISION or CarryState(self.state).needs_review


def review_items(ws: Workspace, version_id: str, *, include_settled: bool = False) -> list[ReviewItem]:
    """Carried records of the version needing a look (all of them with include_settled), then new articles."""
    items: list[ReviewItem] = []
    for carry in carries_into(ws, version_id, review_only=not include_settled):
        old = ws.get(Provision, carry.old_provision_id)
        new = ws.get(Provision, carry.new_provision_id) if carry.new_provision_id else None
        items.append(ReviewItem(
            state=carry.state.value, record_kind=carry.record_table[:-1], title=_title(ws, carry),
            old_label=_label(ws, old), new_label=_label(ws, new) if new else "—", detail=carry.detail, carry=carry,
            provision_id=carry.new_provision_id or carry.old_provision_id))
    previous = queries.previous_version(ws, ws.require(Version, version_id))
    if previous is not None:
        for change in changes_between(ws, previous.id, version_id,
                                      kinds=(ProvisionKind.ARTICLE, ProvisionKind.ANNEX)):
            if change.kind is not ChangeKind.ADDED or change.new is None or _analysed(ws, change.new):
                continue
            detail = f"{change.note}: no analysis of its own yet" if change.note else "new in this draft: no analysis yet"
            items.append(ReviewItem(
                state=NEW_PROVISION, record_kind="provision", title=change.new.heading or change.new.label,
                old_label="—", new_label=change.new.label, detail=detail, provision_id=change.new.id))
    return items


def _analysed(ws: Workspace, provision: Provision) -> bool:
    """Whether the provision or one of its paragraphs has a concern, an amendment or a position."""
    ids = queries.subtree_ids(ws, provision.id)
    return bool(queries.concerns_for(ws, ids) or queries.amendments_for(ws, ids) or queries.positions_for(ws, ids))


def _label(ws: Workspace, provision: Provision | None) -> str:
    """"Article 3 bis(2)", not a bare "para. 2" that every article has."""
    if provision is None:
        return "(deleted)"
    label = ui_queries.full_label(ws, provision)
    return f"{label}. {provision.heading}" if provision.heading and provision.heading != label else label


def _title(ws: Workspace, carry: CarriedRecord) -> str:
    if carry.record_table == "concerns":
        concern = ws.get(Concern, carry.source_id)
        return concern.title if concern else "(concern deleted)"
    if carry.record_table == "amendments":
        amendment = ws.get(Amendment, carry.carried_id or carry.source_id) or ws.get(Amendment, carry.source_id)
        return (amendment.title or "Amendment") if amendment else "(amendment deleted)"
    position = ws.get(Position, carry.carried_id or carry.source_id) or ws.get(Position, carry.source_id)
    if position is None:
        return "(position deleted)"
    delegation = ws.get(Delegation, position.delegation_id)
    stance = f"{delegation.name if delegation else 'A delegation'} {position.stance.value}"
    amendment = ws.get(Amendment, position.amendment_id) if position.amendment_id else None
    return f"{stance}: amendment “{amendment.title or 'untitled'}”" if amendment else stance


def carried_amendment(ws: Workspace, carry: CarriedRecord) -> Amendment | None:
    """The carried amendment, or the one a carried position is on; None for anything else or orphans."""
    if carry.carried_id is None or carry.record_table == "concerns":
        return None
    if carry.record_table == "amendments":
        return ws.get(Amendment, carry.carried_id)
    position = ws.get(Position, carry.carried_id)
    return ws.get(Amendment, position.amendment_id) if position and position.amendment_id else None


def carried_amendment_redline(ws: Workspace, carry: CarriedRecord) -> list[Segment] | None:
    """The carried amendment's (or a carried stance's amendment's) redline recomputed against the new
    text; None when it no longer applies or the record is not about an amendment."""
    amendment = carried_amendment(ws, carry)
    provision = ws.get(Provision, carry.new_provision_id) if carry.new_provision_id else None
    if amendment is None or provision is None:
        return None
    for base, target in ((provision.text, amendment.target_text),
                         (normalized(provision.text), normalized(amendment.target_text))):
        try:
            return amendment_redline(base, amendment.action, target, amendment.proposed_text)
        except AmendmentTargetError:
            continue
    return None
