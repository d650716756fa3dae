"""The PDF container of a pack: page templates, running header/footer, "page x of y", outline,
contents page numbers, metadata allow-list and byte-for-byte determinism.

Layout is one pass: every number that is only known at the end (the page total, the page of each
contents line) is a form XObject drawn where it belongs and defined when the canvas is saved.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing_app import __version__
from briefing_app.packs.contents import CALLBACK, NUMBER_COLUMN, line_end_callback, page_form
from briefing_app.packs.fonts import FontSet
from briefing_app.packs.styles import HEADER_GAP, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE
from briefing_app.packs.text import clean, draw_line, draw_runs

CREATOR = "Briefing Desk"
_TOTAL_FORM = "bd_page_total"
_TOTAL_X = PAGE_WIDTH - MARGIN - 16
_FOOTER_Y = MARGIN - 11
_RTL_TOTAL_X = MARGIN + 16
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
    page_label: str = "page {page} of {total}"  # our words; {total} is filled in at save time
    contents_keys: tuple[str, ...] = ()  # headings whose page the contents prints (packs/contents.py)
    rtl: bool = False  # right-to-left pack (Arabic): header, footer and page number mirror
    language: str = "en"  # the pack's language, the PDF's /Lang

    @property
    def page_parts(self) -> tuple[str, str]:
        """The page label before and after the total: "page {page} of", ""."""
        before, _, after = self.page_label.partition("{total}")
        return before.rstrip(), after


@dataclass(frozen=True, slots=True)
class Outline:
    """Attached to a heading flowable: its outline level, destination key and plain title."""

    level: int
    key: str
    title: str


def pdf_date(iso_date: str) -> str:
    """A PDF date string for an ISO date (partial dates fill with January / the 1st)."""
    digits = re.sub(r"\D", "", iso_date)
    day = (digits + "0101")[:8] if len(digits) in (4, 6, 8) else "20000101"
    return f"D:{day}000000+00'00'"


def mark_heading(flowable: Flowable, outline: Outline) -> Flowable:
    """Attach `outline` to a heading; when the heading is split across pages its first part
    carries it, so the bookmark (and the contents' link to it) always exists."""
    flowable._bd_outline = outline
    split = flowable.split

    def split_marked(avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = split(avail_width, avail_height)
        if parts and parts[0] is not flowable:
            mark_heading(parts[0], outline)
        return parts

    flowable.split = split_marked
    return flowable


def metadata_text(text: str, limit: int = 300) -> str:
    """A metadata value: one line without control or bidi-override characters, at most `limit` long."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _AllowListInfo(PDFInfo):
    """Document info with only title, subject, creator, producer and the (data-given) dates:
    no author, no keywords, nothing about the machine or the user."""

    def format(self, document: Any) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        entries = {
            "Title": PDFString(metadata_text(self.title)), "Subject": PDFString(metadata_text(self.subject)),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "CreationDate": date, "ModDate": date,
        }
        return bytes(PDFDictionary(entries).format(document))


class _PackCanvas(Canvas):
    """Metadata allow-list and a data-given date; the page total is a form XObject filled in at
    save(), so "page x of y" needs no extra layout pass and bookmarks keep their pages."""

    def __init__(self, *args: Any, fonts: FontSet, running: Running, counter: list[int],
                 pages: dict[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        info = _AllowListInfo()
        info.invariant = 1
        self._doc.info = info
        stamp = pdf_date(running.date)
        self.setDateFormatter(lambda *_: stamp)
        self._bd_fonts = fonts
        self._bd_running = running
        self._bd_counter = counter
        self._bd_pages = pages

    def draw_page_number(self) -> None:
        before, _ = self._bd_running.page_parts
        text = before.format(page=self.getPageNumber())
        if self._bd_running.rtl:  # "الصفحة 3 من" right of the total, at the left margin
            draw_line(self, self._bd_fonts, text, _RTL_TOTAL_X + 3, _FOOTER_Y, 7.5)
        else:
            draw_runs(self, self._bd_fonts, text, _TOTAL_X - 3, _FOOTER_Y, 7.5, align="right")
        self.doForm(_TOTAL_FORM)

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self._bd_counter[:] = [total]
        _, after = self._bd_running.page_parts
        self.beginForm(_TOTAL_FORM)
        self.setFillColor(MUTED)
        if self._bd_running.rtl:
            draw_line(self, self._bd_fonts, f"{total}{after}", _RTL_TOTAL_X, _FOOTER_Y, 7.5, align="right")
        else:
            draw_runs(self, self._bd_fonts, f"{total}{after}", _TOTAL_X, _FOOTER_Y, 7.5)
        self.endForm()
        for key in self._bd_running.contents_keys:
            self.beginForm(page_form(key), lowerx=-NUMBER_COLUMN, lowery=-4, upperx=2, uppery=16)
            draw_runs(self, self._bd_fonts, str(self._bd_pages.get(key, "")), 0, 0, 10, align="right")
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
            creator=CREATOR, producer=PRODUCER, author="", initialFontName=fonts.regular, lang=running.language,
        )
        self.fonts = fonts
        self.running = running
        self.heading_pages: dict[str, int] = {}
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
        if r.rtl:  # mirrored: the delegation on the right, the marking on the left
            draw_line(canv, fonts, r.delegation, PAGE_WIDTH - MARGIN, top, 8, base=fonts.bold, align="right",
                      max_width=half)
            draw_line(canv, fonts, r.marking, MARGIN, top, 8, max_width=half)
        else:
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
        if self.running.rtl:
            draw_line(canv, self.fonts, self.running.footer, PAGE_WIDTH - MARGIN, _FOOTER_Y, 7.5, align="right",
                      max_width=self.width - 90)
        else:
            draw_line(canv, self.fonts, self.running.footer, MARGIN, _FOOTER_Y, 7.5, max_width=self.width - 90)
        canv.draw_page_number()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        outline: Outline | None = getattr(flowable, "_bd_outline", None)
        if outline is None:
            return
        self.canv.bookmarkPage(outline.key, fit="XYZ", left=0, top=PAGE_HEIGHT, zoom=0)
        self.canv.addOutlineEntry(outline.title, outline.key, level=outline.level, closed=outline.level > 0)
        self.heading_pages[outline.key] = self.page


def render(story: Sequence[Flowable], fonts: FontSet, running: Running, contents_style: ParagraphStyle, *,
           compress: bool = True, cover: bool = True) -> tuple[bytes, int]:
    """Lay out `story` into PDF bytes in one pass; returns (pdf, page count)."""
    buffer = io.BytesIO()
    doc = PackDocument(buffer, fonts, running, compress=compress, cover=cover)
    counter = [0]
    maker = partial(_PackCanvas, fonts=fonts, running=running, counter=counter, pages=doc.heading_pages)
    callback = line_end_callback(contents_style, doc.width)
    doc.beforeDocument = lambda: doc.canv.setNamedCB(CALLBACK, callback)
    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue(), counter[0]
