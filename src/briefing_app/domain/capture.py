"""The capture line: one typed line per intervention, read by a pure function with clear errors.

    KE 14.2 opp delete 'may' wants it stricter
    └┬┘ └┬─┘ └┬┘ └────┬─────┘ └─────┬────────┘
  speaker provision stance redline    note

- speaker: a code (KE), an alias (UK), a name or its first letters (ken, south af), initials (USA);
  `EG/AG` or `EG for AG` speaks on behalf of a group, `EU/27` or `EG for 35 states` for N states.
- provision: 14, 14.2, 14(2)(b), art 14, pre (the preamble), gen (a general statement); without
  one, the current provision. `#4` (or `P4`) names the session's proposal 4 instead.
- stance: sup/+ · opp/- · prop/cosp · ask/? · und/res (docs/floor-mode.md lists every word).
- redline: delete 'x' · insert 'x' [after 'y'] · replace 'x' with 'y'; a bare 'quote' is wording.
- note: everything after the first word that is none of these.
Target, stance and redline may come in any order. `#4 withdrawn` (no speaker) records the chair's
decision on proposal 4.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing_app.domain.enums import AmendmentAction, InterventionStance, ProposalStatus
from briefing_app.domain.lexicon import Lexicon, LookupFailed, ProposalRef, ProvisionRef, Speaker, fold

MAX_LINE = 2_000

STANCE_WORDS: dict[InterventionStance, tuple[str, ...]] = {
    InterventionStance.SUPPORTS: ("sup", "+", "supp", "support", "supports", "back", "backs", "agree",
                                  "agrees", "yes", "for", "favour", "favours", "favor", "favors",
                                  "welcome", "welcomes", "endorse", "endorses"),
    InterventionStance.OPPOSES: ("opp", "-", "oppose", "opposes", "against", "obj", "object", "objects",
                                 "no", "reject", "rejects", "con"),
    InterventionStance.PROPOSES: ("prop", "propose", "proposes", "amend", "amends", "cosp", "cosponsor",
                                  "cosponsors", "co-sponsor", "co-sponsors", "suggest", "suggests"),
    InterventionStance.ASKS: ("ask", "?", "asks", "q", "question", "query", "clarify"),
    InterventionStance.UNDECIDED: ("und", "undec", "undecided", "res", "reserve", "reserves", "flex",
                                   "flexible", "consider", "considers", "studying", "neutral"),
}
ACTION_WORDS: dict[AmendmentAction, tuple[str, ...]] = {
    AmendmentAction.DELETE: ("delete", "del", "deletes", "strike", "strikes", "remove", "removes", "drop"),
    AmendmentAction.INSERT: ("insert", "ins", "inserts", "add", "adds"),
    AmendmentAction.SUBSTITUTE: ("replace", "repl", "replaces", "sub", "subst", "substitute", "substitutes",
                                 "change", "changes"),
}
STATUS_WORDS: dict[ProposalStatus, tuple[str, ...]] = {
    ProposalStatus.TABLED: ("tabled",),
    ProposalStatus.SUPPORTED: ("supported",),
    ProposalStatus.MERGED: ("merged", "merge", "agreed", "accepted", "adopted", "in"),
    ProposalStatus.WITHDRAWN: ("withdrawn", "withdraw", "withdraws", "wd"),
    ProposalStatus.REJECTED: ("rejected", "dropped", "out", "failed"),
}
_STANCE_OF = {w: s for s, words in STANCE_WORDS.items() for w in words}
_ACTION_OF = {w: a for a, words in ACTION_WORDS.items() for w in words}
_STATUS_OF = {w: s for s, words in STATUS_WORDS.items() for w in words}
_WITH = frozenset({"with", "by", "->", "→", "=>", "to"})
_BEHALF = frozenset({"for", "obo"})
_STATES = frozenset({"states", "countries", "delegations", "others", "members"})
_GENERAL = frozenset({"gen", "general"})
_ARTICLE = frozenset({"art", "art.", "article", "a."})
_QUOTES = {"'": "'’", '"': '"”', "‘": "’'", "“": "”\"", "«": "»", "„": "“”", "‚": "‘’"}
_PROPOSAL = re.compile(r"^(?:#|p)(\d{1,4})$", re.I)
_PROVISION = re.compile(r"^(?:art\.?|article|a\.)?(\d+(?:bis|ter|quater|[a-z])?|pre)((?:(?:\.|\()[0-9a-z]+\)?)*)\.?$",
                        re.I)
_PREAMBULAR = re.compile(r"^pp\.?(\d+)$", re.I)  # pp3: the third preambular paragraph
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")  # a word that can continue a name: "Africa", "d'Ivoire"
_RESERVED = frozenset({*_STANCE_OF, *_ACTION_OF, *_BEHALF, *_GENERAL, *_ARTICLE, "pre", "preamble"})
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class CaptureError(ValueError):
    """A line that cannot be recorded. `start`/`end` locate the culprit in the line (for highlighting)."""

    def __init__(self, message: str, start: int = 0, end: int = 0) -> None:
        super().__init__(message)
        self.start, self.end = start, end


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # without its quotes when quoted
    start: int
    end: int
    quoted: bool = False

    @property
    def word(self) -> str:
        return "" if self.quoted else fold(self.text)


@dataclass(frozen=True, slots=True)
class Redline:
    action: AmendmentAction
    target_text: str = ""
    proposed_text: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """A line read and resolved: what the intervention says, before any rule applies."""

    line: str
    speaker: Speaker
    stance: InterventionStance
    on_behalf: Speaker | None = None
    speaking_for: int = 0
    provision: ProvisionRef | None = None
    locator: str = ""  # the provision as typed, normalised: '14(2)(b)'
    proposal: ProposalRef | None = None  # the line named #N
    redline: Redline | None = None
    wording: str = ""
    note: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """The chair's decision on a proposal: `#4 withdrawn`."""

    line: str
    proposal: ProposalRef
    status: ProposalStatus
    note: str = ""


def clean_line(line: str) -> str:
    """NFC, one line, no control or invisible characters, single spaces at the ends trimmed."""
    text = unicodedata.normalize("NFC", line.replace("\t", " ").replace("\n", " ").replace("\r", " "))
    return _CONTROL.sub("", text).strip()


def tokenize(line: str) -> list[Token]:
    """Words and quoted passages. A quote opens at the start of a word and closes at a matching mark
    followed by a space, punctuation or the end, so apostrophes inside words are kept."""
    tokens: list[Token] = []
    i, n = 0, len(line)
    while i < n:
        if line[i].isspace():
            i += 1
            continue
        closers = _QUOTES.get(line[i])
        if closers is not None:
            j = i + 1
            while j < n and not (line[j] in closers and (j + 1 == n or not line[j + 1].isalnum())):
                j += 1
            if j >= n:
                raise CaptureError("This quote is not closed: end the wording with the same quote mark.", i, n)
            tokens.append(Token(line[i + 1:j].strip(), i, j + 1, quoted=True))
            i = j + 1
            continue
        j = i
        while j < n and not line[j].isspace():
            j += 1
        tokens.append(Token(line[i:j], i, j))
        i = j
    return tokens


def split_provision(word: str) -> tuple[str, ...] | None:
    """'14.2' / '14(2)(b)' / 'art14' / 'pre.3' -> path parts; None when the word is no provision number."""
    preambular = _PREAMBULAR.match(word.strip())
    if preambular is not None:
        return ("pre", preambular.group(1))
    match = _PROVISION.match(word.strip())
    if match is None:
        return None
    rest = [p for p in re.split(r"[.()\s]+", match.group(2)) if p]
    return (match.group(1).lower(), *(p.lower() for p in rest))


def locator_of(path: tuple[str, ...]) -> str:
    """'14(2)(b)', 'pre(3)': how a provision path is written in lists and reports."""
    return path[0] + "".join(f"({p})" for p in path[1:])


class _Reader:
    def __init__(self, line: str, lexicon: Lexicon) -> None:
        self.line = line
        self.lexicon = lexicon
        self.tokens = tokenize(line)
        self.i = 0

    def peek(self, ahead: int = 0) -> Token | None:
        k = self.i + ahead
        return self.tokens[k] if k < len(self.tokens) else None

    def fail(self, message: str, token: Token | None) -> CaptureError:
        if token is None:
            return CaptureError(message, len(self.line), len(self.line))
        return CaptureError(message, token.start, token.end)

    def lookup(self, text: str, token: Token) -> Speaker:
        try:
            return self.lexicon.speaker(text)
        except LookupFailed as error:
            raise self.fail(str(error), token) from None


def parse_line(line: str, lexicon: Lexicon, *, current: ProvisionRef | None = None) -> Entry | StatusEntry:
    """Read one capture line; raises CaptureError naming what is wrong and where."""
    text = clean_line(line)
    if not text:
        raise CaptureError("Type who took the floor first, e.g. KE 14.2 opp delete 'may'.")
    if len(text) > MAX_LINE:
        raise CaptureError(f"A capture line has at most {MAX_LINE} characters.", MAX_LINE, len(text))
    reader = _Reader(text, lexicon)
    status = _status_line(reader)
    if status is not None:
        return status
    speaker, on_behalf, speaking_for = _speaker(reader)
    return _body(reader, speaker, on_behalf, speaking_for, current)


def _status_line(r: _Reader) -> StatusEntry | None:
    first, second = r.peek(), r.peek(1)
    if first is None or first.quoted or not _PROPOSAL.match(first.text):
        return None
    if second is None or second.word not in _STATUS_OF:
        raise r.fail("After a proposal number comes what the chair decided: tabled, supported, merged, "
                     "withdrawn or rejected. A delegation speaking on it: KE sup #4.", second or first)
    proposal = _proposal(r, first)
    note = r.line[r.tokens[2].start:] if len(r.tokens) > 2 else ""
    return StatusEntry(r.line, proposal, _STATUS_OF[second.word], note.strip())


def _proposal(r: _Reader, token: Token) -> ProposalRef:
    match = _PROPOSAL.match(token.text)
    assert match is not None
    try:
        return r.lexicon.proposal(int(match.group(1)))
    except LookupFailed as error:
        raise r.fail(str(error), token) from None


def _speaker(r: _Reader) -> tuple[Speaker, Speaker | None, int]:
    first = r.peek()
    assert first is not None
    if first.quoted:
        raise r.fail("Type who took the floor before the wording, e.g. KE 14.2 prop 'shall'.", first)
    head, _, behalf = first.text.partition("/")
    if not behalf:
        found, size = _phrase(r, 0, first.text)
        if found is not None and size > 1:
            r.i = size
            return (found, *_behalf(r, found))
    speaker = r.lookup(head, first)
    r.i = 1
    if behalf:
        part = Token(behalf, first.start + len(head) + 1, first.end)
        if behalf.isdigit():
            return speaker, None, _count(r, int(behalf), part)
        group, end = _phrase(r, 0, behalf)
        if group is None:
            group = r.lookup(behalf, part)
        r.i = max(end, 1)
        return speaker, _group(r, speaker, group, part), 0
    return (speaker, *_behalf(r, speaker))


def _phrase(r: _Reader, start: int, first: str) -> tuple[Speaker | None, int]:
    """The longest run of words from token `start` (its text replaced by `first`) naming exactly one
    speaker, and the index after it: 'South Africa', 'south af', 'African Group'."""
    for size in range(min(4, len(r.tokens) - start), 0, -1):
        extra = r.tokens[start + 1:start + size]
        if any(not _NAME_WORD.match(t.text) or t.quoted or t.word in _RESERVED for t in extra):
            continue
        words = [first, *(t.text for t in extra)]
        found = r.lexicon.exact_speaker(" ".join(words))
        if found is None and size > 1:
            found = r.lexicon.phrase_speaker(words)
        if found is not None:
            return found, start + size
    return None, start


def _behalf(r: _Reader, speaker: Speaker) -> tuple[Speaker | None, int]:
    word, target = r.peek(), r.peek(1)
    if word is None or word.word not in _BEHALF or target is None or target.quoted:
        return None, 0
    after = r.peek(2)
    if target.text.isdigit():
        if word.word == "for" and (after is None or after.word not in _STATES):
            return None, 0  # "KE for 14" is support for Article 14
        r.i += 3 if after is not None and after.word in _STATES else 2
        return None, _count(r, int(target.text), target)
    group, end = _phrase(r, r.i + 1, target.text)
    if group is None and word.word == "obo":
        group = r.lookup(target.text, target)
        end = r.i + 2
    if group is None or not group.is_group:
        if word.word == "obo":
            raise r.fail(f"‘{target.text}’ is not a group or bloc this workspace knows.", target)
        return None, 0
    r.i = end
    return _group(r, speaker, group, target), 0


def _count(r: _Reader, count: int, token: Token) -> int:
    if not 2 <= count <= 250:
        raise r.fail("Speaking for N states takes a number from 2 to 250.", token)
    return count


def _group(r: _Reader, speaker: Speaker, group: Speaker, token: Token) -> Speaker:
    if group.id == speaker.id:
        raise r.fail(f"{speaker.name} cannot speak on behalf of itself.", token)
    return group


def _body(r: _Reader, speaker: Speaker, on_behalf: Speaker | None, speaking_for: int,  # noqa: PLR0912, PLR0915
          current: ProvisionRef | None) -> Entry:
    provision: ProvisionRef | None = None
    path: tuple[str, ...] = ()
    general = False
    proposal: ProposalRef | None = None
    stance: InterventionStance | None = None
    redline: Redline | None = None
    wording = ""
    target_token: Token | None = None
    note = ""
    while (token := r.peek()) is not None:
        word = token.word
        if not token.quoted and proposal is None and _PROPOSAL.match(token.text) and not general:
            proposal, target_token = _proposal(r, token), token
            r.i += 1
        elif not token.quoted and provision is None and not general and (found := _target(r, token)):
            path, target_token = found, token
            if path == ("gen",):
                general = True
            else:
                provision, rest = _resolve(r, path, token)
                path = (*provision.path, *rest)
        elif not token.quoted and stance is None and word in _STANCE_OF:
            stance = _STANCE_OF[word]
            r.i += 1
        elif not token.quoted and redline is None and word in _ACTION_OF:
            redline = _redline(r, _ACTION_OF[word], token)
        elif token.quoted and redline is None and not wording:
            wording = token.text
            r.i += 1
        else:
            note = r.line[token.start:].strip()
            break
    warnings: list[str] = []
    if proposal is not None:
        if provision is not None and provision.id != proposal.provision_id:
            raise r.fail(f"Proposal #{proposal.number} is on another provision than {provision.label}.", target_token)
        if redline is not None or wording:
            raise r.fail(f"Proposal #{proposal.number} has its wording already. To propose other wording, "
                         "type the provision instead: KE 14 prop replace 'a' with 'b'.", target_token)
        provision = r.lexicon.provision_by_id(proposal.provision_id) or provision
        path = provision.path if provision is not None else ()
        if not proposal.status.live:
            warnings.append(f"Proposal #{proposal.number} is {proposal.status.label}.")
    elif provision is None and not general and current is not None:
        provision, path = current, current.path
    if stance is None:
        if redline is None and not wording:
            what = f"#{proposal.number}" if proposal is not None else (provision.label if provision else "it")
            raise r.fail(f"What did {speaker.short} say about {what}? Add sup, opp, prop, ask (?) or und.", None)
        stance = InterventionStance.PROPOSES
    if redline is not None and provision is None:
        raise r.fail("Proposed wording needs a provision: type its number before the wording.", None)
    if provision is not None and len(path) > len(provision.path):
        extra = locator_of(path)
        warnings.append(f"{extra} is finer than the draft's structure: recorded on {provision.label}.")
    if redline is not None and provision is not None and redline.target_text \
            and provision.text and fold(redline.target_text) not in fold(provision.text):
        warnings.append(f"“{redline.target_text}” is not in the stored text of {provision.label}.")
    return Entry(r.line, speaker, stance, on_behalf, speaking_for, provision,
                 locator_of(path) if provision is not None else "", proposal, redline, wording, note,
                 tuple(warnings))


def _target(r: _Reader, token: Token) -> tuple[str, ...] | None:
    """A provision path at the reader (consuming it, with a separate 'art' before the number)."""
    if token.word in _GENERAL:
        r.i += 1
        return ("gen",)
    if token.word in ("pre", "preamble"):
        r.i += 1
        return ("pre",)
    if token.word in _ARTICLE:
        after = r.peek(1)
        path = split_provision(after.text) if after is not None and not after.quoted else None
        if path is not None:
            r.i += 2
            return path
        return None
    path = split_provision(token.text)
    if path is not None and (path[0][0].isdigit() or path[0] == "pre"):
        r.i += 1
        return path
    return None


def _resolve(r: _Reader, path: tuple[str, ...], token: Token) -> tuple[ProvisionRef, tuple[str, ...]]:
    try:
        return r.lexicon.provision(path)
    except LookupFailed as error:
        raise r.fail(str(error), token) from None


def _redline(r: _Reader, action: AmendmentAction, word: Token) -> Redline:
    r.i += 1
    first = r.peek()
    if first is None or not first.quoted:
        if action is AmendmentAction.DELETE:
            return Redline(action)  # delete the whole provision
        example = "insert 'lawful'" if action is AmendmentAction.INSERT else "replace 'may' with 'shall'"
        raise r.fail(f"Put the wording in quotes after ‘{word.text}’: {example}.", first or word)
    r.i += 1
    if action is AmendmentAction.DELETE:
        return Redline(action, target_text=first.text)
    joiner, second = r.peek(), r.peek(1)
    if action is AmendmentAction.INSERT:
        if joiner is not None and joiner.word == "after" and second is not None and second.quoted:
            r.i += 2
            return Redline(action, target_text=second.text, proposed_text=first.text)
        return Redline(action, proposed_text=first.text)
    if joiner is not None and second is not None and second.quoted and joiner.word in _WITH:
        r.i += 2
        return Redline(action, target_text=first.text, proposed_text=second.text)
    if joiner is not None and joiner.quoted:
        r.i += 1
        return Redline(action, target_text=first.text, proposed_text=joiner.text)
    raise r.fail(f"Say what replaces “{first.text}”: replace '{first.text}' with 'new words'.", joiner or first)
