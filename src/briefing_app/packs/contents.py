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


def _leader_and_number(canv: Canvas, style: ParagraphStyle, key: str, span: tuple[float, float], y: float,
                       number_x: float, *, rtl: bool) -> None:
    """The dot leader over `span` (kept against the number's side) and the page number form of
    heading `key`, right-aligned at `number_x`, on the baseline `y`."""
    start, end = span
    dot = stringWidth(LEADER, style.fontName, style.fontSize)
    count = int((end - start) / dot) if dot else 0
    canv.saveState()
    canv.setFillColor(style.textColor)
    if count > 0:
        canv.setFont(style.fontName, style.fontSize)
        if rtl:  # the number is on the left: the leader starts there
            canv.drawString(start, y, LEADER * count)
        else:
            canv.drawRightString(end, y, LEADER * count)
    canv.translate(number_x, y)
    canv.doForm(page_form(key))
    canv.restoreState()


def line_end_callback(style: ParagraphStyle, width: float) -> Any:
    """The canvas callback that draws a line's dot leader, its page number form and a link."""

    def draw(canv: Canvas, _kind: str, key: str) -> None:
        info = canv._curr_tx_info  # reportlab: where the paragraph's last line ended
        x, y = float(info["cur_x"]), float(info["cur_y"])
        _leader_and_number(canv, style, key, (x, width - NUMBER_COLUMN + 4), y, width, rtl=False)
        canv.linkRect("", key, (x, y - 2, width, y + style.fontSize), relative=1)

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
        _leader_and_number(canv, style, self.key, (NUMBER_COLUMN, self.last_line_start() - 3), y,
                           NUMBER_COLUMN - 4, rtl=True)
        canv.linkRect("", self.key, (0, y - 2, self.width, y + style.fontSize), relative=1)
