"""A draft's table of contents, taken out before its structure is read (pure functions over cleaned lines).

A long draft may open with its contents: "Chapter I. General provisions . . . . 3", "Article 2. Use of
terms 4". Read as headings, those lines made empty articles twice over and swallowed what followed.
They are recognised as a block after a "Contents" line (in the languages drafts/headings.py reads),
each entry a heading with a page number at its end, or, without that line, as headings ending in dot
leaders and a page number. They are reported as unplaced lines, never dropped silently.
"""

from __future__ import annotations

import re

from briefing_app.drafts import headings as h
from briefing_app.drafts.tree import UnplacedLine

CONTENTS = "table of contents (page numbers of the printed draft)"
"""The reason given for the lines of a draft's table of contents."""

_TITLE = re.compile(r"^(?:(?:table\s+of\s+)?contents|table\s+des\s+matières|sommaire|índice|indice|"
                    r"содержание|оглавление)\s*:?$", re.IGNORECASE)
_LEADERS_AND_PAGE = re.compile(r"^(.*?\S)\s*(?:\.\s*){3,}\s*(\d{1,4})$|^(.*?\S)\s*…+\s*(\d{1,4})$")
_PAGE_AT_END = re.compile(r"^(.*?\S)\s+(\d{1,4})$")
_COLUMN_HEADS = re.compile(r"^(?:page|pages|paragraphs|page\s+paragraphs)$", re.IGNORECASE)


def drop_contents(lines: list[str]) -> tuple[list[str], list[UnplacedLine]]:
    """The lines with the table of contents blanked, and its lines (numbered from 1) as unplaced."""
    kept = list(lines)
    taken: list[UnplacedLine] = []
    in_block = False
    for index, line in enumerate(lines):
        if not line:
            continue
        if not in_block and _TITLE.match(line) and _entry(_next_line(lines, index), in_block=True):
            in_block = True
        elif in_block and (_entry(line, in_block=True) or _COLUMN_HEADS.match(line)):
            pass
        elif _entry(line, in_block=False):
            in_block = False
        else:
            in_block = False
            continue
        taken.append(UnplacedLine(index + 1, line, CONTENTS))
        kept[index] = ""
    return kept, taken


def _next_line(lines: list[str], index: int) -> str:
    return next((line for line in lines[index + 1:index + 6] if line and not _COLUMN_HEADS.match(line)), "")


def _entry(line: str, *, in_block: bool) -> bool:
    """A heading followed by its page number: after dot leaders anywhere, after a space in a contents block."""
    match = _LEADERS_AND_PAGE.match(line) or (_PAGE_AT_END.match(line) if in_block else None)
    if match is None:
        return False
    title = match.group(1) or match.group(3)
    return h.heading(title) is not None or (in_block and h.title_like(title))
