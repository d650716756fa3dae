"""Which provision of a new version continues which provision of the previous one (pure).

Renumbering is the normal case between drafts, so a pair is scored on text similarity and headings
first and numbers only break ties; splits and merges are found by how much of one text's wording
sits inside another's. The user corrects the proposal as a set of (old id, new id) pairs, and
`classify` derives every entry's kind from the pairs, so proposal and correction share one meaning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import TOP_LEVEL_KINDS, ProvisionKind
from briefing_app.domain.models import Provision
from briefing_app.domain.redline import similarity
from briefing_app.domain.text_scoring import (
    Scorer,
    WordIndex,
    containment,
    effective_texts,
    heading_key,
    normalized,
    rarity,
    words,
)

MATCH_THRESHOLD = 0.5
"""Lowest pair score (0–1) proposed as one provision continuing another."""
CONTAINMENT_THRESHOLD = 0.7
"""Share of a text's words found inside another text for a split or merge to be proposed."""
_MIN_CONTAINED_WORDS = 5


class MatchKind(StrEnum):
    SAME = "same"
    RENUMBERED = "renumbered"  # same heading and text, new number or new chapter
    CHANGED = "changed"
    SPLIT = "split"
    MERGED = "merged"
    DELETED = "deleted"
    NEW = "new"


class RelationKind(StrEnum):
    SPLIT_FROM = "split-from"  # a part of a split that did not keep the lineage → the old provision
    MERGED_INTO = "merged-into"  # an old source whose lineage ended in a merge → the merged provision


@dataclass(frozen=True, slots=True)
class MappingEntry:
    """One line of the proposal: an old provision and where it went, or (old_id None) a new one."""

    kind: MatchKind
    old_id: str | None
    new_ids: tuple[str, ...]
    similarity: float
    renumbered: bool = False


@dataclass(frozen=True, slots=True)
class Relation:
    kind: RelationKind
    provision_id: str
    related_id: str


@dataclass(frozen=True, slots=True)
class Mapping:
    entries: tuple[MappingEntry, ...]
    pairs: frozenset[tuple[str, str]]

    def entry_for_old(self, old_id: str) -> MappingEntry:
        return next(e for e in self.entries if e.old_id == old_id)

    def targets(self, old_id: str) -> tuple[str, ...]:
        return self.entry_for_old(old_id).new_ids

    def count(self, kind: MatchKind) -> int:
        return sum(1 for e in self.entries if e.kind is kind)


def propose_mapping(old: Sequence[Provision], new: Sequence[Provision]) -> Mapping:
    """Propose pairs for two versions' provisions (each in reading order) and classify them."""
    scorer = Scorer(effective_texts(old) | effective_texts(new))
    pairs: set[tuple[str, str]] = set()
    for kind in TOP_LEVEL_KINDS:
        olds = [p for p in old if p.kind is kind]
        news = [p for p in new if p.kind is kind]
        found = _match_group(olds, news, scorer)
        pairs |= found
        if kind is ProvisionKind.ARTICLE:
            pairs |= _splits_and_merges(olds, news, found, scorer)
    pairs |= paragraph_pairs(old, new, pairs, scorer)
    return classify(old, new, pairs, scorer)


def _match_group(olds: Sequence[Provision], news: Sequence[Provision], scorer: Scorer) -> set[tuple[str, str]]:
    """Exact matches first, then a greedy best-score-first assignment over a few candidates each."""
    pairs: set[tuple[str, str]] = set()
    exact: dict[tuple[str, str], list[Provision]] = {}
    for n in news:
        exact.setdefault((heading_key(n), normalized(scorer.text(n))), []).append(n)
    rest_old: list[Provision] = []
    taken: set[str] = set()
    for o in olds:
        same = exact.get((heading_key(o), normalized(scorer.text(o))), [])
        pick = next((n for n in same if n.id not in taken and n.number == o.number), None)
        pick = pick or next((n for n in same if n.id not in taken), None)
        if pick is None or not (scorer.text(o).strip() or o.heading.strip()):
            rest_old.append(o)
            continue
        taken.add(pick.id)
        pairs.add((o.id, pick.id))
    rest_new = [n for n in news if n.id not in taken]
    if not rest_old or not rest_new:
        return pairs
    index = WordIndex(rest_new, scorer.text)
    by_number: dict[str, list[Provision]] = {}
    by_heading: dict[str, list[Provision]] = {}
    for n in rest_new:
        by_number.setdefault(n.number, []).append(n)
        if n.heading:
            by_heading.setdefault(heading_key(n), []).append(n)
    new_by_id = {n.id: n for n in rest_new}
    order = {n.id: i for i, n in enumerate(news)}
    old_order = {o.id: i for i, o in enumerate(olds)}
    scored: list[tuple[float, float, str, str]] = []
    for o in rest_old:
        bag = Counter(words(o.heading + " " + scorer.text(o)))
        candidates = {*index.nearest(bag), *(n.id for n in by_number.get(o.number, ())),
                      *(n.id for n in by_heading.get(heading_key(o), ()))}
        for nid in candidates:
            value = scorer.score(o, new_by_id[nid])
            if value >= MATCH_THRESHOLD:
                distance = abs(order[nid] - old_order[o.id])
                scored.append((value, -distance, o.id, nid))
    scored.sort(reverse=True)
    used_old: set[str] = set()
    for _value, _distance, oid, nid in scored:
        if oid in used_old or nid in taken:
            continue
        used_old.add(oid)
        taken.add(nid)
        pairs.add((oid, nid))
    return pairs


def _splits_and_merges(olds: Sequence[Provision], news: Sequence[Provision],
                       pairs: set[tuple[str, str]], scorer: Scorer) -> set[tuple[str, str]]:
    """Extra pairs for leftovers: an unmatched new text inside an old one (split), or the reverse."""
    matched_old = {o for o, _ in pairs}
    matched_new = {n for _, n in pairs}
    bags = {p.id: Counter(words(scorer.text(p))) for p in (*olds, *news)}
    weight = rarity(bags.values())
    extra: set[tuple[str, str]] = set()
    lone_old = [o for o in olds if o.id not in matched_old and sum(bags[o.id].values()) >= _MIN_CONTAINED_WORDS]
    lone_new = [n for n in news if n.id not in matched_new and sum(bags[n.id].values()) >= _MIN_CONTAINED_WORDS]
    if lone_old:
        new_index = WordIndex(news, scorer.text)
        for o in lone_old:
            best = _best_container(bags[o.id], new_index.nearest(bags[o.id]), bags, weight)
            if best is not None:
                extra.add((o.id, best))
    if lone_new:
        old_index = WordIndex(olds, scorer.text)
        for n in lone_new:
            best = _best_container(bags[n.id], old_index.nearest(bags[n.id]), bags, weight)
            if best is not None:
                extra.add((best, n.id))
    return extra


def _best_container(part: Counter[str], candidates: Iterable[str], bags: dict[str, Counter[str]],
                    weight: dict[str, float]) -> str | None:
    best, best_share = None, CONTAINMENT_THRESHOLD
    for pid in candidates:
        share = containment(part, bags[pid], weight)
        if share >= best_share:
            best, best_share = pid, share
    return best


def paragraph_pairs(old: Sequence[Provision], new: Sequence[Provision], pairs: set[tuple[str, str]],
                    scorer: Scorer | None = None) -> set[tuple[str, str]]:
    """Pairs of paragraphs, matched only among the children of their parents' counterparts, level by level.

    Called again after the user corrects the article pairs, so paragraphs follow their articles.
    """
    scorer = scorer or Scorer()
    old_children: dict[str | None, list[Provision]] = {}
    new_children: dict[str | None, list[Provision]] = {}
    for p in old:
        if p.kind.is_paragraph_level:
            old_children.setdefault(p.parent_id, []).append(p)
    for p in new:
        if p.kind.is_paragraph_level:
            new_children.setdefault(p.parent_id, []).append(p)
    found: set[tuple[str, str]] = set()
    frontier = set(pairs)
    while frontier:
        level: set[tuple[str, str]] = set()
        targets: dict[str, list[str]] = {}
        for oid, nid in frontier:
            targets.setdefault(oid, []).append(nid)
        for oid, nids in targets.items():
            olds = old_children.get(oid, [])
            news = [c for nid in nids for c in new_children.get(nid, [])]
            if olds and news:
                level |= _match_group(olds, news, scorer)
        found |= level
        frontier = level
    return found


def classify(old: Sequence[Provision], new: Sequence[Provision], pairs: Iterable[tuple[str, str]],
             scorer: Scorer | None = None) -> Mapping:
    """Entries for every old provision (in order) and then every new one no pair reaches."""
    scorer = scorer or Scorer(effective_texts(old) | effective_texts(new))
    old_by_id = {p.id: p for p in old}
    new_by_id = {p.id: p for p in new}
    kept = frozenset((o, n) for o, n in pairs if o in old_by_id and n in new_by_id)
    targets: dict[str, list[str]] = {}
    sources: dict[str, list[str]] = {}
    new_order = {p.id: i for i, p in enumerate(new)}
    for old_id, new_id in sorted(kept, key=lambda pair: new_order[pair[1]]):
        targets.setdefault(old_id, []).append(new_id)
        sources.setdefault(new_id, []).append(old_id)
    entries: list[MappingEntry] = []
    for o in old:
        nids = targets.get(o.id, [])
        if not nids:
            entries.append(MappingEntry(MatchKind.DELETED, o.id, (), 0.0))
            continue
        news = [new_by_id[n] for n in nids]
        renumbered = any(n.number != o.number for n in news)
        if len(news) > 1:
            joined = "\n".join(scorer.text(n) for n in news)
            entries.append(MappingEntry(MatchKind.SPLIT, o.id, tuple(nids), similarity(scorer.text(o), joined),
                                        renumbered))
            continue
        n = news[0]
        value = scorer.likeness(o, n)
        if len(sources[n.id]) > 1:
            kind = MatchKind.MERGED
        elif not scorer.same_wording(o, n):
            kind = MatchKind.CHANGED
        elif renumbered or _moved(o, n, kept):
            kind = MatchKind.RENUMBERED
        else:
            kind = MatchKind.SAME
        entries.append(MappingEntry(kind, o.id, (n.id,), value, renumbered))
    entries.extend(MappingEntry(MatchKind.NEW, None, (n.id,), 0.0) for n in new if n.id not in sources)
    return Mapping(tuple(entries), kept)


def _moved(old: Provision, new: Provision, pairs: frozenset[tuple[str, str]]) -> bool:
    if old.parent_id is None and new.parent_id is None:
        return False
    if old.parent_id is None or new.parent_id is None:
        return True
    return (old.parent_id, new.parent_id) not in pairs


def lineage_plan(old: Sequence[Provision], new: Sequence[Provision],
                 mapping: Mapping) -> tuple[dict[str, str], list[Relation]]:
    """The lineage each new provision takes, and the split/merge relations to record.

    A split's largest part keeps the old lineage (the others get their own plus a split-from
    relation); a merge takes the lineage of its largest source (the others get merged-into).
    """
    size = {pid: len(text) for pid, text in (effective_texts(old) | effective_texts(new)).items()}
    lineage = {p.id: p.lineage_id for p in new}
    holder: dict[str, str] = {}
    claimed: set[str] = set()
    for o in sorted(old, key=lambda p: size[p.id], reverse=True):
        free = [n for n in mapping.targets(o.id) if n not in claimed]
        if not free:
            continue
        keeper = max(free, key=lambda n: size[n])
        claimed.add(keeper)
        holder[o.id] = keeper
        lineage[keeper] = o.lineage_id
    relations: list[Relation] = []
    for entry in mapping.entries:
        if entry.old_id is None:
            continue
        for nid in entry.new_ids:
            if holder.get(entry.old_id) == nid:
                continue
            if entry.old_id in holder:
                relations.append(Relation(RelationKind.SPLIT_FROM, nid, entry.old_id))
            else:
                relations.append(Relation(RelationKind.MERGED_INTO, entry.old_id, nid))
    return lineage, relations
