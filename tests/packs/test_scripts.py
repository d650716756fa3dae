"""Scripts in packs: Greek/Cyrillic/Arabic in DejaVu Sans, Chinese in WenQuanYi Micro Hei, Arabic
shaped and right-aligned, and a clear warning (never silent boxes) when a script has no font."""

from __future__ import annotations

import io
import logging
import unicodedata

from pypdf import PdfReader

from briefing_app.domain.tailoring import plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import CJK_FAMILY, find_font, load_fonts
from briefing_app.packs.styles import PAGE_WIDTH
from tests.packs.conftest import pdf_text
from tests.packs.textdata import text_data

ARABIC = "حماية حقوق الإنسان في الاتفاقية"
CHINESE = "保护人权的条款"


def _fonts_used(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].split("-0")[0])
    return names


def _x_of(pdf: bytes, needle: str, page: int) -> list[float]:
    """x positions where text containing `needle` (NFKC) starts on one page."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if needle in unicodedata.normalize("NFKC", text):
            found.append(cm[4] + tm[4])

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_greek_cyrillic_and_chinese_print_with_embedded_fonts_when_present() -> None:
    data, profile = text_data({"concern_title": f"Ελευθερία Свобода {CHINESE}"})
    result = render_plan(plan_pack(data, profile))
    text = pdf_text(result.pdf)
    assert "Ελευθερία" in text and "Свобода" in text and CHINESE in text.replace(" ", "")
    assert {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei"} <= _fonts_used(result.pdf)
    assert result.warnings == ()


def test_arabic_is_shaped_reordered_and_right_aligned_when_present() -> None:
    data, profile = text_data({"concern_summary": ARABIC, "delegation": "مصر"})
    result = render_plan(plan_pack(data, profile))
    text = pdf_text(result.pdf)
    for word in ARABIC.split():
        assert word in text or word[::-1] in text
    raw_forms = "".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw_forms)  # letters joined (presentation forms)
    starts = _x_of(result.pdf, "مصر", 0) + _x_of(result.pdf, "رصم", 0)  # the cover's title
    assert starts and min(starts) > PAGE_WIDTH / 2  # a short right-to-left line sits at the right
    assert result.warnings == ()


def test_missing_chinese_font_is_reported_not_silent_when_text_needs_it(caplog) -> None:
    def finder(family: str, style: str):
        return None if family == CJK_FAMILY else find_font(family, style)

    fonts = load_fonts(finder)
    data, profile = text_data({"heading": CHINESE})
    with caplog.at_level(logging.WARNING):
        result = render_plan(plan_pack(data, profile), fonts=fonts)
    assert len(result.warnings) == 1
    assert "CJK" in result.warnings[0] and "fonts-wqy-microhei" in result.warnings[0]
    assert result.warnings[0] in caplog.text
    assert "WenQuanYi Micro Hei not found" in " ".join(fonts.warnings)


def test_fonts_are_found_through_fontconfig_when_installed() -> None:
    regular = find_font("DejaVu Sans", "Book")
    assert regular is not None and regular.name == "DejaVuSans.ttf"
    assert find_font("No Such Family Anywhere", "Book") is None


def test_characters_no_installed_font_has_get_an_honest_warning() -> None:
    data, profile = text_data({"heading": "Devanagari ॸ and rare 𪓝"})
    result = render_plan(plan_pack(data, profile))
    assert len(result.warnings) == 2
    assert all("None of the pack's fonts" in w for w in result.warnings)
    assert {"CJK", "DEVANAGARI"} == {w.split(" ")[3] for w in result.warnings}


def test_characters_beyond_the_basic_plane_can_be_copied_out_of_the_pdf() -> None:
    data, profile = text_data({"concern_title": "Emoji 😀 and 𝔸"})
    pdf = render_plan(plan_pack(data, profile)).pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)  # no NFKC: 𝔸 stays 𝔸
    assert "Emoji 😀 and 𝔸" in text


def test_characters_missing_from_bold_fall_back_to_regular() -> None:
    fonts = load_fonts()
    only_regular = next(chr(c) for c in sorted(fonts._coverage[fonts.regular] - fonts._coverage[fonts.bold])
                        if not chr(c).isspace())
    assert fonts.font_for(only_regular, fonts.bold) == fonts.regular
    assert fonts.font_for("a", fonts.bold) == fonts.bold
