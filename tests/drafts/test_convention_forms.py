"""A convention in the Council of Europe's layout, written for this test: chapters holding sections
holding titles, "Article 6 – 24/7 Network" and a title alone on the line after "Article 7", paragraphs
numbered "1 " without a full stop, items "a", "b" and "i", "ii" without brackets, "a)"–"e)" and
"(i)"–"(iv)", and the closing formula in mixed case. Read from text and from a laid-out PDF."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.drafts.parse import parse_text
from briefing_app.drafts.text_input import load_draft
from tests.drafts.pdf_layout import Block, write_draft_pdf
from tests.drafts.test_structure import _node, _outline

COE_STYLE = """\
Convention on cooperation against network offences

Preamble

The member States and the other States signatory hereto,
Considering that closer cooperation is needed to meet the threat of network offences;
Have agreed as follows:

Chapter I – Use of terms

Article 1 – Definitions
For the purposes of this Convention:
a \"network system\" means any device or group of connected devices that process data automatically;
b \"network data\" means any representation of facts or information in a form suitable for processing;
c \"service provider\" means:
i any entity that offers its users the ability to communicate by means of a network system; and
ii any other entity that processes or stores data on behalf of such a service or its users;
d \"traffic data\" means data relating to a communication that indicates its origin, route or size.

Chapter II – Measures to be taken at the national level

Section 1 – Substantive criminal law

Title 1 – Offences against the integrity of network data and systems

Article 2 – Unlawful access
Each Party shall adopt such legislative and other measures as may be necessary to establish as
criminal offences under its domestic law, when committed intentionally, the access to the whole or
any part of a network system without right.

Article 3 – Unlawful interception
Each Party shall adopt such measures as may be necessary to establish as a criminal offence the
interception without right of non-public transmissions of network data.

Title 2 – Related offences

Article 4 – Network-related forgery
1 Each Party shall establish as a criminal offence the input or alteration of network data with the
intent that it be acted upon as if it were authentic.
2 A Party may require an intent to defraud before criminal liability attaches.

Section 2 – Procedural law

Article 5 – Conditions and safeguards
1 Each Party shall ensure that the powers in this Section are subject to conditions and safeguards
which shall include:
a) judicial or other independent supervision;
b) grounds justifying application;
c) limitation of the scope of the power;
d) limitation of its duration;
e) a remedy for the persons concerned.
2 The conditions shall take account of:
(i) the impact of the powers on the rights of third parties;
(ii) the public interest;
(iii) the sound administration of justice;
(iv) the proportionality of the measure.

Chapter III – International co-operation

Article 6 – 24/7 Network
Each Party shall designate a point of contact available on a twenty-four hour, seven-day-a-week basis.

Article 7
Contact points
The point of contact shall be able to carry out communications with the contact points of other Parties.

Chapter IV – Final provisions

Article 8 – Signature and entry into force
1 This Convention shall be open for signature by the member States.
2 It shall enter into force on the first day of the month following three ratifications.

In witness whereof the undersigned, being duly authorised thereto, have signed this Convention.

Done at Strasbourg, on the first day of the month, in English and French, both texts being equally
authentic, in a single copy which shall be deposited in the archives.
"""

OUTLINE = [
    (0, "preamble", "", ""),
    (0, "chapter", "I", "Use of terms"),
    (1, "article", "1", "Definitions"),
    (2, "paragraph", "(a)", ""), (2, "paragraph", "(b)", ""), (2, "paragraph", "(c)", ""),
    (3, "paragraph", "(c)(i)", ""), (3, "paragraph", "(c)(ii)", ""), (2, "paragraph", "(d)", ""),
    (0, "chapter", "II", "Measures to be taken at the national level"),
    (1, "section", "1", "Substantive criminal law"),
    (2, "title", "1", "Offences against the integrity of network data and systems"),
    (3, "article", "2", "Unlawful access"),
    (3, "article", "3", "Unlawful interception"),
    (2, "title", "2", "Related offences"),
    (3, "article", "4", "Network-related forgery"), (4, "paragraph", "1", ""), (4, "paragraph", "2", ""),
    (1, "section", "2", "Procedural law"),
    (2, "article", "5", "Conditions and safeguards"),
    (3, "paragraph", "1", ""),
    *[(4, "paragraph", f"1({letter})", "") for letter in "abcde"],
    (3, "paragraph", "2", ""),
    *[(4, "paragraph", f"2({roman})", "") for roman in ("i", "ii", "iii", "iv")],
    (0, "chapter", "III", "International co-operation"),
    (1, "article", "6", "24/7 Network"),
    (1, "article", "7", "Contact points"),
    (0, "chapter", "IV", "Final provisions"),
    (1, "article", "8", "Signature and entry into force"), (2, "paragraph", "1", ""), (2, "paragraph", "2", ""),
    (0, "closing", "", ""),
]


def test_council_of_europe_layout_is_read_node_by_node() -> None:
    parsed = parse_text(COE_STYLE)
    assert _outline(parsed) == OUTLINE
    assert [(u.line, u.reason) for u in parsed.unplaced] == [(1, "before the preamble (title matter)")]


def test_each_node_holds_only_its_own_words() -> None:
    parsed = parse_text(COE_STYLE)
    assert _node(parsed, "Article 1").text == "For the purposes of this Convention:"
    assert _node(parsed, "para. (c)(ii)").text == ("any other entity that processes or stores data on behalf of such "
                                                    "a service or its users;")
    assert _node(parsed, "Article 3").text.endswith("non-public transmissions of network data.")
    assert _node(parsed, "Article 4").children[1].text == (
        "A Party may require an intent to defraud before criminal liability attaches.")
    assert _node(parsed, "para. 1(e)").text == "a remedy for the persons concerned."
    assert _node(parsed, "Article 5").children[1].text == "The conditions shall take account of:"
    assert _node(parsed, "para. 2(iv)").text == "the proportionality of the measure."
    assert _node(parsed, "Article 6").text.startswith("Each Party shall designate a point of contact")
    closing = _node(parsed, "Closing formula")
    assert closing.text.startswith("In witness whereof") and closing.text.endswith("deposited in the archives.")
    assert "In witness" not in _node(parsed, "Article 8").children[1].text


def test_bare_numbers_and_letters_need_their_sequence() -> None:
    parsed = parse_text("Article 1. Entry into force\nThis Convention shall enter into force on\n"
                        "1 January 2030 for the States that ratified it by then:\na State shall notify it.\n")
    assert [n.kind.value for _d, n in parsed.walk()] == ["article"]
    assert parsed.nodes[0].text.startswith("This Convention shall enter into force on 1 January 2030")
    skipped = parse_text("Article 2. Terms\n1 First.\n3 Third is not the next number.\n")
    assert [n.number for n in skipped.nodes[0].children] == ["1"]
    assert skipped.nodes[0].children[0].text == "First. 3 Third is not the next number."


_STARTS = re.compile(r"^(?:Chapter|Section|Title|Article|Preamble|In witness|Done at|\d+ |[a-e]\) |\([iv]+\) |"
                     r"[a-d] |i |ii )")


def _heading(text: str) -> bool:
    return text.startswith(("Chapter", "Section", "Title", "Article")) or (
        len(text) < 80 and not text.endswith((".", ":", ";", ",")) and not _STARTS.match(text))


def _blocks() -> list[Block]:
    """The text as a laid-out document: one block per heading or item, wrapped lines joined."""
    texts: list[str] = []
    fresh = True
    for line in COE_STYLE.split("\n"):
        if not line.strip():
            fresh = True
            continue
        if fresh or _STARTS.match(line) or not texts or _heading(texts[-1]):
            texts.append(line)
        else:
            texts[-1] += " " + line
        fresh = False
    return [Block(text, heading=_heading(text)) for text in texts]


def test_the_same_convention_laid_out_as_a_pdf_reads_the_same(tmp_path: Path) -> None:
    parsed = load_draft(write_draft_pdf(tmp_path / "coe.pdf", _blocks()))
    assert _outline(parsed) == OUTLINE
    assert _node(parsed, "para. 2(iv)").text == "the proportionality of the measure."


def test_the_convention_imports_and_exports_as_valid_akn(workspace, akn_schema) -> None:
    from lxml import etree

    from briefing_app.domain.models import Document
    from briefing_app.drafts.akn import export_version
    from briefing_app.drafts.akn_read import parse_akn
    from briefing_app.drafts.importer import apply_import, plan_import
    from briefing_app.store import queries

    document = workspace.insert(Document(title="Network offences"))
    version = apply_import(workspace, plan_import(workspace, parse_text(COE_STYLE), document=document,
                                                  label="Draft 1")).version
    provisions = queries.provisions_of(workspace, version.id)
    assert len(provisions) == len(OUTLINE)
    titles = [p for p in provisions if p.kind.value == "title"]
    section = next(p for p in provisions if p.kind.value == "section" and p.number == "1")
    assert {t.parent_id for t in titles} == {section.id}
    data = export_version(workspace, version)
    assert akn_schema.validate(etree.fromstring(data)), akn_schema.error_log
    assert _outline(parse_akn(data, "coe.xml")) == OUTLINE


_COE_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2"/></w:lvl>
</w:abstractNum>"""


def test_a_word_file_numbered_in_the_council_of_europe_style(tmp_path: Path) -> None:
    """Word's own numbering "1", "a" (no full stop, no bracket), restarting at each article."""
    import pytest

    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    from briefing_app.drafts.text_input import read_draft

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_COE_NUMBERING))

    def numbered(text: str, level: int, num_id: int) -> None:
        paragraph = document.add_paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
        num_pr.get_or_add_numId().set(qn("w:val"), str(num_id))

    document.add_heading("Chapter II – Procedural law", level=1)
    for article, items in (("Article 5 – Conditions and safeguards", True), ("Article 6 – Preservation", False)):
        document.add_heading(article, level=2)
        num_id = numbering.add_num(91).numId
        numbered("Each Party shall ensure that its powers are subject to safeguards which shall include:", 0, num_id)
        if items:
            numbered("judicial or other independent supervision;", 1, num_id)
            numbered("limitation of the scope and duration of the power.", 1, num_id)
        numbered("Each Party shall consider the impact of the powers on third parties.", 0, num_id)
    path = tmp_path / "coe.docx"
    document.save(str(path))
    parsed = parse_text(read_draft(path))
    assert _outline(parsed) == [
        (0, "chapter", "II", "Procedural law"),
        (1, "article", "5", "Conditions and safeguards"), (2, "paragraph", "1", ""),
        (3, "paragraph", "1(a)", ""), (3, "paragraph", "1(b)", ""), (2, "paragraph", "2", ""),
        (1, "article", "6", "Preservation"), (2, "paragraph", "1", ""), (2, "paragraph", "2", "")]
    assert _node(parsed, "Article 5").children[0].children[1].text == (
        "limitation of the scope and duration of the power.")
