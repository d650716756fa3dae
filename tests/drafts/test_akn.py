"""Akoma Ntoso 3.0: every export validates against the OASIS schema, and reads back node by node;
hostile XML is refused before anything is saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from briefing_app.cli import main
from briefing_app.domain.enums import ProvisionStatus
from briefing_app.domain.models import Amendment, Concern, Document, Organization, Version
from briefing_app.drafts.akn import AknOptions, export_version
from briefing_app.drafts.akn_read import parse_akn
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import ParsedDraft, parse_text
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace
from tests.drafts.test_structure import CONVENTION, _outline
from tests.helpers import logical_dump


def _valid(schema: etree.XMLSchema, data: bytes) -> None:
    if not schema.validate(etree.fromstring(data)):
        raise AssertionError("\n".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:5]))


def _imported(ws: Workspace, text: str = CONVENTION) -> Version:
    document = ws.insert(Document(title="Draft convention on online fraud", short_title="Fraud"))
    return apply_import(ws, plan_import(ws, parse_text(text), document=document, label="Rev.1",
                                        date="2024-05")).version


def _details(parsed: ParsedDraft) -> list[tuple[str, str, ProvisionStatus, tuple[str, ...]]]:
    return [(node.label, " ".join(node.text.split()), node.status, node.footnotes) for _d, node in parsed.walk()]


def test_export_validates_and_reads_back_node_by_node(workspace: Workspace, akn_schema: etree.XMLSchema) -> None:
    version = _imported(workspace)
    data = export_version(workspace, version)
    _valid(akn_schema, data)
    back = parse_akn(data, "rev1.xml")
    original = parse_text(CONVENTION)
    assert _outline(back) == _outline(original)
    assert _details(back) == _details(original)


def test_export_carries_identifiers_and_eids(workspace: Workspace) -> None:
    version = _imported(workspace)
    root = etree.fromstring(export_version(workspace, version))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert root.find(".//a:FRBRWork/a:FRBRthis", ns).get("value") == "/akn/un/act/convention/fraud/!main"
    assert root.find(".//a:FRBRExpression/a:FRBRdate", ns).get("date") == "2024-05-01"
    eids = [e.get("eId") for e in root.iter() if e.get("eId")]
    assert len(eids) == len(set(eids))
    assert "part_ONE__chp_I__art_2__point_b__point_ii" in eids
    assert "part_ONE__chp_I__sec_1__art_3bis__para_2" in eids
    bracketed = root.find(".//a:paragraph[@eId='part_ONE__chp_I__sec_1__art_3bis__para_2']", ns)
    assert bracketed.get("class") == "status-bracketed"
    assert "[may][shall]" in "".join(bracketed.itertext())


def test_concerns_go_along_only_when_asked_and_never_internal(workspace: Workspace,
                                                              akn_schema: etree.XMLSchema) -> None:
    version = _imported(workspace)
    article = next(p for p in queries.provisions_of(workspace, version.id) if p.label == "Article 4")
    for title, sensitivity in (("Retention is disproportionate", "public"), ("Our lobbying plan", "internal")):
        concern = workspace.insert(Concern(title=title, sensitivity=sensitivity))
        workspace.link("concern_provisions", concern.id, article.id)
    plain = export_version(workspace, version)
    assert b"disproportionate" not in plain
    data = export_version(workspace, version, AknOptions(with_concerns=True))
    _valid(akn_schema, data)
    assert b"Retention is disproportionate" in data and b"lobbying" not in data
    assert _outline(parse_akn(data, "x.xml")) == _outline(parse_akn(plain, "x.xml"))


def test_demo_corpus_exports_valid_akn(demo_workspace: Workspace, akn_schema: etree.XMLSchema) -> None:
    for document in queries.documents(demo_workspace):
        for version in queries.versions_of(demo_workspace, document.id):
            data = export_version(demo_workspace, version, AknOptions(with_concerns=True, with_amendments=True))
            _valid(akn_schema, data)
            assert data.count(b"<amendment ") == len([a for a in queries.amendments_for(
                demo_workspace, [p.id for p in queries.provisions_of(demo_workspace, version.id)])
                if a.sensitivity.shareable_by_default])


HOSTILE = {
    "billion-laughs": (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                       b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&b;</akomaNtoso>',
                       "DTD or entities"),
    "external-entity": (b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://example.invalid/x.dtd">'
                        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>', "DTD"),
    "not-akn": (b"<html><body>Article 1</body></html>", "not an Akoma Ntoso"),
    "broken": (b"<akomaNtoso><act>", "not well-formed"),
    "no-article": (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body/></act>'
                   b"</akomaNtoso>", "no article"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_or_foreign_xml_is_refused(kind: str) -> None:
    data, message = HOSTILE[kind]
    with pytest.raises(DraftInputError, match=message):
        parse_akn(data, f"{kind}.xml")


def test_cli_exports_and_imports_akn_and_refuses_hostile_xml(tmp_path: Path, akn_schema: etree.XMLSchema,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    with Workspace.open(db) as ws:
        _imported(ws)
    out = tmp_path / "rev1.xml"
    assert main(["draft", "export", "--label", "Rev.1", "--format", "akn", "--out", str(out), "--db", str(db)]) == 0
    _valid(akn_schema, out.read_bytes())
    assert main(["draft", "import", str(out), "--label", "Rev.2", "--db", str(db)]) == 0
    with Workspace.open(db) as ws:
        document = queries.documents(ws)[0]
        old, new = queries.versions_of(ws, document.id)
        assert [(p.label, p.text, p.status) for p in queries.provisions_of(ws, old.id)] == [
            (p.label, p.text, p.status) for p in queries.provisions_of(ws, new.id)]
        before = logical_dump(ws.conn)
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(HOSTILE["billion-laughs"][0])
    capsys.readouterr()
    assert main(["draft", "import", str(bomb), "--label", "Rev.3", "--db", str(db)]) == 1
    assert "DTD or entities" in capsys.readouterr().err
    with Workspace.open(db) as ws:
        assert logical_dump(ws.conn) == before


A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _amended(ws: Workspace) -> tuple[Version, dict[str, Amendment]]:
    version = _imported(ws)
    found = {p.label: p for p in queries.provisions_of(ws, version.id) if p.label not in ("para. 1", "para. 2")}
    point = next(p for p in queries.provisions_of(ws, version.id) if p.parent_id == found["Article 3 bis"].id)
    found["para. 1"] = ws.update(replace(point, text="Each State Party shall designate a point of contact available"
                                                     "\nat all times."))  # two lines, as an AKN import keeps them
    org = ws.insert(Organization(name="Digital Rights Watch"))
    amendments = {
        "substitute": ws.insert(Amendment(provision_id=found["Article 6"].id, title="Open to organizations",
                                          target_text="all States", proposed_text="all States and regional "
                                          "economic integration organizations", organization_id=org.id,
                                          rationale="Regional organizations sign such treaties.", date="2024-06-01")),
        "delete": ws.insert(Amendment(provision_id=found["para. 1"].id, title="Drop 'at all times'",
                                      action="delete", target_text=" available\nat all times")),
        "gone": ws.insert(Amendment(provision_id=found["Article 1"].id, title="Name human rights",
                                    target_text="no longer in the text", proposed_text="and protect human rights")),
        "internal": ws.insert(Amendment(provision_id=found["Article 6"].id, title="Our fallback",
                                        sensitivity="internal", proposed_text="secret fallback wording")),
    }
    return version, amendments


def _amendment_docs(data: bytes) -> list[etree._Element]:
    return list(etree.fromstring(data).iter(f"{A}amendment"))


def _words(element: etree._Element, *skip: str) -> str:
    """The text of a block without the inline elements named in `skip` (their tails kept)."""
    parts = [element.text or ""]
    for child in element:
        if etree.QName(child).localname not in skip:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def test_amendments_are_attached_as_valid_amendment_documents_with_ins_and_del(
        workspace: Workspace, akn_schema: etree.XMLSchema) -> None:
    version, amendments = _amended(workspace)
    plain = export_version(workspace, version)
    assert not _amendment_docs(plain)
    data = export_version(workspace, version, AknOptions(with_amendments=True))
    _valid(akn_schema, data)
    docs = _amendment_docs(data)
    assert len(docs) == 3 and b"secret fallback" not in data and b"Our fallback" not in data
    eids = {e.get("eId") for e in etree.fromstring(data).iter() if e.get("eId")}
    headings = ["".join(d.find(f".//{A}amendmentHeading/{A}p").itertext()) for d in docs]
    assert headings[0] == ("Amendment 1 to Article 1: Name human rights (status: proposed)")
    assert headings[2] == ("Amendment 3 to Article 6: Open to organizations (by Digital Rights Watch; status: "
                           "proposed)")
    for doc in docs:
        ref = doc.find(f".//{A}amendmentHeading//{A}ref")
        assert ref is not None and ref.get("href")[1:] in eids
    substitute = docs[2].find(f".//{A}amendmentContent/{A}p")
    assert [i.text for i in substitute.iter(f"{A}ins")] == [" and regional economic integration organizations"]
    assert _words(substitute, "ins") == "This Convention shall be open for signature by all States."
    assert _words(substitute, "del") == ("This Convention shall be open for signature by all States and regional "
                                         "economic integration organizations.")
    assert "".join(docs[2].find(f".//{A}amendmentJustification/{A}p").itertext()) == (
        "Regional organizations sign such treaties.")
    assert docs[2].find(f".//{A}FRBRWork/{A}FRBRdate").get("date") == "2024-06-01"
    assert docs[2].find(f".//{A}FRBRWork/{A}FRBRthis").get("value") == (
        f"/akn/un/amendment/convention/fraud/{amendments['substitute'].id}/!main")


def test_an_amendment_across_lines_and_one_whose_passage_is_gone_still_read_right(
        workspace: Workspace, akn_schema: etree.XMLSchema) -> None:
    version, _amendments = _amended(workspace)
    data = export_version(workspace, version, AknOptions(with_amendments=True, with_concerns=True))
    _valid(akn_schema, data)
    gone, across, _substitute = _amendment_docs(data)
    assert "".join(across.find(f".//{A}amendmentHeading/{A}p").itertext()) == (
        "Amendment 2 to Article 3 bis(1): Drop 'at all times' (status: proposed)")
    blocks = gone.findall(f".//{A}amendmentContent/{A}p")
    assert "no longer in the text" in "".join(blocks[0].itertext())
    assert [(e.tag[len(A):], e.text) for e in blocks[1]] == [("del", "no longer in the text"),
                                                             ("ins", "and protect human rights")]
    deleted = " ".join(d.text for d in across.iter(f"{A}del"))
    assert deleted.split() == ["available", "at", "all", "times"]
    lines = [_words(p, "del") for p in across.findall(f".//{A}amendmentContent/{A}p")]
    assert lines == ["Each State Party shall designate a point of contact", "."]


def test_an_export_with_amendments_reads_back_as_the_act_alone(workspace: Workspace) -> None:
    version, _amendments = _amended(workspace)
    plain = parse_akn(export_version(workspace, version), "plain.xml")
    full = parse_akn(export_version(workspace, version, AknOptions(with_amendments=True, with_concerns=True)),
                     "full.xml")
    assert _outline(full) == _outline(plain) and _details(full) == _details(plain)


def test_cli_export_with_amendments(tmp_path: Path, akn_schema: etree.XMLSchema,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    with Workspace.open(db) as ws:
        _amended(ws)
    out = tmp_path / "rev1.xml"
    capsys.readouterr()
    assert main(["draft", "export", "--label", "Rev.1", "--out", str(out), "--with-amendments", "--db", str(db)]) == 0
    assert "with 3 amendments" in capsys.readouterr().out
    _valid(akn_schema, out.read_bytes())
    assert len(_amendment_docs(out.read_bytes())) == 3


FOREIGN_AKN = """\
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta>
      <identification source="#someone">
        <FRBRWork><FRBRthis value="/akn/xx/act/2025/1/!main"/><FRBRuri value="/akn/xx/act/2025/1"/><FRBRdate date="2025-01-01" name="Generation"/><FRBRauthor href="#parliament"/><FRBRcountry value="xx"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/xx/act/2025/1/eng@/!main"/><FRBRuri value="/akn/xx/act/2025/1/eng@"/><FRBRdate date="2025-01-01" name="Generation"/><FRBRauthor href="#parliament"/><FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/xx/act/2025/1/eng@/!main.xml"/><FRBRuri value="/akn/xx/act/2025/1/eng@.akn"/><FRBRdate date="2025-01-01" name="Generation"/><FRBRauthor href="#parliament"/></FRBRManifestation>
      </identification>
    </meta>
    <preamble><p>WHEREAS cooperation is needed;</p><p>NOW THEREFORE the Parties agree:</p></preamble>
    <body>
      <part eId="part_1">
        <num>Part 1</num>
        <heading>Preliminary</heading>
        <section eId="sec_1">
          <num>1.</num>
          <heading>Definitions</heading>
          <subsection eId="sec_1__subsec_1">
            <num>(1)</num>
            <list eId="sec_1__subsec_1__list_1">
              <intro><p>In this Act—</p></intro>
              <point eId="sec_1__subsec_1__list_1__point_a"><num>(a)</num><content><p>"data" means any representation of facts;</p></content></point>
              <point eId="sec_1__subsec_1__list_1__point_b"><num>(b)</num><content><p>"system" means any device.</p></content></point>
            </list>
          </subsection>
          <subsection eId="sec_1__subsec_2"><num>(2)</num><content><p>Words in the singular include the plural.</p></content></subsection>
        </section>
      </part>
      <chapter eId="chp_2">
        <num>Chapter 2</num>
        <heading>Offences</heading>
        <article eId="art_2">
          <num>Article 2</num>
          <heading>Unlawful access</heading>
          <subsection eId="art_2__subsec_0"><num>(0)</num><content><p>This article applies to systems.</p></content></subsection>
          <paragraph eId="art_2__para_1">
            <num>1.</num>
            <intro><p>A person commits an offence who, without right:</p></intro>
            <point eId="art_2__para_1__point_a"><num>(a)</num><content><p>accesses a system;</p></content></point>
            <point eId="art_2__para_1__point_b"><num>(b)</num><content><p>intercepts data.</p></content></point>
            <wrapUp><p>and is liable to a fine.</p></wrapUp>
          </paragraph>
          <paragraph eId="art_2__para_2"><num>2.</num><list eId="art_2__para_2__list_1"><intro><p>The fine shall not exceed:</p></intro><point eId="art_2__para_2__list_1__point_a"><num>(a)</num><content><p>one year's income;</p></content></point></list></paragraph>
          <clause eId="art_2__clause_1"><num>A</num><content><p>A table of fines follows.</p></content></clause>
        </article>
      </chapter>
    </body>
  </act>
</akomaNtoso>
"""


def test_an_act_written_by_another_tool_keeps_its_words_or_says_where_they_went(akn_schema: etree.XMLSchema) -> None:
    """Subsections, lists with an intro, points and wrap-ups map; text a treaty has no place for (a
    section holding subsections but no article, an unmapped block) is listed, never dropped silently."""
    _valid(akn_schema, FOREIGN_AKN.encode())
    parsed = parse_akn(FOREIGN_AKN.encode(), "act.xml")
    assert _outline(parsed) == [
        (0, "preamble", "", ""), (0, "part", "1", "Preliminary"), (1, "section", "1", "Definitions"),
        (0, "chapter", "2", "Offences"), (1, "article", "2", "Unlawful access"),
        (2, "paragraph", "0", ""), (2, "paragraph", "1", ""), (3, "paragraph", "1(a)", ""),
        (3, "paragraph", "1(b)", ""), (2, "paragraph", "2", ""), (3, "paragraph", "2(a)", "")]
    article = parsed.nodes[2].children[0]
    assert article.children[1].text == "A person commits an offence who, without right:\nand is liable to a fine."
    assert article.children[2].text == "The fine shall not exceed:"
    assert [(u.text[:20], u.reason) for u in parsed.unplaced] == [
        ('(1) In this Act— (a)', "text directly under Section 1, not in an article"),
        ("(2) Words in the sin", "text directly under Section 1, not in an article"),
        ("A A table of fines f", "<clause> in Article 2 is not mapped")]
