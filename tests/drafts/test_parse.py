"""Parser corpus: heading variants, numbered paragraphs, unplaced lines, and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.domain.enums import ProvisionKind
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import ParsedDraft, parse_text
from briefing_app.drafts.text_input import read_draft
from tests.drafts.conftest import fixture_text


def _outline(parsed: ParsedDraft) -> list[tuple[int, str, str, str]]:
    return [(depth, node.kind.value, node.number, node.heading) for depth, node in parsed.walk()]


@pytest.mark.parametrize(("line", "number", "heading"), [
    ("Article 7. Illegal access", "7", "Illegal access"),
    ("Art. 7 — Illegal access", "7", "Illegal access"),
    ("ARTICLE 7: Illegal access", "7", "Illegal access"),
    ("Article 7 - Illegal access", "7", "Illegal access"),
    ("## Article 7. Illegal access", "7", "Illegal access"),
    ("**Article 7.** Illegal access", "7", "Illegal access"),
    ("Article 7 bis. Illegal access", "7 bis", "Illegal access"),
    ("Article\u00a07.\u2003Illegal access", "7", "Illegal access"),
    ("Article 7 Illegal access", "7", "Illegal access"),
])
def test_article_heading_variants_are_recognised(line: str, number: str, heading: str) -> None:
    parsed = parse_text(f"{line}\nEach State Party shall act.\n")
    assert _outline(parsed) == [(0, "article", number, heading)]
    assert parsed.nodes[0].text == "Each State Party shall act."


@pytest.mark.parametrize("block", ["Article 7\nIllegal access", "7\nIllegal access", "7.\n\nIllegal access",
                                   "**Article 7**\n**Illegal access**"])
def test_title_on_the_line_after_the_number_is_the_heading(block: str) -> None:
    parsed = parse_text(block + "\nEach State Party shall act.\n")
    assert _outline(parsed) == [(0, "article", "7", "Illegal access")]


@pytest.mark.parametrize(("lines", "number", "heading"), [
    ("Chapter II. Criminalization", "II", "Criminalization"),
    ("CHAPTER II\nCRIMINALIZATION", "II", "CRIMINALIZATION"),
    ("Chapter 2: Criminalization", "2", "Criminalization"),
    ("# Chapter iv — Procedural measures", "IV", "Procedural measures"),
])
def test_chapter_heading_variants_hold_their_articles(lines: str, number: str, heading: str) -> None:
    parsed = parse_text(f"{lines}\n\nArticle 7. Illegal access\nText.\n")
    assert _outline(parsed) == [(0, "chapter", number, heading), (1, "article", "7", "Illegal access")]


def test_cross_references_in_body_text_are_not_headings() -> None:
    parsed = parse_text("Article 7. Illegal access\nArticle 6 of this Convention applies.\nchapter iv applies too.\n")
    assert parsed.count(ProvisionKind.ARTICLE) == 1
    assert "Article 6 of this Convention applies." in parsed.nodes[0].text


def test_numbered_paragraphs_and_subparagraphs_nest_under_their_article() -> None:
    parsed = parse_text(
        "Article 2. Use of terms\nFor the purposes of this Convention:\n"
        "1. \"Data\" means any representation\nof facts;\n(a) stored; or\n(b) in transit;\n(2) \"System\" means a device.\n")
    assert _outline(parsed) == [(0, "article", "2", "Use of terms"), (1, "paragraph", "1", ""),
                                (2, "paragraph", "1(a)", ""), (2, "paragraph", "1(b)", ""),
                                (1, "paragraph", "2", "")]
    article = parsed.nodes[0]
    assert article.text == "For the purposes of this Convention:"
    assert article.children[0].text == "\"Data\" means any representation of facts;"
    assert article.children[0].children[1].text == "in transit;"
    assert article.children[1].text == "\"System\" means a device."


def test_lines_that_fit_nowhere_are_reported_with_a_reason() -> None:
    parsed = parse_text("Draft Convention\nPreamble\nThe States Parties,\nChapter I. General\nStray chapter text.\n"
                        "Article 1. Purpose\nText.\n")
    assert [(u.line, u.text) for u in parsed.unplaced] == [(1, "Draft Convention"), (5, "Stray chapter text.")]
    assert parsed.nodes[0].kind is ProvisionKind.PREAMBLE and parsed.nodes[0].text == "The States Parties,"
    assert parsed.summary() == "a preamble, 1 article, 1 chapter, 0 paragraphs; 2 lines not placed"


def test_text_before_the_first_heading_is_the_preamble_when_not_marked() -> None:
    parsed = parse_text("The States Parties,\nHave agreed:\n\nArticle 1. Purpose\nText.\n")
    assert parsed.nodes[0].kind is ProvisionKind.PREAMBLE
    assert parsed.nodes[0].text == "The States Parties, Have agreed:"
    assert parsed.unplaced == ()


def test_fixture_drafts_parse_to_the_expected_outline() -> None:
    rev1 = parse_text(fixture_text("rev1.txt"))
    rev2 = parse_text(fixture_text("rev2.md"))
    assert (rev1.count(ProvisionKind.ARTICLE), rev1.count(ProvisionKind.CHAPTER)) == (9, 2)
    assert (rev2.count(ProvisionKind.ARTICLE), rev2.count(ProvisionKind.CHAPTER)) == (9, 2)
    assert [n.heading for _d, n in rev2.walk() if n.kind is ProvisionKind.ARTICLE][5:7] == [
        "Illegal interception", "Interference with electronic data and ICT systems"]
    assert [u.text for u in rev1.unplaced] == ["Draft Convention on Countering Cybercrime (Rev.1)"]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ("  \n\n\t \u200b\n", "empty"),
    ("Just some prose about treaties.\nNo structure here at all.\n", "No article headings"),
    ("x" * 25_000 + "\n", "Line 1 is 25,000 characters"),
    ("\x01\x02\x03\x04" * 100, "binary"),
])
def test_should_refuse_with_a_clear_message_if_text_is_unusable(text: str, message: str) -> None:
    with pytest.raises(DraftInputError, match=message):
        parse_text(text)


def test_odd_unicode_is_cleaned_and_kept_readable() -> None:
    parsed = parse_text("\ufeffArticle\u00a07.\u200b Ill\u00adegal access\u2028Each State Party\u202e shall "
                        "cafe\u0301 act.\r\nArticle 8. المادة ٨\r\nنص المادة.\n")
    article = parsed.nodes[0]
    assert (article.number, article.heading) == ("7", "Illegal access")
    assert article.text == "Each State Party shall café act."
    assert (parsed.nodes[1].heading, parsed.nodes[1].text) == ("المادة ٨", "نص المادة.")


def test_read_draft_refuses_binary_huge_and_non_utf8_files(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(DraftInputError, match="looks binary"):
        read_draft(binary)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"a" * (20 * 1024 * 1024))
    with pytest.raises(DraftInputError, match="too large"):
        read_draft(huge)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Article 1. Défense\nTexte.\n".encode("latin-1"))
    with pytest.raises(DraftInputError, match="not UTF-8"):
        read_draft(latin)
    with pytest.raises(DraftInputError, match="Cannot read"):
        read_draft(tmp_path / "missing.txt")


def test_read_draft_accepts_utf16_and_bom(tmp_path: Path) -> None:
    utf16 = tmp_path / "draft.txt"
    utf16.write_text("Article 1. Purpose\nText.\n", encoding="utf-16")
    assert parse_text(read_draft(utf16)).nodes[0].heading == "Purpose"
    bom = tmp_path / "draft.md"
    bom.write_bytes("\ufeff# Article 1. Purpose\nText.\n".encode())
    assert parse_text(read_draft(bom)).nodes[0].heading == "Purpose"


def test_docx_drafts_are_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Chapter II. Criminalization", level=1)
    document.add_paragraph("Article 7. Illegal access")
    document.add_paragraph("1. Each State Party shall act.")
    path = tmp_path / "rev3.docx"
    document.save(str(path))
    assert _outline(parse_text(read_draft(path))) == [
        (0, "chapter", "II", "Criminalization"), (1, "article", "7", "Illegal access"), (2, "paragraph", "1", "")]


def test_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    fake = tmp_path / "fake.docx"
    fake.write_text("Article 1. Not really a docx\n")
    with pytest.raises(DraftInputError, match="not a valid .docx"):
        read_draft(fake)


def test_missing_python_docx_gives_an_install_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_docx(name: str, *args: object, **kwargs: object) -> object:
        if name == "docx":
            raise ImportError("No module named 'docx'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_docx)
    path = tmp_path / "rev3.docx"
    path.write_bytes(b"PK")
    with pytest.raises(DraftInputError, match=r"briefing-app\[docx\]"):
        read_draft(path)


def test_docx_automatic_list_numbers_become_paragraph_markers(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for article in ("Article 1. Purpose", "Article 2. Scope"):
        document.add_paragraph(article)
        document.add_paragraph("Each State Party shall act.", style="List Number")
        document.add_paragraph("States may cooperate.", style="List Number")
        document.add_paragraph("A point made in passing.", style="List Bullet")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    text = read_draft(path)
    assert "1. Each State Party shall act.\n2. States may cooperate.\nA point made in passing." in text
    parsed = parse_text(text)
    assert [(n.kind.value, n.number) for _d, n in parsed.walk()][:3] == [
        ("article", "1"), ("paragraph", "1"), ("paragraph", "2")]
    second = parsed.nodes[1]
    assert [c.number for c in second.children] == ["1", "2"]  # numbering restarts at each article


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
       st.lists(st.sampled_from(["Article 3. Scope", "CHAPTER IV", "1. Each", "(a) item", "Preamble", "7", ""]),
                max_size=8))
def test_any_text_parses_or_is_refused_with_a_message(noise: str, lines: list[str]) -> None:
    text = "\n".join([*lines, noise])
    try:
        parsed = parse_text(text)
    except DraftInputError as error:
        assert str(error)
        return
    assert parsed.count(ProvisionKind.ARTICLE) >= 1
    for _depth, node in parsed.walk():
        assert not any(ch in node.text + node.heading for ch in "\r\u200b\ufeff\x00")
