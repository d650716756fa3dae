"""Paragraphs and tables for the reports that share the packs' container (the session report, the
uptake report): user text goes through packs.text.markup, the one escape function."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Paragraph, Table, TableStyle

from briefing_app.packs.fonts import FontSet
from briefing_app.packs.styles import MARGIN, PAGE_WIDTH, RULE, Styles, make_styles
from briefing_app.packs.text import markup

WIDTH = PAGE_WIDTH - 2 * MARGIN


class ReportWriter:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.styles: Styles = make_styles(fonts)

    def p(self, text: str, style: str = "body", *, colour: str = "", bold: bool = False) -> Paragraph:
        """User text as a paragraph in a named style, optionally bold or coloured."""
        body = markup(text, self.fonts, self.fonts.bold if bold else None)
        if bold:
            body = f'<font name="{self.fonts.bold}">{body}</font>'
        if colour:
            body = f'<font color="{colour}">{body}</font>'
        return Paragraph(body, self.styles[style])

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Paragraph]], widths: Sequence[float]) -> Table:
        """A ruled table over the text width (`widths` are shares of it), its header repeated per page."""
        head = [self.p(h, "small", bold=True) for h in header]
        table = Table([head, *rows], colWidths=[w * WIDTH for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BACKGROUND", (0, 0), (-1, 0), HexColor("#f1f4f8")),
        ]))
        return table
