"""The PDF container of a pack: page templates, running header/footer, "page x of y", outline,
table-of-contents notifications, metadata allow-list and byte-for-byte determinism."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing_app import __version__
from briefing_app.packs.fonts import FontSet
from briefing_app.packs.styles import HEADER_GAP, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE
from briefing_app.packs.text import draw_line, draw_runs

CREATOR = "Briefing Desk"
_TOTAL_FORM = "bd_page_total"
_TOTAL_X = PAGE_WIDTH - MARGIN - 16
_FOOTER_Y = MARGIN - 11
PRODUCER = f"Briefing Desk {__version__} (ReportLab)"


@dataclass(frozen=True, slots=True)
class Running:
    """What the running header and footer say, and the PDF's metadata."""

    delegation: str
    marking: str
    footer: str
    title: str
    subject: str
    date: str  # ISO date: the PDF's creation date comes from here, never from the clock


@dataclass(frozen=True, slots=True)
class Outline:
    """Attached to a heading flowable: its outline level, destination key and plain title."""

    level: int
    key: str
    title: str
    toc_markup: str


def pdf_date(iso_date: str) -> str:
    """A PDF date string for an ISO date (partial dates fill with January / the 1st)."""
    digits = re.sub(r"\D", "", iso_date)
    day = (digits + "0101")[:8] if len(digits) in (4, 6, 8) else "20000101"
    return f"D:{day}000000+00'00'"


def mark_heading(flowable: Flowable, outline: Outline) -> Flowable:
    flowable._bd_outline = outline
    return flowable


class _AllowListInfo(PDFInfo):
    """Document info with only title, subject, creator, producer and the (data-given) dates:
    no author, no keywords, nothing about the machine or the user."""

    def format(self, document: Any) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        entries = {
            "Title": PDFString(self.title), "Subject": PDFString(self.subject),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "CreationDate": date, "ModDate": date,
        }
        return PDFDictionary(entries).format(document)


class _PackCanvas(Canvas):
    """Metadata allow-list and a data-given date; the page total is a form XObject filled in at
    save(), so "page x of y" needs no extra layout pass and bookmarks keep their pages."""

    def __init__(self, *args: Any, fonts: FontSet, running: Running, counter: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        info = _AllowListInfo()
        info.invariant = 1
        self._doc.info = info
        stamp = pdf_date(running.date)
        self.setDateFormatter(lambda *_: stamp)
        self._bd_fonts = fonts
        self._bd_counter = counter

    def draw_page_number(self) -> None:
        draw_runs(self, self._bd_fonts, f"page {self.getPageNumber()} of", _TOTAL_X - 3, _FOOTER_Y, 7.5,
                  align="right")
        self.doForm(_TOTAL_FORM)

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self._bd_counter[:] = [total]
        self.beginForm(_TOTAL_FORM)
        self.setFillColor(MUTED)
        draw_runs(self, self._bd_fonts, str(total), _TOTAL_X, _FOOTER_Y, 7.5)
        self.endForm()
        super().save()


class PackDocument(BaseDocTemplate):
    """A4 pages: a cover without running header, then body pages with header and footer."""

    def __init__(self, buffer: io.BytesIO, fonts: FontSet, running: Running, *, compress: bool = True,
                 cover: bool = True) -> None:
        super().__init__(
            buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + 4, invariant=1,
            pageCompression=1 if compress else 0, title=running.title, subject=running.subject,
            creator=CREATOR, producer=PRODUCER, author="", initialFontName=fonts.regular,
        )
        self.fonts = fonts
        self.running = running
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, PAGE_HEIGHT - 2 * MARGIN,
                            id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [frame], onPage=self._running)]
        if cover:
            templates.insert(0, PageTemplate("cover", [cover_frame], onPage=self._cover_footer,
                                             autoNextPageTemplate="body"))
        self.addPageTemplates(templates)
        self.page_count = 0

    def _running(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        fonts, r = self.fonts, self.running
        top = PAGE_HEIGHT - MARGIN
        half = self.width / 2 - 6
        canv.saveState()
        canv.setFillColor(MUTED)
        draw_line(canv, fonts, r.delegation, MARGIN, top, 8, base=fonts.bold, max_width=half)
        draw_line(canv, fonts, r.marking, PAGE_WIDTH - MARGIN, top, 8, align="right", max_width=half)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 4, PAGE_WIDTH - MARGIN, top - 4)
        canv.line(MARGIN, MARGIN - 4, PAGE_WIDTH - MARGIN, MARGIN - 4)
        self._footer_text(canv)
        canv.restoreState()

    def _cover_footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(MUTED)
        self._footer_text(canv)
        canv.restoreState()

    def _footer_text(self, canv: Canvas) -> None:
        draw_line(canv, self.fonts, self.running.footer, MARGIN, _FOOTER_Y, 7.5, max_width=self.width - 90)
        canv.draw_page_number()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        outline: Outline | None = getattr(flowable, "_bd_outline", None)
        if outline is None:
            return
        self.canv.bookmarkPage(outline.key, fit="XYZ", left=0, top=PAGE_HEIGHT, zoom=0)
        self.canv.addOutlineEntry(outline.title, outline.key, level=outline.level, closed=outline.level > 0)
        if outline.toc_markup:
            self.notify("TOCEntry", (outline.level, outline.toc_markup, self.page, outline.key))


def render(story: Sequence[Flowable], fonts: FontSet, running: Running, *, compress: bool = True,
           cover: bool = True) -> tuple[bytes, int]:
    """Lay out `story` into PDF bytes; returns (pdf, page count). Two or more passes when the
    story holds a table of contents."""
    buffer = io.BytesIO()
    doc = PackDocument(buffer, fonts, running, compress=compress, cover=cover)
    counter = [0]
    maker = partial(_PackCanvas, fonts=fonts, running=running, counter=counter)
    doc.multiBuild(list(story), canvasmaker=maker)
    return buffer.getvalue(), counter[0]
