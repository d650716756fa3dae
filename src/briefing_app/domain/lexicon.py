"""What a capture line can name in one meeting: delegations, the draft's provisions, the session's proposals.

Built once per meeting from plain records (store/meetings_store.lexicon_for) and queried on every
keystroke, so every lookup is a dictionary hit or a scan of a few hundred names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing_app.domain.enums import AmendmentAction, DelegationKind, ProposalStatus, ProvisionKind
from briefing_app.domain.models import Delegation, Proposal, Provision

_STOPWORDS = frozenset({"of", "the", "and", "de", "la", "le", "du", "des", "et", "y", "for"})
# Short forms used in UN rooms that no rule derives from a name: alias -> ISO code or group name.
_ALIASES: dict[str, str] = {
    "uk": "GB", "usa": "US", "drc": "CD", "uae": "AE", "dprk": "KP", "rok": "KR", "prc": "CN",
    "grulac": "group of latin american and caribbean states", "weog": "western european and others group",
    "eeg": "eastern european group", "apg": "asia-pacific group", "g77": "group of 77",
}
MAX_CANDIDATES = 12


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Côte d'Ivoire' -> "cote d'ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", fold(text)) if w]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A delegation, regional group or bloc that can take the floor."""

    id: str
    name: str
    code: str = ""
    is_group: bool = False

    @property
    def short(self) -> str:
        return self.code or self.name

    @classmethod
    def of(cls, delegation: Delegation) -> Speaker:
        return cls(delegation.id, delegation.name, delegation.iso_code,
                   delegation.kind in (DelegationKind.REGIONAL_GROUP, DelegationKind.BLOC))


@dataclass(frozen=True, slots=True)
class ProvisionRef:
    """A provision by the path a user types: ("14",) is Article 14, ("14", "2") its paragraph 2."""

    id: str
    path: tuple[str, ...]
    label: str
    heading: str = ""
    text: str = ""

    @property
    def typed(self) -> str:
        """The shortest way to type it: '14', '14.2', 'pre.3'."""
        return ".".join(self.path)


@dataclass(frozen=True, slots=True)
class ProposalRef:
    """A proposal of the session, as `#number` names it."""

    id: str
    number: int
    provision_id: str
    sponsor_id: str | None
    action: AmendmentAction
    target_text: str
    proposed_text: str
    status: ProposalStatus

    @classmethod
    def of(cls, proposal: Proposal) -> ProposalRef:
        return cls(proposal.id, proposal.number, proposal.provision_id, proposal.sponsor_id, proposal.action,
                   proposal.target_text, proposal.proposed_text, proposal.status)

    @property
    def gist(self) -> str:
        """'delete “may”', 'replace “may” with “shall”', 'insert “lawful” after “any”'."""
        return describe_redline(self.action, self.target_text, self.proposed_text)


def describe_redline(action: AmendmentAction, target: str, proposed: str) -> str:
    if action is AmendmentAction.DELETE:
        return f"delete “{target}”" if target else "delete the whole text"
    if action is AmendmentAction.INSERT:
        return f"insert “{proposed}” after “{target}”" if target else f"insert “{proposed}”"
    return f"replace “{target}” with “{proposed}”" if target else f"new wording “{proposed}”"


class LookupFailed(ValueError):
    """A name that matches nothing, or several things; the message says which and what to type."""


def _part(number: str) -> str:
    """A path element from a stored number: '(2)' -> '2', '(b)' -> 'b', '14' -> '14'."""
    return fold(number).strip().strip("().").strip()


def provision_refs(provisions: Sequence[Provision]) -> list[ProvisionRef]:
    """Typed paths for a version's provisions (given in reading order): articles by number through
    any parts, chapters or sections; their paragraphs and sub-paragraphs below them; the preamble
    as 'pre'. Groups, options, annexes, notes and an unnumbered or repeated number are not typed."""
    by_id = {p.id: p for p in provisions}
    paths: dict[str, tuple[str, ...]] = {}
    seen: set[tuple[str, ...]] = set()
    refs: list[ProvisionRef] = []
    for provision in provisions:
        parent = by_id.get(provision.parent_id or "")
        base = paths.get(parent.id, ()) if parent is not None else ()
        if provision.kind is ProvisionKind.PREAMBLE:
            path: tuple[str, ...] = ("pre",)
        elif provision.kind is ProvisionKind.ARTICLE:
            path = (_part(provision.number),)
        elif provision.kind is ProvisionKind.PARAGRAPH and base:
            path = (*base, _part(provision.number))
        else:
            continue
        if not all(path) or path in seen:
            continue
        seen.add(path)
        paths[provision.id] = path
        refs.append(ProvisionRef(provision.id, path, label_of_path(path), provision.heading, provision.text))
    return refs


def label_of_path(path: Sequence[str]) -> str:
    """'Article 14(2)(b)', 'Preamble para. 3'."""
    if not path:
        return ""
    if path[0] == "pre":
        return "Preamble" + (f" para. {'.'.join(path[1:])}" if len(path) > 1 else "")
    return f"Article {path[0]}" + "".join(f"({p})" for p in path[1:])


@dataclass
class Lexicon:
    speakers: list[Speaker] = field(default_factory=list)
    provisions: list[ProvisionRef] = field(default_factory=list)
    proposals: list[ProposalRef] = field(default_factory=list)
    version_label: str = ""

    def __post_init__(self) -> None:
        self._by_code: dict[str, list[Speaker]] = {}
        self._by_compact: dict[str, list[Speaker]] = {}
        self._by_initials: dict[str, list[Speaker]] = {}
        self._by_id = {s.id: s for s in self.speakers}
        self._names: list[tuple[str, list[str], Speaker]] = []
        for speaker in self.speakers:
            if speaker.code:
                self._by_code.setdefault(fold(speaker.code), []).append(speaker)
            self._by_compact.setdefault(_compact(speaker.name), []).append(speaker)
            words = _words(speaker.name)
            initials = "".join(w[0] for w in words if w not in _STOPWORDS)
            if len(initials) >= 2:
                self._by_initials.setdefault(initials, []).append(speaker)
            self._names.append((_compact(speaker.name), words, speaker))
        self._paths = {ref.path: ref for ref in self.provisions}
        self._provision_ids = {ref.id: ref for ref in self.provisions}
        self.set_proposals(self.proposals)

    def set_proposals(self, proposals: Sequence[ProposalRef]) -> None:
        """Replace the session's proposals (after one is tabled or changes status)."""
        self.proposals = list(proposals)
        self._proposals = {p.number: p for p in self.proposals}

    # -- speakers --------------------------------------------------------------------------------
    def speaker_by_id(self, speaker_id: str) -> Speaker | None:
        return self._by_id.get(speaker_id)

    def exact_speaker(self, text: str) -> Speaker | None:
        """A code, alias, full name or initials naming exactly one speaker (None otherwise)."""
        key = fold(text).strip()
        alias = _ALIASES.get(_compact(text))
        for found in (self._by_code.get(key), self._by_compact.get(_compact(text)),
                      self._alias(alias) if alias else None, self._by_initials.get(_compact(text))):
            if found and len(found) == 1:
                return found[0]
        return None

    def _alias(self, target: str) -> list[Speaker] | None:
        return self._by_code.get(fold(target)) or self._by_compact.get(_compact(target))

    def speaker(self, text: str) -> Speaker:
        """The speaker a typed word names: code, alias, name, initials, then the first letters of a name."""
        exact = self.exact_speaker(text)
        if exact is not None:
            return exact
        for found in (self._by_code.get(fold(text)), self._by_compact.get(_compact(text))):
            if found and len(found) > 1:
                raise self._ambiguous(text, found)
        matches = self.speakers_starting(text)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LookupFailed(f"No delegation or group is called or coded ‘{text}’.")
        raise self._ambiguous(text, matches)

    def phrase_speaker(self, words: Sequence[str]) -> Speaker | None:
        """A speaker named by several typed words, each the start of the name's next word
        ('south af' -> South Africa); None unless exactly one matches."""
        typed = [fold(w) for w in words]
        found = [s for compact, name_words, s in self._names
                 if _compact("".join(words)) == compact
                 or (len(name_words) >= len(typed) and all(n.startswith(t) for n, t in zip(name_words, typed, strict=False)))]
        return found[0] if len(found) == 1 else None

    def speakers_starting(self, text: str) -> list[Speaker]:
        """Speakers whose code or name (or a word of it) starts with the typed letters, best first."""
        key = _compact(text)
        if not key:
            return []
        ranked: list[tuple[int, str, Speaker]] = []
        for compact, words, speaker in self._names:
            if fold(speaker.code) == key:
                rank = 0
            elif compact.startswith(key):
                rank = 1
            elif fold(speaker.code).startswith(key):
                rank = 2
            elif any(w.startswith(key) for w in words[1:] if w not in _STOPWORDS):
                rank = 3
            else:
                continue
            ranked.append((rank, speaker.name, speaker))
        ranked.sort(key=lambda r: (r[0], r[1]))
        best = [s for rank, _, s in ranked if rank <= 1]
        return best or [s for _, _, s in ranked]

    @staticmethod
    def _ambiguous(text: str, found: Iterable[Speaker]) -> LookupFailed:
        names = sorted({f"{s.name} ({s.code})" if s.code else s.name for s in found})
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        return LookupFailed(f"‘{text}’ could be {shown}: type more letters or the code.")

    # -- provisions ------------------------------------------------------------------------------
    def provision_by_id(self, provision_id: str) -> ProvisionRef | None:
        return self._provision_ids.get(provision_id)

    def provision(self, path: Sequence[str]) -> tuple[ProvisionRef, tuple[str, ...]]:
        """The deepest provision the path reaches, and the parts beyond the draft's structure."""
        key = tuple(fold(p) for p in path)
        for depth in range(len(key), 0, -1):
            ref = self._paths.get(key[:depth])
            if ref is not None:
                return ref, tuple(path[depth:])
        where = f" in {self.version_label}" if self.version_label else ""
        raise LookupFailed(f"There is no {label_of_path(path[:1])}{where}: type another number, "
                           "or 'gen' for a general statement.")

    def provisions_starting(self, typed: str) -> list[ProvisionRef]:
        key = fold(typed).replace("(", ".").replace(")", "").strip(".")
        exact = [r for r in self.provisions if r.typed == key]
        starts = [r for r in self.provisions if r.typed.startswith(key) and r.typed != key]
        return (exact + starts)[:MAX_CANDIDATES]

    # -- proposals -------------------------------------------------------------------------------
    def proposal(self, number: int) -> ProposalRef:
        found = self._proposals.get(number)
        if found is None:
            known = sorted(self._proposals)
            hint = f" (this session has #{known[0]}–#{known[-1]})" if known else " (none tabled yet in this session)"
            raise LookupFailed(f"There is no proposal #{number}{hint}.")
        return found

    def proposals_on(self, provision_id: str) -> list[ProposalRef]:
        return [p for p in self.proposals if p.provision_id == provision_id]
