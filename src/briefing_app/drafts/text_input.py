"""Read a draft file into text: UTF-8 plain text or Markdown, .docx through python-docx (optional), or
PDF (drafts/pdf_input.py).

Everything is checked before parsing: size, binary content, encoding, and for .docx the archive's
unpacked size, so a hostile file gives a clear message and never reaches the workspace.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import MAX_CHARS, ParsedDraft, UnplacedLine, parse_text, starts_article
from briefing_app.drafts.pdf_input import PDF_SUFFIX, page_ranges, read_pdf

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DOCX_UNPACKED = 64 * 1024 * 1024
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
        from briefing_app.drafts.akn import read_akn  # lxml is loaded only for XML drafts
        return read_akn(path)
    return parse_text(read_draft(path))


def read_draft(path: Path) -> str:
    """The text of a draft file; raises DraftInputError with a message for the user."""
    if path.suffix.lower() == PDF_SUFFIX:
        return read_pdf(path).text
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    if size > MAX_FILE_BYTES:
        raise DraftInputError(
            f"{path.name} is too large for a draft ({size / 1_048_576:.1f} MB; at most "
            f"{MAX_FILE_BYTES // 1_048_576} MB).")
    if path.suffix.lower() == DOCX_SUFFIX:
        return _read_docx(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return decode_text(data, path.name)


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


def _read_docx(path: Path) -> str:
    try:
        import docx  # python-docx, the optional 'docx' extra
    except ImportError:
        raise DraftInputError(
            "Importing .docx files needs python-docx, which is not installed. Install it with "
            "pip install 'briefing-app[docx]', or save the draft as plain text and import that.") from None
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise DraftInputError(f"{path.name} is not a valid .docx file.") from None
    if unpacked > MAX_DOCX_UNPACKED:
        raise DraftInputError(f"{path.name} unpacks to {unpacked / 1_048_576:.0f} MB; that is too large for a draft.")
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises several unrelated types for damaged files
        raise DraftInputError(f"{path.name} is not a readable .docx file ({type(error).__name__}).") from None
    text = "\n".join(_docx_lines(document))
    if len(text) > MAX_CHARS:
        raise DraftInputError(f"{path.name} holds too much text for a draft ({len(text):,} characters).")
    return text



def _docx_lines(document: Any) -> list[str]:
    """Paragraph texts; Word's automatic list numbers (absent from the text) are written back as Word
    shows them ("Article 3", "1.", "(a)", "ii)", from each level's number text), restarting at each
    article heading as treaty drafts do."""
    numbering = _numbering_element(document)
    counters: dict[tuple[str, int], int] = {}
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = str(paragraph.text)
        found = _list_level(paragraph, numbering)
        if found is None:
            if starts_article(text):
                counters.clear()
            lines.append(text)
            continue
        num_id, level, levels = found
        counters[(num_id, level)] = counters.get((num_id, level), 0) + 1
        for key in [k for k in counters if k[0] == num_id and k[1] > level]:
            del counters[key]
        marker = _marker(levels, level, {k[1]: n for k, n in counters.items() if k[0] == num_id})
        if marker and starts_article(marker):
            counters = {k: n for k, n in counters.items() if k[0] == num_id and k[1] <= level}
        lines.append(f"{marker} {text}" if marker else text)
    return lines


def _numbering_element(document: Any) -> Any:
    try:
        return document.part.numbering_part.element
    except (AttributeError, KeyError, NotImplementedError):
        return None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _list_level(paragraph: Any, numbering: Any) -> tuple[str, int, dict[int, tuple[str, str]]] | None:
    """(list id, level, {level: (number format, number text)}) of a list paragraph, set directly or
    through its style."""
    style = getattr(paragraph, "style", None)
    for properties in (paragraph._p.pPr, style.element.pPr if style is not None else None):
        num_pr = properties.numPr if properties is not None else None
        if num_pr is None or num_pr.numId is None or numbering is None:
            continue
        num_id, level = str(num_pr.numId.val), int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        num = numbering.num_having_numId(int(num_id)) if num_id.isdigit() else None
        if num is None:
            return None
        levels: dict[int, tuple[str, str]] = {}
        for lvl in numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{int(num.abstractNumId.val)}"]/w:lvl'):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{_W}val", "") if text is not None else "")
        return num_id, level, levels
    return None


def _marker(levels: dict[int, tuple[str, str]], level: int, counts: dict[int, int]) -> str:
    """The number Word shows: the level's number text with each %N replaced by level N-1's count."""
    fmt, template = levels.get(level, ("decimal", ""))
    if fmt in ("bullet", "none"):
        return ""
    if not template:
        template = {"decimal": "%{n}."}.get(fmt, "(%{n})").format(n=level + 1)

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return _format(levels.get(index, ("decimal", ""))[0], counts.get(index, 1))

    return re.sub(r"%(\d)", value, template).strip()


def _format(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(n)


def _roman(n: int) -> str:
    result = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            result += letters
            n -= value
    return result
