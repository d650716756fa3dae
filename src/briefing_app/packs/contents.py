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
