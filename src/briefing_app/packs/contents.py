"""The contents page in one layout pass: its lines are known before layout (the writer collects
the headings), and each page number is a form XObject that the canvas fills in at save time.

The story builds one Paragraph per line, ending in `<onDraw name=CALLBACK label=KEY/>`. A line's
title wraps inside the text column (the style's right indent keeps the number column free); the dot
leader runs from the end of its last line to that column, so no page number leaves the page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing_app.packs.fonts import FontSet
from briefing_app.packs.rtl import Line, RichBidiText

NUMBER_COLUMN = 30.0  # points kept free at the right for the page number
LEADER = " . "
CALLBACK = "bd_contents_line_end"


def page_form(key: str) -> str:
    """The name of the form XObject that prints the page of heading `key`."""
    return f"bd_page_of_{key}"


def line_end_callback(style: ParagraphStyle, width: float) -> Any:
    """The canvas callback that draws a line's dot leader, its page number form and a link."""

    def draw(canv: Canvas, _kind: str, key: str) -> None:
        info = canv._curr_tx_info  # reportlab: where the paragraph's last line ended
        x, y = float(info["cur_x"]), float(info["cur_y"])
        size = style.fontSize
        dot = stringWidth(LEADER, style.fontName, size)
        end = width - NUMBER_COLUMN + 4
        count = int((end - x) / dot) if dot else 0
        canv.saveState()
        canv.setFillColor(style.textColor)
        if count > 0:
            canv.setFont(style.fontName, size)
            canv.drawRightString(end, y, LEADER * count)
        canv.translate(width, y)
        canv.doForm(page_form(key))
        canv.restoreState()
        canv.linkRect("", key, (x, y - 2, width, y + size), relative=1)

    return draw


class RtlContentsLine(RichBidiText):
    """A contents line of a right-to-left pack: the title right-aligned and wrapped in reading order
    (the first words on the first line), the page number in a column at the left and the dot leader
    from it to the start of the last line, so that no number overlaps the title."""

    def __init__(self, markup: str, fonts: FontSet, style: ParagraphStyle, key: str, *,
                 lines: list[Line] | None = None, numbered: bool = True) -> None:
        super().__init__(markup, fonts, style, rtl=True, lines=lines)
        self.key = key
        self.numbered = numbered

    def _wrapped(self, width: float) -> list[Line]:
        return super()._wrapped(width - NUMBER_COLUMN)

    def _part(self, lines: list[Line], bullet: str = "") -> RichBidiText:
        # split over two pages: only the part with the last line carries the number
        whole = self._lines or []
        last = bool(whole) and lines[-1] is whole[-1]
        return RtlContentsLine(self.markup, self.fonts, self.style, self.key, lines=lines, numbered=last)

    def draw(self) -> None:
        super().draw()
        if not self.numbered or not self._lines:
            return
        canv, style = self.canv, self.style
        y = self.baseline(len(self._lines) - 1)
        dot = stringWidth(LEADER, style.fontName, style.fontSize)
        count = int((self.last_line_start() - 3 - NUMBER_COLUMN) / dot) if dot else 0
        canv.saveState()
        canv.setFillColor(style.textColor)
        if count > 0:
            canv.setFont(style.fontName, style.fontSize)
            canv.drawString(NUMBER_COLUMN, y, LEADER * count)
        canv.translate(NUMBER_COLUMN - 4, y)
        canv.doForm(page_form(self.key))
        canv.restoreState()
        canv.linkRect("", self.key, (0, y - 2, self.width, y + style.fontSize), relative=1)
