"""Flowable factory for pack content: our templates (packs/wording) filled with escaped user text.

Templates are our own markup with `{name}` placeholders; values are user text and always pass
through `text.markup` (or become a BidiText when they hold right-to-left script). A value wrapped
in `Markup` is markup we built ourselves (reference marks) and is inserted as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.platypus import Flowable, Paragraph

from briefing_app.domain.brackets import PieceKind, pieces
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Provision
from briefing_app.domain.pack_text import elide_middle, shorten
from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.packs.document import Outline, mark_heading
from briefing_app.packs.fonts import FontSet
from briefing_app.packs.rtl import RichBidiText
from briefing_app.packs.styles import DELETED, INSERTED, Styles
from briefing_app.packs.text import BidiText, clean, has_rtl, is_rtl, markup
from briefing_app.packs.wording import Wording

_TAG = re.compile(r"<[^>]*>")
_KEEP = re.compile(r"(<[^>]*>|\{[^}]*\})")  # what _with_fonts leaves alone in a template
# The most characters of one value a pack lays out, per style: longer text is shortened (marked
# " […]" or "…"), so a pathological field cannot make a pack take minutes (issue #9).
LIMITS = {"h1": 300, "h2": 300, "toc1": 300, "cover_title": 160, "cover_kicker": 200, "cover_line": 400,
          "cover_org": 600, "marking": 200, "meta": 600, "label": 200, "ask": 500, "ref": 1600, "excerpt": 600}
TITLES = frozenset({"h1", "h2", "toc1", "cover_title", "cover_kicker", "label"})  # cut at a word, not a sentence
PART_LIMIT = 300  # one piece of a line joined from several fields (a source's title, a case's law)
TEXT_LIMIT = 2000  # any other style: a concern's summary, a rationale, a case
CONTEXT_LIMIT = 800  # unchanged text around a redline's changes
_DELETED = DELETED.hexval().replace("0x", "#")
_INSERTED = INSERTED.hexval().replace("0x", "#")
_BRACKET, _ALTERNATIVE = "#f3e6c4", "#e8d39c"  # the app's ochre tints for not-agreed text (ui/rich.py)


class Markup(str):
    """Markup of our own (never user text): inserted into a template unescaped."""


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One line of the contents: outline level, destination key and the line's plain text (in
    reading order)."""

    level: int
    key: str
    text: str


class Writer:
    """Builds paragraphs for one pack in one language; collects every user string it was given
    (for font checks) and the headings that go into the contents."""

    def __init__(self, fonts: FontSet, styles: Styles, words: Wording) -> None:
        self.fonts = fonts
        self.styles = styles
        self.words = words
        self.texts: list[str] = []
        self.toc: list[TocEntry] = []
        self._keys = 0

    def esc(self, text: str, style: str = "body") -> str:
        self.texts.append(text)
        return markup(text, self.fonts, self.styles[style].fontName)

    def plain(self, key: str, **values: str) -> str:
        """Our template `key` as plain text filled with `values` as they are (headers, outline)."""
        return _TAG.sub("", self.words.template(key)).format_map(values)

    @staticmethod
    def part(text: str, limit: int = PART_LIMIT) -> str:
        """One field of a line joined from several: shortened so the later fields still show."""
        return shorten(" ".join(text.split()), limit, by_sentence=False)

    def plural(self, key: str, n: int) -> str:
        return self.words.plural(key, n).format(n=n)

    def say(self, style: str, key: str, *, bullet: str | None = None, **values: str) -> Flowable:
        """A paragraph in `style` of our template `key` filled with escaped `values`."""
        return self.fill(style, self.words.template(key), bullet=bullet, **values)

    def text(self, style: str, value: str, *, bullet: str | None = None) -> Flowable:
        """A paragraph of user text only."""
        return self.fill(style, "{value}", bullet=bullet, value=value)

    def fill(self, style: str, template: str, *, bullet: str | None = None, **values: str) -> Flowable:
        """A paragraph in `style`: `template` (ours) with each `{name}` filled by escaped user text,
        each value shortened to the style's limit."""
        limit, by_sentence = LIMITS.get(style, TEXT_LIMIT), style not in TITLES
        values = {k: v if isinstance(v, Markup) else shorten(v, limit, by_sentence=by_sentence)
                  for k, v in values.items()}
        template = self._with_fonts(template, style)
        filled = template.format_map({k: v if isinstance(v, Markup) else self.esc(v, style) for k, v in values.items()})
        if self.words.rtl or has_rtl(template) or any(has_rtl(v) for v in values.values() if not isinstance(v, Markup)):
            plain = _TAG.sub("", template).format_map(
                {k: _TAG.sub("", v) if isinstance(v, Markup) else clean(v) for k, v in values.items()})
            return RichBidiText(filled, self.fonts, self.styles[style], rtl=self.words.rtl or is_rtl(plain),
                                bullet=bullet or "")
        return Paragraph(filled, self.styles[style], bulletText=bullet)

    def _with_fonts(self, template: str, style: str) -> str:
        """Our template with its own words switched to a font that has them (Chinese words are not
        in DejaVu Sans); tags and placeholders stay as they are."""
        if template.isascii():
            return template
        base = self.styles[style].fontName
        return "".join(part if _KEEP.fullmatch(part) else markup(part, self.fonts, base)
                       for part in _KEEP.split(template) if part)

    def negotiating(self, style: str, value: str) -> Flowable:
        """User text of a draft: bracketed passages with bold brackets on a tint, and alternatives
        ("[may][shall]", "[a / b]") each in its own brackets with "or" between (domain/brackets.py)."""
        value = shorten(value, LIMITS.get(style, TEXT_LIMIT))
        if self.words.rtl or has_rtl(value) or "[" not in value:
            return self.text(style, value)
        return Paragraph(self._bracketed(value, style), self.styles[style])

    def _bracketed(self, text: str, style: str) -> str:
        parts = []
        for piece in pieces(text):
            if piece.kind is PieceKind.PLAIN or piece.source == "[…]":  # "[…]": shorten's own mark
                parts.append(self.esc(piece.source, style))
            elif piece.kind is PieceKind.BRACKETED:
                closed = "<b>]</b>" if piece.source.endswith("]") else ""
                parts.append(f'<font backColor="{_BRACKET}"><b>[</b>{self._bracketed(piece.alternatives[0], style)}'
                             f"{closed}</font>")
            else:
                joiner = f" <i>{self.esc(self.plain('section.alternative-or'), style)}</i> "
                parts.append(joiner.join(f'<font backColor="{_ALTERNATIVE}"><b>[</b>{self._bracketed(c, style)}'
                                         "<b>]</b></font>" for c in piece.alternatives))
        return "".join(parts)

    def heading(self, style: str, level: int, title: str, *, toc: bool = True) -> Flowable:
        """A heading (plain text: our words and user text) that also becomes an outline entry and,
        when `toc`, a line of the contents."""
        self._keys += 1
        key = f"h{self._keys}"
        flowable = self.text(style, title)
        flat = shorten(" ".join(clean(title).split()), LIMITS["toc1"], by_sentence=False)
        if toc:
            self.toc.append(TocEntry(level, key, flat))
        return mark_heading(flowable, Outline(level, key, flat))

    def label(self, provision: Provision) -> str:
        """"Article 6", "Chapter II", "Preamble" in the pack's language (numbers as in the data)."""
        number, kind = provision.number.strip(), provision.kind
        if kind is ProvisionKind.PREAMBLE:
            return self.plain("label.preamble")
        if kind is ProvisionKind.PARAGRAPH:
            return self.plain("label.paragraph", number=number) if number else self.plain("label.paragraph-unnumbered")
        if kind is ProvisionKind.OPTION:
            return number or self.plain("label.option")  # the draft's own marker: "Option 1", "Alt. B"
        if kind.is_group and not number and provision.heading.strip():
            return " ".join(provision.heading.split())
        return self.plain(f"label.{kind.value}", number=number).strip()

    def title(self, provision: Provision) -> str:
        """The label with the provision's heading, when it has one."""
        label = self.label(provision)
        heading = " ".join(provision.heading.split())
        return self.plain("label.titled", label=label, heading=heading) if heading and heading != label else label

    def redline(self, segments: Sequence[Segment]) -> list[Flowable]:
        """Deletions struck through in red, insertions underlined in blue. Right-to-left text is
        shown as the old passage struck through above the new one underlined."""
        segments = [replace(s, text=elide_middle(s.text, CONTEXT_LIMIT) if s.kind is SegmentKind.EQUAL
                            else shorten(s.text, TEXT_LIMIT)) for s in segments]
        if any(has_rtl(s.text) for s in segments):
            old = "".join(s.text for s in segments if s.kind is not SegmentKind.INSERT)
            new = "".join(s.text for s in segments if s.kind is not SegmentKind.DELETE)
            self.texts.extend((old, new))
            style = self.styles["redline"]
            return [BidiText(old, self.fonts, style, strike=True, color=DELETED),
                    BidiText(new, self.fonts, style, underline=True, color=INSERTED)]
        parts = []
        for n, s in enumerate(segments):
            if s.kind is SegmentKind.EQUAL:
                parts.append(self.esc(s.text, "redline"))
                continue
            if s.kind is SegmentKind.INSERT and n and segments[n - 1].kind is SegmentKind.DELETE:
                parts.append(" ")  # keep "struck" and "new" apart on the page
            core = s.text.strip()
            lead, trail = s.text[: len(s.text) - len(s.text.lstrip())], s.text[len(s.text.rstrip()):]
            text = self.esc(core, "redline")  # the spaces around a change are not struck or underlined
            if s.kind is SegmentKind.DELETE:
                parts.append(f'{lead}<font color="{_DELETED}"><strike>{text}</strike></font>{trail}')
            else:
                parts.append(f'{lead}<font color="{_INSERTED}"><u>{text}</u></font>{trail}')
        return [Paragraph("".join(parts), self.styles["redline"])]
