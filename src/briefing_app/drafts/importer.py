"""Save a parsed draft as a new version of a document, map it onto the previous one, carry analysis over.

`plan_import` only reads (so a dry run or a review dialog costs nothing); `apply_import` writes the
version, its provisions with their lineages, the split/merge relations and the carried analysis in
ONE transaction: a failure or a cancel leaves the workspace as it was, and deleting the new version
undoes the whole import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from briefing_app.domain.carry_plan import CarriedRecord, destinations
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.mapping import Mapping, classify, lineage_plan, paragraph_pairs, propose_mapping
from briefing_app.domain.models import Document, Provision, Version, new_id
from briefing_app.domain.progress import CancelToken, ProgressFn, no_progress
from briefing_app.domain.text_scoring import Scorer, effective_texts
from briefing_app.drafts.carry import carry_plan
from briefing_app.drafts.errors import DraftImportError
from briefing_app.drafts.parse import DraftNode, ParsedDraft
from briefing_app.store import queries
from briefing_app.store.drafts_store import ProvisionRelation, insert_relations, write_carry_plan
from briefing_app.store.workspace import Workspace

UNRELATED_BELOW = 0.3
"""Below this share of continued articles a text is taken for another treaty (a new draft keeps most)."""
UNRELATED_SIMILARITY = 0.5


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would write: the new version and provisions (unsaved) and the proposed mapping."""

    document: Document
    version: Version
    provisions: tuple[Provision, ...]
    base: Version | None
    old_provisions: tuple[Provision, ...]
    mapping: Mapping
    parsed: ParsedDraft

    @property
    def continuity(self) -> float:
        """Share of the previous version's articles and annexes that a provision of the new text
        continues with at least half its wording (1.0 for a first version)."""
        units = [p for p in self.old_provisions if p.kind in (ProvisionKind.ARTICLE, ProvisionKind.ANNEX)]
        if self.base is None or not units:
            return 1.0
        kept = sum(1 for p in units if (entry := self.mapping.entry_for_old(p.id)).new_ids
                   and entry.similarity >= UNRELATED_SIMILARITY)
        return kept / len(units)

    @property
    def looks_unrelated(self) -> bool:
        """Whether the new text looks like a different treaty rather than a new draft of this one."""
        return self.continuity < UNRELATED_BELOW


@dataclass(frozen=True, slots=True)
class ImportResult:
    version: Version
    mapping: Mapping
    carried: tuple[CarriedRecord, ...]
    relations: int


def build_provisions(parsed: ParsedDraft, version_id: str) -> list[Provision]:
    """Provisions of the parsed draft, parents before children, positions counted per parent from 1."""
    result: list[Provision] = []

    def add(nodes: tuple[DraftNode, ...], parent: str | None) -> None:
        for position, node in enumerate(nodes, start=1):
            provision = Provision(version_id=version_id, kind=node.kind, number=node.number,
                                  heading=node.heading, text=node.text, parent_id=parent, position=position,
                                  status=node.status, footnotes=node.footnotes)
            result.append(provision)
            add(node.children, provision.id)

    add(parsed.nodes, None)
    return result


def find_document(ws: Workspace, key: str) -> Document:
    """A document by id, short title or title (case-insensitive); DraftImportError when none or several."""
    found = ws.get(Document, key)
    if found is not None:
        return found
    matches = [d for d in queries.documents(ws) if key.casefold() in (d.short_title.casefold(), d.title.casefold())]
    if len(matches) != 1:
        known = "; ".join(f"{d.id} ({d.short_title or d.title})" for d in queries.documents(ws)) or "none"
        problem = "several documents match" if matches else "no such document"
        raise DraftImportError(f"{problem}: {key!r}. Documents in this workspace: {known}.")
    return matches[0]


def find_version(ws: Workspace, document: Document, label: str) -> Version:
    for version in queries.versions_of(ws, document.id):
        if version.label.casefold() == label.casefold():
            return version
    labels = ", ".join(v.label for v in queries.versions_of(ws, document.id)) or "none"
    raise DraftImportError(f"{document.short_title or document.title} has no version {label!r} (versions: {labels}).")


def plan_import(ws: Workspace, parsed: ParsedDraft, *, document: Document | str, label: str, date: str = "",
                against: str | None = None) -> ImportPlan:
    """Read-only preparation; the previous version is `against` (a label) or the latest one.

    `document` is an id / title to look up, or a Document; one not yet in the workspace is created
    by apply_import together with its first version.
    """
    document = find_document(ws, document) if isinstance(document, str) else document
    label = label.strip()
    if not label:
        raise DraftImportError("The new version needs a label, such as 'Rev.3'.")
    versions = queries.versions_of(ws, document.id)
    if any(v.label.casefold() == label.casefold() for v in versions):
        raise DraftImportError(f"{document.short_title or document.title} already has a version {label!r}.")
    base = find_version(ws, document, against) if against else (versions[-1] if versions else None)
    seq = max((v.seq for v in versions), default=0) + 1
    version = Version(document_id=document.id, label=label, seq=seq, date=date, symbol=parsed.symbol,
                      sensitivity=document.sensitivity)
    provisions = build_provisions(parsed, version.id)
    old = queries.provisions_of(ws, base.id) if base else []
    return ImportPlan(document, version, tuple(provisions), base, tuple(old),
                      propose_mapping(old, provisions), parsed)


def complete_pairs(plan: ImportPlan, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The user's pairs for preamble, chapters and articles, with paragraph pairs re-derived beneath them."""
    paragraphs = {p.id for p in (*plan.old_provisions, *plan.provisions) if p.kind.is_paragraph_level}
    top = {(o, n) for o, n in pairs if o not in paragraphs and n not in paragraphs}
    return top | paragraph_pairs(plan.old_provisions, plan.provisions, top)


def apply_import(ws: Workspace, plan: ImportPlan, pairs: Iterable[tuple[str, str]] | None = None, *,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ImportResult:
    """Write the plan with the proposed mapping, or with the user's corrected `pairs` (old id, new id)."""
    token = cancel or CancelToken()
    mapping = plan.mapping if pairs is None else classify(plan.old_provisions, plan.provisions, pairs)
    lineage, relations = lineage_plan(plan.old_provisions, plan.provisions, mapping)
    provisions = [replace(p, lineage_id=lineage[p.id]) for p in plan.provisions]
    with ws.transaction():
        progress(0, 3, "Saving the new version")
        if ws.get(Document, plan.document.id) is None:
            ws.insert(plan.document)
        version = ws.insert(plan.version)
        ws.insert_many(provisions)
        token.check()
        if plan.base is None:
            return ImportResult(version, mapping, (), 0)
        insert_relations(ws, [
            ProvisionRelation(id=new_id(), from_version_id=plan.base.id, to_version_id=version.id,
                              relation=r.kind.value, provision_id=r.provision_id, related_id=r.related_id)
            for r in relations])
        found = destinations(plan.old_provisions, provisions, mapping, lineage)
        scorer = Scorer(effective_texts(plan.old_provisions) | effective_texts(provisions))
        carry = carry_plan(ws, from_version_id=plan.base.id, to_version_id=version.id,
                           old=plan.old_provisions, found=found, scorer=scorer)
        write_carry_plan(ws, carry, cancel=token, progress=progress)
        carried = carry.records
        progress(carry.size, carry.size, "Done")
    return ImportResult(version, mapping, tuple(carried), len(relations))
