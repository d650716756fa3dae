"""Hostile and broken PDFs built in code: a minimal PDF writer with a correct cross-reference table."""

from __future__ import annotations

import functools
import zlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def raw_pdf(objects: list[bytes], *, root: int = 1, extra_trailer: bytes = b"") -> bytes:
    """A PDF from object bodies (object n is objects[n-1]), with a valid xref and trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra_trailer, xref)
    return bytes(out)


def _with_xref_stream(objects: list[bytes], compressed: dict[int, tuple[int, int]]) -> bytes:
    """A PDF 1.5 file whose cross-reference stream also maps objects kept inside object streams
    (`compressed`: object number -> (object stream number, index)), as real hidden objects are."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in enumerate(objects, start=1):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_number = len(objects) + 1 + len(compressed)
    offsets[xref_number] = len(out)
    rows = [b"\x00" + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")]
    for number in range(1, xref_number + 1):
        if number in compressed:
            stream, index = compressed[number]
            rows.append(b"\x02" + stream.to_bytes(4, "big") + index.to_bytes(2, "big"))
        else:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + (0).to_bytes(2, "big"))
    xref = _stream(b"".join(rows), extra=b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R " % (xref_number + 1))
    out += b"%d 0 obj\n" % xref_number + xref + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]
    return bytes(out)


def _stream(data: bytes, *, compress: bool = True, extra: bytes = b"") -> bytes:
    body = zlib.compress(data, 9) if compress else data
    flt = b"/Filter /FlateDecode " if compress else b""
    return b"<< /Length %d %s%s>>\nstream\n" % (len(body), flt, extra) + body + b"\nendstream"


def _text_page_objects(text: bytes) -> list[bytes]:
    content = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def plain(path: Path, text: bytes = b"Article 1. Purpose") -> Path:
    path.write_bytes(raw_pdf(_text_page_objects(text)))
    return path


def many_pages(path: Path, pages: int = 5_000) -> Path:
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               _stream(b"BT /F1 12 Tf 72 720 Td (Article 1. Purpose) Tj ET")]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"] * pages
    path.write_bytes(raw_pdf(objects))
    return path


def javascript(path: Path, *, hidden: bool = False) -> Path:
    """JavaScript run on opening; `hidden` puts the action dictionary inside a compressed object stream."""
    objects = _text_page_objects(b"Article 1. Purpose")
    action = b"<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>"
    if hidden:
        header = b"7 0 "
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 7 0 R >>"
        objects.append(_stream(header + action, extra=b"/Type /ObjStm /N 1 /First %d " % len(header)))
        path.write_bytes(_with_xref_stream(objects, compressed={7: (6, 0)}))
        return path
    else:
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"
        objects.append(action)
    path.write_bytes(raw_pdf(objects))
    return path


@functools.lru_cache(maxsize=2)
def _packed_spaces(megabytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()


def zip_bomb(path: Path, megabytes: int = 300) -> Path:
    """A content stream that inflates to `megabytes` of spaces from a few hundred kilobytes."""
    packed = _packed_spaces(megabytes)
    objects = _text_page_objects(b"Article 1. Purpose")
    objects[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    path.write_bytes(raw_pdf(objects))
    return path


def broken_xref(path: Path) -> Path:
    data = raw_pdf(_text_page_objects(b"Article 1. Purpose"))
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    end = data.index(b"\n", start)
    path.write_bytes(data[:start] + str(int(data[start:end]) - 37).encode() + data[end:])
    return path


def encrypted(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4, encrypt="secret", invariant=1)
    canvas.drawString(72, 720, "Article 1. Purpose")
    canvas.showPage()
    canvas.save()
    return path


def scanned(path: Path, pages: int = 2) -> Path:
    """Pages that are pictures only (grey bars where text would be), no text layer."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        canvas.setFillGray(0.3)
        for row in range(30):
            canvas.rect(72, 760 - row * 22, 420, 9, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return path


SCRIPT = b"app.alert\\(1\\)"


def script_in(path: Path, where: str) -> Path:
    """A real script action in one of the places a reader runs it from (`where`: see SCRIPT_PLACES)."""
    objects = _text_page_objects(b"Article 1. Purpose")
    action = b"<< /Type /Action /S /JavaScript /JS (" + SCRIPT + b") >>"
    if where == "escaped-name":  # '#61' is 'a': the parser reads /JavaScript, a byte search does not
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>"
        objects.append(b"<< /Type /Action /S /J#61vaScript /J#53 (" + SCRIPT + b") >>")
    elif where == "page-open":
        objects[2] = objects[2][:-2] + b"/AA << /O 6 0 R >> >>"
        objects.append(action)
    elif where == "link":
        objects[2] = objects[2][:-2] + b"/Annots [6 0 R] >>"
        objects.append(b"<< /Type /Annot /Subtype /Link /Rect [72 700 200 730] /A 7 0 R >>")
        objects.append(action)
    elif where == "name-tree":
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript 6 0 R >> >>"
        objects.append(b"<< /Names [(start) 7 0 R] >>")
        objects.append(action)
    elif where == "next-in-chain":
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >> >>"
        objects.append(action)
    else:
        raise ValueError(where)
    path.write_bytes(raw_pdf(objects))
    return path


SCRIPT_PLACES = ("escaped-name", "page-open", "link", "name-tree", "next-in-chain")


def js_letters_in(path: Path, where: str) -> Path:
    """A plain draft whose bytes hold '/JS' or '/JavaScript' where no reader runs them (LETTER_PLACES)."""
    text = b"Article 1. Purpose of A/JS/2024/1 and /JavaScript notes"
    objects = _text_page_objects(text)
    if where == "content":
        objects[3] = _stream(b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET", compress=False)
    elif where == "compressed-content":
        pass  # _text_page_objects compresses its content stream
    elif where == "font-program":  # an embedded font that names a glyph /JS, on a font the page lists
        objects[2] = objects[2].replace(b"/F1 5 0 R", b"/F1 5 0 R /F2 6 0 R")
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Letters /FontDescriptor 7 0 R >>")
        objects.append(b"<< /Type /FontDescriptor /FontName /Letters /Flags 32 /FontBBox [0 0 500 700] "
                       b"/ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 /StemV 80 /FontFile 8 0 R >>")
        objects.append(_stream(b"%!PS-AdobeFont-1.0: Letters\n/CharStrings 2 dict dup begin /JS 0 def "
                               b"/JavaScript 0 def end\n", compress=False,
                               extra=b"/Length1 80 /Length2 0 /Length3 0 "))
    elif where == "resource-name":  # the page's font resource is called JS
        objects[2] = objects[2].replace(b"/F1 5 0 R", b"/JS 5 0 R")
        objects[3] = _stream(b"BT /JS 12 Tf 72 720 Td (" + text + b") Tj ET")
    else:
        raise ValueError(where)
    path.write_bytes(raw_pdf(objects))
    return path


LETTER_PLACES = ("content", "compressed-content", "font-program", "resource-name")


def encrypt_word_in_content(path: Path) -> Path:
    """A plain draft that prints the word '/Encrypt' (a content stream is no trailer)."""
    objects = _text_page_objects(b"Article 1. See /Encrypt in ISO 32000")
    objects[3] = _stream(b"BT /F1 12 Tf 72 720 Td (Article 1. See /Encrypt in ISO 32000 on security) Tj ET",
                         compress=False)
    path.write_bytes(raw_pdf(objects))
    return path


def encrypted_by_xref_stream(path: Path) -> Path:
    """Encryption declared in a cross-reference stream (PDF 1.5+), not in a classic trailer."""
    objects = _text_page_objects(b"Article 1. Purpose")
    objects.append(b"<< /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>")
    data = _with_xref_stream(objects, compressed={})
    data = data.replace(b"/Type /XRef", b"/Type /XRef /Encrypt 6 0 R", 1)
    path.write_bytes(data)
    return path


def partly_scanned(path: Path, scanned_pages: tuple[int, ...] = (2, 3), pages: int = 4) -> Path:
    """A draft whose `scanned_pages` (from 1) are pictures only, like a scanned annex."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    article = 1
    for number in range(1, pages + 1):
        if number in scanned_pages:
            canvas.setFillGray(0.3)
            for row in range(30):
                canvas.rect(72, 760 - row * 22, 420, 9, stroke=0, fill=1)
        else:
            canvas.drawString(72, 760, f"Article {article}. Cooperation")
            canvas.drawString(72, 740, "Each State Party shall cooperate with the other States Parties in good faith.")
            article += 1
        canvas.showPage()
    canvas.save()
    return path
