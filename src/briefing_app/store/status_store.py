"""Reads and writes of treaty status and national implementation (tables of schema step 7)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from briefing_app.domain.models import (
    ALL_LINKS_BY_NAME,
    Case,
    Concern,
    EntryIntoForceRule,
    NationalLaw,
    NationalProvision,
    Provision,
    Record,
    Reservation,
    StatusEvent,
)
from briefing_app.store.workspace import Workspace

R = TypeVar("R", bound=Record)


def events_of(ws: Workspace, document_id: str, delegation_id: str | None = None) -> list[StatusEvent]:
    """Status events of a treaty (of one delegation when given), oldest first."""
    if delegation_id is None:
        return ws.find(StatusEvent, document_id=document_id, order_by="date")
    return ws.find(StatusEvent, document_id=document_id, delegation_id=delegation_id, order_by="date")


def rule_of(ws: Workspace, document_id: str) -> EntryIntoForceRule:
    """The treaty's entry-into-force rule; an unsaved default (40 instruments, 90 days) when none is recorded."""
    found = ws.find(EntryIntoForceRule, document_id=document_id)
    return found[0] if found else EntryIntoForceRule(document_id=document_id)


def save_rule(ws: Workspace, rule: EntryIntoForceRule) -> EntryIntoForceRule:
    return ws.update(rule) if ws.get(EntryIntoForceRule, rule.id) else ws.insert(rule)


def reservations_of(ws: Workspace, document_id: str, delegation_id: str | None = None) -> list[Reservation]:
    if delegation_id is None:
        return ws.find(Reservation, document_id=document_id, order_by="date")
    return ws.find(Reservation, document_id=document_id, delegation_id=delegation_id, order_by="date")


def linked_ids(ws: Workspace, link_name: str, left_ids: Sequence[str]) -> dict[str, list[str]]:
    """Left id → right ids of a link table, for many left ids at once (insertion order)."""
    link = ALL_LINKS_BY_NAME[link_name]
    found: dict[str, list[str]] = {i: [] for i in left_ids}
    for start in range(0, len(left_ids), 500):
        chunk = list(left_ids[start:start + 500])
        marks = ", ".join("?" for _ in chunk)
        for left, right in ws.conn.execute(
                f"SELECT {link.left_column}, {link.right_column} FROM {link.name} "
                f"WHERE {link.left_column} IN ({marks}) ORDER BY rowid", chunk):
            found[left].append(right)
    return found


def reservation_provisions(ws: Workspace, reservation_ids: Sequence[str]) -> dict[str, list[str]]:
    return linked_ids(ws, "reservation_provisions", reservation_ids)


def laws_of(ws: Workspace, delegation_id: str | None = None) -> list[NationalLaw]:
    if delegation_id is None:
        return ws.find(NationalLaw, order_by="date")
    return ws.find(NationalLaw, delegation_id=delegation_id, order_by="date")


def sections_of(ws: Workspace, law_id: str) -> list[NationalProvision]:
    return ws.find(NationalProvision, law_id=law_id, order_by="position")


@dataclass(frozen=True, slots=True)
class SectionDetail:
    """A national provision with the treaty articles it implements and the concerns and cases on it."""

    section: NationalProvision
    articles: tuple[Provision, ...]
    concerns: tuple[Concern, ...]
    cases: tuple[Case, ...]


def section_details(ws: Workspace, law_id: str) -> list[SectionDetail]:
    sections = sections_of(ws, law_id)
    ids = [s.id for s in sections]
    articles = linked_ids(ws, "national_provision_articles", ids)
    cases = linked_ids(ws, "national_provision_cases", ids)
    concerns: dict[str, list[str]] = {i: [] for i in ids}
    for concern_id, section_id in ws.conn.execute(
            "SELECT concern_id, national_provision_id FROM concern_national_provisions ORDER BY rowid"):
        if section_id in concerns:
            concerns[section_id].append(concern_id)

    return [SectionDetail(s, _load(ws, Provision, articles[s.id]), _load(ws, Concern, concerns[s.id]),
                          _load(ws, Case, cases[s.id])) for s in sections]


def _load(ws: Workspace, cls: type[R], record_ids: Iterable[str]) -> tuple[R, ...]:
    return tuple(r for r in (ws.get(cls, i) for i in record_ids) if r is not None)


def next_position(ws: Workspace, law_id: str) -> int:
    row = ws.conn.execute("SELECT max(position) FROM national_provisions WHERE law_id = ?", (law_id,)).fetchone()
    return int(row[0] or 0) + 1


@dataclass(frozen=True, slots=True)
class StatusWrite:
    """What one status import or uptake update wrote: enough to undo it exactly."""

    inserted: tuple[Record, ...] = ()
    replaced: tuple[tuple[Record, Record], ...] = ()  # (before, after)


def write_records(ws: Workspace, inserts: Sequence[Record], updates: Sequence[Record]) -> StatusWrite:
    """Insert and update records in one transaction (one undo step)."""
    replaced: list[tuple[Record, Record]] = []
    with ws.transaction():
        for record in updates:
            before = ws.require(type(record), record.id)
            replaced.append((before, ws.update(record)))
        inserted = tuple(ws.insert(r) for r in inserts)
    return StatusWrite(inserted, tuple(replaced))


def undo_write(ws: Workspace, done: StatusWrite) -> None:
    """Take back a StatusWrite: inserted records go (no tombstone), replaced ones get their old values."""
    with ws.transaction():
        for record in reversed(done.inserted):
            if ws.get(type(record), record.id) is not None:
                ws.delete(type(record), record.id, tombstone=False)
        for before, _after in done.replaced:
            ws.replace_row(before)


def redo_write(ws: Workspace, done: StatusWrite) -> None:
    with ws.transaction():
        for _before, after in done.replaced:
            ws.replace_row(after)
        for record in done.inserted:
            ws.replace_row(record)



def memberships(ws: Workspace) -> dict[str, list[str]]:
    """Delegation id → ids of the groups it belongs to."""
    found: dict[str, list[str]] = {}
    for member, group in ws.conn.execute("SELECT delegation_id, group_id FROM delegation_memberships ORDER BY rowid"):
        found.setdefault(member, []).append(group)
    return found
