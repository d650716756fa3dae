"""Read a draft PDF: checks on the bytes, then text segments from PDFium in a bounded child process.

pypdfium2 (PDFium, the engine of Chromium's viewer) was chosen over pdfplumber on measured grounds
(docs/benchmarks.md, "PDF drafts"): it extracts a 200-page draft in about half a second where
pdfplumber (pure Python, pdfminer.six) takes about a minute; it repairs nothing silently that the
byte checks refuse; and it ships wheels for Linux, Windows and macOS. Reading order and everything a
UN layout adds are handled by drafts/pdf_layout.py from the segments' positions.

The library runs in a separate process with a time limit (killed when over) and, where the system
has it, an address-space limit, so a file that slips past the byte checks cannot hang or exhaust the
app; nothing is written anywhere while a PDF is read.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from briefing_app import paths
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.pdf_checks import check_pdf_bytes, refuse
from briefing_app.drafts.pdf_layout import LaidOut, Page, Segment, lay_out

PDF_SUFFIX = ".pdf"
MIN_PAGE_CHARS = 20  # a page with fewer letters has no text layer to speak of (a running header has more)
MAX_PDF_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PdfLimits:
    """Bounds for one PDF read; a real draft of a few hundred pages stays far inside them."""

    pages: int = 2_000
    seconds: float = 120.0
    memory_mb: int = 1_536
    min_chars_per_page: int = 25


@dataclass(frozen=True, slots=True)
class PdfDraft:
    text: str
    symbol: str
    pages: int
    footnotes: int
    pages_without_text: tuple[int, ...] = ()
    """Page numbers (from 1) with no text layer in a PDF that has one elsewhere: a scanned annex."""


def read_pdf(path: Path, limits: PdfLimits | None = None) -> PdfDraft:
    """The draft text of a PDF; raises DraftInputError (nothing imported) for anything we refuse."""
    limits = limits or PdfLimits()
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise refuse(path.name, f"is too large for a draft ({size / 1_048_576:.0f} MB; at most "
                                    f"{MAX_PDF_BYTES // 1_048_576} MB).")
        data = path.read_bytes()
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    check_pdf_bytes(data, path.name)
    pages = _extract_in_child(path, limits)
    laid = lay_out(pages)
    _check_text_layer(laid, len(pages), path.name, limits)
    blank = tuple(number for number, page in enumerate(pages, start=1)
                  if sum(len("".join(s.text.split())) for s in page.segments) < MIN_PAGE_CHARS)
    return PdfDraft(laid.text, laid.symbol, len(pages), laid.footnotes, blank)


def page_ranges(numbers: tuple[int, ...]) -> str:
    """ "3, 5–7" for pages 3, 5, 6 and 7."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def _check_text_layer(laid: LaidOut, pages: int, name: str, limits: PdfLimits) -> None:
    if len("".join(laid.text.split())) < limits.min_chars_per_page * max(pages, 1):
        raise refuse(name, "has no text layer to read: it looks scanned (pictures of pages). Briefing "
                           "Desk does not recognise text in images (no OCR); ask for the PDF as published "
                           "with its text, or the Word version.")


def _extract_in_child(path: Path, limits: PdfLimits) -> list[Page]:
    """Run drafts/pdf_worker.py in its own process (paths.helper_command: isolated Python on the same
    copy of briefing_app as this process, or the frozen app) and read its JSON answer."""
    command = [*paths.helper_command("pdf-worker"), str(path.resolve()), json.dumps(asdict(limits))]
    try:
        done = subprocess.run(command, capture_output=True, timeout=limits.seconds, check=False,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise refuse(path.name, f"took longer than {limits.seconds:.0f} seconds to read; a draft reads in "
                                "a few. The file may be damaged or hostile.") from None
    except OSError as error:
        raise DraftInputError(f"Cannot start the PDF reader: {error.strerror or error}.") from error
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        raise refuse(path.name, "could not be read: the PDF reader stopped (it may have needed more than "
                                f"{limits.memory_mb} MB of memory, or met a damaged file).") from None
    if "refused" in answer:
        raise refuse(path.name, str(answer["refused"]))
    return [Page(w, h, tuple(Segment(*row) for row in rows)) for w, h, rows in answer["pages"]]
