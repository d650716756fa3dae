"""From positioned text segments of PDF pages to a draft's plain text (pure: no PDF library here).

What a UN document's layout adds is taken out by position and repetition, not by guessing at words:
running headers and footers (lines at the top or foot of the page that repeat across pages, digits
aside, or are page numbers), the document symbol ("A/AC.291/22/Rev.3", kept as the version's symbol),
line numbers in the margins, and footnotes (small type below the body: kept as "[^N]: text" lines,
their raised markers in the body as "[^N]", which drafts/parse.py attaches to the provision). Lines
are put in reading order top to bottom (a page in two columns: the left column first,
drafts/pdf_columns.py), joined into paragraphs (a new one after a larger gap, at a
paragraph marker, a centred or bold heading, or an indented line), with hyphenated line breaks
joined ("inter-" + "national"; "twenty-" + "four" keeps its hyphen when the text uses it elsewhere).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from briefing_app.drafts import headings
from briefing_app.drafts.pdf_columns import FOOT_EDGE, TOP_EDGE, split_columns, upright

_SYMBOL = re.compile(r"^[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]*){1,6}$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?#(?:\s*(?:/|of)\s*#)?$|^[-–—]\s*#\s*[-–—]$", re.IGNORECASE)
_DIGITS = re.compile(r"^\d{1,4}$")
_MARKER_START = re.compile(r"^(?:\d{1,3}\.|\(?\d{1,3}\)|\(?[a-z]{1,2}\)|\(?[ivx]{1,6}\)|option\b|alt\b)",
                         re.IGNORECASE)
_SOFT_HYPHEN = "\u00ad"
_HYPHEN_MARKS = ("\x02", "\ufffe", "-", "\u2010")
_WORD = re.compile(r"[^\W\d_]+(?:[-\u00ad][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text on one line of a page, in PDF points (origin bottom left)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class LaidOut:
    text: str
    symbol: str
    footnotes: int
    dropped_lines: int


class _Line:
    """Segments on one line, with their bounds kept up to date as segments join."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments: list[Segment] = []
        self.left = self.bottom = float("inf")
        self.right = self.top = float("-inf")
        for segment in segments:
            self.add(segment)

    def add(self, segment: Segment) -> None:
        self.segments.append(segment)
        self.left, self.right = min(self.left, segment.left), max(self.right, segment.right)
        self.bottom, self.top = min(self.bottom, segment.bottom), max(self.top, segment.top)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in sorted(self.segments, key=lambda s: s.left)).strip()

    @property
    def size(self) -> float:
        return max(s.size for s in self.segments)

    @property
    def key(self) -> str:
        """What repeats from page to page: the segments' words, digits aside, in any order."""
        return " | ".join(sorted(re.sub(r"\d+", "#", s.text.strip()) for s in self.segments))


@dataclass(frozen=True, slots=True)
class _Metrics:
    size: float
    left: float
    right: float
    line_gap: float  # baseline to baseline within a paragraph


def lay_out(pages: list[Page]) -> LaidOut:
    """The plain text of a draft's pages, in the form drafts/parse.py reads."""
    segments = [s for page in pages for s in page.segments if s.text.strip()]
    if not segments:
        return LaidOut("", "", 0, 0)
    columns = [split_columns(upright(page), _metrics(segments).size) for page in pages]
    owners = [number for number, parts in enumerate(columns) for _part in parts]
    pages = [part for parts in columns for part in parts]
    metrics = _metrics([s for page in pages for s in page.segments if s.text.strip()])
    lined = [_lines(page, metrics) for page in pages]
    metrics = replace(metrics, line_gap=_line_gap(lined, metrics))
    symbol = _symbol(lined)
    repeated = _running_keys(lined, pages, owners)
    paragraphs: list[str] = []
    notes: dict[str, str] = {}
    dropped = 0
    last: _Line | None = None
    for page, lines in zip(pages, lined, strict=True):
        body, page_notes, removed = _split_page(page, lines, metrics, repeated, symbol)
        dropped += removed
        notes.update(page_notes)
        last = _paragraphs(body, metrics, paragraphs, last)
    text = "\n\n".join(p for p in paragraphs if p.strip())
    footnotes = "\n".join(f"[^{n}]: {t}" for n, t in notes.items())
    whole = _resolve_hyphens(text + ("\n\n" + footnotes if footnotes else "")) + "\n"
    return LaidOut(whole, symbol, len(notes), dropped)


def _metrics(segments: list[Segment]) -> _Metrics:
    sizes: Counter[float] = Counter()
    for s in segments:
        sizes[round(s.size, 1)] += len(s.text)
    size = sizes.most_common(1)[0][0]
    body = [s for s in segments if abs(s.size - size) < 0.6 and len(s.text) > 20] or segments
    lefts = Counter(round(s.left) for s in body)
    rights = sorted(s.right for s in body)
    return _Metrics(size, float(lefts.most_common(1)[0][0]), rights[int(0.98 * (len(rights) - 1))], 0.0)


def _line_gap(lined: list[list[_Line]], metrics: _Metrics) -> float:
    """The usual distance between two lines of one paragraph: the smallest gap that recurs (most
    documents have some paragraphs of several lines; one-off small gaps are superscripts and such)."""
    gaps = Counter(round(_distance(a, b)) for lines in lined for a, b in zip(lines, lines[1:], strict=False)
                   if metrics.size * 0.8 < _distance(a, b) < metrics.size * 4)
    recurring = [gap for gap, count in gaps.items() if count >= max(2, sum(gaps.values()) // 40)]
    return float(min(recurring)) if recurring else metrics.size * 1.25


def _distance(above: _Line, below: _Line) -> float:
    """From one line down to the next, steady whichever line has descenders ("g", "p") or capitals: the
    mean of the distances between their bottoms and between their tops."""
    return ((above.bottom - below.bottom) + (above.top - below.top)) / 2


def _lines(page: Page, metrics: _Metrics) -> list[_Line]:
    """Segments grouped into lines top to bottom; line numbers in the margins left out; raised small
    digits after body text become footnote references.

    Body-size segments make the lines; a smaller one (a superscript, a margin number) joins the line it
    overlaps, and small type with no body line beside it (footnotes) makes lines of its own."""
    big = [s for s in page.segments if s.text.strip() and s.size >= 0.85 * metrics.size]
    small = [s for s in page.segments if s.text.strip() and s.size < 0.85 * metrics.size]
    lines = _group(big, [])
    alone: list[Segment] = []
    for segment in small:
        near = [ln for ln in lines if ln.bottom - 2 <= segment.top and segment.bottom <= ln.top + 2]
        line = max(near, key=lambda ln: _overlap(segment, ln), default=None)
        if line is not None and _overlap(segment, line) > 0.3:
            line.add(segment)
        else:
            alone.append(segment)
    lines = sorted(_group(alone, lines), key=lambda ln: -ln.top)
    result: list[_Line] = []
    for line in lines:
        kept = [s for s in line.segments if not _line_number(s, metrics)]
        if kept:
            result.append(_Line(_footnote_refs(kept, metrics)))
    return result


def _group(segments: list[Segment], lines: list[_Line]) -> list[_Line]:
    fresh: list[_Line] = []
    for segment in sorted(segments, key=lambda s: (-s.top, s.left)):
        line = next((ln for ln in reversed(fresh[-3:]) if _overlap(segment, ln) > 0.4), None)
        if line is None:
            fresh.append(_Line([segment]))
        else:
            line.add(segment)
    return lines + fresh


def _overlap(segment: Segment, line: _Line) -> float:
    """Share of the segment's height that lies within the line's."""
    height = max(segment.top - segment.bottom, 0.1)
    return max(0.0, min(segment.top, line.top) - max(segment.bottom, line.bottom)) / height


def _line_number(segment: Segment, metrics: _Metrics) -> bool:
    text = segment.text.strip()
    return bool(_DIGITS.match(text)) and (segment.right < metrics.left - 4 or segment.left > metrics.right + 8)


def _footnote_refs(segments: list[Segment], metrics: _Metrics) -> list[Segment]:
    body = [s for s in segments if s.size >= 0.85 * metrics.size]
    if not body:
        return segments
    baseline = min(s.bottom for s in body)
    result = []
    for s in segments:
        text = s.text.strip()
        raised = s.size < 0.85 * metrics.size and s.bottom > baseline + 1.5
        if raised and _DIGITS.match(text) and s.left > min(b.left for b in body):
            result.append(Segment(f"[^{text}]", s.left, s.bottom, s.right, s.top, metrics.size))
        else:
            result.append(s)
    return result


def _symbol(lined: list[list[_Line]]) -> str:
    found: Counter[str] = Counter()
    for lines in lined:
        for line in lines[:3] + lines[-3:]:
            found.update(s.text.strip() for s in line.segments if _SYMBOL.match(s.text.strip()))
    return found.most_common(1)[0][0] if found else ""


def _running_keys(lined: list[list[_Line]], pages: list[Page], owners: list[int]) -> set[str]:
    """Keys of lines at the top or foot that repeat on at least half the pages (two at least); `owners`
    numbers the printed page each (virtual, one column) page comes from."""
    printed = len(set(owners))
    if printed < 2:
        return set()
    found: dict[int, set[str]] = {}
    for lines, page, owner in zip(lined, pages, owners, strict=True):
        found.setdefault(owner, set()).update(line.key for line in _edges(lines, page))
    seen = Counter(key for keys in found.values() for key in keys)
    needed = max(2, printed // 2)
    return {key for key, count in seen.items() if count >= needed}


def _edges(lines: list[_Line], page: Page) -> list[_Line]:
    top = [ln for ln in lines[:3] if ln.bottom > page.height * TOP_EDGE]
    foot = [ln for ln in lines[-3:] if ln.top < page.height * FOOT_EDGE]
    return top + foot


def _split_page(page: Page, lines: list[_Line], metrics: _Metrics, repeated: set[str],
                symbol: str) -> tuple[list[_Line], dict[str, str], int]:
    """(body lines, footnotes by number, lines dropped) of one page."""
    edges = {id(ln) for ln in _edges(lines, page)}
    body: list[_Line] = []
    notes: dict[str, str] = {}
    last: str | None = None
    dropped = 0
    for line in lines:
        if id(line) in edges and (line.key in repeated or _PAGE_NUMBER.match(line.key)
                                  or (symbol and line.text == symbol)):
            dropped += 1
            continue
        segments = [s for s in line.segments if not (symbol and s.text.strip() == symbol and id(line) in edges)]
        if not segments:
            dropped += 1
            continue
        kept = _Line(segments)
        if kept.size < 0.9 * metrics.size and kept.top < page.height * 0.5 and body:
            last = _footnote_line(kept, notes, last)
            continue
        body.append(kept)
    return body, notes, dropped


def _footnote_line(line: _Line, notes: dict[str, str], last: str | None) -> str | None:
    ordered = sorted(line.segments, key=lambda s: s.left)
    first = ordered[0].text.strip()
    text = " ".join(s.text for s in ordered).strip()
    if match := re.match(r"^(?:\[\^)?(\d{1,3})\]?\s*(.*)$", text) if _DIGITS.match(first.strip("[]^")) else None:
        notes[match.group(1)] = match.group(2).strip()
        return match.group(1)
    if last is not None:
        notes[last] = _join(notes[last], text)
    return last


def _paragraphs(lines: list[_Line], metrics: _Metrics, out: list[str], last: _Line | None) -> _Line | None:
    """Append the page's lines to `out` as paragraphs; the first continues the previous page's last
    paragraph when that page ended on a full line (or this one starts in lower case) and this one starts
    with no marker or heading.
    Returns the page's last line."""
    width = metrics.right - metrics.left
    previous: _Line | None = None
    for line in lines:
        if previous is None:
            full = last is not None and (last.right > metrics.right - width * 0.1 or line.text[:1].islower())
            starts = not (full and out) or bool(_MARKER_START.match(line.text)) or _heading_like(
                line.text, line, metrics) or line.left > metrics.left + 12
        else:
            starts = _starts_paragraph(line, previous, metrics.line_gap, metrics)
        if starts or not out:
            out.append(line.text)
        else:
            out[-1] = _join(out[-1], line.text)
        previous = line
    return previous or last


def _starts_paragraph(line: _Line, previous: _Line | None, spacing: float, metrics: _Metrics) -> bool:
    if previous is None:
        return False
    text = line.text
    gap = _distance(previous, line)
    return (gap > spacing * 1.35 or gap < 0 or bool(_MARKER_START.match(text))
            or _heading_like(text, line, metrics) or _heading_like(previous.text, previous, metrics)
            or line.left > metrics.left + 12 > previous.left)


def _heading_like(text: str, line: _Line | None, metrics: _Metrics) -> bool:
    """Centred, bold, or a short line that reads as a heading ("Article 7", "CHAPTER II")."""
    if line is not None:
        width = metrics.right - metrics.left
        middle = (line.left + line.right) / 2
        centred = line.left > metrics.left + 15 and abs(middle - (metrics.left + metrics.right) / 2) < width * 0.08
        if centred or all(s.bold for s in line.segments):
            return True
        short = line.right < metrics.right - width * 0.2
    else:
        short = len(text) < 60
    return short and headings.heading(text) is not None


def _join(before: str, after: str) -> str:
    """Two lines of one paragraph: a hyphenated break is kept as a soft hyphen for _resolve_hyphens."""
    if before.endswith(_HYPHEN_MARKS) and len(before) > 1 and before[-2].isalpha() and after[:1].islower():
        return before[:-1] + _SOFT_HYPHEN + after
    return f"{before} {after}"


def _resolve_hyphens(text: str) -> str:
    """"preve\u00adnting" → "preventing"; "twenty\u00adfour" → "twenty-four" when the text writes it so."""
    if _SOFT_HYPHEN not in text:
        return text
    counts = Counter(m.group(0) for m in _WORD.finditer(text.replace(_SOFT_HYPHEN, "\x00")))

    def resolve(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if counts[f"{left}-{right}"] and not counts[left + right]:
            return f"{left}-{right}"
        return left + right

    return re.sub(r"([^\W\d_]+)\u00ad([^\W\d_]+)", resolve, text)
