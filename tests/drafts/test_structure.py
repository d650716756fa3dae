"""The full treaty structure of a negotiating text, asserted node by node (texts written for the tests)."""

from __future__ import annotations

import pytest

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.drafts.parse import DraftNode, ParsedDraft, parse_text

CONVENTION = """\
Draft convention on cooperation against online fraud

The States Parties to this Convention,
Recalling the need to protect victims of fraud,
Have agreed as follows:

PART ONE
GENERAL MATTERS

Chapter I
Scope and terms

Article 1 – Purpose [Agreed ad referendum]
The purpose of this Convention is to prevent online fraud.

Article 2
Use of terms
For the purposes of this Convention:
(a) "Computer system" means any device that processes data;
(b) "Traffic data" means data indicating:
(i) the origin of a communication;
(ii) its destination;
(c) "Service provider" means any entity offering a communication service.[^1]

Section 1. Jurisdiction

Article 3 bis
24/7 Network
1. Each State Party shall designate a point of contact available
at all times.
2. [Each State Party [may][shall] ensure that the point of contact can act quickly.]

Article 4 — Retention of data
[Pending]
Option 1: Each State Party shall require providers to keep traffic data.
Option 2: No obligation to keep data is created by this Convention.

Article 5
Cooperation
1. States Parties shall:
a) exchange information;
b) consult each other;
2. (agreed ad ref.) Nothing in this article limits other forms of cooperation.

FINAL CLAUSES

Article 6. Signature
This Convention shall be open for signature by all States.

IN WITNESS WHEREOF, the undersigned, being duly authorized thereto, have signed this Convention.
DONE at Geneva, in a single original.

Annex I
List of offences
1. Fraud through a computer system.
2. Identity theft.

Interpretative notes
Article 2
The term "service provider" covers public and private entities.

[^1]: The definition follows earlier instruments.
"""


def _outline(parsed: ParsedDraft) -> list[tuple[int, str, str, str]]:
    return [(depth, node.kind.value, node.number, node.heading) for depth, node in parsed.walk()]


def _node(parsed: ParsedDraft, label: str) -> DraftNode:
    return next(node for _depth, node in parsed.walk() if node.label == label)


def test_every_part_of_a_convention_is_its_own_node_in_order() -> None:
    parsed = parse_text(CONVENTION)
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "part", "ONE", "GENERAL MATTERS"),
        (1, "chapter", "I", "Scope and terms"),
        (2, "article", "1", "Purpose"),
        (2, "article", "2", "Use of terms"),
        (3, "paragraph", "(a)", ""),
        (3, "paragraph", "(b)", ""),
        (4, "paragraph", "(b)(i)", ""),
        (4, "paragraph", "(b)(ii)", ""),
        (3, "paragraph", "(c)", ""),
        (2, "section", "1", "Jurisdiction"),
        (3, "article", "3 bis", "24/7 Network"),
        (4, "paragraph", "1", ""),
        (4, "paragraph", "2", ""),
        (3, "article", "4", "Retention of data"),
        (4, "option", "Option 1", ""),
        (4, "option", "Option 2", ""),
        (3, "article", "5", "Cooperation"),
        (4, "paragraph", "1", ""),
        (5, "paragraph", "1(a)", ""),
        (5, "paragraph", "1(b)", ""),
        (4, "paragraph", "2", ""),
        (0, "section", "", "FINAL CLAUSES"),
        (1, "article", "6", "Signature"),
        (0, "closing", "", ""),
        (0, "annex", "I", "List of offences"),
        (1, "paragraph", "1", ""),
        (1, "paragraph", "2", ""),
        (0, "notes", "", "Interpretative notes"),
        (1, "paragraph", "1", "Article 2"),
    ]
    assert [(u.line, u.reason) for u in parsed.unplaced] == [(1, "before the preamble (title matter)")]


def test_texts_stay_with_their_own_node() -> None:
    parsed = parse_text(CONVENTION)
    assert parsed.nodes[0].text == ("The States Parties to this Convention, Recalling the need to protect victims "
                                    "of fraud, Have agreed as follows:")
    assert _node(parsed, "para. (b)(ii)").text == "its destination;"
    assert _node(parsed, "Article 3 bis").children[0].text == (
        "Each State Party shall designate a point of contact available at all times.")
    assert _node(parsed, "Option 2").text == "No obligation to keep data is created by this Convention."
    closing = _node(parsed, "Closing formula")
    assert closing.text.startswith("IN WITNESS WHEREOF") and closing.text.endswith("in a single original.")
    assert _node(parsed, "Article 6").text == "This Convention shall be open for signature by all States."
    assert _node(parsed, "Interpretative notes").children[0].text == (
        'The term "service provider" covers public and private entities.')


def test_brackets_are_kept_and_stated_statuses_recognised() -> None:
    parsed = parse_text(CONVENTION)
    bracketed = _node(parsed, "Article 3 bis").children[1]
    assert bracketed.text == "[Each State Party [may][shall] ensure that the point of contact can act quickly.]"
    assert bracketed.status is ProvisionStatus.BRACKETED
    assert _node(parsed, "Article 1").status is ProvisionStatus.AGREED_AD_REFERENDUM
    assert _node(parsed, "Article 1").heading == "Purpose"
    assert _node(parsed, "Article 4").status is ProvisionStatus.PENDING
    second = _node(parsed, "Article 5").children[1]
    assert (second.status, second.text) == (ProvisionStatus.AGREED_AD_REFERENDUM,
                                            "Nothing in this article limits other forms of cooperation.")
    assert _node(parsed, "Article 2").status is ProvisionStatus.UNMARKED


def test_footnotes_leave_the_text_and_stay_with_their_provision() -> None:
    parsed = parse_text(CONVENTION)
    item = _node(parsed, "para. (c)")
    assert item.text == '"Service provider" means any entity offering a communication service.'
    assert item.footnotes == ("1 The definition follows earlier instruments.",)


@pytest.mark.parametrize(("block", "numbers"), [
    ("(a) one;\n(b) two;\n(c) three;", ["1(a)", "1(b)", "1(c)"]),
    ("(g) g;\n(h) h;\n(i) i as a letter;\n(j) j;", ["1(g)", "1(h)", "1(i)", "1(j)"]),
    ("(a) one:\n(i) first;\n(ii) second;\n(iii) third;\n(b) two;", ["1(a)", "1(a)(i)", "1(a)(ii)", "1(a)(iii)", "1(b)"]),
    ("(i) first;\n(ii) second;", ["1(i)", "1(ii)"]),
    ("a) one;\nb) two;\nc) three;\nd) four;\ne) five;", ["1(a)", "1(b)", "1(c)", "1(d)", "1(e)"]),
])
def test_lettered_and_roman_items_nest_by_their_numbering(block: str, numbers: list[str]) -> None:
    parsed = parse_text(f"Article 9. Measures\n1. Each State Party shall:\n{block}\n")
    found = [node.number for _depth, node in parsed.walk() if node.kind is ProvisionKind.PARAGRAPH]
    assert found[1:] == numbers


def test_options_may_hold_whole_paragraphs_and_alternatives_stay_apart() -> None:
    parsed = parse_text("Article 12. Data\nAlt. A\n1. States shall keep data.\n2. For six months.\n"
                        "Alt. B\n1. States may keep data.\n")
    assert _outline(parsed) == [(0, "article", "12", "Data"), (1, "option", "Alt. A", ""),
                                (2, "paragraph", "1", ""), (2, "paragraph", "2", ""),
                                (1, "option", "Alt. B", ""), (2, "paragraph", "1", "")]


def test_options_inside_a_paragraph_end_with_the_next_paragraph() -> None:
    parsed = parse_text("Article 12. Data\n1. Each State Party shall:\nOption 1: keep data;\n"
                        "Option 2: not keep data.\n2. Next paragraph.\n")
    assert _outline(parsed) == [(0, "article", "12", "Data"), (1, "paragraph", "1", ""),
                                (2, "option", "Option 1", ""), (2, "option", "Option 2", ""),
                                (1, "paragraph", "2", "")]


@pytest.mark.parametrize(("heading", "kind", "number", "title"), [
    ("TITLE III — PROCEDURAL MEASURES", "title", "III", "PROCEDURAL MEASURES"),
    ("Part 2\nCooperation", "part", "2", "Cooperation"),
    ("SECTION A\nGeneral", "section", "A", "General"),
    ("Chapter IV\nFinal provisions", "chapter", "IV", "Final provisions"),
])
def test_group_headings_in_capitals_or_mixed_case_hold_the_next_article(
        heading: str, kind: str, number: str, title: str) -> None:
    parsed = parse_text(f"Article 1. First\nText one.\n\n{heading}\n\nArticle 2. Second\nText two.\n")
    assert _outline(parsed) == [(0, "article", "1", "First"), (0, kind, number, title),
                                (1, "article", "2", "Second")]
    assert parsed.nodes[0].text == "Text one."


def test_a_wrapped_body_line_after_an_article_number_is_not_its_title() -> None:
    parsed = parse_text("Article 5\nEach State Party shall adopt such measures as may be\nnecessary to act.\n")
    assert (parsed.nodes[0].heading, parsed.nodes[0].text) == (
        "", "Each State Party shall adopt such measures as may be necessary to act.")


def test_deleted_article_keeps_its_number_and_status() -> None:
    parsed = parse_text("Article 1. First\nText.\nArticle 2\n[Deleted]\nArticle 3. Third\nText.\n")
    assert [(n.number, n.status) for n in parsed.nodes] == [
        ("1", ProvisionStatus.UNMARKED), ("2", ProvisionStatus.DELETED), ("3", ProvisionStatus.UNMARKED)]


_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/></w:lvl>
</w:abstractNum>"""


def test_docx_with_word_multilevel_numbering_keeps_articles_paragraphs_and_items(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    from briefing_app.drafts.text_input import read_draft

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))
    num = numbering.add_num(90)

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
        num_pr.get_or_add_numId().set(qn("w:val"), str(num.numId))

    document.add_heading("CHAPTER I", level=1)
    document.add_heading("General provisions", level=2)
    numbered("Purpose", 0)
    numbered("This Convention promotes cooperation.", 1)
    numbered("It protects rights.", 1)
    numbered("Measures", 0)
    numbered("Each State Party shall:", 1)
    numbered("legislate;", 2)
    numbered("train officials, including:", 2)
    numbered("judges;", 3)
    numbered("prosecutors.", 3)
    path = tmp_path / "multilevel.docx"
    document.save(str(path))
    parsed = parse_text(read_draft(path))
    assert _outline(parsed) == [
        (0, "chapter", "I", "General provisions"),
        (1, "article", "1", "Purpose"), (2, "paragraph", "1", ""), (2, "paragraph", "2", ""),
        (1, "article", "2", "Measures"), (2, "paragraph", "1", ""), (3, "paragraph", "1(a)", ""),
        (3, "paragraph", "1(b)", ""), (4, "paragraph", "1(b)(i)", ""), (4, "paragraph", "1(b)(ii)", "")]
    assert _node(parsed, "para. 1(b)(ii)").text == "prosecutors."
