"""Flowable factory for pack content: our markup templates filled with escaped user text.

Templates are our own markup with `{}` placeholders; values are user text and always pass
through `text.markup` (or become a BidiText when they hold right-to-left script).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from briefing_app.domain.redline import Segment, SegmentKind
from briefing_app.packs.document import Outline, mark_heading
from briefing_app.packs.fonts import FontSet
from briefing_app.packs.styles import DELETED, INSERTED, Styles
from briefing_app.packs.text import BidiText, clean, has_rtl, markup, visual

_TAG = re.compile(r"<[^>]*>")
_DELETED = DELETED.hexval().replace("0x", "#")
_INSERTED = INSERTED.hexval().replace("0x", "#")


class Writer:
    """Builds paragraphs for one pack; collects every user string it was given (for font checks)."""

    def __init__(self, fonts: FontSet, styles: Styles) -> None:
        self.fonts = fonts
        self.styles = styles
        self.texts: list[str] = []
        self._keys = 0

    def esc(self, text: str, style: str = "body") -> str:
        self.texts.append(text)
        return markup(text, self.fonts, self.styles[style].fontName)

    def para(self, style: str, template: str = "{}", *values: str, bullet: str | None = None) -> Flowable:
        """A paragraph in `style`: `template` (ours) with each `{}` filled by escaped user text."""
        if any(has_rtl(v) for v in values):
            self.texts.extend(values)
            plain = _TAG.sub("", template).format(*(clean(v) for v in values))
            return BidiText(plain, self.fonts, self.styles[style], bullet=bullet or "")
        filled = template.format(*(self.esc(v, style) for v in values))
        return Paragraph(filled, self.styles[style], bulletText=bullet)

    def heading(self, style: str, level: int, title: str, *, numbered: str = "", toc: bool = True) -> Flowable:
        """A heading that also becomes an outline entry (and a TOC entry when `toc`)."""
        self._keys += 1
        shown = f"{numbered} {title}".strip()
        flowable = self.para(style, "{}", shown)
        toc_text = visual(clean(shown), True) if has_rtl(shown) else shown
        return mark_heading(flowable, Outline(level, f"h{self._keys}", " ".join(clean(shown).split()),
                                              self.esc(toc_text, "toc1") if toc else ""))

    def redline(self, segments: Sequence[Segment]) -> list[Flowable]:
        """Deletions struck through in red, insertions underlined in blue. Right-to-left text is
        shown as the old passage struck through above the new one underlined."""
        if any(has_rtl(s.text) for s in segments):
            old = "".join(s.text for s in segments if s.kind is not SegmentKind.INSERT)
            new = "".join(s.text for s in segments if s.kind is not SegmentKind.DELETE)
            self.texts.extend((old, new))
            style = self.styles["redline"]
            return [BidiText(old, self.fonts, style, strike=True, color=DELETED),
                    BidiText(new, self.fonts, style, underline=True, color=INSERTED)]
        parts = []
        for n, s in enumerate(segments):
            text = self.esc(s.text, "redline")
            if s.kind is SegmentKind.INSERT and n and segments[n - 1].kind is SegmentKind.DELETE:
                parts.append(" ")  # keep "struck" and "new" apart on the page
            if s.kind is SegmentKind.DELETE:
                parts.append(f'<font color="{_DELETED}"><strike>{text}</strike></font>')
            elif s.kind is SegmentKind.INSERT:
                parts.append(f'<font color="{_INSERTED}"><u>{text}</u></font>')
            else:
                parts.append(text)
        return [Paragraph("".join(parts), self.styles["redline"])]
