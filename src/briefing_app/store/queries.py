"""Composed reads used by the UI, CLI and packs. Only reads; writes go through Workspace."""

from __future__ import annotations

from briefing_app.domain.models import (
    Amendment,
    Case,
    Concern,
    Delegation,
    Document,
    Organization,
    Position,
    Provision,
    Source,
    Version,
)
from briefing_app.domain.views import ProvisionCounts
from briefing_app.store.records import from_row
from briefing_app.store.workspace import Workspace

_SEVERITY_RANK = (
    "CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END"
)


def documents(ws: Workspace) -> list[Document]:
    return ws.find(Document, order_by="title")


def versions_of(ws: Workspace, document_id: str) -> list[Version]:
    """Versions in negotiating order (oldest first)."""
    return ws.find(Version, document_id=document_id, order_by="seq")


def latest_version(ws: Workspace, document_id: str) -> Version | None:
    versions = versions_of(ws, document_id)
    return versions[-1] if versions else None


def provisions_of(ws: Workspace, version_id: str) -> list[Provision]:
    """All provisions of a version in reading order (depth-first by position)."""
    rows = ws.find(Provision, version_id=version_id, order_by="position")
    by_parent: dict[str | None, list[Provision]] = {}
    for provision in rows:
        by_parent.setdefault(provision.parent_id, []).append(provision)
    ordered: list[Provision] = []

    def walk(parent: str | None) -> None:
        for child in by_parent.get(parent, []):
            ordered.append(child)
            walk(child.id)

    walk(None)
    return ordered


def children_of(ws: Workspace, version_id: str, parent_id: str | None) -> list[Provision]:
    """Direct children in order; parent None gives the top level of the version."""
    return ws.find(Provision, version_id=version_id, parent_id=parent_id, order_by="position")


def subtree_ids(ws: Workspace, provision_id: str) -> list[str]:
    """The provision and all its descendants (an article with its paragraphs)."""
    rows = ws.conn.execute(
        """WITH RECURSIVE sub(id) AS (
               SELECT ? UNION ALL SELECT p.id FROM provisions p JOIN sub ON p.parent_id = sub.id)
           SELECT id FROM sub""",
        (provision_id,),
    )
    return [r[0] for r in rows]


def provision_counts(ws: Workspace, version_id: str) -> dict[str, ProvisionCounts]:
    """Concern and amendment counts per provision, each over its whole subtree: a concern linked to
    an article and to two of its paragraphs counts once for the article and its chapter."""
    subtree = """WITH RECURSIVE anc(id, top) AS (
                     SELECT id, id FROM provisions WHERE version_id = :v
                     UNION ALL
                     SELECT p.parent_id, anc.top FROM anc JOIN provisions p ON p.id = anc.id
                     WHERE p.parent_id IS NOT NULL)"""
    concerns = ws.conn.execute(
        f"""{subtree}
            SELECT anc.id, count(DISTINCT c.id), max({_SEVERITY_RANK})
            FROM anc JOIN concern_provisions cp ON cp.provision_id = anc.top
                     JOIN concerns c ON c.id = cp.concern_id
            GROUP BY anc.id""",
        {"v": version_id},
    ).fetchall()
    amendments = dict(ws.conn.execute(
        f"""{subtree}
            SELECT anc.id, count(a.id) FROM anc JOIN amendments a ON a.provision_id = anc.top
            GROUP BY anc.id""",
        {"v": version_id},
    ).fetchall())
    counts = {pid: ProvisionCounts(n, amendments.get(pid, 0), worst or 0) for pid, n, worst in concerns}
    for pid, n in amendments.items():
        counts.setdefault(pid, ProvisionCounts(0, n, 0))
    return counts


def concerns_for(ws: Workspace, provision_ids: list[str]) -> list[Concern]:
    """Concerns linked to any of the provisions, most severe first, then newest."""
    if not provision_ids:
        return []
    marks = ", ".join("?" for _ in provision_ids)
    rows = ws.conn.execute(
        f"""SELECT DISTINCT c.* FROM concerns c JOIN concern_provisions cp ON cp.concern_id = c.id
            WHERE cp.provision_id IN ({marks})
            ORDER BY {_SEVERITY_RANK} DESC, c.date DESC, c.title""",
        provision_ids,
    )
    return [from_row(Concern, r) for r in rows]


def all_concerns(ws: Workspace) -> list[Concern]:
    rows = ws.conn.execute(f"SELECT * FROM concerns ORDER BY {_SEVERITY_RANK} DESC, date DESC, title")
    return [from_row(Concern, r) for r in rows]


def provisions_of_concern(ws: Workspace, concern_id: str) -> list[Provision]:
    rows = ws.conn.execute(
        """SELECT p.* FROM provisions p JOIN concern_provisions cp ON cp.provision_id = p.id
           WHERE cp.concern_id = ? ORDER BY p.version_id, p.position""",
        (concern_id,),
    )
    return [from_row(Provision, r) for r in rows]


def amendments_for(ws: Workspace, provision_ids: list[str]) -> list[Amendment]:
    if not provision_ids:
        return []
    marks = ", ".join("?" for _ in provision_ids)
    rows = ws.conn.execute(
        f"SELECT * FROM amendments WHERE provision_id IN ({marks}) ORDER BY date, title", provision_ids
    )
    return [from_row(Amendment, r) for r in rows]


def positions_for(ws: Workspace, provision_ids: list[str]) -> list[Position]:
    """Positions on the provisions and on amendments to them."""
    if not provision_ids:
        return []
    marks = ", ".join("?" for _ in provision_ids)
    rows = ws.conn.execute(
        f"""SELECT pos.* FROM positions pos LEFT JOIN amendments a ON a.id = pos.amendment_id
            LEFT JOIN delegations d ON d.id = pos.delegation_id
            WHERE pos.provision_id IN ({marks}) OR a.provision_id IN ({marks})
            ORDER BY d.name, pos.date""",
        provision_ids + provision_ids,
    )
    return [from_row(Position, r) for r in rows]


def positions_of_delegation(ws: Workspace, delegation_id: str) -> list[Position]:
    return ws.find(Position, delegation_id=delegation_id, order_by="date")


def delegations(ws: Workspace) -> list[Delegation]:
    return ws.find(Delegation, order_by="name")


def groups_of(ws: Workspace, delegation_id: str) -> list[Delegation]:
    ids = ws.linked("delegation_memberships", left_id=delegation_id)
    return [d for d in (ws.get(Delegation, i) for i in ids) if d is not None]


def sources_of_concern(ws: Workspace, concern_id: str) -> list[Source]:
    return [s for s in (ws.get(Source, i) for i in ws.linked("concern_sources", left_id=concern_id)) if s]


def cases_of_concern(ws: Workspace, concern_id: str) -> list[Case]:
    return [c for c in (ws.get(Case, i) for i in ws.linked("concern_cases", left_id=concern_id)) if c]


def concerns_of_amendment(ws: Workspace, amendment_id: str) -> list[Concern]:
    ids = ws.linked("amendment_concerns", left_id=amendment_id)
    return [c for c in (ws.get(Concern, i) for i in ids) if c]


def supporters_of_amendment(ws: Workspace, amendment_id: str) -> list[Organization]:
    ids = ws.linked("amendment_supporters", left_id=amendment_id)
    return [o for o in (ws.get(Organization, i) for i in ids) if o]


def organizations_by_id(ws: Workspace) -> dict[str, Organization]:
    return {o.id: o for o in ws.find(Organization)}


def same_lineage_in(ws: Workspace, provision: Provision, version_id: str) -> Provision | None:
    """The provision of another version that continues `provision` (same lineage), if any."""
    found = ws.find(Provision, version_id=version_id, lineage_id=provision.lineage_id)
    return found[0] if found else None


def previous_version(ws: Workspace, version: Version) -> Version | None:
    earlier = [v for v in versions_of(ws, version.document_id) if v.seq < version.seq]
    return earlier[-1] if earlier else None
