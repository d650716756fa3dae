"""Read what a pack may draw on from the workspace into domain.tailoring.PackData.

Only shareable rows are read (tailoring filters again: it is the gate that tests pin down).
The part common to every delegation is read once, so a batch of 193 packs reads it once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Organization,
    Record,
    Source,
    Version,
)
from briefing_app.domain.pack_model import Change, PackData
from briefing_app.domain.pack_model import ChangeKind as PackChange
from briefing_app.drafts.compare import ChangeKind, changes_since_previous
from briefing_app.store import queries
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
    """Pack input shared by all delegations for one version; `data_version` stamps the export log."""

    data: PackData
    data_version: str


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
    return Common(data, stamp)


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
    return replace(common.data, delegation=delegation, positions=positions)
