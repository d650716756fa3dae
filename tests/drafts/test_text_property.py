"""The text importer on arbitrary Unicode: a draft built from articles, titles and numbered paragraphs in
any script keeps every article, number, title and paragraph, with its words as written (NFC, spaces
collapsed, ligatures written out), whatever line endings, BOM or invisible characters surround them."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.domain.enums import ProvisionKind
from briefing_app.drafts.parse import parse_text

_WORD_CHARS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="^*_")
"""Any letter, mark, digit, punctuation, symbol or space but the footnote "[^1]" and Markdown emphasis
("__0__" is emphasis in a .md draft; a lone "*" and blanks "____" have a test of their own)."""
_TITLE = st.builds(lambda first, rest: first + rest,
                   st.characters(categories=("Lu",)),
                   st.text(st.characters(categories=("L", "Zs")), max_size=30))
_PARAGRAPH = st.text(_WORD_CHARS, min_size=1, max_size=120).filter(lambda t: t.strip())
_ARTICLE = st.tuples(_TITLE, st.lists(_PARAGRAPH, min_size=1, max_size=4))
_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\u2028"])
_NOISE = st.sampled_from(["", "\u200b", "\u200e", "\u200f", "\u2066", "\u00ad", "\ufeff"])


def _expected(words: str) -> str:
    written = "".join(unicodedata.normalize("NFKC", c) if "\ufb00" <= c <= "\ufb06" else c for c in words)
    return " ".join(unicodedata.normalize("NFC", written).split())


@settings(max_examples=120, deadline=None)
@given(st.lists(_ARTICLE, min_size=1, max_size=5), _BREAKS, _NOISE, st.booleans())
def test_articles_in_any_script_keep_their_numbers_titles_and_words(
        articles: list[tuple[str, list[str]]], newline: str, noise: str, bom: bool) -> None:
    lines: list[str] = []
    for number, (title, paragraphs) in enumerate(articles, start=1):
        lines += ["", f"Article{noise} {number}", title]
        lines += [f"{index}.{noise} {words}" for index, words in enumerate(paragraphs, start=1)]
    parsed = parse_text(("\ufeff" if bom else "") + newline.join(lines) + newline)
    got = [node for node in parsed.nodes if node.kind is ProvisionKind.ARTICLE]
    assert [(node.number, node.heading) for node in got] == [
        (str(number), _expected(title)) for number, (title, _p) in enumerate(articles, start=1)]
    for node, (_title, paragraphs) in zip(got, articles, strict=True):
        assert [(child.number, child.text) for child in node.children] == [
            (str(index), _expected(words)) for index, words in enumerate(paragraphs, start=1)]


def test_bidi_marks_in_a_heading_and_a_lone_asterisk_mark_are_handled() -> None:
    parsed = parse_text("**Article\u200e 1.** Scope\r\n1. Each State Party shall act against crime.*\r\n"
                        "Article\u200f 2\u061c\r\n*Terms*\r\n1. _Data_ means data within ____ days.\r\n")
    assert [(n.number, n.heading) for n in parsed.nodes] == [("1", "Scope"), ("2", "Terms")]
    assert parsed.nodes[0].children[0].text == "Each State Party shall act against crime.*"
    assert parsed.nodes[1].children[0].text == "_Data_ means data within ____ days."
