"""Arabic shaping compared (issue #14): our packs/rtl.py (arabic-reshaper + python-bidi) against
ReportLab's own shaping with uharfbuzz, on the same Arabic text: our catalogue's words (with their
diacritics), Arabic concerns, digits, "Article 6(2)" and a URL inside Arabic, brackets and
quotation marks, and bold/colour/italic/superscript spans.

Three ways of drawing each sample paragraph:
- ours: packs.rtl.RichBidiText as the packs use it;
- reportlab: a Paragraph with `shaping=1` (uharfbuzz), which is all ReportLab offers without rlbidi;
- ours + harfbuzz: our wrapping and word-level bidi, each right-to-left piece shaped by ReportLab's
  uharfbuzz path (drawString(shaping=True)) instead of arabic-reshaper and python-bidi.

Checks per way (PDFium reads the glyphs' positions, pypdf the text): the line's characters in the
order the Unicode bidi algorithm displays them (python-bidi's get_display as the reference),
diacritics kept, words recoverable from the text, private-use characters in the text, build errors.
Then CPU time: the sample sheet, and an Arabic pack with Arabic concerns, the ways taking turns.

    ./dev bench shaping                # needs uharfbuzz importable (pip install uharfbuzz)
    ./dev bench shaping --quick        # 1 round
    ./dev bench shaping --pdf DIR      # also writes each way's sample sheet to DIR/<way>.pdf
"""

from __future__ import annotations

import io
import re
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from briefing_app.packs import rtl
from briefing_app.packs.fonts import FontSet, load_fonts
from briefing_app.packs.styles import make_styles
from briefing_app.packs.wording import wording
from harness import print_table

CONCERN = "تثير هذه المادة شواغل جدية بشأن حماية حقوق الإنسان والصحفيين والباحثين."


def samples() -> list[tuple[str, str]]:
    """(what it tests, paragraph markup in logical order); our own words first."""
    ar = wording("ar")
    return [
        ("our words, diacritics", ar.template("cover.demo-standard").split("؛")[0] + "."),
        ("our words, lam-alef", ar.template("summary.nothing").format(severity="عالية")),
        ("Arabic concern", CONCERN),
        ("diacritics", "مُحَمَّدٌ يُعِدُّ التَّقْرِيرَ."),
        ("digits", "المادة 24 في 8 آب/أغسطس 2024 والأرقام ٢٠٢٤."),
        ("Article 6(2)", "انظر المادة 6(2) وكذلك Article 6(2) من النص."),
        ("URL", "التفاصيل في https://www.unodc.org/cld/ هنا."),
        ("brackets, quotes, ?", "(ملاحظة) [مهم] «اقتباس» هل هذا صحيح؟ نعم."),
        ("spans", 'نص <b>عريض</b> ثم <font color="#b34700">ملوّن</font> و <i>مائل</i> ورقم<super>3</super> أخير.'),
        ("span inside a word", "ال<b>حماية</b> و<i>الحق</i> هنا."),
    ]


def _plain(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# --- the ways ----------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _harfbuzz(text: str, font: str, size: float) -> tuple[str, float]:
    """The text shaped by ReportLab's uharfbuzz path (glyphs in display order, with their positions)
    and its width; cached like our shaping. (canvas.drawString(shaping=True) does not shape without rlbidi: its fallback
    bidiShapedText ignores `shaping`.)"""
    from reportlab.pdfbase.ttfonts import shapeStr
    shaped = shapeStr(text, font, size, force=True)
    return shaped, sum(d.x_advance for d in shaped.__shapeData__) * size / 1000


def _harfbuzz_width(text: str, font: str, size: float) -> float:
    return float(_harfbuzz(text, font, size)[1])


@contextmanager
def harfbuzz_pieces(fonts: FontSet) -> Iterator[None]:
    """Within: RichBidiText keeps its wrapping and word order, but a right-to-left piece is handed to
    ReportLab's uharfbuzz shaping in logical order (HarfBuzz joins, ligates, positions marks and
    reverses it) instead of arabic-reshaper + python-bidi."""
    from reportlab.pdfbase import pdfmetrics
    for name in {fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic}:
        pdfmetrics.getFont(name).shapable = True
    saved = rtl._display, rtl.stringWidth, rtl.RichBidiText._draw_piece

    def display(text: str, is_rtl: bool) -> str:
        return text if rtl.direction(text) == "R" else saved[0](text, is_rtl)

    def width(text: str, font: str, size: float) -> float:
        if rtl.direction(text) != "R":
            return float(saved[1](text, font, size))
        return sum(_harfbuzz_width(chunk, run_font, size) for run_font, chunk in fonts.runs(text, font))

    def draw_piece(self: rtl.RichBidiText, piece: rtl.Piece, x: float, y: float) -> float:
        if rtl.direction(piece.text) != "R":
            return float(saved[2](self, piece, x, y))
        canv = self.canv
        canv.setFillColor(piece.color)
        canv.setStrokeColor(piece.color)
        drawn = 0.0
        for run_font, chunk in reversed(self.fonts.runs(piece.text, piece.font)):  # the font fallback
            shaped, run_width = _harfbuzz(chunk, run_font, piece.size)
            canv.setFont(run_font, piece.size)
            canv.drawString(x + drawn, y + piece.rise, shaped)
            drawn += run_width
        for flag, height in ((piece.strike, 0.3), (piece.underline, -0.15)):
            if flag:
                canv.line(x, y + piece.size * height, x + drawn, y + piece.size * height)
        return drawn

    rtl._display, rtl.stringWidth, rtl.RichBidiText._draw_piece = display, width, draw_piece  # type: ignore[assignment]
    try:
        yield
    finally:
        rtl._display, rtl.stringWidth, rtl.RichBidiText._draw_piece = saved  # type: ignore[assignment]
        for name in {fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic}:
            pdfmetrics.getFont(name).shapable = False


@contextmanager
def no_patch(fonts: FontSet) -> Iterator[None]:
    yield


@contextmanager
def as_before(fonts: FontSet) -> Iterator[None]:
    """packs/rtl.py before 2026-12-03: arabic-reshaper's defaults (diacritics deleted), no mirroring."""
    import arabic_reshaper
    from bidi import get_display
    saved = rtl.shaped, rtl._display

    @lru_cache(maxsize=65536)
    def shaped(text: str) -> str:
        return str(arabic_reshaper.reshape(text)) if rtl.direction(text) == "R" else text

    @lru_cache(maxsize=65536)
    def display(text: str, is_rtl: bool) -> str:
        return str(get_display(shaped(text), base_dir="R" if is_rtl else "L"))

    rtl.shaped, rtl._display = shaped, display  # type: ignore[assignment]
    try:
        yield
    finally:
        rtl.shaped, rtl._display = saved


def _ours(markup: str, fonts: FontSet, style: ParagraphStyle) -> Flowable:
    return rtl.RichBidiText(markup, fonts, style)


def _reportlab(markup: str, fonts: FontSet, style: ParagraphStyle) -> Flowable:
    from reportlab.pdfbase import pdfmetrics
    for name in {fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic}:
        pdfmetrics.getFont(name).shapable = True
    return Paragraph(markup, ParagraphStyle("shaped", parent=style, shaping=1))


WAYS: dict[str, tuple[Callable[[str, FontSet, ParagraphStyle], Flowable], Callable[[FontSet], object]]] = {
    "ours (arabic-reshaper + python-bidi)": (_ours, no_patch),
    "ours before this comparison": (_ours, as_before),
    "reportlab Paragraph, shaping=1": (_reportlab, no_patch),
    "ours + harfbuzz pieces": (_ours, harfbuzz_pieces),
}


def sheet(way: str, fonts: FontSet) -> tuple[bytes, list[str], list[str]]:
    """One page, one sample per line (wide enough not to wrap); the errors met, per sample; and the
    brackets and quotes drawn on each line, left to right, as the strings handed to drawString say
    (no PDF reader in between: PDFium and pypdf mirror what they read). A Paragraph draws through a
    text object, not drawString: its lines stay empty there."""
    make, patch = WAYS[way]
    style = make_styles(fonts, rtl=True)["body"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    drawn: list[list[tuple[float, str]]] = [[] for _ in samples()]
    line = [0]
    draw_string = canvas.drawString

    def record(x: float, y: float, text: str, *args: object, **kwargs: object) -> None:
        drawn[line[0]].append((canvas._currentMatrix[4] + x, "".join(c for c in text if unicodedata.mirrored(c))))
        draw_string(x, y, text, *args, **kwargs)  # type: ignore[arg-type]

    canvas.drawString = record  # type: ignore[method-assign]
    errors = []
    y = 800.0
    with patch(fonts):  # type: ignore[attr-defined]
        for line[0], (name, markup) in enumerate(samples()):
            try:
                flowable = make(markup, fonts, style)
                _, height = flowable.wrapOn(canvas, 500, 100)
                flowable.drawOn(canvas, 50, y - height)
            except Exception as error:  # noqa: BLE001 - a way that fails on a sample is a finding
                errors.append(f"{name}: {type(error).__name__}")
            y -= 40
    canvas.save()
    from reportlab.pdfbase import pdfmetrics
    for font in {fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic}:
        pdfmetrics.getFont(font).shapable = False
    return buffer.getvalue(), errors, ["".join(t for _, t in sorted(row)) for row in drawn]


# --- the checks --------------------------------------------------------------------------------

def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


_ALEFS = "اأإآ"


def _letters(text: str) -> str:
    """NFKC, without spaces, marks, brackets and quotes, private-use characters; a lam-alef pair always written alef first, since a lam-alef
    ligature's one code point comes back as its two letters in either order."""
    bare = "".join(c for c in unicodedata.normalize("NFKC", text)
                   if not c.isspace() and not _is_mark(c) and not unicodedata.mirrored(c)
                   and unicodedata.category(c) != "Co")
    return re.sub(f"ل([{_ALEFS}])", r"\1ل", bare)


def reference_display(logical: str) -> str:
    """What the Unicode bidi algorithm displays, left to right, in a right-to-left paragraph: the
    levels of python-bidi's Rust implementation (UAX #9 with bracket pairs), reordered (rule L2) and
    with the brackets and quotes of right-to-left runs mirrored (L4), which its get_display omits."""
    from bidi import get_display
    from bidi.mirror import MIRRORED
    debug = str(get_display(logical, base_dir="R", debug=True))
    by_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+),?\s*\)", debug[debug.find("levels"):])]
    levels, offset = [], 0
    for char in logical:
        levels.append(by_byte[offset])
        offset += len(char.encode())
    chars = [MIRRORED.get(c, c) if level % 2 else c for c, level in zip(logical, levels, strict=True)]
    order = list(range(len(chars)))
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[i] for i in order)


def visual_lines(pdf: bytes) -> list[str]:
    """Each drawn line's characters left to right by PDFium's glyph positions, one line per sample.
    PDFium (like pypdf) applies its own bidi mirroring to the characters it reads, so brackets and
    quotes are left out of the comparison (see `_letters`) and judged on the rendered page instead."""
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage()
    rows: dict[int, list[tuple[float, str]]] = {}
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        left, bottom, right, top = text.get_charbox(i, loose=True)
        if char.strip():
            rows.setdefault(round((800 - (bottom + top) / 2) / 40), []).append(((left + right) / 2, char))
    document.close()
    return ["".join(c for _, c in sorted(rows.get(n, []))) for n in range(len(samples()))]


def checks(pdf: bytes) -> dict[str, str]:
    from pypdf import PdfReader
    lines = visual_lines(pdf)
    order_ok = []
    for (name, markup), line in zip(samples(), lines, strict=True):
        expected = _letters(reference_display(_plain(markup)))
        if _letters(line) == expected:
            order_ok.append(name)
    extracted = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    flat = unicodedata.normalize("NFKC", extracted)
    marks_in = sum(_is_mark(c) for _, m in samples() for c in _plain(m))
    marks_out = sum(_is_mark(c) for c in flat)
    words = [w.strip(".،؟«»()[]:") for _, m in samples() for w in _plain(m).split()]
    words = [_letters(w) for w in words if rtl.direction(w) == "R"]
    bare = _letters(flat)
    found = sum(1 for w in words if w in bare or w[::-1] in bare)
    private = sum(1 for c in extracted if "\ue000" <= c <= "\uf8ff")
    return {"order": f"{len(order_ok)}/{len(lines)}", "marks": f"{marks_out}/{marks_in}",
            "words": f"{found}/{len(words)}", "private": str(private),
            "wrong order": ", ".join(n for n, _ in samples() if n not in order_ok) or "—"}


# --- the run -----------------------------------------------------------------------------------

def _pack_case(way: str, fonts: FontSet, folder: Path) -> Callable[[], int]:
    from bench_languages import ARABIC, _data
    from briefing_app.domain.tailoring import PackProfile, plan_pack
    from briefing_app.packs.build import render_plan
    data, delegation_id = _data(folder)
    data = replace(data, concerns=tuple(replace(c, title=ARABIC[:40], summary=ARABIC * 3) for c in data.concerns))
    plan = plan_pack(data, PackProfile(delegation_id=delegation_id, language="ar"))
    patch = WAYS[way][1]

    def build() -> int:
        with patch(fonts):  # type: ignore[attr-defined]
            return render_plan(plan, fonts=fonts).pages
    return build


def bench_shaping(folder: Path, runs: int, pdf_dir: Path | None) -> None:
    fonts = load_fonts()
    rows = []
    for way in WAYS:
        pdf, errors, brackets = sheet(way, fonts)
        if pdf_dir is not None:
            (pdf_dir / f"{list(WAYS).index(way)}-{way.split()[0]}.pdf").write_bytes(pdf)
        found = checks(pdf)
        if any(brackets):
            expected = ["".join(c for c in reference_display(_plain(m)) if unicodedata.mirrored(c)) for _, m in samples()]
            right = sum(1 for got, want in zip(brackets, expected, strict=True) if want and got == want)
            found["brackets"] = f"{right}/{sum(1 for want in expected if want)}"
        else:
            found["brackets"] = "(not drawn by drawString)"
        rows.append([way, found["order"], found["brackets"], found["marks"], found["words"], found["private"],
                     "; ".join(errors) or "—", found["wrong order"]])
    print_table("The sample sheet, checked", ["way", "display order right", "brackets and quotes right", "diacritics in text",
                                               "Arabic words in text", "private-use chars", "errors",
                                               "samples out of order"], rows)
    cases: dict[str, Callable[[], int]] = {}
    for way in WAYS:
        cases[f"sheet: {way}"] = lambda way=way: len(sheet(way, fonts)[0])
    for way in (w for w in WAYS if "Paragraph" not in w and "before" not in w):
        cases[f"Arabic pack: {way}"] = _pack_case(way, fonts, folder)
    for build in cases.values():
        build()  # warm-up
    cpu: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(runs):
        for name, build in cases.items():
            start = time.process_time()
            build()
            cpu[name].append(time.process_time() - start)
    base = {"sheet": statistics.median(cpu["sheet: " + next(iter(WAYS))]),
            "Arabic pack": statistics.median(cpu["Arabic pack: " + next(iter(WAYS))])}
    print_table(f"CPU time, the ways taking turns (median of {runs})", ["case", "CPU s", "ratio vs ours"],
                [[name, f"{statistics.median(v):.3f}", f"{statistics.median(v) / base[name.split(':')[0]]:.2f}"]
                 for name, v in cpu.items()])


def main(argv: list[str]) -> None:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        print("uharfbuzz is not installed (it is no dependency of ours): `pip install uharfbuzz` to compare")
        return
    runs = 1 if "--quick" in argv else 5
    pdf_dir = Path(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        bench_shaping(Path(tmp), runs, pdf_dir)
