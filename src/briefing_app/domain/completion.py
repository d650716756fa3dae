"""Completion for the capture line: what the word under the cursor could become, by its place.

Pure and fast (a few hundred names): floor mode asks on every keystroke. `exact` tells the UI the
word is already complete, so Enter records the line instead of picking a suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.domain.capture import ACTION_WORDS, STANCE_WORDS, STATUS_WORDS, Token, tokenize
from briefing_app.domain.lexicon import MAX_CANDIDATES, Lexicon, fold

_WORD_CHARS = re.compile(r"[^\s]*$")
_BEHALF = ("for", "obo")


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str  # what replaces the word
    label: str  # what the list shows: "KE — Kenya"


@dataclass(frozen=True, slots=True)
class Completion:
    start: int  # the word being completed is line[start:end]
    end: int
    suggestions: tuple[Suggestion, ...]
    exact: bool  # the word already is one of them (or needs none)


NOTHING = Completion(0, 0, (), True)


def complete(line: str, cursor: int, lexicon: Lexicon) -> Completion:
    """Suggestions for the word that ends at `cursor` (nothing inside quotes or after a space)."""
    before = line[:cursor]
    word = _WORD_CHARS.search(before)
    assert word is not None
    start = word.start()
    typed = before[start:]
    if not typed or _in_quote(before[:start]):
        return Completion(cursor, cursor, (), True)
    try:
        earlier = tokenize(before[:start])
    except ValueError:
        return Completion(cursor, cursor, (), True)
    if not earlier:
        return _first_word(typed, start, cursor, lexicon)
    if earlier[-1].word in _BEHALF and len(earlier) <= 3:
        return _speakers(typed, start, cursor, lexicon, groups_only=True)
    if typed.startswith("#") or re.match(r"^p\d", typed, re.I):
        return _proposals(typed, start, cursor, lexicon)
    if typed[0].isdigit() or re.match(r"^(art\.?|pp)\d", typed, re.I):
        return _provisions(typed, start, cursor, lexicon)
    return _words(typed, start, cursor, earlier, lexicon)


def _in_quote(text: str) -> bool:
    try:
        tokenize(text)
    except ValueError:
        return True  # an open quote
    return False


def _first_word(typed: str, start: int, cursor: int, lexicon: Lexicon) -> Completion:
    if typed.startswith("#"):
        return _proposals(typed, start, cursor, lexicon)
    head, slash, behalf = typed.partition("/")
    if slash:
        if behalf.isdigit():
            return Completion(cursor, cursor, (), True)
        part = start + len(head) + 1
        return _speakers(behalf, part, cursor, lexicon, groups_only=True)
    return _speakers(typed, start, cursor, lexicon)


def _speakers(typed: str, start: int, cursor: int, lexicon: Lexicon, *, groups_only: bool = False) -> Completion:
    found = [s for s in lexicon.speakers_starting(typed) if s.is_group or not groups_only]
    exact = lexicon.exact_speaker(typed)
    suggestions = tuple(Suggestion(s.code or s.name, f"{s.code} — {s.name}" if s.code else s.name)
                        for s in found[:MAX_CANDIDATES])
    return Completion(start, cursor, suggestions, exact is not None and (exact.is_group or not groups_only))


def _proposals(typed: str, start: int, cursor: int, lexicon: Lexicon) -> Completion:
    digits = typed.lstrip("#pP")
    found = [p for p in lexicon.proposals if str(p.number).startswith(digits)]
    suggestions = tuple(Suggestion(f"#{p.number}", f"#{p.number} — {p.gist} ({p.status.label})")
                        for p in found[:MAX_CANDIDATES])
    return Completion(start, cursor, suggestions, any(str(p.number) == digits for p in found))


def _provisions(typed: str, start: int, cursor: int, lexicon: Lexicon) -> Completion:
    key = re.sub(r"^(art\.?|pp)", "", typed, flags=re.I)
    normal = fold(key).replace("(", ".").replace(")", "").strip(".")
    found = lexicon.provisions_starting(key)
    if key.endswith((".", "(")):  # "14." asks for its paragraphs
        found = [r for r in found if r.typed != normal]
    suggestions = tuple(Suggestion(r.typed, f"{r.typed} — {r.label}" + (f" {r.heading}" if r.heading else ""))
                        for r in found)
    exact = bool(found) and found[0].typed == normal
    return Completion(start, cursor, suggestions, exact)


_VOCABULARY: tuple[tuple[str, str], ...] = (
    *((words[0], f"{words[0]} — {stance.value}") for stance, words in STANCE_WORDS.items()),
    *((words[0], f"{words[0]} 'x' — {action.value}") for action, words in ACTION_WORDS.items()),
    ("gen", "gen — a general statement, on no provision"),
    ("pre", "pre — the preamble"),
)
_ALL_WORDS = frozenset({*(w for words in STANCE_WORDS.values() for w in words),
                        *(w for words in ACTION_WORDS.values() for w in words), "gen", "general", "pre",
                        "preamble", "with", "after", "states"})


def _words(typed: str, start: int, cursor: int, earlier: list[Token], lexicon: Lexicon) -> Completion:
    key = fold(typed)
    if len(earlier) == 1 and _PROPOSAL_FIRST.match(earlier[0].text):
        words = [(w[0], f"{w[0]} — {status.label}") for status, w in STATUS_WORDS.items()]
        found = tuple(Suggestion(text, label) for text, label in words if text.startswith(key))
        return Completion(start, cursor, found, any(key in w for w in STATUS_WORDS.values()))
    found = tuple(Suggestion(text, label) for text, label in _VOCABULARY if text.startswith(key) and text != key)
    exact = key in _ALL_WORDS or not found
    return Completion(start, cursor, found, exact)


_PROPOSAL_FIRST = re.compile(r"^(#|p)\d+$", re.I)
