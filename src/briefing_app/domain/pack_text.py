"""Cutting user text for a pack without cutting a sentence in half: sentence splitting that knows
common abbreviations, whole sentences up to a length, and a marked cut when nothing else fits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Provision

# Words after which a full stop does not end a sentence (lower case, without the stop).
_ABBREVIATIONS = frozenset({
    "e.g", "i.e", "etc", "cf", "viz", "art", "arts", "para", "paras", "no", "nos", "nr", "mr", "mrs", "ms",
    "dr", "prof", "st", "vs", "al", "approx", "incl", "p", "pp", "vol", "ch", "sect", "op", "cit", "rev", "add",
    "corr", "ibid", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig",
    "ed", "eds", "ca", "resp", "ref", "u.s", "u.k", "u.n", "e.u",
})
# A stop (or ? !) followed by space, or a CJK full stop, may end a sentence.
_END = re.compile(r"[.!?…](?:[\"'”’»)\]]*)(?=\s)|[。！？؟](?:[\"'”’»)\]]*)")
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,5}|[a-z])[.)]", re.IGNORECASE)
_OPENERS = re.compile(r"[\"'“‘«(\[]*(?:\w|\d)", re.UNICODE)


def _ends_sentence(flat: str, stop: int, end: int) -> bool:
    """Whether the stop at `stop` (match ending at `end`) closes a sentence."""
    char = flat[stop]
    if char in "。！？؟":
        return True
    rest = flat[end:].lstrip()
    if not rest:
        return True
    if char != ".":
        return True
    word = re.search(r"([\w.]+)$", flat[max(0, stop - 24):stop])
    token = word.group(1).lower() if word else ""
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False  # "e.g. the", "J. Smith", "No. 5"
    opener = _OPENERS.match(rest)
    if opener is None:
        return True
    first = opener.group(0)[-1]
    return not first.islower()  # "… 5.3 per cent" never reaches here; "etc. and" stays one sentence


def sentences(text: str) -> list[str]:
    """The sentences of `text` (whitespace collapsed), each with its closing punctuation."""
    flat = " ".join(text.split())
    found: list[str] = []
    start = 0
    for match in _END.finditer(flat):
        if _ends_sentence(flat, match.start(), match.end()):
            piece = flat[start:match.end()].strip()
            if _LIST_MARKER.fullmatch(piece):
                continue  # "1. Article 6": a number, not a sentence
            if piece:
                found.append(piece)
            start = match.end()
    tail = flat[start:].strip()
    if tail:
        found.append(tail)
    return found


def first_sentence(text: str, limit: int) -> str:
    """The first sentence of `text` when it has at most `limit` characters, with a closing stop
    added when the text has none; "" when the sentence is longer (never a cut sentence)."""
    found = sentences(text[: limit * 2 + 2])  # the first sentence, if short enough, is in here
    if not found or len(found[0]) > limit:
        return ""
    sentence = found[0]
    return sentence if re.search(r"[.!?…。！？؟][\"'”’»)\]]*$", sentence) else sentence + "."


def whole_sentences(text: str, limit: int) -> str:
    """As many leading whole sentences as fit in `limit` characters; the text clipped at a word
    with an ellipsis when even the first sentence is longer."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    flat = flat[: limit + 1]  # a sentence that starts beyond the limit cannot be kept
    kept: list[str] = []
    size = 0
    for sentence in sentences(flat):
        if size + len(sentence) + (1 if kept else 0) > limit:
            break
        kept.append(sentence)
        size += len(sentence) + (1 if len(kept) > 1 else 0)
    return " ".join(kept) if kept else clip(flat, limit)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    head = text[: max(1, limit - 1)]
    cut = head.rsplit(" ", 1)[0] if " " in head[limit // 2:] else head
    return cut.rstrip(" ,;:") + "…"


def shorten(text: str, limit: int, *, by_sentence: bool = True) -> str:
    """`text` as laid out in a pack: whole when it fits `limit`, else its leading whole sentences
    followed by " […]", or (one sentence longer than that, or not `by_sentence`: a title) cut at
    a word with "…"."""
    if len(text) <= limit:
        return text
    if not by_sentence:
        return clip(" ".join(text[: limit * 2].split()), limit)
    kept = whole_sentences(text[: limit * 2], limit - 4)  # never look at more than a pack can show
    return kept if kept.endswith("…") else kept + " […]"


def elide_middle(text: str, limit: int) -> str:
    """A long unchanged passage (a redline's context) as its start and end around " […] "."""
    if len(text) <= limit:
        return text
    half = (limit - 5) // 2
    return f"{text[:half].rstrip()} […] {text[-half:].lstrip()}"


def members_text(parts: Sequence[Provision]) -> str:
    """The text of a provision made only of members, in order: paragraphs run on ("(1) … (2) …"),
    each option and what it holds on a line of its own ("Option 1: …")."""
    lines: list[str] = []
    option: set[str] = set()  # the open option's provision and its descendants continue its line
    for p in parts:
        words = " ".join(p.text.split())
        if p.kind is ProvisionKind.OPTION:
            option = {p.id}
            lines.append(f"{p.number}: {words}".rstrip() if p.number else words)
            continue
        if p.parent_id in option:
            option.add(p.id)
        elif option or not lines:
            option = set()
            lines.append("")
        if words:
            lines[-1] = f"{lines[-1]} {f'({p.number}) {words}' if p.number else words}".strip()
    return "\n".join(line for line in lines if line)
