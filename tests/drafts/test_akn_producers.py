"""Akoma Ntoso written by other producers (our own words in their conventions): eIds of any shape, `num`
as each writes it, recitals, lists with intro and wrap-up, a quoted structure, an annex attached as a
document, an older namespace. Each maps onto the treaty's tree or is listed, never dropped silently."""

from __future__ import annotations

from lxml import etree

from briefing_app.drafts.akn_read import parse_akn
from tests.drafts.test_structure import _node, _outline

OTHER_PRODUCER = """\
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<act name="treaty" contains="originalVersion">
<meta>
 <identification source="#producer">
  <FRBRWork><FRBRthis value="/akn/un/act/2026/7/!main"/><FRBRuri value="/akn/un/act/2026/7"/>
   <FRBRalias value="A/AC.300/L.4" name="symbol"/><FRBRdate date="2026-05-01" name="draft"/>
   <FRBRauthor href="#chair"/><FRBRcountry value="un"/></FRBRWork>
  <FRBRExpression><FRBRthis value="/akn/un/act/2026/7/eng@/!main"/><FRBRuri value="/akn/un/act/2026/7/eng@"/>
   <FRBRdate date="2026-05-01" name="draft"/><FRBRauthor href="#chair"/><FRBRlanguage language="eng"/></FRBRExpression>
  <FRBRManifestation><FRBRthis value="/akn/un/act/2026/7/eng@/!main.xml"/>
   <FRBRuri value="/akn/un/act/2026/7/eng@.akn"/><FRBRdate date="2026-05-01" name="generation"/>
   <FRBRauthor href="#producer"/></FRBRManifestation>
 </identification>
</meta>
<preface><longTitle><p>Draft convention on <docTitle>the protection of online whistle-blowers</docTitle></p></longTitle></preface>
<preamble>
 <formula name="enactingFormula"><p>The States Parties to this Convention,</p></formula>
 <recitals><recital eId="rec1"><num>(1)</num><p>Recognizing the value of disclosures made in the public interest,</p></recital></recitals>
 <formula name="agreement"><p>Have agreed as follows:</p></formula>
</preamble>
<body>
 <chapter eId="CH-1" wId="ch1"><num>CHAPTER I</num><heading>General provisions</heading>
  <article eId="CH-1.A-1"><num>Article 1</num><heading>Purpose</heading>
   <paragraph eId="CH-1.A-1.P-1"><num>1</num><content><p>The purpose of this Convention is to protect persons who report wrongdoing.</p></content></paragraph>
   <paragraph eId="CH-1.A-1.P-2"><num>2.</num>
    <list eId="CH-1.A-1.P-2.L"><intro><p>Each State Party shall:</p></intro>
     <point eId="CH-1.A-1.P-2.L.a"><num>a.</num><content><p>provide confidential channels;</p></content></point>
     <point eId="CH-1.A-1.P-2.L.b"><num>(b)</num><content><p>protect against retaliation,</p></content></point>
     <wrapUp><p>in accordance with its domestic law.</p></wrapUp>
    </list>
   </paragraph>
  </article>
  <article eId="x17"><num>Art. 2.</num><heading>Amendment of the earlier Protocol</heading>
   <content><p>Article 5 of the Protocol is replaced by the following: <mod eId="x17-mod"><quotedStructure eId="x17-qs"><article eId="x17-qs-art"><num>Article 5</num><heading>Remedies</heading><content><p>Remedies shall be effective.</p></content></article></quotedStructure></mod></p></content>
  </article>
  <article eId="x18"><num>Article 2 bis</num><heading>Reporting channels</heading>
   <content><p>External reporting channels shall be independent.</p></content>
  </article>
 </chapter>
</body>
<conclusions><p>IN WITNESS WHEREOF the undersigned have signed this Convention.</p></conclusions>
<attachments>
 <attachment eId="att_1">
  <doc name="annex">
   <meta><identification source="#producer">
    <FRBRWork><FRBRthis value="/akn/un/doc/annex/2026/7/!main"/><FRBRuri value="/akn/un/doc/annex/2026/7"/>
     <FRBRdate date="2026-05-01" name="draft"/><FRBRauthor href="#chair"/><FRBRcountry value="un"/></FRBRWork>
    <FRBRExpression><FRBRthis value="/akn/un/doc/annex/2026/7/eng@/!main"/><FRBRuri value="/akn/un/doc/annex/2026/7/eng@"/>
     <FRBRdate date="2026-05-01" name="draft"/><FRBRauthor href="#chair"/><FRBRlanguage language="eng"/></FRBRExpression>
    <FRBRManifestation><FRBRthis value="/akn/un/doc/annex/2026/7/eng@/!main.xml"/>
     <FRBRuri value="/akn/un/doc/annex/2026/7/eng@.akn"/><FRBRdate date="2026-05-01" name="generation"/>
     <FRBRauthor href="#producer"/></FRBRManifestation>
   </identification></meta>
   <preface><p><docNumber>I</docNumber> <docTitle>Model reporting form</docTitle></p></preface>
   <mainBody><p>The form names the wrongdoing reported and the date of the report.</p></mainBody>
  </doc>
 </attachment>
</attachments>
</act>
</akomaNtoso>
"""


def test_an_act_from_another_producer_is_valid_and_maps_node_by_node(akn_schema: etree.XMLSchema) -> None:
    data = OTHER_PRODUCER.encode()
    assert akn_schema.validate(etree.fromstring(data)), akn_schema.error_log
    parsed = parse_akn(data, "a-ac300-l4.xml")
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "chapter", "I", "General provisions"),
        (1, "article", "1", "Purpose"),
        (2, "paragraph", "1", ""),
        (2, "paragraph", "2", ""),
        (3, "paragraph", "2(a)", ""),
        (3, "paragraph", "2(b)", ""),
        (1, "article", "2", "Amendment of the earlier Protocol"),
        (1, "article", "2 bis", "Reporting channels"),
        (0, "closing", "", ""),
        (0, "annex", "I", "Model reporting form"),
    ]
    assert parsed.symbol == "A/AC.300/L.4"
    assert parsed.unplaced == ()
    assert parsed.nodes[0].text == ("The States Parties to this Convention,\nRecognizing the value of disclosures "
                                    "made in the public interest,\nHave agreed as follows:")
    assert _node(parsed, "para. 2").text == "Each State Party shall:\nin accordance with its domestic law."
    assert _node(parsed, "para. 2(a)").text == "provide confidential channels;"
    quoting = parsed.nodes[1].children[1]
    assert quoting.text == ("Article 5 of the Protocol is replaced by the following: Article 5 Remedies "
                            "Remedies shall be effective.")
    assert quoting.children == ()  # the quoted article is words of the amendment, not an article of this text
    annex = parsed.nodes[-1]
    assert annex.text == "The form names the wrongdoing reported and the date of the report."


def test_an_act_in_a_working_draft_namespace_reads_as_3_0() -> None:
    data = OTHER_PRODUCER.replace("ns/akn/3.0", "ns/akn/3.0/WD17").encode()
    assert _outline(parse_akn(data, "old.xml")) == _outline(parse_akn(OTHER_PRODUCER.encode(), "new.xml"))


def test_an_unknown_part_of_the_act_is_listed_not_dropped() -> None:
    data = OTHER_PRODUCER.replace("<conclusions>", "<coverPage><p>Advance unedited version</p></coverPage>"
                                                   "<conclusions>").encode()
    parsed = parse_akn(data, "cover.xml")
    assert [(u.text, u.reason) for u in parsed.unplaced] == [
        ("Advance unedited version", "<coverPage> is not mapped")]
