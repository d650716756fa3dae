"""Reads the desktop views need beyond store.queries: tree outline, filter/facet matches, matrix.

Only reads. Filters return sets of provision ids that match directly; the UI widens them to the
matches' ancestors and descendants with `widen()` over the version's outline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_app.domain.enums import ProvisionKind, Severity, Stance
from briefing_app.domain.models import (
    ALL_LINKS_BY_NAME,
    LINKS_BY_NAME,
    RECORD_TABLES,
    Amendment,
    Organization,
    Position,
    Provision,
    Version,
)
from briefing_app.domain.text_scoring import effective_texts
from briefing_app.domain.views import ProvisionCounts
from briefing_app.store import sync_store
from briefing_app.store.queries import previous_version, provisions_of, same_lineage_in, subtree_ids
from briefing_app.store.records import from_row
from briefing_app.store.workspace import Workspace

_RANK = "CASE c.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END"
# Provisions an amendment or a position on an amendment bears on, next to direct provision links.
_POSITION_TARGET = "COALESCE(pos.provision_id, (SELECT a.provision_id FROM amendments a WHERE a.id = pos.amendment_id))"


@dataclass(frozen=True, slots=True)
class Facets:
    """Facet filters of the provision tree; an empty/None field does not filter."""

    min_severity: Severity | None = None
    category: str = ""
    has_amendments: bool = False
    organization_id: str = ""
    delegation_id: str = ""
    stance: Stance | None = None

    @property
    def active(self) -> bool:
        return bool(self.min_severity or self.category or self.has_amendments or self.organization_id
                    or (self.delegation_id and self.stance))


class Outline:
    """Parent and children of every provision of a version (ids only): cheap even for 20k provisions.

    Also the version's membership test: reads that are fast only without a join on provisions
    read across versions and keep the ids in `parent`.
    """

    def __init__(self, parent: dict[str, str | None]) -> None:
        self.parent = parent
        self.parents = set(parent.values())
        """Ids that have children (None: the version has a top level): the tree's expand arrows."""
        self._children: dict[str | None, list[str]] | None = None

    @property
    def children(self) -> dict[str | None, list[str]]:
        """Parent id -> its children's ids; built on first use (a filter, in its worker), as tens of
        thousands of lists made when the outline is read would hand the GUI thread a long garbage
        collection at a million concerns."""
        if self._children is None:
            children: dict[str | None, list[str]] = {}
            for pid, up in self.parent.items():
                children.setdefault(up, []).append(pid)
            self._children = children
        return self._children

    def path(self, provision_id: str) -> list[str]:
        """Ids from the top level down to the provision itself."""
        chain: list[str] = []
        current: str | None = provision_id
        while current is not None and current in self.parent:
            chain.append(current)
            current = self.parent[current]
        return chain[::-1]

    def contents(self, matches: Iterable[str]) -> set[str]:
        """Matches plus their descendants: what a filter finds (a matching chapter brings its articles)."""
        found = {m for m in matches if m in self.parent}
        stack = list(found)
        children = self.children
        while stack:
            for child in children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def widen(self, matches: Iterable[str]) -> set[str]:
        """Matches plus their ancestors (to reach them) and descendants (their content)."""
        matches = list(matches)
        visible = self.contents(matches)
        for match in matches:
            visible.update(self.path(match))
        return visible


@contextmanager
def reader(path: Path) -> Iterator[Workspace]:
    """A read-only view of the workspace file for a worker thread (WAL: the GUI may write meanwhile)."""
    ws = Workspace.open_read_only(path)
    try:
        yield ws
    finally:
        ws.close()


def provision_count(ws: Workspace, version_id: str, *, up_to: int | None = None) -> int:
    """Provisions in the version; with `up_to`, counting stops there (a size test that costs the
    same at 200,000 provisions as at 3,000)."""
    if up_to is None:
        sql, params = "SELECT count(*) FROM provisions WHERE version_id = ?", (version_id,)
    else:
        sql = "SELECT count(*) FROM (SELECT 1 FROM provisions WHERE version_id = ? LIMIT ?)"
        params = (version_id, up_to)  # type: ignore[assignment]
    return int(ws.conn.execute(sql, params).fetchone()[0])


def ancestry(ws: Workspace, provision_id: str) -> list[str]:
    """Ids from the top level down to the provision (what Outline.path gives, without an outline)."""
    rows = ws.conn.execute(
        """WITH RECURSIVE up(id, parent_id, depth) AS (
               SELECT id, parent_id, 0 FROM provisions WHERE id = ?
               UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM provisions p JOIN up ON p.id = up.parent_id)
           SELECT id FROM up ORDER BY depth DESC""",
        (provision_id,),
    )
    return [r[0] for r in rows]


def outline(ws: Workspace, version_id: str) -> Outline:
    rows = ws.conn.execute("SELECT id, parent_id FROM provisions WHERE version_id = ?", (version_id,))
    return Outline(dict(rows))  # streamed: a list of every row would be collected, and long


_SEVERITIES_WORST_FIRST = tuple(sorted(Severity, key=lambda s: -s.rank))


def level_counts(ws: Workspace, version_id: str, parents: Iterable[str | None]) -> dict[str, ProvisionCounts]:
    """Badges of the children of `parents` (None: the version's top level): per provision, its
    concerns (each counted once, also when linked to a paragraph and its article) and amendments,
    including those on its descendants, and the worst severity; provisions with neither are left out.

    Counted in SQL from the loaded level down, one recursive walk of its subtrees, the links and
    the concerns' severity read from covering indexes (schema step 13): a level costs what its
    subtrees link to, never every link of the workspace. The worst severity is a ladder of EXISTS
    probes, worst first, that stop at the first concern found: sorting every link's severity
    into a max() was 3× slower at 100k concerns."""
    wanted = list(dict.fromkeys(parents))
    params = {"top": None in wanted, "v": version_id, "below": json.dumps([p for p in wanted if p is not None])}
    walk = """WITH RECURSIVE roots(id) AS (
                  SELECT id FROM provisions WHERE :top AND version_id = :v AND parent_id IS NULL
                  UNION ALL
                  SELECT p.id FROM json_each(:below) j CROSS JOIN provisions p ON p.parent_id = j.value
                  WHERE p.version_id = :v),
              sub(root, id) AS MATERIALIZED (
                  SELECT id, id FROM roots
                  UNION ALL
                  SELECT sub.root, p.id FROM sub JOIN provisions p ON p.parent_id = sub.id)"""
    worst = " ".join(
        f"""WHEN EXISTS (SELECT 1 FROM sub s JOIN concern_provisions cp ON cp.provision_id = s.id
                         JOIN concerns c ON c.id = cp.concern_id
                         WHERE s.root = counted.root AND c.severity = '{severity.value}') THEN {severity.rank}"""
        for severity in _SEVERITIES_WORST_FIRST[:-1])
    concerns = ws.conn.execute(
        f"""{walk},
            counted(root, n) AS (
                SELECT sub.root, count(DISTINCT cp.concern_id)
                FROM sub JOIN concern_provisions cp ON cp.provision_id = sub.id GROUP BY sub.root)
            SELECT root, n, CASE {worst} ELSE {_SEVERITIES_WORST_FIRST[-1].rank} END FROM counted""",
        params).fetchall()
    amendments = dict(ws.conn.execute(
        f"""{walk}
            SELECT sub.root, count(*) FROM sub JOIN amendments a ON a.provision_id = sub.id
            GROUP BY sub.root""", params).fetchall())
    counts = {pid: ProvisionCounts(n, amendments.get(pid, 0), rank) for pid, n, rank in concerns}
    for pid, n in amendments.items():
        counts.setdefault(pid, ProvisionCounts(0, n, 0))
    return counts


def filter_texts(ws: Workspace, version_id: str) -> dict[str, str]:
    """Per provision of the version, the casefolded words the filter box looks in: its label
    ("article 6"), number, heading and text. Read once per version; matching is then in memory."""
    rows = ws.conn.execute(
        "SELECT id, kind, number, heading, text FROM provisions WHERE version_id = ?", (version_id,))
    return {pid: f"{kind} {number}\n{heading}\n{text}".casefold() for pid, kind, number, heading, text in rows}


def text_matches(texts: dict[str, str], needle: str) -> set[str]:
    """Provisions whose filter text contains `needle`, ignoring case (any script)."""
    folded = needle.casefold()
    return {pid for pid, text in texts.items() if folded in text}


def facet_matches(ws: Workspace, tree: Outline, facets: Facets) -> set[str]:
    """Provisions of the outline's version that satisfy every active facet directly."""
    found: set[str] | None = None

    def narrow(sql: str, params: dict[str, Any]) -> None:
        nonlocal found
        ids = {r[0] for r in ws.conn.execute(sql, params) if r[0] in tree.parent}
        found = ids if found is None else found & ids

    linked = "SELECT provision_id FROM concern_provisions WHERE concern_id IN (SELECT id FROM concerns c WHERE {})"
    if facets.min_severity is not None:
        narrow(linked.format(f"{_RANK} >= :rank"), {"rank": facets.min_severity.rank})
    if facets.category:
        narrow(linked.format("c.category = :category"), {"category": facets.category})
    if facets.has_amendments:
        narrow("SELECT provision_id FROM amendments", {})
    if facets.organization_id:
        narrow(linked.format("c.organization_id = :org") + """
               UNION SELECT a.provision_id FROM amendments a WHERE a.organization_id = :org
               UNION SELECT a.provision_id FROM amendment_supporters s JOIN amendments a ON a.id = s.amendment_id
               WHERE s.organization_id = :org""", {"org": facets.organization_id})
    if facets.delegation_id and facets.stance is not None:
        narrow(f"SELECT {_POSITION_TARGET} FROM positions pos WHERE pos.delegation_id = :d AND pos.stance = :s",
               {"d": facets.delegation_id, "s": facets.stance.value})
    return found if found is not None else set()


def concern_categories(ws: Workspace) -> list[str]:
    """The distinct categories in use, sorted: one index step per category (a loose index scan over
    concerns_category), so the facet list costs the same at 1M concerns as at 100."""
    rows = ws.conn.execute(
        """WITH RECURSIVE next(category) AS (
               SELECT min(category) FROM concerns WHERE category > ''
               UNION ALL SELECT (SELECT min(category) FROM concerns WHERE category > next.category)
               FROM next WHERE next.category IS NOT NULL)
           SELECT category FROM next WHERE category IS NOT NULL""")
    return [r[0] for r in rows]


def contributing_organizations(ws: Workspace) -> list[Organization]:
    """Organizations that authored a concern or an amendment, or support one: an index probe per
    organization rather than a pass over every concern."""
    rows = ws.conn.execute(
        """SELECT * FROM organizations o
           WHERE EXISTS (SELECT 1 FROM concerns WHERE organization_id = o.id)
              OR EXISTS (SELECT 1 FROM amendments WHERE organization_id = o.id)
              OR EXISTS (SELECT 1 FROM amendment_supporters WHERE organization_id = o.id)
           ORDER BY CASE WHEN short_name != '' THEN short_name ELSE name END"""
    )
    return [from_row(Organization, r) for r in rows]


def size_estimate(ws: Workspace) -> int:
    """About how many concerns, concern links, provisions and amendments the workspace holds
    (highest rowids: a few index steps, where count(*) reads every row)."""
    return sum(int(ws.conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
               for table in ("concerns", "concern_provisions", "provisions", "amendments"))


def previous_counterpart(ws: Workspace, provision: Provision) -> tuple[Version, Provision | None] | None:
    """The previous version of the provision's document and the same-lineage provision in it
    (None when the provision is new); None when there is no previous version."""
    version = ws.get(Version, provision.version_id)
    earlier = previous_version(ws, version) if version is not None else None
    if earlier is None:
        return None
    return earlier, same_lineage_in(ws, provision, earlier.id)


def articles_of(ws: Workspace, version_id: str) -> list[Provision]:
    """Articles of a version in reading order, however deep their parts, chapters and sections nest."""
    return [p for p in provisions_of(ws, version_id) if p.kind is ProvisionKind.ARTICLE]


def matrix_positions(ws: Workspace, version_id: str,
                     only: Collection[str] | None = None) -> dict[tuple[str, str], Position]:
    """(delegation id, article id) -> the latest position on the article or one of its paragraphs
    (among the position ids `only`, when given: the matrix's "from meeting" filter)."""
    rows = ws.conn.execute(
        """SELECT pos.*, CASE WHEN p.kind = 'article' THEN p.id ELSE p.parent_id END AS article_id
           FROM positions pos JOIN provisions p ON p.id = pos.provision_id
           WHERE p.version_id = ? ORDER BY pos.date, pos.rowid""",
        (version_id,),
    )
    cells: dict[tuple[str, str], Position] = {}
    for row in rows:
        if only is None or row["id"] in only:
            cells[(row["delegation_id"], row["article_id"])] = from_row(Position, row)
    return cells


def position_counts(ws: Workspace) -> dict[str, int]:
    rows = ws.conn.execute("SELECT delegation_id, count(*) FROM positions GROUP BY delegation_id")
    return {r[0]: int(r[1]) for r in rows}


def concern_provision_labels(ws: Workspace) -> dict[str, list[str]]:
    """concern id -> labels of the provisions it is linked to ("Article 6", "para. 2")."""
    rows = ws.conn.execute(
        """SELECT cp.concern_id, p.* FROM concern_provisions cp JOIN provisions p ON p.id = cp.provision_id
           ORDER BY cp.rowid"""
    )
    labels: dict[str, list[str]] = {}
    for row in rows:
        label = full_label(ws, from_row(Provision, row))
        known = labels.setdefault(row["concern_id"], [])
        if label not in known:  # the same article in two versions is listed once
            known.append(label)
    return labels


def full_label(ws: Workspace, provision: Provision) -> str:
    """What to call a provision on its own: "Article 30(1)", "Article 5(1)(a)" for a sub-paragraph,
    "Article 4, Option 2" for an option, the plain label for anything else."""
    parent = ws.get(Provision, provision.parent_id) if provision.parent_id else None
    if parent is None or provision.kind not in (ProvisionKind.PARAGRAPH, ProvisionKind.OPTION):
        return provision.label
    if provision.kind is ProvisionKind.OPTION:
        return f"{full_label(ws, parent)}, {provision.label}"
    while parent.kind is ProvisionKind.PARAGRAPH and parent.parent_id:
        above = ws.get(Provision, parent.parent_id)
        if above is None:
            break
        parent = above
    head, tail = re.fullmatch(r"([^()]*)(.*)", provision.number).groups()  # type: ignore[union-attr]
    return f"{full_label(ws, parent)}{f'({head})' if head else ''}{tail}"


def wording(ws: Workspace, provision: Provision) -> str:
    """The provision's whole wording: its text followed by its paragraphs', as the draft reads."""
    family = [p for pid in subtree_ids(ws, provision.id) if (p := ws.get(Provision, pid)) is not None]
    return effective_texts(family).get(provision.id, provision.text)


def link_row(ws: Workspace, link_name: str, left_id: str, right_id: str) -> dict[str, Any] | None:
    """The stored link row with its rowid (undo puts it back exactly), or None; any link table."""
    link = ALL_LINKS_BY_NAME[link_name]
    row = ws.conn.execute(
        f"SELECT rowid AS rowid, * FROM {link.name} WHERE {link.left_column} = ? AND {link.right_column} = ?",
        (left_id, right_id),
    ).fetchone()
    return None if row is None else dict(row)


def citation_counts(ws: Workspace, link_name: str) -> dict[str, int]:
    """How many concerns cite each source ("concern_sources") or case ("concern_cases")."""
    link = LINKS_BY_NAME[link_name]
    rows = ws.conn.execute(f"SELECT {link.right_column}, count(*) FROM {link.name} GROUP BY {link.right_column}")
    return {r[0]: int(r[1]) for r in rows}


def organization_usage(ws: Workspace) -> dict[str, tuple[int, int, int]]:
    """organization id -> (concerns it authored, amendments it authored, amendments it supports)."""
    usage: dict[str, list[int]] = {}
    for slot, sql in enumerate((
            "SELECT organization_id, count(*) FROM concerns WHERE organization_id IS NOT NULL GROUP BY 1",
            "SELECT organization_id, count(*) FROM amendments WHERE organization_id IS NOT NULL GROUP BY 1",
            "SELECT organization_id, count(*) FROM amendment_supporters GROUP BY 1")):
        for org_id, count in ws.conn.execute(sql):
            usage.setdefault(org_id, [0, 0, 0])[slot] = int(count)
    return {org_id: (c, a, s) for org_id, (c, a, s) in usage.items()}


@dataclass(frozen=True, slots=True)
class Contribution:
    """Where a record's content came from: a partner's bundle (file name and the date it was made)."""

    organization: str
    file_name: str
    date: str


def contribution(ws: Workspace, table: str, record_id: str) -> Contribution | None:
    """The partner bundle a record came from, or None for a record made here (or in the demo)."""
    origin = sync_store.provenance_of(ws, table, record_id)
    if origin is None:
        return None
    row = ws.conn.execute("SELECT file_name FROM sync_imports WHERE bundle_id = ? ORDER BY id DESC LIMIT 1",
                          (origin.bundle_id,)).fetchone() if origin.bundle_id else None
    return Contribution(origin.organization, row[0] if row else "", origin.at[:10])


def amendments_by_article(ws: Workspace, version_id: str) -> list[tuple[str, Amendment]]:
    """(article id, amendment) for amendments to the version's articles or their paragraphs, oldest first."""
    rows = ws.conn.execute(
        """SELECT a.*, CASE WHEN p.kind = 'article' THEN p.id ELSE p.parent_id END AS article_id
           FROM amendments a JOIN provisions p ON p.id = a.provision_id
           WHERE p.version_id = ? AND p.kind IN ('article', 'paragraph') ORDER BY a.date, a.rowid""",
        (version_id,),
    )
    return [(row["article_id"], from_row(Amendment, row)) for row in rows]


def matrix_amendment_positions(ws: Workspace, version_id: str,
                               only: Collection[str] | None = None) -> dict[tuple[str, str], Position]:
    """(delegation id, amendment id) -> the latest position on each amendment to the version's text
    (among the position ids `only`, when given)."""
    rows = ws.conn.execute(
        """SELECT pos.* FROM positions pos JOIN amendments a ON a.id = pos.amendment_id
           JOIN provisions p ON p.id = a.provision_id WHERE p.version_id = ? ORDER BY pos.date, pos.rowid""",
        (version_id,),
    )
    return {(row["delegation_id"], row["amendment_id"]): from_row(Position, row) for row in rows
            if only is None or row["id"] in only}


def ids_with_origin(ws: Workspace, table: str, origin: str) -> set[str]:
    """Ids of the rows of a record table (a name from domain.models) with this origin ('demo')."""
    if table not in RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")
    return {r[0] for r in ws.conn.execute(f"SELECT id FROM {table} WHERE origin = ?", (origin,))}
