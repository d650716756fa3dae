"""Layout-faithful draft PDFs for the tests, written with reportlab from our own text.

They look like the UN documents system's drafts: the document symbol at the top of every page, a
running header, a job number and "page/total" in the footer, line numbers in the left margin (every
fifth line), footnote markers raised in small type with the footnotes below a short rule at the foot of
the page, words hyphenated at line ends, headings centred in bold on their own lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

BODY_FONT, BOLD_FONT, SIZE, LEADING = "Times-Roman", "Times-Bold", 11, 14
LEFT, RIGHT, TOP, BOTTOM = 90, A4[0] - 72, A4[1] - 90, 110


@dataclass(frozen=True)
class Block:
    """A heading (centred, bold) or a paragraph; `notes` are footnotes whose markers follow the text."""

    text: str
    heading: bool = False
    notes: tuple[str, ...] = ()


def _wrap(text: str, font: str, width: float) -> list[str]:
    """Greedy line breaking that hyphenates a long word which does not fit ("inter-" / "national")."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, SIZE) <= width:
            current = trial
            continue
        if len(word) >= 9 and word.isalpha():
            head = word[: len(word) // 2]
            if stringWidth(f"{current} {head}-".strip(), font, SIZE) <= width:
                lines.append(f"{current} {head}-".strip())
                current = word[len(word) // 2:]
                continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


class _Writer:
    def __init__(self, path: Path, symbol: str, title: str, job: str) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1)
        self.canvas.setTitle(title)
        self.symbol, self.title, self.job = symbol, title, job
        self.pages: list[list[tuple[str, float, float, float, str]]] = []  # drawn lazily for "n/total"
        self.notes: list[list[str]] = []
        self.y = TOP
        self.line_no = 0
        self.footnote = 0
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append([])
        self.notes.append([])
        self.y = TOP
        self.line_no = 0

    def _room(self, lines: int) -> None:
        reserved = BOTTOM + 12 * len(self.notes[-1]) + (16 if self.notes[-1] else 0)
        if self.y - LEADING * lines < reserved:
            self._new_page()

    def _line(self, text: str, font: str, x: float) -> None:
        self.pages[-1].append((text, x, self.y, SIZE, font))
        self.line_no += 1
        if self.line_no % 5 == 0:
            self.pages[-1].append((str(self.line_no), LEFT - 40, self.y, 7, BODY_FONT))
        self.y -= LEADING

    def block(self, block: Block) -> None:
        width = RIGHT - LEFT
        font = BOLD_FONT if block.heading else BODY_FONT
        lines = _wrap(block.text, font, width - (10 if block.notes else 0))
        self._room(min(len(lines), 3) + 1 + len(block.notes))
        for index, text in enumerate(lines):
            self._room(1 + (len(block.notes) if index == len(lines) - 1 else 0))
            x = LEFT + (width - stringWidth(text, font, SIZE)) / 2 if block.heading else LEFT
            self._line(text, font, x)
            if index == len(lines) - 1:
                end = x + stringWidth(text, font, SIZE)
                for note in block.notes:
                    self.footnote += 1
                    self.pages[-1].append((str(self.footnote), end + 1, self.y + LEADING + 4, 7, BODY_FONT))
                    end += 6
                    self.notes[-1].append(f"{self.footnote} {note}")
        self.y -= LEADING / 2

    def save(self) -> None:
        total = len(self.pages)
        for number, (items, notes) in enumerate(zip(self.pages, self.notes, strict=True), start=1):
            c = self.canvas
            c.setFont(BODY_FONT, 10)
            if number % 2:
                c.drawRightString(RIGHT, A4[1] - 50, self.symbol)
                c.drawString(LEFT, A4[1] - 50, self.title)
            else:
                c.drawString(LEFT, A4[1] - 50, self.symbol)
                c.drawRightString(RIGHT, A4[1] - 50, self.title)
            c.line(LEFT, A4[1] - 56, RIGHT, A4[1] - 56)
            for text, x, y, size, font in items:
                c.setFont(font, size)
                c.drawString(x, y, text)
            y = BOTTOM + 12 * len(notes)
            if notes:
                c.line(LEFT, y + 8, LEFT + 100, y + 8)
            for note in notes:
                marker, text = note.split(" ", 1)
                c.setFont(BODY_FONT, 6)
                c.drawString(LEFT, y + 3, marker)
                c.setFont(BODY_FONT, 9)
                c.drawString(LEFT + 8, y, text)
                y -= 12
            c.setFont(BODY_FONT, 9)
            c.drawString(LEFT, 60, self.job)
            c.drawCentredString(A4[0] / 2, 60, f"{number}/{total}")
            c.showPage()
        self.canvas.save()


def write_draft_pdf(path: Path, blocks: list[Block], *, symbol: str = "A/AC.999/3/Rev.1",
                    title: str = "Draft convention on cooperation against online fraud",
                    job: str = "V.26-04417") -> Path:
    writer = _Writer(path, symbol, title, job)
    for block in blocks:
        writer.block(block)
    writer.save()
    return path


def blocks_from_text(text: str) -> list[Block]:
    """Blocks from a draft typed one paragraph a line: headings are the short lines without closing
    punctuation; "^^note" at the end of a line becomes a footnote on it."""
    blocks: list[Block] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        body, *notes = line.split(" ^^")
        short = len(body) < 70 and not body.rstrip().endswith((".", ";", ":", ","))
        numbered = body[:1].isdigit() and "." in body[:4] or body.startswith("(")
        blocks.append(Block(body.strip(), heading=short and not numbered, notes=tuple(notes)))
    return blocks
