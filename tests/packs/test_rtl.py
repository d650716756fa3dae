"""packs/rtl.py: Arabic shaped with its diacritics, brackets and quotes mirrored in right-to-left runs,
numbers and left-to-right runs ("Article 6(2)", URLs) in the order the Unicode bidi algorithm shows
them (issue #14; the comparison with ReportLab's uharfbuzz shaping is in docs/benchmarks.md)."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.rtl import RichBidiText, display_line, shaped
from briefing_app.packs.styles import make_styles
from briefing_app.packs.text import BidiText, visual

VOCALISED = "مُحَمَّدٌ يُعِدُّ التَّقْرِيرَ"


def _marks(text: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) == "Mn"]


def _bare(text: str) -> str:
    """NFKC without spaces: what the eye reads, left to right."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_shaping_keeps_the_diacritics() -> None:
    """arabic-reshaper deletes harakat by default; shadda, damma, fatha, kasra and sukun are text."""
    assert sorted(_marks(shaped(VOCALISED))) == sorted(_marks(VOCALISED))
    assert len(_marks(VOCALISED)) == 14


def test_an_arabic_paragraph_and_a_plain_arabic_line_keep_their_diacritics_in_the_pdf() -> None:
    fonts = load_fonts()
    style = make_styles(fonts, rtl=True)["body"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for n, flowable in enumerate((RichBidiText(f"<b>{VOCALISED}</b> نص", fonts, style),
                                  BidiText(VOCALISED, fonts, style))):
        flowable.wrapOn(canvas, 400, 100)
        flowable.drawOn(canvas, 50, 700 - 60 * n)
    canvas.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert len(_marks(text)) == 2 * len(_marks(VOCALISED))


def test_brackets_and_quotes_of_a_right_to_left_run_are_mirrored() -> None:
    """Display order, left to right: '(تنبيه)' shows its opening bracket on the right, which is
    the glyph ')'; python-bidi's get_display does not mirror (UAX #9 L4), so we do."""
    shown = _bare(display_line("(تنبيه) [مهم] «اقتباس» هل", rtl=True))
    assert shown == _bare("له «سابتقا» [مهم] (هيبنت)")


def test_numbers_with_brackets_and_left_to_right_runs_inside_arabic_keep_their_order() -> None:
    shown = _bare(display_line("انظر المادة 6(2) وكذلك Article 6(2) و https://www.unodc.org/cld/ هنا.", rtl=True))
    assert "Article6(2)" in shown  # the English run intact, its brackets not mirrored
    assert "(2)6" + _bare("ةداملا") in shown  # 6(2) after Arabic reads 6, then (2), right to left
    assert "/https://www.unodc.org/cld" in shown  # the URL left to right; its final slash is neutral
    assert shown.startswith(".") and shown.endswith(_bare("رظنا"))  # first word on the right


def test_plain_lines_and_styled_paragraphs_order_a_line_alike() -> None:
    fonts = load_fonts()
    style = make_styles(fonts, rtl=True)["body"]
    line = "قال وفد Kenya (في الجلسة 3) إن المادة 6(2) «مهمة»."
    para = RichBidiText(line, fonts, style)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    para.wrapOn(canvas, 500, 100)
    drawn, _gaps, _x = para._layout(para._lines[0])  # noqa: SLF001 - the drawn pieces, in order
    canvas.save()
    assert _bare("".join(p.text for word in drawn for p in word)) == _bare(visual(line, rtl=True))
