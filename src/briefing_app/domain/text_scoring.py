"""Text likeness for mapping provisions across drafts (pure): normalised wording, word bags,
an idf-weighted candidate index, and the pair scorer the mapping and the compare views share."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Provision
from briefing_app.domain.redline import similarity, tokenize

CANDIDATES = 6
"""How many nearest texts the index proposes for one text."""
_WORD = re.compile(r"\w")


def normalized(text: str) -> str:
    """Whitespace-insensitive form used to decide that two texts are the same."""
    return " ".join(text.split())


def heading_key(provision: Provision) -> str:
    """Headings compare without case: "CRIMINALIZATION" and "Criminalization" are one chapter."""
    return normalized(provision.heading).casefold()


def words(text: str) -> list[str]:
    return [t.casefold() for t in tokenize(text) if _WORD.match(t)]


class WordIndex:
    """Word statistics of one side, for cheap candidate search (idf-weighted cosine)."""

    def __init__(self, provisions: Sequence[Provision], text: Callable[[Provision], str]) -> None:
        self.bags = {p.id: Counter(words(p.heading + " " + text(p))) for p in provisions}
        df: Counter[str] = Counter()
        for bag in self.bags.values():
            df.update(bag.keys())
        total = max(len(provisions), 1)
        self.idf = {w: math.log(1 + total / n) for w, n in df.items()}
        common = max(5, total // 10)
        self.postings: dict[str, list[str]] = {}
        for pid, bag in self.bags.items():
            for word in bag:
                if df[word] <= common:
                    self.postings.setdefault(word, []).append(pid)
        self.norms = {pid: math.sqrt(sum(self.idf[w] ** 2 for w in bag)) or 1.0
                      for pid, bag in self.bags.items()}

    def nearest(self, bag: Counter[str], limit: int = CANDIDATES) -> list[str]:
        """Ids of the `limit` texts closest to `bag` among those sharing a rare word with it."""
        scores: dict[str, float] = {}
        for word in bag:
            weight = self.idf.get(word, 0.0) ** 2
            for pid in self.postings.get(word, ()):
                scores[pid] = scores.get(pid, 0.0) + weight
        ranked = sorted(scores, key=lambda pid: scores[pid] / self.norms[pid], reverse=True)
        return ranked[:limit]


def effective_texts(provisions: Iterable[Provision]) -> dict[str, str]:
    """Id → the whole wording of a provision: an article's or paragraph's own text followed by its
    paragraphs' (recursively). Drafts keep the opening words on the article and the rest in paragraphs."""
    children: dict[str | None, list[Provision]] = {}
    items = list(provisions)
    for p in items:
        children.setdefault(p.parent_id, []).append(p)
    for siblings in children.values():
        siblings.sort(key=lambda p: p.position)

    def full(p: Provision) -> str:
        if not p.kind.holds_paragraphs:
            return p.text
        parts = [p.text, *(_numbered(c.kind, c.number, full(c)) for c in children.get(p.id, ())
                           if c.kind.is_paragraph_level)]
        return "\n".join(part for part in parts if part.strip())

    return {p.id: full(p) for p in items}


def _numbered(kind: ProvisionKind, number: str, text: str) -> str:
    """A paragraph as it reads in a draft: "1. …", "(a) …" (the last bracket of "1(a)"), "Option 1: …"."""
    if not number:
        return text
    if kind is ProvisionKind.OPTION:
        return f"{number}: {text}"
    marker = number[number.rfind("("):] if number.endswith(")") else f"{number}."
    return f"{marker} {text}"


class Scorer:
    """Pair scores with cached text similarity (the expensive part); keep one to re-classify quickly.

    A pair scores by its text or by its heading, whichever says more (an identical heading over a
    reworded text is as telling as a near-identical text under a new heading); an equal number adds a little.
    """

    def __init__(self, texts: dict[str, str] | None = None) -> None:
        self._texts = texts or {}
        self._cache: dict[tuple[str, str], float] = {}

    def text(self, provision: Provision) -> str:
        return self._texts.get(provision.id, provision.text)

    def text_similarity(self, old: Provision, new: Provision) -> float:
        key = (old.id, new.id)
        if key not in self._cache:
            self._cache[key] = similarity(self.text(old), self.text(new))
        return self._cache[key]

    def likeness(self, old: Provision, new: Provision) -> float:
        """The similarity shown to the user: of the texts, or of the headings when a text is empty."""
        if self.text(old).strip() and self.text(new).strip():
            return self.text_similarity(old, new)
        return similarity(heading_key(old), heading_key(new))

    def same_wording(self, old: Provision, new: Provision) -> bool:
        """Same text and heading; a chapter's summary, or the title of the preamble or of a paragraph,
        present on one side only (a typed draft has none of these) is not a change."""
        old_text, new_text = normalized(self.text(old)), normalized(self.text(new))
        texts = old_text == new_text or (old.kind.is_group and not (old_text and new_text))
        headings = heading_key(old) == heading_key(new) or (
            (old.kind is ProvisionKind.PREAMBLE or old.kind.is_paragraph_level)
            and not (old.heading.strip() and new.heading.strip()))
        return texts and headings

    def score(self, old: Provision, new: Provision) -> float:
        same_number = 0.1 if old.number and old.number == new.number else 0.0
        heading = similarity(heading_key(old), heading_key(new)) if old.heading and new.heading else None
        if not self.text(old).strip() or not self.text(new).strip():
            return 0.85 * (heading or 0.0) + 1.5 * same_number
        text = self.text_similarity(old, new)
        if heading is None:
            return 0.9 * text + same_number
        return max(0.75 * text + 0.15 * heading, 0.55 * heading + 0.35 * text) + same_number


def containment(part: Counter[str], whole: Counter[str], weight: dict[str, float] | None = None) -> float:
    """Share of `part`'s words (with repeats, weighted by rarity when `weight` is given) found in `whole`."""
    def mass(bag: Counter[str]) -> float:
        return sum(n * (weight.get(w, 1.0) if weight else 1.0) for w, n in bag.items())

    size = mass(part)
    return mass(part & whole) / size if size else 0.0


def rarity(bags: Iterable[Counter[str]]) -> dict[str, float]:
    """Inverse document frequency: words in every text ("State", "Party", "shall") weigh little."""
    df: Counter[str] = Counter()
    total = 0
    for bag in bags:
        df.update(bag.keys())
        total += 1
    return {w: math.log(1 + total / n) for w, n in df.items()}
