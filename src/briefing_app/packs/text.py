"""User text into the PDF: the one escape function, and right-to-left lines for Arabic.

Every string from the workspace reaches reportlab through `markup()` (Paragraph markup) or
`BidiText` (drawn lines); nothing else turns user text into markup. Arabic is wrapped first, then
each line is shaped (arabic-reshaper) and reordered (packs/rtl.py, word by word): reshaping a whole paragraph at
once would reverse the line order (PLATFORM-NOTES.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from briefing_app.packs.fonts import FontSet
from briefing_app.packs.rtl import display_line

# C0/C1 controls (tab and newline are mapped first), lone surrogates, non-characters, and the
# bidi embedding/override/isolate controls that could make text display in a misleading order.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                          "\u202a-\u202e\u2066-\u2069]")


LINE_LIMIT = 300


def clean(text: str) -> str:
    """Text with unified newlines and without characters a PDF cannot carry meaningfully."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNPRINTABLE.sub("", text)


def markup(text: str, fonts: FontSet, base: str | None = None) -> str:
    """THE escape function: user text → safe Paragraph markup (XML-escaped, newlines as <br/>,
    runs the base font lacks switched to a font that has them)."""
    font = base or fonts.regular
    parts = []
    for run_font, chunk in fonts.runs(clean(text), font):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if run_font == font else f'<font name="{run_font}">{escaped}</font>')
    return "".join(parts)


def is_rtl(text: str) -> bool:
    """True when the text's first strong character is right-to-left (Arabic, Hebrew, …)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def visual(line: str, rtl: bool) -> str:
    """One already-wrapped logical line in display order, Arabic letters joined, diacritics kept,
    brackets of right-to-left runs mirrored (packs/rtl.py)."""
    return display_line(line, rtl)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Logical lines that fit `width`; words longer than a line are cut between characters."""
    lines: list[str] = []
    for split in simpleSplit(clean(text), font, size, width) or [""]:
        rest = split
        while len(rest) > 1 and stringWidth(rest, font, size) > width:
            cut = _fit(rest, font, size, width)
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return lines


def _fit(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters of `text` fit `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid], font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def draw_runs(canv: Canvas, fonts: FontSet, text: str, x: float, y: float, size: float, *,
              base: str | None = None, align: str = "left", max_width: float | None = None) -> float:
    """Draw one display-order line with per-character font fallback; returns the width drawn."""
    font = base or fonts.regular
    if max_width is not None and stringWidth(text, font, size) > max_width:
        text = text[: _fit(text, font, size, max_width - stringWidth("…", font, size))] + "…"
    runs = fonts.runs(text, font)
    widths = [float(stringWidth(chunk, f, size)) for f, chunk in runs]
    total = sum(widths)
    start = x - total if align == "right" else x - total / 2 if align == "center" else x
    for (run_font, chunk), w in zip(runs, widths, strict=True):
        canv.setFont(run_font, size)
        canv.drawString(start, y, chunk)
        start += w
    return total


def draw_line(canv: Canvas, fonts: FontSet, text: str, x: float, y: float, size: float, *,
              base: str | None = None, align: str = "left", max_width: float | None = None) -> None:
    """A single line of user text (headers, footers): shaped and reordered when it holds Arabic."""
    line = " ".join(clean(text[:LINE_LIMIT * 2]).split())[:LINE_LIMIT]  # a header shows one line at most
    if has_rtl(line):
        line = visual(line, is_rtl(line))
    draw_runs(canv, fonts, line, x, y, size, base=base, align=align, max_width=max_width)


class BidiText(Flowable):
    """A paragraph of plain user text containing right-to-left script, drawn line by line."""

    def __init__(self, text: str, fonts: FontSet, style: ParagraphStyle, *, strike: bool = False,
                 underline: bool = False, color: Color | None = None, lines: Sequence[str] | None = None,
                 bullet: str = "") -> None:
        super().__init__()
        self.text = clean(text)
        self.bullet = bullet
        self.fonts = fonts
        self.style = style
        self.strike = strike
        self.underline = underline
        self.color = color or style.textColor
        self.rtl = is_rtl(self.text)
        self._lines = list(lines) if lines is not None else None
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def _wrapped(self, width: float) -> list[str]:
        if self._lines is None:
            self._lines = wrap(self.text, self.style.fontName, self.style.fontSize,
                               width - self.style.leftIndent)
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._wrapped(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._wrapped(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        return [self._part(lines[:fit], self.bullet), self._part(lines[fit:])]

    def _part(self, lines: list[str], bullet: str = "") -> BidiText:
        return BidiText(self.text, self.fonts, self.style, strike=self.strike, underline=self.underline,
                        color=self.color, lines=lines, bullet=bullet)

    def draw(self) -> None:
        canv = self.canv
        size = self.style.fontSize
        canv.setFillColor(self.color)
        canv.setStrokeColor(self.color)
        canv.setLineWidth(0.6)
        for n, line in enumerate(self._lines or []):
            y = self.height - (n + 1) * self.style.leading + (self.style.leading - size) / 2 + size * 0.2
            x = self.width - self.style.leftIndent if self.rtl else self.style.leftIndent
            width = draw_runs(canv, self.fonts, visual(line, self.rtl), x, y, size,
                              base=self.style.fontName, align="right" if self.rtl else "left")
            left = x - width if self.rtl else x
            if n == 0 and self.bullet:
                indent = self.style.bulletIndent
                draw_runs(canv, self.fonts, self.bullet, self.width - indent if self.rtl else indent, y, size,
                          base=self.style.fontName, align="right" if self.rtl else "left")
            if self.strike:
                canv.line(left, y + size * 0.3, left + width, y + size * 0.3)
            if self.underline:
                canv.line(left, y - size * 0.15, left + width, y - size * 0.15)
