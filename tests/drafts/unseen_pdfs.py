"""Draft PDFs in shapes our other fixtures do not have, written with reportlab from our own text.

Two columns (with a title across both), a running header with the document symbol and a job number,
page numbers as "- 2 -", footnotes, ligatures and soft hyphens in the text layer, rotated pages, a
scanned (image-only) page in the middle, and any script (DejaVu Sans covers Latin and Cyrillic).
One paragraph a line in; headings are the short lines without closing punctuation, set in bold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefing_app.packs.fonts import find_font

SIZE, LEADING = 10, 12.5
FONT, BOLD = "UnseenSans", "UnseenSans-Bold"


def _register() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = find_font("DejaVu Sans", "Book"), find_font("DejaVu Sans", "Bold")
    assert regular is not None and bold is not None, "the tests need DejaVu Sans (fonts-dejavu-core)"
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))


@dataclass
class Shape:
    columns: int = 1
    symbol: str = "A/AC.291/22/Rev.3"
    job: str = "V.23-01234 (E)"
    title_across: str = ""  # a bold title over both columns on the first page
    rotated: tuple[int, ...] = ()  # page numbers (from 1) turned by /Rotate 90
    scanned_after: int = 0  # a picture-only page is put in after this page
    footnotes: dict[str, str] = field(default_factory=dict)  # "^1" in a line → a raised 1 and a note


def is_heading(line: str) -> bool:
    return len(line) < 60 and not line.rstrip().endswith((".", ";", ":", ",")) and line[:1] not in "(0123456789["


def write_pdf(path: Path, text: str, shape: Shape | None = None) -> Path:
    """A draft PDF of `text` (one paragraph a line) laid out as `shape` says."""
    _register()
    shape = shape or Shape()
    width, height = A4
    margin, gutter = 64.0, 22.0
    column_width = (width - 2 * margin - gutter * (shape.columns - 1)) / shape.columns
    pages: list[list[tuple[str, float, float, str, float]]] = [[]]
    notes: list[list[str]] = [[]]
    column, top = 0, height - 96.0
    if shape.title_across:
        pages[0].append((shape.title_across, width / 2, top, "centre", 12))
        top -= 30
    y = top

    def next_column() -> None:
        nonlocal column, y, top
        column += 1
        y = top
        if column == shape.columns:
            pages.append([])
            notes.append([])
            column, top = 0, height - 96.0
            y = top

    for written in (line.strip() for line in text.splitlines()):
        if not written:
            continue
        marks = [m for m in shape.footnotes if m in written]
        paragraph = written
        for mark in marks:
            paragraph = paragraph.replace(mark, "")
        font = BOLD if is_heading(paragraph) else FONT
        lines = simpleSplit(paragraph, font, SIZE, column_width)
        if y - LEADING * min(len(lines), 2) < 96 + 12 * len(notes[-1]):
            next_column()
        for index, line in enumerate(lines):
            if y < 96 + 12 * (len(notes[-1]) + len(marks)):
                next_column()
            x = margin + column * (column_width + gutter)
            pages[-1].append((line, x, y, font, SIZE))
            if index == len(lines) - 1:
                end = x + pdfmetrics.stringWidth(line, font, SIZE)
                for mark in marks:
                    pages[-1].append((mark[1:], end + 1, y + 4, FONT, 6))
                    notes[-1].append(f"{mark[1:]} {shape.footnotes[mark]}")
                    end += 6
            y -= LEADING
        y -= LEADING * 0.6
    return _save(path, shape, pages, notes)


def _save(path: Path, shape: Shape, pages: list[list[tuple[str, float, float, str, float]]],
          notes: list[list[str]]) -> Path:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    total = len(pages) + (1 if shape.scanned_after else 0)
    printed = 0
    for number, (items, page_notes) in enumerate(zip(pages, notes, strict=True), start=1):
        printed += 1
        _page(canvas, shape, items, page_notes, printed, total)
        if number == shape.scanned_after:
            printed += 1
            _scanned_page(canvas)
    canvas.save()
    return path


def _page(canvas: Canvas, shape: Shape, items: list[tuple[str, float, float, str, float]], notes: list[str],
          number: int, total: int) -> None:
    width, height = A4
    if number in shape.rotated:
        canvas.setPageRotation(90)
    canvas.setFont(FONT, 9)
    canvas.drawString(64, height - 50, shape.symbol)
    canvas.drawRightString(width - 64, height - 50, f"{shape.job} page {number} of {total}")
    for text, x, y, font, size in items:
        canvas.setFont(BOLD if font == "centre" else font, size)
        if font == "centre":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
    y = 80 + 12 * len(notes)
    for note in notes:
        marker, words = note.split(" ", 1)
        canvas.setFont(FONT, 5.5)
        canvas.drawString(64, y + 3, marker)
        canvas.setFont(FONT, 8)
        canvas.drawString(72, y, words)
        y -= 12
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(width / 2, 40, f"- {number} -")
    canvas.showPage()
    canvas.setPageRotation(0)


def _scanned_page(canvas: Canvas) -> None:
    """A page that is only a picture (grey bars standing for lines of scanned text)."""
    width, height = A4
    canvas.setFillGray(0.3)
    for row in range(40):
        canvas.rect(64, height - 100 - row * 16, width - 128 - (row % 3) * 40, 8, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.showPage()


def write_encrypted_pdf(path: Path, user_password: str) -> Path:
    """A one-article draft encrypted by reportlab (RC4, as many producers do): an empty user password
    opens without asking (copying forbidden), a real one asks."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    _register()
    canvas = Canvas(str(path), pagesize=A4, invariant=1,
                    encrypt=StandardEncryption(user_password, "owner-secret", canCopy=0))
    canvas.setFont(BOLD, SIZE)
    canvas.drawString(64, 700, "Article 1")
    canvas.setFont(FONT, SIZE)
    canvas.drawString(64, 684, "Each State Party shall protect persons who report wrongdoing in good faith.")
    canvas.showPage()
    canvas.save()
    return path
