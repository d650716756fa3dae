"""Draft PDFs in shapes our UN-style fixture does not have (tests/drafts/unseen_pdfs.py): each reads back to
the structure of its own text, with the document symbol, footnotes, brackets and options, and none of the
page furniture; what cannot be read is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.enums import ProvisionStatus
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import ParsedDraft, parse_text
from briefing_app.drafts.pdf_columns import split_columns
from briefing_app.drafts.pdf_layout import Page, Segment
from briefing_app.drafts.text_input import load_draft
from tests.drafts.test_languages import FRENCH, RUSSIAN
from tests.drafts.unseen_pdfs import Shape, write_encrypted_pdf, write_pdf

NOTE = "The definition follows earlier instruments of the United Nations."
DRAFT = """\
Revised draft text of the convention
The States Parties to this Convention,
Concerned that offences committed by means of information and communications technology systems are a growing threat to the ﬁnancial security of individuals and States,
Have agreed as follows:
CHAPTER I
GENERAL PROVISIONS
Article 1
Statement of purpose
The purposes of this Convention are:
(a) To promote and strengthen measures aimed at preventing and combating such offences more efﬁciently and effectively;
(b) To promote, facilitate and support international cooperation;
(c) To promote, facilitate and support technical assistance and capacity-building, in particular for the beneﬁt of developing countries.
Article 2
Use of terms
For the purposes of this Convention:
(a) "Information and communications technology system" shall mean any device or group of interconnected or related devices, one or more of which, pursuant to a program, performs automatic processing of electronic data;^1
(b) "Electronic data" shall mean any representation of facts, information or concepts in a form suitable for processing in a system.
Article 6 bis
Illegal access
1. Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally, the access to the whole or any part of a system without right.
2. [A State Party may require that the offence be committed by infringing security measures, with the intent of obtaining electronic data or other dishonest or criminal intent, or in relation to a system that is connected to another system. Each State Party may further provide that conduct causing no serious harm is not covered, and may make a reservation to that effect at the time of signature or when depositing its instrument of ratification, acceptance, approval or accession, in conformity with the procedure set out in the final clauses of this Convention, provided that such a reservation does not defeat the object and purpose of this article.]
Article 7
Illegal interception
Option 1: Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence the interception, made by technical means, of non-public transmissions of electronic data.
Option 2: Each State Party may adopt measures to establish as a criminal offence the interception of transmissions.
CHAPTER II
CRIMINALIZATION
Article 8
Interference with electronic data
1. Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence the damaging, deletion, deterioration, alteration or suppression of electronic data without right.
2. A State Party may reserve the right to impose criminal liability only where the conduct results in serious harm.
Article 9
Interference with a system
Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence the serious hindering without right of the functioning of a system by inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing electronic data.
Article 10
Misuse of devices
1. Each State Party shall adopt measures to establish as criminal offences, when committed intentionally and without right:
(a) The obtaining, production, sale, procurement for use, import, distribution or otherwise making available of:
(i) A device, including a program, designed or adapted primarily for the purpose of committing any of the offences;
(ii) A password, access credentials or similar data by which the whole or any part of a system is capable of being accessed;
(b) The possession of an item referred to in paragraph 1 (a) of this article.
2. This article shall not be interpreted as imposing criminal liability where the activity is not for the purpose of committing an offence, such as for the authorized testing or protection of a system.
"""


def _expected(text: str) -> ParsedDraft:
    """The tree the text itself gives, paragraphs apart as the PDF sets them, the footnote attached."""
    return parse_text(text.replace("\n", "\n\n").replace("^1", "[^1]") + f"\n[^1]: {NOTE}\n")


def _nodes(parsed: ParsedDraft) -> list[tuple[object, ...]]:
    return [(depth, n.kind, n.number, n.heading, n.text, n.status, n.footnotes) for depth, n in parsed.walk()]


@pytest.mark.parametrize("shape", [
    Shape(columns=2),
    Shape(columns=2, title_across="Draft convention on countering the misuse of systems"),
    Shape(rotated=(2,)),
], ids=["two-columns", "two-columns-title-across", "rotated-page"])
def test_a_pdf_in_another_layout_reads_as_its_text(tmp_path: Path, shape: Shape) -> None:
    shape.footnotes = {"^1": NOTE}
    parsed = load_draft(write_pdf(tmp_path / "draft.pdf", DRAFT, shape))
    assert _nodes(parsed) == _nodes(_expected(DRAFT))
    assert parsed.symbol == "A/AC.291/22/Rev.3"
    words = " ".join(f"{n.heading} {n.text}" for _d, n in parsed.walk())
    for furniture in ("V.23-01234", "page 1 of", "- 2 -", "A/AC.291"):
        assert furniture not in words
    paragraph = next(n for _d, n in parsed.walk() if n.label == "para. 2" and n.text.startswith("[A State"))
    assert paragraph.status is ProvisionStatus.BRACKETED
    assert [n.number for _d, n in parsed.walk() if n.kind.value == "option"] == ["Option 1", "Option 2"]
    assert "financial security" in parsed.nodes[0].text  # the ligature written out


def test_a_scanned_page_in_the_middle_is_named_and_the_rest_reads(tmp_path: Path) -> None:
    parsed = load_draft(write_pdf(tmp_path / "draft.pdf", DRAFT, Shape(scanned_after=1, footnotes={"^1": NOTE})))
    assert parsed.unplaced[0].text == "page 2 of 3"
    assert "no text layer" in parsed.unplaced[0].reason
    assert _nodes(parsed) == _nodes(_expected(DRAFT))


@pytest.mark.parametrize("text", [FRENCH, RUSSIAN], ids=["french", "russian"])
def test_french_and_russian_pdfs_in_two_columns_read_as_their_text(tmp_path: Path, text: str) -> None:
    body = "\n".join(line for line in text.splitlines() if line.strip())
    parsed = load_draft(write_pdf(tmp_path / "draft.pdf", body, Shape(columns=2, symbol="A/AC.291/22/Rev.3")))
    want = parse_text(body.replace("\n", "\n\n"))
    assert [(d, n.kind, n.number, n.heading, n.text) for d, n in parsed.walk()] == [
        (d, n.kind, n.number, n.heading, n.text) for d, n in want.walk()]


def _segment(text: str, left: float, top: float, width: float = 200.0) -> Segment:
    return Segment(text, left, top - 10, left + width, top, 10.0)


def test_a_page_in_one_column_is_left_as_it_is() -> None:
    lines = [_segment(f"Line {n} of a body set across the whole width of the page", 64, 700 - 14 * n, 460)
             for n in range(30)]
    lines += [_segment("Short", 64, 250), _segment("Article 7", 300, 230, 60)]
    page = Page(595.0, 842.0, tuple(lines))
    assert split_columns(page, 10.0) == [page]


def test_two_columns_are_read_left_then_right_with_a_row_across_them_in_between() -> None:
    left = [_segment(f"left {n}", 64, 700 - 14 * n) for n in range(10)]
    right = [_segment(f"right {n}", 320, 700 - 14 * n) for n in range(10)]
    across = [_segment("A title across both columns", 64, 540, 460)]
    lower = [_segment(f"lower left {n}", 64, 520 - 14 * n) for n in range(5)]
    lower += [_segment(f"lower right {n}", 320, 520 - 14 * n) for n in range(5)]
    page = Page(595.0, 842.0, tuple(left + right + across + lower))
    order = [s.text for part in split_columns(page, 10.0) for s in part.segments]
    assert order == ([f"left {n}" for n in range(10)] + [f"right {n}" for n in range(10)]
                     + ["A title across both columns"] + [f"lower left {n}" for n in range(5)]
                     + [f"lower right {n}" for n in range(5)])
    moved = next(s for part in split_columns(page, 10.0) for s in part.segments if s.text == "right 0")
    assert moved.left == 64  # the right column stands where the left one does


@pytest.mark.parametrize("password", ["", "user-secret"], ids=["empty-user-password", "user-password"])
def test_an_encrypted_pdf_is_refused_with_a_message_whatever_its_password(tmp_path: Path, password: str) -> None:
    path = write_encrypted_pdf(tmp_path / "protected.pdf", password)
    with pytest.raises(DraftInputError, match=r"protected.pdf is encrypted or password-protected\. Ask for an "
                                              r"unprotected copy.*Nothing was imported\."):
        load_draft(path)


def test_a_page_whose_text_runs_up_the_page_is_turned_back() -> None:
    from briefing_app.drafts.pdf_columns import upright

    # a landscape page in a portrait document: each line a tall, narrow box, the first line leftmost
    lines = tuple(Segment(f"Line {n} of a landscape page", 88 + 14 * n, 72, 95 + 14 * n, 392, 10.0) for n in range(5))
    turned = upright(Page(595.0, 842.0, lines))
    assert (turned.width, turned.height) == (842.0, 595.0)
    assert [s.text for s in sorted(turned.segments, key=lambda s: -s.top)] == [s.text for s in lines]
    assert all(s.right - s.left > s.top - s.bottom for s in turned.segments)
    upright_page = Page(595.0, 842.0, (_segment("An ordinary line of text", 64, 700),))
    assert upright(upright_page) is upright_page
