"""Packs in the six UN languages (issue #14): each language's own words in the PDF, its first page
drawn (not blank), Arabic right to left with its bold and colour spans kept, Chinese broken
between characters, the language chosen by profile or working language, and a line saying when
the user's content is in another language."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from briefing_app.cli import main
from briefing_app.domain.languages import PACK_LANGUAGES, content_language, pack_language
from briefing_app.domain.models import Delegation
from briefing_app.domain.tailoring import plan_pack
from briefing_app.packs.build import render_plan
from briefing_app.packs.fonts import load_fonts
from briefing_app.packs.rtl import RichBidiText, Token, visual_order
from briefing_app.packs.styles import make_styles
from briefing_app.packs.wording import wording
from briefing_app.store.packs_store import load_profile, save_profile
from tests.packs.conftest import page_texts, pdf_text
from tests.packs.textdata import text_data

# Per language: words of ours the full pack must contain (heading of the summary, the article's
# label, the contents heading, the footer's page label).
EXPECTED = {
    "en": ["Executive summary", "Article 9", "Contents", "page 2 of"],
    "fr": ["Résumé", "Article 9", "Table des matières", "page 2 sur"],
    "es": ["Resumen", "Artículo 9", "Índice", "página 2 de"],
    "ru": ["Резюме", "Статья 9", "Содержание", "стр. 2 из"],
    "zh": ["内容提要", "第9条", "目录", "第2页"],
    "ar": ["موجز تنفيذي", "المادة", "المحتويات", "الصفحة"],
}
ENGLISH = {"concern_title": "The offence is far too broad for the treaty",
           "concern_summary": "This is the concern that the text of the article is not limited by intent and harm."}


def _pack(language: str, values: dict[str, str] | None = None) -> bytes:
    data, profile = text_data(values or {})
    return render_plan(plan_pack(data, replace(profile, language=language, pack_date="2024-08-08"))).pdf


def _has(text: str, phrase: str) -> bool:
    """Arabic comes back in visual order: accept each word forwards or reversed."""
    flat = text.replace(" ", "")
    if any(unicodedata.bidirectional(c) == "AL" for c in phrase):
        return all(w in text or w[::-1] in text for w in phrase.split())
    return phrase in text or phrase.replace(" ", "") in flat


def _first_page_ink(pdf: bytes, tmp_path: Path) -> float:
    """Share of non-white pixels on page 1 drawn by pdftoppm (poppler-utils)."""
    source = tmp_path / "pack.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-gray", str(source), str(tmp_path / "p")],
                   check=True, timeout=60)
    [image] = list(tmp_path.glob("p*.pgm"))
    data = image.read_bytes()
    header = data.split(b"\n", 3)  # P5, width height, maxval, pixels
    pixels = header[3]
    return sum(1 for b in pixels if b < 200) / len(pixels)


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_pack_in_each_language_says_our_words_in_it_and_draws_its_first_page(language: str, tmp_path: Path) -> None:
    pdf = _pack(language)
    text = pdf_text(pdf)
    for phrase in EXPECTED[language]:
        assert _has(text, phrase), (language, phrase)
    date = wording(language).date("2024-08-08")
    assert _has(text, date if language != "ar" else "2024"), (language, date)
    if language != "en":
        assert "Executive summary" not in text and "Contents" not in text
    if shutil.which("pdftoppm"):
        assert _first_page_ink(pdf, tmp_path) > 0.001


def test_french_and_spanish_use_un_terms_and_their_plural_forms() -> None:
    fr, es, ru = wording("fr"), wording("es"), wording("ru")
    assert (fr.plural("summary.provisions", 1), fr.plural("summary.provisions", 2)) == \
        ("{n}\u00a0disposition", "{n}\u00a0dispositions")
    assert es.template("amendment.status-tabled") == "presentada" and "enmienda" in es.template("ref.amendment")
    assert "amendement" in fr.template("ref.amendment") and fr.template("label.paragraph") == "par. {number}"
    assert [ru.plural("summary.provisions", n).format(n=n) for n in (1, 3, 5, 21)] == \
        ["1 положение", "3 положения", "5 положений", "21 положение"]


def test_arabic_pack_runs_right_to_left_with_mirrored_header() -> None:
    pdf = _pack("ar", {"delegation": "Kenya"})
    reader = PdfReader(io.BytesIO(pdf))
    width = float(reader.pages[1].mediabox.width)
    xs: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text.strip() == "Kenya" and "Kenya" not in xs and cm[5] + tm[5] > 780:
            xs["Kenya"] = cm[4] + tm[4]

    reader.pages[1].extract_text(visitor_text=visit)
    assert xs["Kenya"] > width / 2  # the delegation's name sits on the right of the running header


def _spans(pdf: bytes) -> list[tuple[str, str, tuple[float, ...], float]]:
    """(text, font name, fill colour, baseline y) of each text run drawn on page 1."""
    reader = PdfReader(io.BytesIO(pdf))
    colour: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]
    out: list[tuple[str, str, tuple[float, ...], float]] = []

    def before(op: bytes, args: list[object], *_: object) -> None:
        if op == b"rg":
            colour[0] = tuple(round(float(a), 3) for a in args)  # type: ignore[arg-type]

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            out.append((unicodedata.normalize("NFKC", text).strip(), name, colour[0], cm[5] + tm[5]))

    reader.pages[0].extract_text(visitor_operand_before=before, visitor_text=visit)
    return out


def test_an_arabic_paragraph_keeps_its_bold_colour_and_superscript_spans() -> None:
    fonts = load_fonts()
    style = make_styles(fonts, rtl=True)["body"]
    para = RichBidiText('نص <b>عريض</b> ثم <font color="#b34700">ملوّن</font> و<super>3</super> أخير', fonts, style)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    para.wrapOn(canvas, 400, 100)
    para.drawOn(canvas, 50, 700)
    canvas.save()
    spans = _spans(buffer.getvalue())
    vermillion = (0.702, 0.278, 0.0)

    def one(word: str) -> tuple[str, str, tuple[float, ...], float]:
        """The run that draws `word` (extraction may give it in visual or in logical order)."""
        [span] = [s for s in spans if s[0] in (word, word[::-1])]
        return span

    assert "Bold" in one("عريض")[1] and one("عريض")[2] != vermillion
    assert one("ملوّن")[2] == vermillion and "Bold" not in one("ملوّن")[1]  # its shadda kept too
    plain = [one(w) for w in ("نص", "ثم", "و", "أخير")]
    assert all("Bold" not in s[1] and s[2] != vermillion for s in plain)
    assert one("3")[3] > plain[0][3] + 1  # the superscript sits above the line
    assert len({s[3] for s in plain}) == 1


def test_arabic_template_bold_survives_in_a_built_pack() -> None:
    """position.line is "<b>{stance}</b> — {details}": in an Arabic pack the stance stays bold."""
    pdf = _pack("ar")
    reader = PdfReader(io.BytesIO(pdf))
    bold_arabic = []

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if font and "Bold" in str(font.get("/BaseFont", "")) and any(
                unicodedata.bidirectional(c) == "AL" for c in text):
            bold_arabic.append(text)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert bold_arabic


def test_neutral_words_take_the_direction_around_them() -> None:
    def token(text: str, glued: bool = False) -> Token:
        fonts = load_fonts()
        from briefing_app.packs.rtl import Piece
        return Token((Piece(text, fonts.regular, 9, None),), glued)

    # "المادة 6: نص" in an RTL paragraph: displayed right to left, the number stays with its word.
    line = [token("المادة"), token("6"), token(":", True), token("نص")]
    assert [i for i, _ in visual_order(line, "R")] == [3, 2, 1, 0]
    # English inside Arabic keeps its own word order.
    line = [token("وفد"), token("Kenya"), token("Republic"), token("هنا")]
    assert [i for i, _ in visual_order(line, "R")] == [3, 1, 2, 0]


def test_chinese_styles_break_between_characters() -> None:
    fonts = load_fonts()
    assert make_styles(fonts, cjk=True)["body"].wordWrap == "CJK"
    long_title = "保护人权" * 60
    pdf = _pack("zh", {"concern_summary": long_title})
    assert max(len(p) for p in page_texts(pdf)) > 0
    assert "保护人权保护人权" in pdf_text(pdf).replace(" ", "")


def test_language_defaults_to_the_first_working_language_with_words() -> None:
    assert pack_language("", ("fr", "en")) == "fr"
    assert pack_language("", ("de", "es")) == "es"
    assert pack_language("", ("vi",)) == "en" and pack_language("", ()) == "en"
    assert pack_language("ru", ("fr",)) == "ru"
    data, profile = text_data({})
    data = replace(data, delegation=replace(data.delegation, languages=("de", "fr")))
    assert plan_pack(data, profile).language == "fr"
    assert "Résumé" in pdf_text(render_plan(plan_pack(data, profile)).pdf)


def test_pack_says_when_the_content_is_in_another_language() -> None:
    assert content_language([ENGLISH["concern_summary"]]) == "en"
    assert content_language(["La délégation est préoccupée par le texte de l'article et les réserves."]) == "fr"
    assert content_language(["El texto de la enmienda es para los Estados y las delegaciones que se oponen."]) == "es"
    assert content_language(["Поправка к статье"]) == "ru" or content_language(["Поправка к статье 5 " * 3]) == "ru"
    assert content_language(["حماية حقوق الإنسان في الاتفاقية"]) == "ar"
    assert content_language(["x"]) == ""
    french = pdf_text(_pack("fr", ENGLISH))
    assert "langue dans laquelle ils ont été rédigés : anglais" in french
    assert "written: English" not in pdf_text(_pack("en", ENGLISH))
    assert "in which they were written" not in pdf_text(_pack("en", ENGLISH))


def test_profile_keeps_its_language_and_cli_overrides_it(pack_ws, tmp_path: Path, capsys) -> None:
    ws, fx = pack_ws
    save_profile(ws, replace(load_profile(ws, fx.kenya.id), language="es"))
    assert load_profile(ws, fx.kenya.id).language == "es"
    out = tmp_path / "ke.pdf"
    assert main(["--db", str(ws.path), "pack", "--delegation", "KE", "--out", str(out)]) == 0
    assert "Resumen" in pdf_text(out.read_bytes())
    assert main(["--db", str(ws.path), "pack", "--delegation", "KE", "--out", str(out), "--language", "ru"]) == 0
    assert "Резюме" in pdf_text(out.read_bytes())
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(ws.path), "pack", "--delegation", "KE", "--out", str(out), "--language", "de"])
    assert exit_.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err
    assert ws.get(Delegation, fx.kenya.id) is not None


def test_arabic_contents_keeps_page_numbers_in_a_left_column_clear_of_the_titles() -> None:
    """Seen in a walkthrough: right-aligned Arabic contents lines had their page numbers drawn at the
    right margin, on top of the titles' first words, and long titles wrapped in visual order."""
    import pypdfium2

    from briefing_app.packs.contents import NUMBER_COLUMN
    from briefing_app.packs.styles import MARGIN

    pdf = _pack("ar")
    reader = PdfReader(io.BytesIO(pdf))
    page = next(n for n, p in enumerate(reader.pages) if p.extract_text().count(" . ") > 3)  # the leaders
    document = pypdfium2.PdfDocument(pdf)
    text = document[page].get_textpage()
    rows: dict[int, str] = {}  # what lies in the number column, per line (PDFium's real positions)
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        left, bottom, _right, top = text.get_charbox(i)
        if bottom > MARGIN and top < 770 and char.strip() and left < MARGIN + NUMBER_COLUMN:
            rows[round(bottom)] = rows.get(round(bottom), "") + char
    document.close()
    in_column = [rows[y] for y in sorted(rows, reverse=True)]
    outline_pages = [reader.get_destination_page_number(i) + 1 for i in reader.outline]
    assert in_column == [str(n) for n in outline_pages]  # only the numbers, each the heading's page
