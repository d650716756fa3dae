"""The child process that lets PDFium read a PDF: `python -I -m briefing_app.drafts.pdf_worker PATH LIMITS`
(frozen: `briefing-desk --helper-process pdf-worker PATH LIMITS`, paths.helper_command).

It limits its own address space first (Linux), opens the file, refuses encryption, script actions
(found by pypdf in the object tree, drafts/pdf_scripts.py) and too many pages, and prints every page's text segments (or the reason for a refusal) as JSON on stdout.
drafts/pdf_input.py starts it with a time limit and turns its answer into pages.
"""

from __future__ import annotations

import ctypes
import json
import sys
from typing import Any

SegmentRow = tuple[str, float, float, float, float, float, bool]


class Refused(Exception):
    """A reason to refuse the file, shown after its name ("… is encrypted.")."""


_JAVASCRIPT = ("contains JavaScript{where}. A draft never needs it, so the file is refused as possibly hostile; "
               "ask for a plain copy, or print it to a new PDF first.")


def _check_scripts(path: str) -> None:
    """Refuse a script action anywhere in the object tree (drafts/pdf_scripts.py says why not the bytes)."""
    from briefing_app.drafts.pdf_scripts import script_action

    try:
        where = script_action(path)
    except Exception as error:  # pypdf reports damage through several error types
        raise Refused(f"could not be checked for scripts ({type(error).__name__}: {str(error)[:200]}). Open it "
                      "in a PDF reader and save or print it to a new PDF.") from None
    if where is not None:
        raise Refused(_JAVASCRIPT.format(where=f" (a script action at {where})"))


def main(argv: list[str]) -> int:
    path, limits = argv[0], json.loads(argv[1])
    try:
        _limit_memory(int(limits["memory_mb"]))
        answer: dict[str, Any] = {"pages": segments(path, int(limits["pages"]))}
    except Refused as refused:
        answer = {"refused": str(refused)}
    except MemoryError:
        answer = {"refused": f"needs more than {limits['memory_mb']} MB of memory to read; a draft needs far "
                             "less. The file may be damaged or hostile."}
    except Exception as error:  # PDFium reports damage through several error types
        answer = {"refused": f"could not be read as a PDF ({type(error).__name__}: {str(error)[:200]}). Open "
                             "it in a PDF reader and save or print it to a new PDF."}
    sys.stdout.write(json.dumps(answer, ensure_ascii=True))
    return 0


def _limit_memory(megabytes: int) -> None:
    if sys.platform.startswith("linux"):
        import resource
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def segments(path: str, max_pages: int) -> list[tuple[float, float, list[SegmentRow]]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:  # PDFium's reason, not its wording
            raise Refused("is encrypted or password-protected. Ask for an unprotected copy.") from None
        raise Refused(f"is damaged and cannot be opened ({error}). Open it in a PDF reader and save or "
                      "print it to a new PDF.") from None
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1:
            raise Refused("is encrypted. Ask for an unprotected copy.")
        if pdfium_c.FPDFDoc_GetJavaScriptActionCount(document) > 0:
            raise Refused(_JAVASCRIPT.format(where=""))
        _check_scripts(path)
        count = len(document)
        if count > max_pages:
            raise Refused(f"has {count:,} pages; a draft has at most {max_pages:,}.")
        return [_page_segments(document[index], pdfium_c) for index in range(count)]
    finally:
        document.close()


def _page_segments(page: Any, pdfium_c: Any) -> tuple[float, float, list[SegmentRow]]:
    width, height = page.get_size()
    textpage = page.get_textpage()
    rows: list[SegmentRow] = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if not text.strip():
            continue
        char = pdfium_c.FPDFText_GetCharIndexAtPos(textpage, left + 0.5, (bottom + top) / 2,
                                                   max(right - left, 1.0), max(top - bottom, 1.0))
        size = pdfium_c.FPDFText_GetFontSize(textpage, char) if char >= 0 else top - bottom
        rows.append((text.replace("\r", " ").replace("\n", " "), left, bottom, right, top, float(size),
                     char >= 0 and _bold(textpage, char, pdfium_c)))
    textpage.close()
    page.close()
    return width, height, rows


def _bold(textpage: Any, char: int, pdfium_c: Any) -> bool:
    """Bold by weight, or by the font's name when the weight is unknown (the standard PDF fonts)."""
    if pdfium_c.FPDFText_GetFontWeight(textpage, char) >= 600:
        return True
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(textpage, char, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.raw[:max(length - 1, 0)].decode("latin-1", "replace").lower()
    return "bold" in name or "black" in name or "heavy" in name


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
