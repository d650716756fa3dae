"""Pages set in two columns, read as a reader does: the left column, then the right (pure, no PDF library).

A page has two columns when a vertical gutter near its middle crosses (almost) no body text while
text on both sides starts at a common left edge, row after row. Such a page becomes several virtual
pages in reading order, each one column high: text spanning both columns (a title across the page)
stays between the column bands it separates, and the right column is moved onto the left column's
x position so that indents, centring and full lines mean the same in both. Running headers stay on the
first virtual page and footers on the last, as on the page they came from. A page without a gutter is
returned as it is.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # drafts/pdf_layout.py defines them and calls this module
    from briefing_app.drafts.pdf_layout import Page, Segment

TOP_EDGE, FOOT_EDGE = 0.91, 0.09
"""Share of the page height above / below which a line is a running header or footer candidate."""
_MIN_ROWS = 3


def upright(page: Page) -> Page:
    """A page whose text runs up the page (a landscape page turned into a portrait document, the top of
    its text at the left edge) turned back so that its lines run left to right; other pages as they are."""
    letters = sum(len(s.text) for s in page.segments)
    sideways = sum(len(s.text) for s in page.segments
                   if len(s.text.strip()) >= 4 and s.top - s.bottom > 2 * (s.right - s.left))
    if not letters or sideways < 0.6 * letters:
        return page
    turned = tuple(replace(s, left=s.bottom, right=s.top, bottom=page.width - s.right, top=page.width - s.left)
                   for s in page.segments)
    return replace(page, width=page.height, height=page.width, segments=turned)


def split_columns(page: Page, size: float) -> list[Page]:
    """The page as virtual pages in reading order ([page] itself when it has one column)."""
    top_edge, foot_edge = page.height * TOP_EDGE, page.height * FOOT_EDGE
    body = [s for s in page.segments if s.text.strip() and s.size >= 0.85 * size
            and s.bottom > foot_edge and s.top < top_edge]
    gutter = _gutter(body, page.width, size)
    if gutter is None:
        return [page]
    head = [s for s in page.segments if s.top >= top_edge]
    foot = [s for s in page.segments if s.bottom <= foot_edge and s.top < top_edge]
    middle = [s for s in page.segments if foot_edge < s.bottom and s.top < top_edge]
    left = [s for s in middle if s.right <= gutter]
    right = [s for s in middle if s.left >= gutter]
    spanning = [s for s in middle if s.left < gutter < s.right]
    shift = _edge(right) - _edge(left)
    right = [replace(s, left=s.left - shift, right=s.right - shift) for s in right]
    chunks: list[list[Segment]] = []
    for rows, band_left, band_right in _bands(spanning, left, right):
        chunks.extend(chunk for chunk in (rows, band_left, band_right) if chunk)
    virtual: list[list[Segment]] = [[]]
    lowest = float("inf")
    for chunk in chunks:
        if virtual[-1] and max(s.top for s in chunk) > lowest + 1:
            virtual.append([])
            lowest = float("inf")
        virtual[-1].extend(chunk)
        lowest = min(lowest, *(s.bottom for s in chunk))
    virtual[0][:0] = head
    virtual[-1].extend(foot)
    return [replace(page, segments=tuple(segments)) for segments in virtual]


def _bands(spanning: list[Segment], left: list[Segment],
           right: list[Segment]) -> list[tuple[list[Segment], list[Segment], list[Segment]]]:
    """(a row spanning both columns, the left and right column below it) from top to bottom; the first
    band has no spanning row above it. Column text level with a spanning row (a footnote's raised
    number beside its text across the page) belongs to that row."""
    rows: list[list[Segment]] = [[]]
    for segment in sorted(spanning, key=lambda s: -s.top):
        if len(rows) > 1 and segment.top > min(s.bottom for s in rows[-1]):
            rows[-1].append(segment)
        else:
            rows.append([segment])
    extents = [(min(s.bottom for s in row), max(s.top for s in row)) for row in rows[1:]]
    bands: list[tuple[list[Segment], list[Segment], list[Segment]]] = [(row, [], []) for row in rows]
    for side, segments in ((1, left), (2, right)):
        for segment in segments:
            middle = (segment.top + segment.bottom) / 2
            level = next((index for index, (low, high) in enumerate(extents, start=1) if low <= middle <= high), None)
            if level is not None:
                bands[level][0].append(segment)
                continue
            band = max(index for index, (low, _high) in enumerate([(float("inf"), 0.0), *extents]) if middle < low)
            bands[band][side].append(segment)
    return bands


def _gutter(body: list[Segment], width: float, size: float) -> float | None:
    """The x of an empty vertical strip between two aligned columns, or None."""
    if len(body) < 2 * _MIN_ROWS:
        return None
    allowed = max(1, len(body) // 25)  # a few lines may span both columns (a title across the page)
    low, high = int(width * 0.3), int(width * 0.7)
    crossing = [0] * (high - low + 2)  # crossing[x - low]: segments with left < x < right
    for segment in body:
        first, last = max(low, math.floor(segment.left) + 1), min(high, math.ceil(segment.right) - 1)
        if first <= last:
            crossing[first - low] += 1
            crossing[last - low + 1] -= 1
    best: tuple[float, float] | None = None  # (width, middle) of the widest empty strip
    run_start: int | None = None
    count = 0
    for x in range(low, high + 2):
        count += crossing[x - low]
        if x <= high and count <= allowed:
            run_start = x if run_start is None else run_start
            continue
        if run_start is not None and (best is None or x - run_start > best[0]):
            best = (float(x - run_start), (run_start + x - 1) / 2)
        run_start = None
    if best is None or best[0] < max(6.0, size * 0.8):
        return None
    gutter = best[1]
    left = [s for s in body if s.right <= gutter]
    right = [s for s in body if s.left >= gutter]
    return gutter if _column(left, width) and _column(right, width) else None


def _column(segments: list[Segment], width: float) -> bool:
    """Rows of text, most starting at one left edge, several of them wide: a column, not stray words."""
    rows = _rows(segments)
    if len(rows) < _MIN_ROWS:
        return False
    edge = _edge(segments)
    aligned = sum(1 for row in rows if abs(min(s.left for s in row) - edge) <= 3)
    wide = sum(1 for row in rows if max(s.right for s in row) - min(s.left for s in row) > width * 0.2)
    return aligned >= 0.5 * len(rows) and wide >= _MIN_ROWS


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    rows: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: -s.top):
        if rows and segment.top > min(s.bottom for s in rows[-1]) + 0.5 * (segment.top - segment.bottom):
            rows[-1].append(segment)
        else:
            rows.append([segment])
    return rows


def _edge(segments: list[Segment]) -> float:
    """The most common left edge of the rows (a column's margin)."""
    lefts = Counter(round(min(s.left for s in row)) for row in _rows(segments))
    return float(lefts.most_common(1)[0][0]) if lefts else 0.0
