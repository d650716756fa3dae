"""Word-level redlines: what an amendment does to a provision's text, and how two texts differ."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.enums import AmendmentAction
from briefing_app.errors import UserError

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


class SegmentKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Segment:
    kind: SegmentKind
    text: str


class AmendmentTargetError(UserError):
    """The passage an amendment acts on is not in the provision's text (any more)."""


def tokenize(text: str) -> list[str]:
    """Words, runs of whitespace and single punctuation marks; joining them gives `text` back."""
    return _TOKEN.findall(text)


def redline(old: str, new: str) -> list[Segment]:
    """Segments that turn `old` into `new`: deletions before insertions at each change.

    Joining EQUAL+DELETE texts gives `old`; joining EQUAL+INSERT texts gives `new`.
    """
    a, b = tokenize(old), tokenize(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []

    def emit(kind: SegmentKind, tokens: list[str]) -> None:
        if not tokens:
            return
        text = "".join(tokens)
        if segments and segments[-1].kind is kind:
            segments[-1] = Segment(kind, segments[-1].text + text)
        else:
            segments.append(Segment(kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            emit(SegmentKind.EQUAL, a[i1:i2])
        else:
            emit(SegmentKind.DELETE, a[i1:i2])
            emit(SegmentKind.INSERT, b[j1:j2])
    return _absorb_whitespace(segments)


def _absorb_whitespace(segments: list[Segment]) -> list[Segment]:
    """Fold a lone-space EQUAL between two changes into them, so "a b"→"c d" reads as one change."""
    result: list[Segment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if (seg.kind is SegmentKind.EQUAL and not seg.text.strip() and 0 < i < len(segments) - 1
                and segments[i - 1].kind is not SegmentKind.EQUAL
                and segments[i + 1].kind is not SegmentKind.EQUAL):
            result.append(Segment(SegmentKind.DELETE, seg.text))
            result.append(Segment(SegmentKind.INSERT, seg.text))
        else:
            result.append(seg)
        i += 1
    merged: list[Segment] = []
    deletes: list[str] = []
    inserts: list[str] = []
    for seg in result:
        if seg.kind is SegmentKind.EQUAL:
            _flush(merged, deletes, inserts)
            merged.append(seg)
        elif seg.kind is SegmentKind.DELETE:
            deletes.append(seg.text)
        else:
            inserts.append(seg.text)
    _flush(merged, deletes, inserts)
    return merged


def _flush(out: list[Segment], deletes: list[str], inserts: list[str]) -> None:
    if deletes:
        out.append(Segment(SegmentKind.DELETE, "".join(deletes)))
    if inserts:
        out.append(Segment(SegmentKind.INSERT, "".join(inserts)))
    deletes.clear()
    inserts.clear()


def apply_amendment(base: str, action: AmendmentAction, target: str, proposed: str) -> str:
    """The provision's text as the amendment would make it.

    substitute: `target` (empty: the whole text) becomes `proposed`; delete: `target` (empty: the
    whole text) goes; insert: `proposed` goes after `target` (empty: at the end).
    """
    if target and target not in base:
        raise AmendmentTargetError("the amended passage no longer appears in the provision's text")
    if action is AmendmentAction.SUBSTITUTE:
        return base.replace(target, proposed, 1) if target else proposed
    if action is AmendmentAction.DELETE:
        return _tidy(base.replace(target, "", 1)) if target else ""
    anchor = base.find(target) + len(target) if target else len(base)
    before, after = base[:anchor], base[anchor:]
    joiner = "" if not before or before.endswith((" ", "\n")) or proposed.startswith((" ", ",", ".", ";")) else " "
    return before + joiner + proposed + after


def _tidy(text: str) -> str:
    """Collapse the double space and space-before-punctuation a deletion leaves behind."""
    return re.sub(r" +([,.;:])", r"\1", re.sub(r"  +", " ", text)).strip()


def amendment_redline(base: str, action: AmendmentAction, target: str, proposed: str) -> list[Segment]:
    """The redline of an amendment against its provision's current text."""
    return redline(base, apply_amendment(base, action, target, proposed))


def similarity(old: str, new: str) -> float:
    """Share of words two texts have in common, 0.0–1.0 (1.0 for two empty texts)."""
    a = [t for t in tokenize(old) if not t.isspace()]
    b = [t for t in tokenize(new) if not t.isspace()]
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
