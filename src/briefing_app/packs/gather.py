"""Read what a pack may draw on from the workspace into domain.tailoring.PackData.

Only shareable rows are read (tailoring filters again: it is the gate that tests pin down).
The part common to every delegation is read once, so a batch of 193 packs reads it once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Meeting,
    Organization,
    Record,
    Session,
    Source,
    Version,
)
from briefing_app.domain.pack_model import Change, PackData, Statement
from briefing_app.domain.pack_model import ChangeKind as PackChange
from briefing_app.drafts.compare import ChangeKind, changes_since_previous
from briefing_app.store import meetings_store, queries
from briefing_app.store.packs_store import data_version, link_pairs
from briefing_app.store.workspace import Workspace

R = TypeVar("R", bound=Record)


def _shared(records: Iterable[R]) -> tuple[R, ...]:
    return tuple(r for r in records if r.sensitivity.shareable_by_default)


def default_version(ws: Workspace) -> Version | None:
    """The latest version of the first document that has versions."""
    for document in queries.documents(ws):
        latest = queries.latest_version(ws, document.id)
        if latest is not None:
            return latest
    return None


@dataclass(frozen=True, slots=True)
class Common:
    """Pack input shared by all delegations for one version; `data_version` stamps the export log;
    `statements`: delegation id -> what it said on the version's provisions (as speaker or as the
    group spoken for), read once for the whole batch."""

    data: PackData
    data_version: str
    statements: Mapping[str, tuple[Statement, ...]] = field(default_factory=dict)


def read_common(ws: Workspace, version_id: str = "") -> Common:
    version = ws.get(Version, version_id) if version_id else None
    version = version or default_version(ws)
    document = ws.get(Document, version.document_id) if version else None
    provisions = tuple(queries.provisions_of(ws, version.id)) if version else ()
    ids = {p.id for p in provisions}
    links = link_pairs(ws, "concern_provisions")
    concern_ids = {c for c, p in links if p in ids}
    stamp = data_version(ws)
    notice = ws.get_meta("demo_notice") if ws.is_demo else ""
    previous, changes = _changes(ws, version)
    placeholder = Delegation(id="", name="")
    data = PackData(
        delegation=placeholder, document=document, version=version, provisions=provisions,
        concerns=_shared([c for c in ws.find(Concern) if c.id in concern_ids]),
        concern_provisions=tuple((c, p) for c, p in links if p in ids),
        amendments=_shared([a for a in ws.find(Amendment) if a.provision_id in ids]),
        sources=_shared(ws.find(Source)),
        concern_sources=tuple(link_pairs(ws, "concern_sources")),
        cases=_shared(ws.find(Case)),
        concern_cases=tuple(link_pairs(ws, "concern_cases")),
        organizations=_shared(ws.find(Organization)),
        is_demo=ws.is_demo, demo_notice=notice or "", data_as_of=stamp.split("/")[0], previous_version=previous, changes=changes,
    )
    return Common(data, stamp, _statements(ws, version))


def _statements(ws: Workspace, version: Version | None) -> dict[str, tuple[Statement, ...]]:
    if version is None:
        return {}
    interventions, proposals = meetings_store.spoken_on_version(ws, version.id)
    if not interventions:
        return {}
    meetings = {m.id: m for m in ws.find(Meeting)}
    sessions = {s.id: s.name for s in ws.find(Session)}
    names = {d.id: d.name for d in ws.find(Delegation)}
    by_id = {p.id: p for p in proposals}
    said: dict[str, list[Statement]] = {}
    for i in interventions:
        meeting = meetings[i.meeting_id]
        statement = Statement(i, meeting, sessions.get(meeting.session_id, ""), names.get(i.delegation_id, ""),
                              names.get(i.on_behalf_id or "", ""), by_id.get(i.proposal_id or ""))
        for who in {i.delegation_id, i.on_behalf_id or i.delegation_id}:
            said.setdefault(who, []).append(statement)
    return {who: tuple(items) for who, items in said.items()}


_KINDS = {ChangeKind.ADDED: PackChange.ADDED, ChangeKind.RENUMBERED: PackChange.RENUMBERED,
          ChangeKind.CHANGED: PackChange.CHANGED}


def _changes(ws: Workspace, version: Version | None) -> tuple[str, tuple[tuple[str, Change], ...]]:
    """The previous draft's label and, per changed article or chapter of `version`, what changed."""
    if version is None:
        return "", ()
    previous, changes = changes_since_previous(ws, version.id)
    if previous is None:
        return "", ()
    described = []
    for change in changes:
        kind = _KINDS.get(change.kind)
        if change.new is None or kind is None:
            continue
        was = change.old if change.old and change.old.label != change.new.label else None
        described.append((change.new.id, Change(kind, previous.label, change.ratio, was, change.note)))
    return previous.label, tuple(described)


def for_delegation(ws: Workspace, common: Common, delegation: Delegation) -> PackData:
    positions = _shared(queries.positions_of_delegation(ws, delegation.id))
    return replace(common.data, delegation=delegation, positions=positions,
                   statements=common.statements.get(delegation.id, ()))
