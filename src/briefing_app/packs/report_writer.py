"""Paragraphs and tables for the reports that share the packs' container (the session report, the
uptake report, capital packs): user text goes through packs.text.markup, the one escape function;
our own words come from the pack's wording catalogue in the report's language, right to left for
Arabic (packs/rtl.py) and broken between characters for Chinese."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from briefing_app.domain.models import Provision
from briefing_app.packs.flow import Writer
from briefing_app.packs.fonts import FontSet
from briefing_app.packs.rtl import RichBidiText
from briefing_app.packs.styles import MARGIN, PAGE_WIDTH, RULE, Styles, make_styles
from briefing_app.packs.text import has_rtl, is_rtl, markup
from briefing_app.packs.wording import Wording, wording

WIDTH = PAGE_WIDTH - 2 * MARGIN


class ReportWriter:
    def __init__(self, fonts: FontSet, language: str = "en") -> None:
        self.fonts = fonts
        self.words: Wording = wording(language)
        self.styles: Styles = make_styles(fonts, rtl=self.words.rtl, cjk=language == "zh")
        self.flow = Writer(fonts, self.styles, self.words)

    def p(self, text: str, style: str = "body", *, colour: str = "", bold: bool = False) -> Flowable:
        """User text as a paragraph in a named style, optionally bold or coloured."""
        body = markup(text, self.fonts, self.fonts.bold if bold else None)
        if bold:
            body = f'<font name="{self.fonts.bold}">{body}</font>'
        if colour:
            body = f'<font color="{colour}">{body}</font>'
        if self.words.rtl or has_rtl(text):
            return RichBidiText(body, self.fonts, self.styles[style], rtl=self.words.rtl or is_rtl(text))
        return Paragraph(body, self.styles[style])

    def say(self, key: str, style: str = "body", *, colour: str = "", bold: bool = False, **values: str) -> Flowable:
        """Our template `key` in the report's language, each `{name}` filled with escaped user text."""
        template = self.words.template(key)
        if bold:
            template = f"<b>{template}</b>"
        if colour:
            template = f'<font color="{colour}">{template}</font>'
        return self.flow.fill(style, template, **values)

    def word(self, key: str, **values: str) -> str:
        """Our template `key` as plain text (table cells, headers, the PDF's metadata)."""
        return self.flow.plain(key, **values)

    def label(self, provision: Provision) -> str:
        """"Article 6" / "Статья 6" / "第6条": the provision's label in the report's language."""
        return self.flow.label(provision)

    def percent(self, share: float) -> str:
        return self.word("report.percent", n=f"{share * 100:.0f}")

    def decimal(self, value: float) -> str:
        return f"{value:.2f}".replace(".", self.word("report.decimal-separator"))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Flowable]], widths: Sequence[float]) -> Table:
        """A ruled table over the text width (`widths` are shares of it), its header repeated per page;
        right to left, the columns run from the right."""
        head = [self.p(h, "small", bold=True) for h in header]
        data = [head, *[list(r) for r in rows]]
        shares = list(widths)
        if self.words.rtl:
            data = [list(reversed(r)) for r in data]
            shares.reverse()
        table = Table(data, colWidths=[w * WIDTH for w in shares], repeatRows=1,
                      hAlign="RIGHT" if self.words.rtl else "LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BACKGROUND", (0, 0), (-1, 0), HexColor("#f1f4f8")),
        ]))
        return table
