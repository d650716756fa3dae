"""Find the structure of a draft's plain text: the full treaty structure of a negotiating text.

Recognised (drafts/headings.py has the line forms): a preamble; parts, titles, chapters and sections
("CHAPTER II" with "CRIMINALIZATION" on the next line, "Section 2. Jurisdiction", "Final clauses");
articles ("Article 35 – 24/7 Network", "Art. 7 bis", "Article 7" or a bare "7" with the title on the
next line, in capitals or mixed case, "24/7 Network" included); numbered paragraphs "1." / "(1)";
sub-paragraphs "(a)" / "a)" and beneath them "(i)" / "ii)"; the Council of Europe's layout too (titles
inside sections, "1 Each Party …" and items "a …", "i …" without punctuation, in sequence); options ("Option 1", "Alt. B") holding
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

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.drafts import headings as h
from briefing_app.drafts.contents import drop_contents
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.tree import DraftNode, OpenNode, ParsedDraft, UnplacedLine

__all__ = ["MAX_CHARS", "TITLE_MATTER", "DraftNode", "ParsedDraft", "UnplacedLine", "clean_text", "parse_text", "starts_article"]

MAX_CHARS = 4_000_000
"""Longest draft accepted (a full treaty with commentary is well under 1 MB)."""
MAX_LINE_CHARS = 20_000
TITLE_MATTER = "before the preamble (title matter)"
"""The reason given for lines before the preamble: the draft's title, symbol, date."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u061c\u180e\u202a-\u202e\u2066-\u2069]")
"""Zero-width characters, soft hyphens and bidi marks (LRM, RLM, ALM, embeddings, isolates): never a word."""
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
"""ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ from PDFs and typeset text: written out, so "deﬁnition" is found as "definition"."""
_MARKUP_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*)")
_STRONG = re.compile(r"(\*\*|__)([^\s*_](?:.*?[^\s*_])?)\1")
_EMPHASIS = re.compile(r"^([*_])([^\s*_](?:.*[^\s*_])?)\1$")


def clean_text(text: str) -> str:
    """NFC text with one kind of line break, ordinary spaces, ligatures written out, no invisible or control
    characters."""
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
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
    stripped, contents = drop_contents(stripped)
    parsed = _Parser(stripped, footnotes).run()
    if not parsed.count(ProvisionKind.ARTICLE):
        raise DraftInputError(
            "No article headings were found (expected lines such as 'Article 7. Illegal access', "
            "'Art. 7 — Illegal access' or an article number on its own line, in English, French, Spanish or "
            "Russian: 'Article premier', 'Artículo 7', 'Статья 7'); nothing was imported.")
    unplaced = sorted((*contents, *parsed.unplaced), key=lambda u: u.line)
    return ParsedDraft(parsed.nodes, tuple(unplaced), symbol)


def starts_article(line: str) -> bool:
    """Whether a line is an article heading ("Article 7. Illegal access", "Art. 7 — …")."""
    return h.is_article_heading(_strip_markup(line.strip()))


def _strip_markup(line: str) -> str:
    """Drop Markdown heading/quote markers and emphasis; the words are what counts. Emphasis is markers
    in pairs around words: a lone "*" (a footnote mark, "crime.*") and blanks ("within ____ days") stay."""
    line = _MARKUP_PREFIX.sub("", _STRONG.sub(r"\2", line), count=1)
    match = _EMPHASIS.match(line)
    return match.group(2).strip() if match else line.strip()


class _Parser:
    def __init__(self, lines: list[str], footnotes: dict[str, str]) -> None:
        self.lines = lines
        self.footnotes = footnotes
        self.top: list[OpenNode] = []
        self.unplaced: list[UnplacedLine] = []
        self.preamble: OpenNode | None = None
        self.preamble_explicit = False
        self.preamble_lines: list[tuple[int, str]] = []
        self.groups: list[OpenNode] = []  # open parts / titles / chapters / sections, outermost first
        self.unit: OpenNode | None = None  # the open article, annex, notes or closing formula
        self.annex: OpenNode | None = None
        self.stack: list[OpenNode] = []  # open paragraphs, options and sub-paragraphs under the unit
        self.awaiting_title: OpenNode | None = None
        self.after_blank = False
        self.title_rank: float | None = None  # where titles sit in this draft (see _rank)
        self.paren_paragraphs: set[int] = set()  # ids of paragraphs numbered "1)", whose "2)" is a sibling

    @property
    def innermost(self) -> OpenNode | None:
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

    def _takes_title(self, index: int, line: str, node: OpenNode) -> bool:
        """The line after "Article 7" / "CHAPTER II" is its title unless it is a heading (but "CHAPTER IX"
        may be titled "FINAL PROVISIONS"), a status, or a body line (one the next line continues in
        lower case)."""
        found = self._heading_at(index)
        if found is not None and not (node.kind.is_group and found.kind.is_group and not found.number):
            return False
        if not h.title_like(h.take_status(line)[0]) or h.status_line(line) or h.option(_unbracket(line)):
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
            self._open_unit(OpenNode(ProvisionKind.CLOSING, "", "", number), top=True)
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
            self.preamble = OpenNode(ProvisionKind.PREAMBLE, "", "", number)
            self.top.append(self.preamble)
        self.preamble.add(line, new_block=self.after_blank)
        self.preamble.footnotes.extend(notes)
        self.preamble_lines.append((number, line))

    def _drop_title_matter(self) -> None:
        """Lines before "The States Parties to this Convention," are the title matter, not the preamble."""
        assert self.preamble is not None
        self.unplaced.extend(UnplacedLine(line_number, text, TITLE_MATTER)
                             for line_number, text in self.preamble_lines)
        self.top.remove(self.preamble)
        self.preamble, self.preamble_lines = None, []

    def _open_heading(self, found: h.Heading, number: int, line: str, notes: list[str]) -> None:
        title, status = h.take_status(found.title)
        if line.startswith("[") and status is None:
            status = ProvisionStatus.BRACKETED
        node = OpenNode(found.kind, found.number, title, number, status=status or ProvisionStatus.UNMARKED)
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
            self.stack = [self.unit.adopt(OpenNode(ProvisionKind.PARAGRAPH, str(len(self.unit.children) + 1),
                                                line, number))]
            return
        if kind.is_group:
            self._close_unit()
            rank = self._rank(kind) if node.number else 0  # "Final clauses" ends every open group
            while self.groups and self._rank(self.groups[-1].kind) >= rank:
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

    def _rank(self, kind: ProvisionKind) -> float:
        """Part > chapter > section everywhere; a title sits above chapters (UN and EU texts) unless the
        draft's first title comes inside an open section or chapter (Council of Europe conventions:
        "Chapter II / Section 1 / Title 1"), and then every title of the draft sits there."""
        if kind is not ProvisionKind.TITLE:
            return h.group_rank(kind)
        if self.title_rank is None:
            open_kinds = {group.kind for group in self.groups}
            self.title_rank = (h.group_rank(ProvisionKind.SECTION) + 0.5 if ProvisionKind.SECTION in open_kinds
                               else h.group_rank(ProvisionKind.CHAPTER) + 0.5 if ProvisionKind.CHAPTER in open_kinds
                               else h.group_rank(ProvisionKind.TITLE))
        return self.title_rank

    def _container(self) -> list[OpenNode]:
        if self.groups:
            return self.groups[-1].children
        return self.annex.children if self.annex is not None else self.top

    def _open_unit(self, unit: OpenNode, *, top: bool) -> None:
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
        elif (found := h.number_item(text)) and self._dotted_paragraph_open():
            node, rest = self._open_subparagraph(found[0], number), found[1]
        elif found := h.paragraph(text) or h.number_item(text) or self._bare_paragraph(text):
            node, rest = self._open_paragraph(found[0], number), found[1]
            if h.number_item(text):
                self.paren_paragraphs.add(id(node))
        elif ((found := h.subparagraph(text) or self._bare_item(text, number))
              and self.unit.kind is not ProvisionKind.CLOSING):
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

    def _dotted_paragraph_open(self) -> bool:
        """Whether a paragraph numbered "1." or "(1)" is open: "1)" lines under it are its items."""
        return any(n.kind is ProvisionKind.PARAGRAPH and not n.letter and id(n) not in self.paren_paragraphs
                   for n in self.stack)

    def _bare_paragraph(self, text: str) -> tuple[str, str] | None:
        """"2 Each Party shall …" (Council of Europe style, no full stop) is paragraph 2 only when it is
        the next number in the article and starts a sentence: "1 January 2025" wrapped mid-sentence is not."""
        found = h.bare_paragraph(text)
        if found is None or self.unit is None or self.unit.kind is not ProvisionKind.ARTICLE:
            return None
        numbered = [c for c in self.unit.children if c.kind is ProvisionKind.PARAGRAPH and c.number.isdigit()]
        expected = int(numbered[-1].number) + 1 if numbered else 1
        previous = self.innermost
        ended = previous is None or not previous.blocks or previous.blocks[-1].rstrip().endswith((".", ":", ";"))
        return found if int(found[0]) == expected and (ended or self.after_blank) else None

    def _bare_item(self, text: str, number: int) -> tuple[str, str] | None:
        """"b "traffic data" means …" (Council of Europe style: a letter or roman numeral and a space) is an
        item only after a line ending in ":" or ";", and only in sequence: "a" / "i" when the item after
        it ("b" / "ii") follows within a few lines, any other the successor of the open item."""
        found = h.bare_item(text)
        previous = self.innermost
        if found is None or previous is None or not previous.blocks or self.unit is None:
            return None
        if not previous.blocks[-1].rstrip().endswith((":", ";", "; and", "; or")):
            return None
        token = found[0]
        if token in ("a", "i"):
            successor = "b" if token == "a" else "ii"
            ahead = (line for line in self.lines[number:number + 12] if line)
            return found if any(line.startswith(successor + " ") for line in ahead) else None
        return found if any(_successor(item) == token for item in self.stack if item.letter) else None

    def _open_option(self, marker: str, number: int) -> OpenNode:
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
        node = parent.adopt(OpenNode(ProvisionKind.OPTION, marker, "", number))
        self.stack.append(node)
        return node

    def _open_paragraph(self, token: str, number: int) -> OpenNode:
        """A numbered paragraph belongs to an open option that holds whole paragraphs, else to the unit."""
        assert self.unit is not None
        option = next((n for n in reversed(self.stack) if n.kind is ProvisionKind.OPTION), None)
        parent = option if option is not None and option.parent is self.unit else self.unit
        self.stack = self._path_to(parent)
        node = parent.adopt(OpenNode(ProvisionKind.PARAGRAPH, token, "", number))
        self.stack.append(node)
        return node

    def _open_subparagraph(self, token: str, number: int) -> OpenNode:
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
        node = parent.adopt(OpenNode(ProvisionKind.PARAGRAPH, f"{prefix}({token})", "", number, letter=token,
                                  roman=roman))
        self.stack.append(node)
        return node

    def _path_to(self, node: OpenNode) -> list[OpenNode]:
        """The open nodes from just below the unit down to `node` (empty for the unit itself)."""
        path: list[OpenNode] = []
        current: OpenNode | None = node
        while current is not None and current is not self.unit:
            path.append(current)
            current = current.parent
        return path[::-1]


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _successor(item: OpenNode) -> str:
    """The token of the item after an open sub-paragraph: "c" after "b", "iii" after "ii"."""
    if item.roman:
        index = _ROMANS.index(item.letter) if item.letter in _ROMANS else len(_ROMANS) - 1
        return _ROMANS[index + 1] if index + 1 < len(_ROMANS) else ""
    return h.next_letter(item.letter)


def _unbracket(line: str) -> str:
    """A heading written inside square brackets ("[Article 12. Data retention]") reads as the heading."""
    if line.startswith("[") and not line.startswith("[^"):
        inner = line[1:]
        return inner[:-1] if inner.endswith("]") and inner.count("[") < inner.count("]") else inner
    return line
