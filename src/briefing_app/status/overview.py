"""Read models of a treaty's status: one row per delegation, and the entry-into-force summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_app.domain.enums import DelegationKind
from briefing_app.domain.models import Delegation, Provision, Reservation, StatusEvent
from briefing_app.domain.treaty_status import (
    EntryIntoForce,
    PartyStatus,
    ReservationScope,
    entry_into_force,
    party_statuses,
    reservation_scope,
)
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace

GROUP_KINDS = (DelegationKind.REGIONAL_GROUP, DelegationKind.BLOC)
STAGE_LABELS = {"bound": "bound", "signed": "signed", "withdrawn": "withdrawn", "none": "not signed"}


@dataclass(frozen=True, slots=True)
class StatusRow:
    delegation: Delegation
    status: PartyStatus
    groups: tuple[str, ...]
    reservations: int

    @property
    def name(self) -> str:
        return self.delegation.name

    @property
    def stage(self) -> str:
        return self.status.stage

    @property
    def stage_label(self) -> str:
        instrument = self.status.instrument
        if self.stage == "bound" and instrument is not None:
            return instrument.kind.value
        return STAGE_LABELS[self.stage]

    @property
    def illustrative(self) -> bool:
        return self.status.illustrative

    @property
    def dates(self) -> str:
        parts = [f"{label} {event.date}" for label, event in (
            ("signed", self.status.signature), ("instrument", self.status.instrument),
            ("withdrew", self.status.withdrawal)) if event is not None]
        return ", ".join(parts)

    def events(self) -> tuple[StatusEvent, ...]:
        return tuple(e for e in (self.status.signature, self.status.instrument, self.status.withdrawal) if e)

    def to_json(self) -> dict[str, object]:
        return {"delegation": self.name, "iso_code": self.delegation.iso_code, "stage": self.stage,
                "groups": list(self.groups), "reservations": self.reservations, "illustrative": self.illustrative,
                "events": [{"kind": e.kind.value, "date": e.date, "confidence": e.confidence.value,
                            "illustrative": e.illustrative, "summary": e.summary} for e in self.events()]}


def status_rows(ws: Workspace, document_id: str, *, group_id: str | None = None) -> list[StatusRow]:
    """Every state (and any other delegation with a recorded step), by name; a group keeps its members."""
    events = status_store.events_of(ws, document_id)
    statuses = party_statuses(events)
    groups = {d.id: d for d in ws.find(Delegation) if d.kind in GROUP_KINDS}
    members = status_store.memberships(ws)
    reservations: dict[str, int] = {}
    for reservation in status_store.reservations_of(ws, document_id):
        if not reservation.withdrawn_date:
            reservations[reservation.delegation_id] = reservations.get(reservation.delegation_id, 0) + 1
    rows = []
    for delegation in queries.delegations(ws):
        if delegation.kind in GROUP_KINDS and delegation.id not in statuses:
            continue
        if group_id is not None and group_id not in members.get(delegation.id, []):
            continue
        names = tuple(sorted(groups[g].name for g in members.get(delegation.id, []) if g in groups))
        rows.append(StatusRow(delegation, statuses.get(delegation.id, PartyStatus(delegation.id)), names,
                              reservations.get(delegation.id, 0)))
    return sorted(rows, key=lambda r: r.name.casefold())


def entry_into_force_of(ws: Workspace, document_id: str, *, on: dt.date | None = None) -> EntryIntoForce:
    return entry_into_force(status_store.events_of(ws, document_id), status_store.rule_of(ws, document_id), on=on)


def date_range_text(bounds: tuple[dt.date, dt.date]) -> str:
    first, last = bounds
    return first.isoformat() if first == last else f"between {first.isoformat()} and {last.isoformat()}"


def eif_summary(ws: Workspace, document_id: str, *, on: dt.date | None = None) -> dict[str, object]:
    """The count against the threshold and the date it gives, as data and as one sentence."""
    result = entry_into_force_of(ws, document_id, on=on)
    illustrative = " (illustrative data)" if result.illustrative else ""
    if result.date is not None:
        text = (f"{result.required} instruments reached; in force {date_range_text(result.date)}, "
                f"{result.days_after} days after the deciding instrument{illustrative}")
    else:
        text = (f"{result.counted} of {result.required} instruments counted; {result.remaining} more needed "
                f"before entry into force ({result.days_after} days after the last one)")
        if any(e.illustrative for e in status_store.events_of(ws, document_id) if e.kind.is_instrument):
            text += "; the count includes illustrative instruments"
    return {"counted": result.counted, "required": result.required, "days_after": result.days_after,
            "threshold_reached": [d.isoformat() for d in result.threshold_reached] if result.threshold_reached else None,
            "entry_into_force": [d.isoformat() for d in result.date] if result.date else None,
            "not_counted": [{"delegation_id": n.event.delegation_id, "kind": n.event.kind.value, "reason": n.reason}
                            for n in result.not_counted],
            "illustrative": result.illustrative, "text": text}


@dataclass(frozen=True, slots=True)
class ReservationLine:
    """A reservation or declaration with the provisions it is linked to and their scope ("Art. 11(3)")."""

    reservation: Reservation
    provision_ids: tuple[str, ...]
    scope: ReservationScope

    @property
    def text(self) -> str:
        r = self.reservation
        when = f" ({r.date})" if r.date else ""
        withdrawn = f"; withdrawn {r.withdrawn_date}" if r.withdrawn_date else ""
        mark = " (illustrative)" if r.illustrative else ""
        return f"{r.kind.value.capitalize()}{when} on {self.scope.label}{withdrawn}{mark}: {r.summary}"


def reservation_lines(ws: Workspace, document_id: str, delegation_id: str | None = None) -> list[ReservationLine]:
    """A delegation's (or every) reservation with its scope, oldest first."""
    reservations = status_store.reservations_of(ws, document_id, delegation_id)
    linked = status_store.reservation_provisions(ws, [r.id for r in reservations])
    by_id: dict[str, Provision] = {}
    for linked_ids in linked.values():
        for provision_id in linked_ids:
            _with_ancestors(ws, provision_id, by_id)
    lines = []
    for reservation in reservations:
        ids = tuple(linked.get(reservation.id, ()))
        scope = reservation_scope([by_id[i] for i in ids if i in by_id], by_id)
        lines.append(ReservationLine(reservation, ids, scope))
    return lines


def _with_ancestors(ws: Workspace, provision_id: str, by_id: dict[str, Provision]) -> None:
    current = provision_id
    while current and current not in by_id:
        provision = ws.get(Provision, current)
        if provision is None:
            return
        by_id[current] = provision
        current = provision.parent_id or ""
