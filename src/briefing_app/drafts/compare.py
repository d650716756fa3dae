"""Compare two versions of a document provision by provision, following lineages (and split/merge relations).

`changes_between` is the read model behind `briefing-app draft diff`, the compare view and the
"changes since the previous draft" section of briefing packs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import TOP_LEVEL_KINDS, ProvisionKind
from briefing_app.domain.models import Provision, Version
from briefing_app.domain.redline import Segment, redline, similarity
from briefing_app.domain.text_scoring import Scorer, effective_texts
from briefing_app.drafts.importer import find_document, find_version
from briefing_app.store import queries
from briefing_app.store.drafts_store import relations_into
from briefing_app.store.workspace import Workspace

TOP_LEVEL = TOP_LEVEL_KINDS


class ChangeKind(StrEnum):
    UNCHANGED = "unchanged"
    RENUMBERED = "renumbered"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class ProvisionChange:
    """One provision across two versions; `ratio` is the share of wording that changed (0.0–1.0)."""

    kind: ChangeKind
    old: Provision | None
    new: Provision | None
    ratio: float
    note: str = ""
    old_text: str = ""  # whole wording (an article with its paragraphs)
    new_text: str = ""

    @property
    def label(self) -> str:
        if self.old and self.new and self.old.label != self.new.label:
            return f"{self.old.label} → {self.new.label}"
        provision = self.new or self.old
        assert provision is not None
        return provision.label

    @property
    def heading(self) -> str:
        provision = self.new or self.old
        assert provision is not None
        return provision.heading

    def redline(self) -> list[Segment]:
        """Word-level redline of the whole wording, old to new (all inserted or all deleted at the ends)."""
        return redline(self.old_text, self.new_text)


def changes_between(ws: Workspace, from_version_id: str, to_version_id: str, *,
                    kinds: Iterable[ProvisionKind] = TOP_LEVEL,
                    include_unchanged: bool = False) -> list[ProvisionChange]:
    """Provision changes in the new version's reading order; a removed one follows its old predecessor."""
    wanted = set(kinds)
    all_old = queries.provisions_of(ws, from_version_id)
    all_new = queries.provisions_of(ws, to_version_id)
    scorer = Scorer(effective_texts(all_old) | effective_texts(all_new))
    old = [p for p in all_old if p.kind in wanted]
    new = [p for p in all_new if p.kind in wanted]
    notes = _relation_notes(ws, from_version_id, to_version_id)
    old_by_lineage = {p.lineage_id: p for p in old}
    new_lineages = {p.lineage_id for p in new}
    changes: list[ProvisionChange] = []
    for n in new:
        o = old_by_lineage.get(n.lineage_id)
        changes.append(_change(scorer, o, n, notes.get(n.id, "")))
    for index, o in enumerate(old):
        if o.lineage_id in new_lineages:
            continue
        change = ProvisionChange(ChangeKind.REMOVED, o, None, 1.0, notes.get(o.id, ""), old_text=scorer.text(o))
        earlier = {p.id for p in old[:index]}
        after = max((i for i, c in enumerate(changes) if c.old and c.old.id in earlier), default=-1)
        changes.insert(after + 1, change)
    return [c for c in changes if include_unchanged or c.kind is not ChangeKind.UNCHANGED]


def status_changes(ws: Workspace, old: Provision, new: Provision) -> list[tuple[Provision, str, str]]:
    """(new provision, old status label, new status label) for the provision and each of its paragraphs
    and options whose negotiating status changed: a bracket settled, a paragraph agreed ad referendum."""
    def family(root: Provision) -> dict[str, Provision]:
        found = (ws.get(Provision, pid) for pid in queries.subtree_ids(ws, root.id))
        return {p.lineage_id: p for p in found if p is not None}

    before = family(old)
    return [(p, before[lineage].status.label, p.status.label) for lineage, p in family(new).items()
            if lineage in before and before[lineage].status is not p.status]


def summarize(changes: Iterable[ProvisionChange]) -> str:
    """"3 changed, 11 renumbered, 1 added" — every kind listed counts exactly the rows shown."""
    counts = {kind: 0 for kind in ChangeKind}
    for change in changes:
        counts[change.kind] += 1
    parts = [f"{n} {kind.value}" for kind, n in counts.items() if n and kind is not ChangeKind.UNCHANGED]
    if counts[ChangeKind.UNCHANGED]:
        parts.append(f"{counts[ChangeKind.UNCHANGED]} unchanged")
    return ", ".join(parts) if parts else "no provision changed"


def changes_since_previous(ws: Workspace, version_id: str) -> tuple[Version | None, list[ProvisionChange]]:
    """For a pack's "changes since the previous draft" section: the previous version of the same
    document (None for a first version, with no changes) and the changed articles and chapters."""
    previous = queries.previous_version(ws, ws.require(Version, version_id))
    return previous, (changes_between(ws, previous.id, version_id) if previous else [])


def _change(scorer: Scorer, old: Provision | None, new: Provision, note: str) -> ProvisionChange:
    new_text = scorer.text(new)
    if old is None:
        return ProvisionChange(ChangeKind.ADDED, None, new, 1.0, note, new_text=new_text)
    old_text = scorer.text(old)
    if scorer.same_wording(old, new):
        kind = ChangeKind.UNCHANGED if old.number == new.number else ChangeKind.RENUMBERED
        return ProvisionChange(kind, old, new, 0.0, note, old_text, new_text)
    ratio = 1.0 - similarity(old.heading + "\n" + old_text, new.heading + "\n" + new_text)
    return ProvisionChange(ChangeKind.CHANGED, old, new, round(ratio, 4), note, old_text, new_text)


def _relation_notes(ws: Workspace, from_version_id: str, to_version_id: str) -> dict[str, str]:
    """Provision id → "split from Article 4" / "merged into Article 7", for relations between the two."""
    notes: dict[str, str] = {}
    for relation in relations_into(ws, to_version_id):
        if relation.from_version_id != from_version_id:
            continue
        source = ws.get(Provision, relation.related_id)
        if source is not None:
            verb = "split from" if relation.relation == "split-from" else "merged into"
            notes[relation.provision_id] = f"{verb} {source.label}"
    return notes


def versions_for_diff(ws: Workspace, document_id: str, from_label: str, to_label: str) -> tuple[Version, Version]:
    """The two versions named by label (case-insensitive) of a document given by id or title."""
    document = find_document(ws, document_id)
    return find_version(ws, document, from_label), find_version(ws, document, to_label)
