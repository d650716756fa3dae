"""Akoma Ntoso 3.0: every export validates against the OASIS schema, and reads back node by node;
hostile XML is refused before anything is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from briefing_app.cli import main
from briefing_app.domain.enums import ProvisionStatus
from briefing_app.domain.models import Concern, Document, Version
from briefing_app.drafts.akn import AknOptions, export_version, parse_akn
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
            _valid(akn_schema, export_version(demo_workspace, version, AknOptions(with_concerns=True)))


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
