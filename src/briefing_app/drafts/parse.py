"""Find the structure of a draft's plain text: preamble, chapters, articles, numbered paragraphs.

Recognised headings (Markdown '#' and '**' around them are ignored): "Chapter II. Criminalization",
"CHAPTER II" with the title on the next line, "Article 7. Illegal access", "Art. 7 — Illegal access",
"Article 7" or a bare "7" on its own line followed by the title line. Inside an article, "1." / "(1)"
start numbered paragraphs and "(a)" / "(iv)" their sub-paragraphs. Each provision holds only its own
words (an article its opening words before paragraph 1, as the demo corpus does); the paragraphs are
children, and a line that continues after a sub-paragraph belongs to that sub-paragraph.
Lines that fit nowhere (title matter before an explicit "Preamble", text between a chapter heading and
its first article) are reported, not dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.domain.enums import ProvisionKind
from briefing_app.drafts.errors import DraftInputError

MAX_CHARS = 4_000_000
"""Longest draft accepted (a full treaty with commentary is well under 1 MB)."""
MAX_LINE_CHARS = 20_000

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*)?[*_]{0,2}(.*?)[*_]{0,2}$")
_CHAPTER = re.compile(r"^chapter\s+([ivxlcdm]+|\d{1,3})\b(.*)$", re.IGNORECASE)
_ARTICLE = re.compile(
    r"^(?:article|art\.)\s*(\d{1,3}(?:\s*(?:bis|ter|quater|quinquies|sexies))?)\b(.*)$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_PREAMBLE = re.compile(r"^preamble\s*[.:]?$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"^(?:(\d{1,3})\.|\((\d{1,3})\))\s+(\S.*)$")
_SUBPARAGRAPH = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(\S.*)$")
_SEPARATORS = ".:-–—"


@dataclass(frozen=True, slots=True)
class DraftNode:
    kind: ProvisionKind
    number: str
    heading: str
    text: str
    line: int
    children: tuple[DraftNode, ...] = ()

    @property
    def label(self) -> str:
        if self.kind is ProvisionKind.PREAMBLE:
            return "Preamble"
        if self.kind is ProvisionKind.PARAGRAPH:
            return f"para. {self.number}"
        return f"{self.kind.value.capitalize()} {self.number}"


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
        if self.count(ProvisionKind.PREAMBLE):
            parts.insert(0, "a preamble")
        return ", ".join(parts) + f"; {_plural(len(self.unplaced), 'line')} not placed"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


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

    def add(self, text: str, *, new_block: bool) -> None:
        if self.blocks and self.joinable and not new_block:
            self.blocks[-1] += " " + text
        else:
            self.blocks.append(text)
        self.joinable = True

    def freeze(self) -> DraftNode:
        return DraftNode(self.kind, self.number, self.heading, "\n".join(self.blocks), self.line,
                         tuple(child.freeze() for child in self.children))


def clean_text(text: str) -> str:
    """NFC text with one kind of line break, ordinary spaces, no invisible or control characters."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    controls = len(_CONTROLS.findall(text[:100_000]))
    if controls > max(8, len(text[:100_000]) // 100):
        raise DraftInputError("This file looks binary, not like a draft's text.")
    return _CONTROLS.sub("", text)


def parse_text(text: str) -> ParsedDraft:
    """The structure of a draft; raises DraftInputError when the text is empty, huge or has no articles."""
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
    parsed = _Parser([_strip_markup(line.strip()) for line in lines]).run()
    if not parsed.count(ProvisionKind.ARTICLE):
        raise DraftInputError(
            "No article headings were found (expected lines such as 'Article 7. Illegal access', "
            "'Art. 7 — Illegal access' or an article number on its own line); nothing was imported.")
    return parsed


def starts_article(line: str) -> bool:
    """Whether a line is an article heading ("Article 7. Illegal access", "Art. 7 — …")."""
    match = _ARTICLE.match(_strip_markup(line.strip()))
    return bool(match and _split_heading(match.group(2))[0])


def _strip_markup(line: str) -> str:
    """Drop Markdown heading/quote markers and bold emphasis; the words are what counts."""
    match = _MARKUP.match(line.replace("**", "").replace("__", ""))
    return match.group(1).strip() if match else line


def _split_heading(rest: str) -> tuple[bool, str]:
    """(is a heading, title) for what follows "Article 7" or "Chapter II" on the same line."""
    stripped = rest.strip()
    title = stripped.lstrip(_SEPARATORS + " ").strip()
    if not stripped or stripped[0] in _SEPARATORS:
        return True, title
    return _title_like(title), title


def _title_like(line: str) -> bool:
    return (0 < len(line) <= 150 and line[0].isupper() and not line.endswith((".", ";", ",", ":"))
            and not _PARAGRAPH.match(line) and not _SUBPARAGRAPH.match(line))


class _Parser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.top: list[_Open] = []
        self.unplaced: list[UnplacedLine] = []
        self.preamble: _Open | None = None
        self.preamble_explicit = False
        self.preamble_lines: list[tuple[int, str]] = []
        self.chapter: _Open | None = None
        self.article: _Open | None = None
        self.paragraph: _Open | None = None
        self.subparagraph: _Open | None = None
        self.awaiting_title: _Open | None = None
        self.after_blank = False

    def run(self) -> ParsedDraft:
        for index, line in enumerate(self.lines):
            number = index + 1
            if not line:
                self.after_blank = True
                continue
            if self.awaiting_title is not None:
                node, self.awaiting_title = self.awaiting_title, None
                if _title_like(line) and not self._is_heading(index):
                    node.heading = line
                    self.after_blank = False
                    continue
            self._line(index, number, line)
            self.after_blank = False
        return ParsedDraft(tuple(node.freeze() for node in self.top), tuple(self.unplaced))

    def _is_heading(self, index: int) -> bool:
        line = self.lines[index]
        return bool(self._chapter(line) or self._article(line) or _PREAMBLE.match(line)
                    or self._bare_article(index))

    def _chapter(self, line: str) -> tuple[str, str] | None:
        match = _CHAPTER.match(line)
        if not match:
            return None
        is_heading, title = _split_heading(match.group(2))
        return (match.group(1).upper(), title) if is_heading else None

    def _article(self, line: str) -> tuple[str, str] | None:
        match = _ARTICLE.match(line)
        if not match:
            return None
        is_heading, title = _split_heading(match.group(2))
        return (" ".join(match.group(1).lower().split()), title) if is_heading else None

    def _bare_article(self, index: int) -> str | None:
        """A number alone on its line is an article when a title line follows."""
        match = _BARE_NUMBER.match(self.lines[index])
        if not match:
            return None
        following = next((line for line in self.lines[index + 1:index + 4] if line), "")
        return match.group(1) if _title_like(following) and not _ARTICLE.match(following) else None

    def _line(self, index: int, number: int, line: str) -> None:
        if chapter := self._chapter(line):
            self._close_article()
            self.chapter = _Open(ProvisionKind.CHAPTER, chapter[0], chapter[1], number)
            self.top.append(self.chapter)
            self.awaiting_title = None if chapter[1] else self.chapter
            return
        article_number = self._article(line)
        bare = None if article_number else self._bare_article(index)
        if article_number or bare:
            number_text, title = article_number or (bare or "", "")
            self._open_article(_Open(ProvisionKind.ARTICLE, number_text, title, number))
            return
        if _PREAMBLE.match(line) and not self.preamble_explicit and self.article is None and self.chapter is None:
            self._open_preamble(number)
            return
        if self.article is not None:
            self._article_line(number, line)
        elif self.chapter is not None:
            self.unplaced.append(UnplacedLine(number, line, "text between a chapter heading and its first article"))
        else:
            if self.preamble is None:
                self.preamble = _Open(ProvisionKind.PREAMBLE, "", "", number)
                self.top.append(self.preamble)
            self.preamble.add(line, new_block=self.after_blank)
            self.preamble_lines.append((number, line))

    def _open_preamble(self, number: int) -> None:
        if self.preamble is not None:
            self.unplaced.extend(UnplacedLine(line_number, text, "before the preamble (title matter)")
                                 for line_number, text in self.preamble_lines)
            self.top.remove(self.preamble)
        self.preamble = _Open(ProvisionKind.PREAMBLE, "", "", number)
        self.preamble_explicit = True
        self.top.append(self.preamble)

    def _open_article(self, article: _Open) -> None:
        self._close_article()
        self.article = article
        (self.chapter.children if self.chapter is not None else self.top).append(article)
        self.awaiting_title = None if article.heading else article

    def _close_article(self) -> None:
        self.article = self.paragraph = self.subparagraph = None

    def _article_line(self, number: int, line: str) -> None:
        assert self.article is not None
        if match := _PARAGRAPH.match(line):
            self.paragraph = _Open(ProvisionKind.PARAGRAPH, match.group(1) or match.group(2), "", number)
            self.subparagraph = None
            self.article.children.append(self.paragraph)
            self.paragraph.add(match.group(3), new_block=True)
            return
        if match := _SUBPARAGRAPH.match(line):
            prefix = self.paragraph.number if self.paragraph is not None else ""
            self.subparagraph = _Open(ProvisionKind.PARAGRAPH, f"{prefix}({match.group(1)})", "", number)
            (self.paragraph or self.article).children.append(self.subparagraph)
            self.subparagraph.add(match.group(2), new_block=True)
            return
        (self.subparagraph or self.paragraph or self.article).add(line, new_block=self.after_blank)
