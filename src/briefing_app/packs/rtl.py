"""Styled right-to-left paragraphs: Arabic with its bold, italic, colour, strike, underline and
superscript spans kept (issue #14).

reportlab's own RTL needs `rlbidi`, which is not on PyPI, and its uharfbuzz shaping without it keeps
words in logical order; under our layout it places marks better but writes private-use characters
into the text (compared in docs/benchmarks.md, "Arabic shaping"). So: the paragraph's markup (our
template filled with escaped user text, the same markup a Paragraph would get) is parsed by
reportlab's ParaParser into styled fragments; the fragments are cut into words and wrapped in
logical order; each line is then put into display order word by word (a word-level version of the
Unicode bidi algorithm: runs of the other direction keep their inner order, neutral words between
two words of one direction take it), each Arabic word shaped (arabic-reshaper, diacritics kept) and
reordered inside (python-bidi, brackets mirrored), and drawn fragment by fragment in its own font,
colour, rise and decorations.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus.paraparser import ParaParser

from briefing_app.packs.fonts import FontSet


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of one word in one style."""

    text: str
    font: str
    size: float
    color: Any
    rise: float = 0.0
    strike: bool = False
    underline: bool = False


Word = tuple[Piece, ...]
_BREAK: Word = ()  # a forced line break (<br/>)


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a run of punctuation cut off a word's ends; `glued`: no space before it."""

    word: Word
    glued: bool = False


Line = list[Token]  # logical order


def direction(text: str) -> str:
    """'R' when the text holds a right-to-left letter, 'L' for a left-to-right one, else 'N'."""
    strong = "N"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            strong = "L"
    return strong


def _neutral(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("ON", "CS", "ES", "ET", "WS", "B", "S")


def tokens_of(words: list[Word]) -> list[Token]:
    """Words with the punctuation at their ends cut off as tokens of their own (glued to the
    word), so quotes and brackets around text of the other direction take the paragraph's side."""
    out: list[Token] = []
    for word in words:
        if word is _BREAK:
            out.append(Token(_BREAK))
            continue
        first, last = word[0], word[-1]
        lead = next((i for i, c in enumerate(first.text) if not _neutral(c)), len(first.text))
        trail = next((i for i, c in enumerate(reversed(last.text)) if not _neutral(c)), len(last.text))
        if len(word) == 1 and lead + trail >= len(first.text):  # all punctuation: one token
            out.append(Token(word))
            continue
        pieces = list(word)
        glued = False
        if lead:
            out.append(Token((_with(first, first.text[:lead]),)))
            pieces[0] = _with(first, first.text[lead:])
            glued = True
        tail: Token | None = None
        if trail:
            end = pieces[-1]
            tail = Token((_with(end, end.text[len(end.text) - trail:]),), glued=True)
            pieces[-1] = _with(end, end.text[:len(end.text) - trail])
        out.append(Token(tuple(p for p in pieces if p.text), glued=glued))
        if tail is not None:
            out.append(tail)
    return out


def _with(piece: Piece, text: str) -> Piece:
    return Piece(text, piece.font, piece.size, piece.color, piece.rise, piece.strike, piece.underline)


def pieces_of(markup: str, style: ParagraphStyle) -> list[Word]:
    """The paragraph's words in logical order, each a tuple of styled pieces; _BREAK for <br/>."""
    _, frags, _ = ParaParser().parse(markup, style)
    words: list[Word] = []
    current: list[Piece] = []

    def end_word() -> None:
        if current:
            words.append(tuple(current))
            current.clear()

    for frag in frags or []:
        if getattr(frag, "lineBreak", False):
            end_word()
            words.append(_BREAK)
            continue
        text = frag.text or ""
        base = Piece("", frag.fontName, frag.fontSize, frag.textColor, float(frag.rise or 0),
                     bool(getattr(frag, "strike", 0)), bool(getattr(frag, "underline", 0)))
        for n, part in enumerate(text.split(" ")):
            if n:
                end_word()
            if part:
                current.append(Piece(part, base.font, base.size, base.color, base.rise, base.strike, base.underline))
    end_word()
    return words


# arabic-reshaper deletes diacritics (harakat: shadda, fatha, damma, …) unless told not to; they
# are part of the text (our own catalogue has "أُعِدَّ"), so they are kept and drawn.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
# Bidi_Mirrored pairs that occur in our text: python-bidi's get_display (0.5 and later) does not mirror
# (UAX #9 rule L4), so "(ملاحظة)" would be drawn with its brackets facing outwards.
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


@lru_cache(maxsize=65536)
def shaped(text: str) -> str:
    """A word with its Arabic letters joined and its diacritics kept; cached: arabic-reshaper reads
    its configuration on every call (a third of an Arabic pack's build time before the cache)."""
    return str(_RESHAPER.reshape(text)) if direction(text) == "R" else text


@lru_cache(maxsize=65536)
def _display(text: str, rtl: bool) -> str:
    """A piece in display order; in a right-to-left run its brackets and quotes mirrored (unless it
    holds left-to-right letters, whose brackets python-bidi keeps in their own run)."""
    shown = str(get_display(shaped(text), base_dir="R" if rtl else "L"))
    return shown.translate(_MIRROR) if rtl and direction(text) != "L" and not _has_ltr(text) else shown


def _has_ltr(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "L" for c in text)


def display_line(text: str, rtl: bool) -> str:
    """One wrapped logical line of plain text in display order, by the same word-level bidi as the
    styled paragraphs (numbers, brackets and runs of the other direction placed alike)."""
    line = tokens_of([(Piece(word, "", 0.0, None),) for word in text.split(" ") if word])
    order = visual_order(line, "R" if rtl else "L")
    out = []
    for n, (i, resolved) in enumerate(order):
        if n and not (abs(i - order[n - 1][0]) == 1 and line[max(i, order[n - 1][0])].glued):
            out.append(" ")
        out += [p.text for p in visual_pieces(line[i].word, resolved)]
    return "".join(out)


def word_width(word: Word) -> float:
    return sum(float(stringWidth(shaped(p.text), p.font, p.size)) for p in word)


def wrap_words(tokens: list[Token], width: float, space: float) -> list[Line]:
    """Greedy wrapping in logical order, never inside a word; a word wider than the line gets a
    line of its own."""
    groups: list[list[Token]] = []  # a word with its glued punctuation
    for token in tokens:
        if token.glued and groups and groups[-1][-1].word is not _BREAK:
            groups[-1].append(token)
        else:
            groups.append([token])
    lines: list[Line] = [[]]
    used = 0.0
    for group in groups:
        if group[0].word is _BREAK:
            lines.append([])
            used = 0.0
            continue
        w = sum(word_width(t.word) for t in group)
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1] += group
    return lines


def visual_order(line: Line, base: str) -> list[tuple[int, str]]:
    """Indexes of the line's tokens in display order (left to right), each with its resolved
    direction: numbers after left-to-right text are left to right (UAX #9 W7), other neutral
    tokens take the direction around them when both sides agree, else the paragraph's."""
    texts = ["".join(p.text for p in t.word) for t in line]
    dirs = [direction(t) for t in texts]
    for i, d in enumerate(dirs):
        if d == "N" and any(c.isdigit() for c in texts[i]):
            before = next((x for x in reversed(dirs[:i]) if x != "N"), base)
            if before == "L":
                dirs[i] = "L"
    for i, d in enumerate(dirs):  # brackets glued to the text they enclose go with it (a rough UAX #9 N0)
        if d == "N" and texts[i][:1] in ")]" and i and line[i].glued and dirs[i - 1] != "N":
            dirs[i] = dirs[i - 1]
        elif d == "N" and texts[i][-1:] in "([" and i + 1 < len(line) and line[i + 1].glued and dirs[i + 1] != "N":
            dirs[i] = dirs[i + 1]
    resolved = list(dirs)
    for i, d in enumerate(dirs):
        if d != "N":
            continue
        before = next((x for x in reversed(dirs[:i]) if x != "N"), base)
        after = next((x for x in dirs[i + 1:] if x != "N"), base)
        resolved[i] = before if before == after else base
    units: list[list[int]] = []
    for i, d in enumerate(resolved):
        if units and resolved[units[-1][-1]] == d:
            units[-1].append(i)
        else:
            units.append([i])
    ordered: list[int] = []
    for unit in reversed(units) if base == "R" else units:
        ordered += list(reversed(unit)) if resolved[unit[0]] == "R" else unit
    return [(i, resolved[i]) for i in ordered]


def visual_pieces(word: Word, resolved: str) -> list[Piece]:
    """A word's pieces left to right, Arabic shaped and each piece reordered inside."""
    order = reversed(word) if resolved == "R" else word
    out = []
    for p in order:
        text = _display(p.text, resolved == "R")
        out.append(Piece(text, p.font, p.size, p.color, p.rise, p.strike, p.underline))
    return out


class RichBidiText(Flowable):
    """A styled paragraph whose base direction is right to left (or that holds right-to-left text),
    drawn line by line, right-aligned for right to left."""

    def __init__(self, markup: str, fonts: FontSet, style: ParagraphStyle, *, rtl: bool = True,
                 bullet: str = "", lines: list[Line] | None = None) -> None:
        super().__init__()
        self.markup = markup
        self.fonts = fonts
        self.style = style
        self.rtl = rtl
        self.bullet = bullet
        self._tokens = tokens_of(pieces_of(markup, style)) if lines is None else []
        self._lines = lines
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    @property
    def plain(self) -> str:
        """The paragraph's text in logical order (for tests and the contents)."""
        lines = self._lines if self._lines is not None else [self._tokens]
        return "\n".join("".join(("" if n == 0 or t.glued else " ") + "".join(p.text for p in t.word)
                                  for n, t in enumerate(line)) for line in lines)

    def _wrapped(self, width: float) -> list[Line]:
        if self._lines is None:
            space = stringWidth(" ", self.style.fontName, self.style.fontSize)
            self._lines = wrap_words(self._tokens, max(width - self.style.leftIndent, 20.0), space)
        return self._lines

    def _leading(self) -> float:
        return float(self.style.leading)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._wrapped(availWidth)) * self._leading()
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._wrapped(availWidth)
        fit = int(availHeight // self._leading())
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [self._part(lines[:fit], self.bullet), self._part(lines[fit:])]

    def _part(self, lines: list[Line], bullet: str = "") -> RichBidiText:
        return RichBidiText(self.markup, self.fonts, self.style, rtl=self.rtl, bullet=bullet, lines=lines)

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        size = style.fontSize
        lines = self._lines or []
        if style.backColor is not None:
            pad = style.borderPadding if isinstance(style.borderPadding, (tuple, list)) else (style.borderPadding,) * 4
            top, right, bottom, left = (list(pad) * 4)[:4]
            canv.saveState()
            canv.setFillColor(style.backColor)
            x0 = 0 if self.rtl else style.leftIndent
            x1 = self.width - style.leftIndent if self.rtl else self.width
            canv.rect(x0 - left, -bottom, x1 - x0 + left + right, self.height + top + bottom, stroke=0, fill=1)
            canv.restoreState()
        for n, line in enumerate(lines):
            y = self.baseline(n)
            drawn, gaps, x = self._layout(line)
            for gap, word_pieces in zip(gaps, drawn, strict=True):
                x += gap
                for piece in word_pieces:
                    x += self._draw_piece(piece, x, y)
            if n == 0 and self.bullet:
                indent = style.bulletIndent
                bullet = Piece(self.bullet, style.fontName, size, style.textColor)
                bx = self.width - indent - stringWidth(self.bullet, style.fontName, size) if self.rtl else indent
                self._draw_piece(bullet, bx, y)

    def baseline(self, n: int) -> float:
        """The baseline of line `n` (0 = the first) above the flowable's bottom."""
        size = float(self.style.fontSize)
        return float(self.height) - (n + 1) * self._leading() + (self._leading() - size) / 2 + size * 0.2

    def _layout(self, line: Line) -> tuple[list[list[Piece]], list[float], float]:
        """A line's pieces in visual order, the gap before each word, and where the line starts."""
        style = self.style
        space = stringWidth(" ", style.fontName, style.fontSize)
        order = visual_order(line, "R" if self.rtl else "L")
        drawn = [visual_pieces(line[i].word, d) for i, d in order]
        gaps = [0.0] + [0.0 if abs(a - b) == 1 and line[max(a, b)].glued else space
                        for (a, _), (b, _) in zip(order, order[1:], strict=False)]
        total = sum(stringWidth(p.text, p.font, p.size) for ps in drawn for p in ps) + sum(gaps)
        if style.alignment == TA_CENTER:
            x = (self.width - total) / 2
        elif self.rtl:
            x = self.width - style.leftIndent - total
        elif style.alignment == TA_LEFT:
            x = style.leftIndent
        else:
            x = self.width - total
        return drawn, gaps, x

    def last_line_start(self) -> float:
        """Where the last line's leftmost glyph is (for a right-to-left contents line's leader)."""
        lines = self._lines or []
        return self._layout(lines[-1])[2] if lines else self.width

    def _draw_piece(self, piece: Piece, x: float, y: float) -> float:
        canv = self.canv
        canv.setFillColor(piece.color)
        canv.setStrokeColor(piece.color)
        canv.setLineWidth(0.6)
        start = x
        for font, chunk in self.fonts.runs(piece.text, piece.font):
            canv.setFont(font, piece.size)
            canv.drawString(x, y + piece.rise, chunk)
            x += stringWidth(chunk, font, piece.size)
        if piece.strike:
            canv.line(start, y + piece.size * 0.3, x, y + piece.size * 0.3)
        if piece.underline:
            canv.line(start, y - piece.size * 0.15, x, y - piece.size * 0.15)
        return x - start
