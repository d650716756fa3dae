"""Scripts in packs: Greek/Cyrillic/Arabic in DejaVu Sans, Chinese in WenQuanYi Micro Hei, Arabic
shaped and right-aligned, Chinese broken between characters but never before closing punctuation,
Russian never hyphenated, and a clear warning naming the Debian package (never silent boxes) when a
script has no font."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import replace

from pypdf import PdfReader

from briefing_app.domain.tailoring import plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import CJK_FAMILY, find_font, load_fonts
from briefing_app.packs.styles import PAGE_WIDTH
from briefing_app.packs.wording import wording
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


# Closing punctuation that may not start a Chinese line (GB/T 15834, W3C clreq); reportlab's own list
# was made for Japanese and lacked the full-width comma, colon, semicolon, ! ? and 》 (workarounds.py).
CLOSING = "，。：；！？）》」』、"
ZH = "缔约国应确保调查措施，尤其是实时收集数据，符合比例原则；并受独立机构的监督：包括法院。"
RU = ("Государство-участник обеспечивает соразмерность высокотехнологичных следственных мероприятий "
      "и государ\u00adственный контроль над ними. ")


def _lines(pdf: bytes) -> list[str]:
    return [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages for line in page.extract_text().split("\n")]


def test_a_chinese_line_never_starts_with_closing_punctuation() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from briefing_app.packs.styles import make_styles
    from briefing_app.packs.text import markup

    fonts = load_fonts()
    assert fonts.cjk is not None
    style = make_styles(fonts, cjk=True)["body"]
    ten = stringWidth("中" * 10, fonts.cjk, style.fontSize) + 0.5  # room for ten characters, not eleven
    for mark in CLOSING:
        for body in (markup("中" * 10 + mark + "中" * 5, fonts),  # one run: reportlab's wordSplit
                     "<b>x</b>" + markup("中" * 9 + mark + "中" * 5, fonts)):  # styled runs: cjkFragSplit
            para = Paragraph(body, style)
            para.wrap(ten, 500)
            starts = [line[1][0][:1] if isinstance(line, tuple) else line.words[0].text[:1]
                      for line in para.blPara.lines]
            assert len(starts) == 2 and starts[1] == "中", (mark, starts)  # the mark hangs on line 1


def test_chinese_pack_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    data, profile = text_data({"concern_summary": ZH * 20, "provision_text": ZH * 8, "heading": "执法合作"})
    lines = _lines(render_plan(plan_pack(data, replace(profile, language="zh"))).pdf)
    wrapped = [line for line in lines if line and line in (ZH * 20)]  # whole lines of the long text
    assert len(wrapped) > 10
    assert not [line for line in lines if line and line[0] in CLOSING]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[А-Яа-яЁё]+", text)}


def test_russian_is_not_hyphenated_and_no_word_is_cut() -> None:
    """reportlab hyphenates nothing unless told (no hyphenationLang; a soft hyphen in the text is
    a possible break, never a printed '-'): every Russian word in the pack is one of its words."""
    title, heading = "Соразмерность высокотехнологичных мероприятий", "Сотрудничество правоохранительных органов"
    data, profile = text_data({"concern_summary": RU * 12, "provision_text": RU * 6, "concern_title": title,
                               "heading": heading})
    pdf = render_plan(plan_pack(data, replace(profile, language="ru"))).pdf
    text = "\n".join(_lines(pdf))
    known = _words(" ".join((RU.replace("\u00ad", ""), title, heading)))
    for value in wording("ru").entries.values():
        known |= _words(str(value))
    assert len(_words(text)) > 40 and _words(text) <= known
    assert "государственный" in text and "государ-" not in text
    assert not [line for line in text.split("\n") if re.search(r"[А-Яа-яЁё]-$", line)]


def _without(*families: str):
    def finder(asked: str, style: str):
        return None if asked in families else find_font(asked, style)
    return finder


def test_a_missing_body_font_names_its_debian_package_for_cyrillic_and_arabic() -> None:
    """Without DejaVu Sans, WenQuanYi Micro Hei still draws Cyrillic (it has the letters), not Arabic."""
    for language, sample, missing in (("ru", "Свобода выражения", ("DejaVu Sans", CJK_FAMILY)),
                                      ("ar", ARABIC, ("DejaVu Sans",))):
        fonts = load_fonts(_without(*missing))
        data, profile = text_data({"concern_title": sample})
        result = render_plan(plan_pack(data, replace(profile, language=language)), fonts=fonts)
        script = {"ru": "CYRILLIC", "ar": "ARABIC"}[language]
        [warning] = [w for w in result.warnings if f"No font for {script} text" in w]
        assert "Install DejaVu Sans (Debian: fonts-dejavu-core)." in warning
        assert "Install fonts-dejavu-core" in " ".join(fonts.warnings)


def test_a_chinese_pack_without_its_font_says_which_package_to_install() -> None:
    fonts = load_fonts(_without(CJK_FAMILY))
    data, profile = text_data({})
    result = render_plan(plan_pack(data, replace(profile, language="zh")), fonts=fonts)  # our words alone
    [warning] = result.warnings
    assert warning.startswith("No font for CJK text") and "(Debian: fonts-wqy-microhei)" in warning
