"""Checks on a PDF's bytes before any PDF library reads it: the refusals a hostile file gets.

A draft never needs encryption, and a real one has a sound cross-reference table and streams that
unpack to a few megabytes; anything else is refused with a clear message. Every stream compressed
with FlateDecode is unpacked here, bounded in size, so a zip-bomb stream is refused without being
inflated. JavaScript is not looked for here: the letters "/JS" in a content stream or a font are no
script, so script actions are found in the parsed object tree (drafts/pdf_scripts.py, in the child
process). Pure functions of the bytes: no file, no library.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from briefing_app.drafts.errors import DraftInputError

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""All streams of a draft together unpack to far less (a 200-page draft: a few MB)."""
_CHUNK = 1 << 20

_STREAM = re.compile(rb"stream\r?\n")
_ENCRYPT = re.compile(rb"/Encrypt(?![A-Za-z0-9])")
_TRAILER = re.compile(rb"trailer\s*<<")
_XREF_STREAM = re.compile(rb"/Type\s*/XRef(?![A-Za-z0-9])")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF")
_XREF_AT = re.compile(rb"\s*(?:xref\b|\d+\s+\d+\s+obj\b)")


@dataclass(frozen=True, slots=True)
class PdfFacts:
    streams: int
    unpacked_bytes: int


def refuse(name: str, problem: str) -> DraftInputError:
    return DraftInputError(f"{name} {problem} Nothing was imported.")


def check_pdf_bytes(data: bytes, name: str, *, max_unpacked: int = MAX_UNPACKED_BYTES) -> PdfFacts:
    """Raise DraftInputError for a file that is not a sound, plain PDF; return what was measured."""
    if b"%PDF-" not in data[:1024]:
        raise refuse(name, "is not a PDF file (it does not start with %PDF-).")
    _check_xref(data, name)
    if _encrypted(data):
        raise refuse(name, "is encrypted or password-protected. Ask for an unprotected copy, or open it in "
                           "a PDF reader and save it without protection.")
    streams, unpacked = 0, 0
    for start, flate in _streams(data):
        streams += 1
        if not flate:
            continue
        unpacked += _inflate_scan(data, start, name, max_unpacked - unpacked)
    return PdfFacts(streams, unpacked)


def _encrypted(data: bytes) -> bool:
    """/Encrypt in a trailer or a cross-reference stream's dictionary, where it means encryption; the
    word in a content stream or a font does not (the PDF child checks the parsed file as well)."""
    for match in _TRAILER.finditer(data):
        if _ENCRYPT.search(_dictionary(data, match.end() - 2)):
            return True
    for match in _XREF_STREAM.finditer(data):
        start = data.rfind(b"obj", max(0, match.start() - 4096), match.start())
        end = data.find(b"stream", match.end(), match.end() + 4096)
        if start >= 0 and _ENCRYPT.search(data[start:end if end >= 0 else match.end() + 4096]):
            return True
    return False


def _dictionary(data: bytes, start: int, limit: int = 65536) -> bytes:
    """The bytes of the << … >> dictionary opening at `start` (nested ones included), at most `limit`."""
    depth, index, stop = 0, start, min(len(data), start + limit)
    while index < stop - 1:
        pair = data[index:index + 2]
        if pair == b"<<":
            depth, index = depth + 1, index + 2
            continue
        if pair == b">>":
            depth, index = depth - 1, index + 2
            if depth == 0:
                return data[start:index]
            continue
        index += 1
    return data[start:stop]


def _check_xref(data: bytes, name: str) -> None:
    """The last startxref must point at an xref table or an xref stream object."""
    found = list(_STARTXREF.finditer(data[-4096:]))
    if not found:
        raise refuse(name, "is damaged: it has no cross-reference table (startxref). Open it in a PDF reader "
                           "and save or print it to a new PDF.")
    offset = int(found[-1].group(1))
    if offset >= len(data) or not _XREF_AT.match(data, offset):
        raise refuse(name, "is damaged: its cross-reference table does not point where it should (broken "
                           "xref). Open it in a PDF reader and save or print it to a new PDF.")


def _streams(data: bytes) -> list[tuple[int, bool]]:
    """(offset of each stream's data, whether its dictionary says FlateDecode)."""
    found: list[tuple[int, bool]] = []
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 2048):match.start()]
        if not head.rstrip().endswith(b">>"):
            continue
        opening = head.rfind(b"<<")
        dictionary = head[opening:] if opening >= 0 else head
        found.append((match.end(), b"/FlateDecode" in dictionary or b"/Fl " in dictionary
                      or b"/Fl]" in dictionary or b"/Fl/" in dictionary))
    return found


def _inflate_scan(data: bytes, start: int, name: str, budget: int) -> int:
    """Unpack one stream in chunks, never beyond `budget` bytes."""
    inflater = zlib.decompressobj()
    total, position = 0, start
    pending = b""
    while True:
        if not pending:
            if position >= len(data):
                return total
            pending = data[position:position + _CHUNK]
            position += len(pending)
        try:
            out = inflater.decompress(pending, _CHUNK)
        except zlib.error:
            return total  # not really Flate data, or damaged: PDFium will judge the stream
        pending = inflater.unconsumed_tail
        total += len(out)
        if total > budget:
            raise refuse(name, f"holds compressed data that unpacks to more than "
                               f"{MAX_UNPACKED_BYTES // 1_048_576} MB (a 'zip bomb'); a draft is far smaller.")
        if inflater.eof:
            return total
