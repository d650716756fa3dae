"""Square brackets in a negotiating text, read into pieces so alternatives can be shown apart.

In a UN draft "[may][shall]" (bracket groups side by side, or joined by "/") and "[option 1 / option 2]"
(alternatives split by a spaced slash inside one pair) are choices still open: the views and packs
show each alternative on its own with "or" between, not run together. A bracketed passage alone
("[Each State Party …]") is text not yet agreed. Nested brackets stay inside their piece's text.
Joining every piece's `source` gives the text back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_SLASH = re.compile(r"\s+/\s+")


class PieceKind(StrEnum):
    PLAIN = "plain"
    BRACKETED = "bracketed"
    ALTERNATIVES = "alternatives"


@dataclass(frozen=True, slots=True)
class Piece:
    kind: PieceKind
    source: str
    """The piece as written, brackets included."""
    alternatives: tuple[str, ...] = ()
    """BRACKETED: the one passage inside the brackets; ALTERNATIVES: each choice, without brackets."""


def _groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level bracket pair; an unclosed "[" runs to the end."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "[":
            if depth == 0:
                start = index
            depth += 1
        elif char == "]" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, index + 1))
    if depth:
        found.append((start, len(text)))
    return found


def _split_slash(inner: str) -> list[str]:
    """Split at spaced slashes that are not inside nested brackets."""
    parts, depth, last = [], 0, 0
    for match in _SLASH.finditer(inner):
        depth = inner.count("[", 0, match.start()) - inner.count("]", 0, match.start())
        if depth == 0:
            parts.append(inner[last:match.start()])
            last = match.end()
    parts.append(inner[last:])
    return [p for p in parts if p.strip()]


def _inner(source: str) -> str:
    return source[1:-1] if source.endswith("]") else source[1:]


def pieces(text: str) -> list[Piece]:
    """The text as plain passages, bracketed passages and sets of alternatives, in order."""
    out: list[Piece] = []
    position = 0
    run: list[str] = []  # adjacent bracket groups ("[may][shall]", "[may]/[shall]")
    groups = _groups(text)
    for number, (start, end) in enumerate(groups):
        between = text[position:start]
        if run and not (between == "" or between.strip() == "/" and "\n" not in between):
            out.append(_run_piece(run))
            run = []
        if run:
            run.append(between)
        elif between:
            out.append(Piece(PieceKind.PLAIN, between))
        run.append(text[start:end])
        position = end
        if number == len(groups) - 1:
            out.append(_run_piece(run))
            run = []
    if position < len(text):
        out.append(Piece(PieceKind.PLAIN, text[position:]))
    return out


def _run_piece(run: list[str]) -> Piece:
    """One bracket group, or several side by side with what joined them (run alternates group, joiner)."""
    source = "".join(run)
    brackets = run[0::2]
    if len(brackets) > 1:
        return Piece(PieceKind.ALTERNATIVES, source, tuple(_inner(b) for b in brackets))
    options = _split_slash(_inner(source))
    if len(options) > 1:
        return Piece(PieceKind.ALTERNATIVES, source, tuple(o.strip() for o in options))
    return Piece(PieceKind.BRACKETED, source, (_inner(source),))


def has_alternatives(text: str) -> bool:
    return any(p.kind is PieceKind.ALTERNATIVES for p in pieces(text))
