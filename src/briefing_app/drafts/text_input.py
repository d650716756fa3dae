"""Read a draft file into text: UTF-8 plain text or Markdown, .docx through python-docx (optional,
drafts/docx_input.py), or PDF (drafts/pdf_input.py).

Everything is checked before parsing: size, binary content, encoding, and for .docx the archive's
unpacked size, so a hostile file gives a clear message and never reaches the workspace.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import ParsedDraft, UnplacedLine, parse_text
from briefing_app.drafts.pdf_input import PDF_SUFFIX, page_ranges, read_pdf

MAX_FILE_BYTES = 8 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
AKN_SUFFIX = ".xml"
DRAFT_SUFFIXES = (*TEXT_SUFFIXES, ".docx", PDF_SUFFIX, AKN_SUFFIX)
DOCX_SUFFIX = ".docx"


def load_draft(path: Path) -> ParsedDraft:
    """Read and parse a draft file of any supported kind (a PDF's document symbol comes along)."""
    if path.suffix.lower() == PDF_SUFFIX:
        pdf = read_pdf(path)
        parsed = parse_text(pdf.text, symbol=pdf.symbol)
        if not pdf.pages_without_text:
            return parsed
        missing = UnplacedLine(0, f"page{'s' if len(pdf.pages_without_text) > 1 else ''} "
                                  f"{page_ranges(pdf.pages_without_text)} of {pdf.pages}",
                               "no text layer (scanned?): whatever these pages hold is missing from the import")
        return replace(parsed, unplaced=(missing, *parsed.unplaced))
    if path.suffix.lower() == AKN_SUFFIX:
        from briefing_app.drafts.akn_read import read_akn  # lxml is loaded only for XML drafts
        return read_akn(path)
    if path.suffix.lower() == DOCX_SUFFIX:
        return _load_docx(path)
    return parse_text(read_draft(path))


def _load_docx(path: Path) -> ParsedDraft:
    """A Word draft; tracked changes are read as accepted, and the review says so."""
    from briefing_app.drafts.docx_input import read_docx  # python-docx only for Word drafts

    _check_size(path)
    docx = read_docx(path)
    parsed = parse_text(docx.text)
    if not (docx.insertions or docx.deletions):
        return parsed
    changes = UnplacedLine(0, f"tracked changes: {docx.insertions} insertion{'s' if docx.insertions != 1 else ''}, "
                              f"{docx.deletions} deletion{'s' if docx.deletions != 1 else ''}",
                           "read as accepted (the text as Word shows it with every change accepted); "
                           "the proposals themselves are not kept")
    return replace(parsed, unplaced=(changes, *parsed.unplaced))


def read_draft(path: Path) -> str:
    """The text of a draft file; raises DraftInputError with a message for the user."""
    if path.suffix.lower() == PDF_SUFFIX:
        return read_pdf(path).text
    _check_size(path)
    if path.suffix.lower() == DOCX_SUFFIX:
        from briefing_app.drafts.docx_input import read_docx

        return read_docx(path).text
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return decode_text(data, path.name)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    if size > MAX_FILE_BYTES:
        raise DraftInputError(
            f"{path.name} is too large for a draft ({size / 1_048_576:.1f} MB; at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB).")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftInputError(f"{name} is not readable UTF-16 text.") from None
    if b"\x00" in data[:65536]:
        raise DraftInputError(f"{name} looks binary, not like a draft's text. Save the draft as plain "
                              "text (UTF-8), Markdown or .docx.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftInputError(
            f"{name} is not UTF-8 text (byte {error.start} cannot be read). Save it as UTF-8 and try again."
        ) from None
