"""Find the structure of a draft's plain text: the full treaty structure of a negotiating text.

Recognised (drafts/headings.py has the line forms): a preamble; parts, titles, chapters and sections
("CHAPTER II" with "CRIMINALIZATION" on the next line, "Section 2. Jurisdiction", "Final clauses");
articles ("Article 35 – 24/7 Network", "Art. 7 bis", "Article 7" or a bare "7" with the title on the
next line, in capitals or mixed case, "24/7 Network" included); numbered paragraphs "1." / "(1)";
sub-paragraphs "(a)" / "a)" and beneath them "(i)" / "ii)"; options ("Option 1", "Alt. B") holding
their own text or paragraphs; annexes, interpretative notes and the closing formula ("IN WITNESS
WHEREOF…", "DONE at…") as their own provisions. Square-bracketed text is kept as written. A status
the draft states ("[Agreed ad referendum]" on a heading, a paragraph or a line of its own; a wholly
bracketed paragraph) becomes the provision's status. Footnotes written as "[^3]" with a "[^3]: text"
line (the PDF reader produces them) are taken out of the text and kept on the provision.

Each provision holds only its own words (an article its opening words before paragraph 1); lines that
fit nowhere (title matter before the preamble, text between a group heading and its first article)
are reported, not dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.domain.models import provision_label
from briefing_app.drafts import headings as h
from briefing_app.drafts.errors import DraftInputError

MAX_CHARS = 4_000_000
"""Longest draft accepted (a full treaty with commentary is well under 1 MB)."""
MAX_LINE_CHARS = 20_000

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*)?[*_]{0,2}(.*?)[*_]{0,2}$")


@dataclass(frozen=True, slots=True)
class DraftNode:
    kind: ProvisionKind
    number: str
    heading: str
    text: str
    line: int
    children: tuple[DraftNode, ...] = ()
    status: ProvisionStatus = ProvisionStatus.UNMARKED
    footnotes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return provision_label(self.kind, self.number, self.heading)


@dataclass(frozen=True, slots=True)
class UnplacedLine:
    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedDraft:
    """The detected structure, for review before it is saved as a version."""

    nodes: tuple[DraftNode, ...]
    unplaced: tuple[UnplacedLine, ...]
    symbol: str = ""

    def walk(self) -> Iterator[tuple[int, DraftNode]]:
        """(depth, node) in reading order."""
        def visit(nodes: tuple[DraftNode, ...], depth: int) -> Iterator[tuple[int, DraftNode]]:
            for node in nodes:
                yield depth, node
                yield from visit(node.children, depth + 1)
        yield from visit(self.nodes, 0)

    def count(self, kind: ProvisionKind) -> int:
        return sum(1 for _depth, node in self.walk() if node.kind is kind)

    def summary(self) -> str:
        parts = [_plural(self.count(kind), kind.value)
                 for kind in (ProvisionKind.ARTICLE, ProvisionKind.CHAPTER, ProvisionKind.PARAGRAPH)]
        extra = {ProvisionKind.PART: "part", ProvisionKind.TITLE: "title", ProvisionKind.SECTION: "section",
                 ProvisionKind.OPTION: "option", ProvisionKind.ANNEX: "annex"}
        parts.extend(_plural(self.count(kind), noun, "es" if kind is ProvisionKind.ANNEX else "s")
                     for kind, noun in extra.items() if self.count(kind))
        if self.count(ProvisionKind.NOTES):
            parts.append("interpretative notes")
        if self.count(ProvisionKind.CLOSING):
            parts.append("a closing formula")
        if self.count(ProvisionKind.PREAMBLE):
            parts.insert(0, "a preamble")
        marked = sum(1 for _d, node in self.walk() if node.status is not ProvisionStatus.UNMARKED)
        if marked:
            parts.append(f"{marked} with a status")
        return ", ".join(parts) + f"; {_plural(len(self.unplaced), 'line')} not placed"


def _plural(count: int, noun: str, suffix: str = "s") -> str:
    return f"{count} {noun}" + ("" if count == 1 else suffix)


@dataclass(eq=False)
class _Open:
    """A node being built; `blocks` are its text's lines, `joinable` whether the next line continues one."""

    kind: ProvisionKind
    number: str
    heading: str
    line: int
    blocks: list[str] = field(default_factory=list)
    children: list[_Open] = field(default_factory=list)
    joinable: bool = False
    status: ProvisionStatus = ProvisionStatus.UNMARKED
    footnotes: list[str] = field(default_factory=list)
    letter: str = ""  # the sub-paragraph token ("a", "ii") of a sub-paragraph
    roman: bool = False  # whether that token counts in roman numerals ("(ii)" under "(a)")
    parent: _Open | None = field(default=None, repr=False)

    def adopt(self, child: _Open) -> _Open:
        child.parent = self
        self.children.append(child)
        return child

    def add(self, text: str, *, new_block: bool) -> None:
        if self.blocks and self.joinable and not new_block:
            self.blocks[-1] += " " + text
        else:
            self.blocks.append(text)
        self.joinable = True

    def mark(self, status: ProvisionStatus | None) -> None:
        if status is not None and self.status is ProvisionStatus.UNMARKED:
            self.status = status

    def freeze(self) -> DraftNode:
        text = "\n".join(self.blocks)
        status = self.status
        if status is ProvisionStatus.UNMARKED and self.kind.is_paragraph_level and h.wholly_bracketed(text):
            status = ProvisionStatus.BRACKETED
        return DraftNode(self.kind, self.number, self.heading, text, self.line,
                         tuple(child.freeze() for child in self.children), status, tuple(self.footnotes))


def clean_text(text: str) -> str:
    """NFC text with one kind of line break, ordinary spaces, no invisible or control characters."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    controls = len(_CONTROLS.findall(text[:100_000]))
    if controls > max(8, len(text[:100_000]) // 100):
        raise DraftInputError("This file looks binary, not like a draft's text.")
    return _CONTROLS.sub("", text)


def parse_text(text: str, *, symbol: str = "") -> ParsedDraft:
    """The structure of a draft; raises DraftInputError when the text is empty, huge or has no articles.

    `symbol` is the document symbol when the reader found one (a PDF's "A/AC.291/22/Rev.3" line)."""
    if len(text) > MAX_CHARS:
        raise DraftInputError(
            f"The draft is too large ({len(text):,} characters; at most {MAX_CHARS:,} are accepted).")
    lines = clean_text(text).split("\n")
    if not any(line.strip() for line in lines):
        raise DraftInputError("The draft is empty: there is no text to import.")
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise DraftInputError(
                f"Line {number} is {len(line):,} characters long (at most {MAX_LINE_CHARS:,}); "
                "this does not look like a draft's text.")
    stripped = [" ".join(_strip_markup(line.strip()).split()) for line in lines]
    footnotes: dict[str, str] = {}
    for index, line in enumerate(stripped):
        if match := h.FOOTNOTE_DEFINITION.match(line):
            footnotes[match.group(1)] = match.group(2).strip()
            stripped[index] = ""
    parsed = _Parser(stripped, footnotes).run()
    if not parsed.count(ProvisionKind.ARTICLE):
        raise DraftInputError(
            "No article headings were found (expected lines such as 'Article 7. Illegal access', "
            "'Art. 7 — Illegal access' or an article number on its own line); nothing was imported.")
    return ParsedDraft(parsed.nodes, parsed.unplaced, symbol)


def starts_article(line: str) -> bool:
    """Whether a line is an article heading ("Article 7. Illegal access", "Art. 7 — …")."""
    return h.is_article_heading(_strip_markup(line.strip()))


def _strip_markup(line: str) -> str:
    """Drop Markdown heading/quote markers and bold emphasis; the words are what counts."""
    match = _MARKUP.match(line.replace("**", "").replace("__", ""))
    return match.group(1).strip() if match else line


class _Parser:
    def __init__(self, lines: list[str], footnotes: dict[str, str]) -> None:
        self.lines = lines
        self.footnotes = footnotes
        self.top: list[_Open] = []
        self.unplaced: list[UnplacedLine] = []
        self.preamble: _Open | None = None
        self.preamble_explicit = False
        self.preamble_lines: list[tuple[int, str]] = []
        self.groups: list[_Open] = []  # open parts / titles / chapters / sections, outermost first
        self.unit: _Open | None = None  # the open article, annex, notes or closing formula
        self.annex: _Open | None = None
        self.stack: list[_Open] = []  # open paragraphs, options and sub-paragraphs under the unit
        self.awaiting_title: _Open | None = None
        self.after_blank = False

    @property
    def innermost(self) -> _Open | None:
        return self.stack[-1] if self.stack else self.unit

    def run(self) -> ParsedDraft:
        for index, raw in enumerate(self.lines):
            if not raw:
                self.after_blank = True
                continue
            line, notes = self._footnote_refs(raw)
            if not line:
                continue
            if self.awaiting_title is not None:
                node, self.awaiting_title = self.awaiting_title, None
                if self._takes_title(index, line, node):
                    title, status = h.take_status(line)
                    node.heading = title
                    node.mark(status)
                    node.footnotes.extend(notes)
                    self.after_blank = False
                    continue
            self._line(index, line, notes)
            self.after_blank = False
        return ParsedDraft(tuple(node.freeze() for node in self.top), tuple(self.unplaced))

    def _footnote_refs(self, line: str) -> tuple[str, list[str]]:
        refs = h.FOOTNOTE_REF.findall(line)
        if not refs:
            return line, []
        text = " ".join(h.FOOTNOTE_REF.sub("", line).split())
        text = re.sub(r"\s+([,.;:)\]])", r"\1", text)
        return text, [f"{n} {self.footnotes[n]}" for n in refs if n in self.footnotes]

    def _takes_title(self, index: int, line: str, node: _Open) -> bool:
        """The line after "Article 7" / "CHAPTER II" is its title unless it is a heading (but "CHAPTER IX"
        may be titled "FINAL PROVISIONS"), a status, or a body line (one the next line continues in
        lower case)."""
        found = self._heading_at(index)
        if found is not None and not (node.kind.is_group and found.kind.is_group and not found.number):
            return False
        if not h.title_like(h.take_status(line)[0]) or h.status_line(line):
            return False
        following = next((other for other in self.lines[index + 1:index + 3] if other), "")
        return not (following[:1].islower() and self.lines[index + 1:index + 2] != [""])

    def _heading_at(self, index: int) -> h.Heading | None:
        line = self.lines[index]
        found = h.heading(_unbracket(line))
        if found is not None:
            return found
        number = h.bare_number(line)
        if number is None:
            return None
        following = next((other for other in self.lines[index + 1:index + 4] if other), "")
        if h.title_like(following) and not h.heading(following):
            return h.Heading(ProvisionKind.ARTICLE, number, "")
        return None

    def _line(self, index: int, line: str, notes: list[str]) -> None:
        number = index + 1
        found = self._heading_at(index)
        if found is not None and not (found.kind is ProvisionKind.PREAMBLE and (
                self.preamble_explicit or self.unit is not None or self.groups)):
            self._open_heading(found, number, line, notes)
            return
        if h.opens_closing(line) and self.unit is not None and self.unit.kind is not ProvisionKind.CLOSING:
            self._open_unit(_Open(ProvisionKind.CLOSING, "", "", number), top=True)
            self.unit.add(line, new_block=True)
            self.unit.footnotes.extend(notes)
            return
        status = h.status_line(line)
        if status is not None and self.innermost is not None:
            self.innermost.mark(status)
            return
        if self.unit is not None:
            self._unit_line(number, line, notes)
        elif self.groups:
            self.unplaced.append(UnplacedLine(number, line, "text between a heading and its first article"))
        else:
            self._preamble_line(number, line, notes)

    def _preamble_line(self, number: int, line: str, notes: list[str]) -> None:
        if (self.preamble is not None and not self.preamble_explicit and h.PREAMBLE_OPENING.match(line)
                and not any(h.PREAMBLE_OPENING.match(text) for _n, text in self.preamble_lines)):
            self._drop_title_matter()
        if self.preamble is None:
            self.preamble = _Open(ProvisionKind.PREAMBLE, "", "", number)
            self.top.append(self.preamble)
        self.preamble.add(line, new_block=self.after_blank)
        self.preamble.footnotes.extend(notes)
        self.preamble_lines.append((number, line))

    def _drop_title_matter(self) -> None:
        """Lines before "The States Parties to this Convention," are the title matter, not the preamble."""
        assert self.preamble is not None
        self.unplaced.extend(UnplacedLine(line_number, text, "before the preamble (title matter)")
                             for line_number, text in self.preamble_lines)
        self.top.remove(self.preamble)
        self.preamble, self.preamble_lines = None, []

    def _open_heading(self, found: h.Heading, number: int, line: str, notes: list[str]) -> None:
        title, status = h.take_status(found.title)
        if line.startswith("[") and status is None:
            status = ProvisionStatus.BRACKETED
        node = _Open(found.kind, found.number, title, number, status=status or ProvisionStatus.UNMARKED)
        node.footnotes.extend(notes)
        kind = found.kind
        if kind is ProvisionKind.PREAMBLE:
            if self.preamble is not None:
                self._drop_title_matter()
            self.preamble = node
            self.preamble_explicit = True
            self.top.append(node)
            return
        if self.unit is not None and self.unit.kind is ProvisionKind.NOTES and kind is ProvisionKind.ARTICLE:
            self.stack = [self.unit.adopt(_Open(ProvisionKind.PARAGRAPH, str(len(self.unit.children) + 1),
                                                line, number))]
            return
        if kind.is_group:
            self._close_unit()
            rank = h.group_rank(kind) if node.number else 0  # "Final clauses" ends every open group
            while self.groups and h.group_rank(self.groups[-1].kind) >= rank:
                self.groups.pop()
            self._container().append(node)
            self.groups.append(node)
        elif kind is ProvisionKind.ARTICLE:
            self._open_unit(node, top=False)
        else:  # annex, interpretative notes
            self.groups = []
            self._open_unit(node, top=True)
            self.annex = node if kind is ProvisionKind.ANNEX else None
        self.awaiting_title = None if node.heading else node

    def _container(self) -> list[_Open]:
        if self.groups:
            return self.groups[-1].children
        return self.annex.children if self.annex is not None else self.top

    def _open_unit(self, unit: _Open, *, top: bool) -> None:
        self._close_unit()
        if top:
            self.groups, self.annex = [], None
        (self.top if top else self._container()).append(unit)
        self.unit = unit

    def _close_unit(self) -> None:
        self.unit, self.stack, self.awaiting_title = None, [], None

    def _unit_line(self, number: int, line: str, notes: list[str]) -> None:
        assert self.unit is not None
        text, status = h.take_status(line)
        rest: str | None = None
        if found := h.option(text):
            node, rest = self._open_option(found[0], number), found[1]
        elif found := h.paragraph(text):
            node, rest = self._open_paragraph(found[0], number), found[1]
        elif (found := h.subparagraph(text)) and self.unit.kind is not ProvisionKind.CLOSING:
            node, rest = self._open_subparagraph(found[0], number), found[1]
        else:
            node = self.innermost or self.unit
            node.add(text, new_block=self.after_blank)
        if rest is not None:
            rest, marked = h.take_status(rest)
            node.mark(marked)
            if rest:
                node.add(rest, new_block=True)
        node.mark(status)
        node.footnotes.extend(notes)

    def _open_option(self, marker: str, number: int) -> _Open:
        """An option is a sibling of the option before it; else it belongs to the open paragraph
        ("1. Each State Party shall: / Option 1: … / Option 2: …") or to the unit itself."""
        assert self.unit is not None
        previous = next((n for n in reversed(self.stack) if n.kind is ProvisionKind.OPTION), None)
        if previous is not None:
            parent = previous.parent or self.unit
        else:
            parent = next((n for n in reversed(self.stack) if n.kind is ProvisionKind.PARAGRAPH and not n.letter),
                          self.unit)
        self.stack = self._path_to(parent)
        node = parent.adopt(_Open(ProvisionKind.OPTION, marker, "", number))
        self.stack.append(node)
        return node

    def _open_paragraph(self, token: str, number: int) -> _Open:
        """A numbered paragraph belongs to an open option that holds whole paragraphs, else to the unit."""
        assert self.unit is not None
        option = next((n for n in reversed(self.stack) if n.kind is ProvisionKind.OPTION), None)
        parent = option if option is not None and option.parent is self.unit else self.unit
        self.stack = self._path_to(parent)
        node = parent.adopt(_Open(ProvisionKind.PARAGRAPH, token, "", number))
        self.stack.append(node)
        return node

    def _open_subparagraph(self, token: str, number: int) -> _Open:
        """"(a)" items belong to the open paragraph (or option, or unit); "(i)" items to the open "(a)".
        "(i)" right after "(h)" is a letter, as is any token that is not a roman numeral."""
        assert self.unit is not None
        letter = next((n for n in reversed(self.stack) if n.letter and not n.roman), None)
        roman_item = next((n for n in reversed(self.stack) if n.letter and n.roman), None)
        if not h.is_roman(token) or (letter is not None and token == h.next_letter(letter.letter)):
            roman = False
        else:
            roman = letter is not None or roman_item is not None or token.startswith(("i", "v", "x"))
        while self.stack and self.stack[-1].letter and (not roman or self.stack[-1].roman):
            self.stack.pop()
        parent = self.stack[-1] if self.stack else self.unit
        prefix = parent.number if parent.kind is ProvisionKind.PARAGRAPH else ""
        node = parent.adopt(_Open(ProvisionKind.PARAGRAPH, f"{prefix}({token})", "", number, letter=token,
                                  roman=roman))
        self.stack.append(node)
        return node

    def _path_to(self, node: _Open) -> list[_Open]:
        """The open nodes from just below the unit down to `node` (empty for the unit itself)."""
        path: list[_Open] = []
        current: _Open | None = node
        while current is not None and current is not self.unit:
            path.append(current)
            current = current.parent
        return path[::-1]


def _unbracket(line: str) -> str:
    """A heading written inside square brackets ("[Article 12. Data retention]") reads as the heading."""
    if line.startswith("[") and not line.startswith("[^"):
        inner = line[1:]
        return inner[:-1] if inner.endswith("]") and inner.count("[") < inner.count("]") else inner
    return line
