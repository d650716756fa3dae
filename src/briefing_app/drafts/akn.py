"""Akoma Ntoso 3.0 (OASIS LegalDocML) out and in: a version's structure as an `act`, and an act or bill
read back into a draft.

Export: FRBR work / expression / manifestation identifiers from the document and version, eIds by the
AKN naming convention (`chp_II`, `art_7__para_1__point_a`), `num` / `heading` / `content` or `intro`,
options, annexes and interpretative notes as named `hcontainer`s, the closing formula as
`conclusions`, footnotes as `authorialNote`s where the text ends, a provision's negotiating status in
`class="status-…"`; optionally the shareable concerns on each provision as `authorialNote`s of class
`concern`; optionally our public and coalition amendments as attached `<amendment>` documents with
`del`/`ins` redlines (drafts/akn_amendments.py). Import: drafts/akn_read.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.domain.models import Concern, Document, Provision, Version
from briefing_app.drafts.errors import DraftInputError
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN_SUFFIX = ".xml"
_GROUP_TAGS = {ProvisionKind.PART: "part", ProvisionKind.TITLE: "title", ProvisionKind.CHAPTER: "chapter",
               ProvisionKind.SECTION: "section", ProvisionKind.ARTICLE: "article"}
_HCONTAINERS = {ProvisionKind.OPTION: "option", ProvisionKind.ANNEX: "annex", ProvisionKind.NOTES: "interpretativeNotes"}
_EID_PREFIX = {"part": "part", "title": "title", "chapter": "chp", "section": "sec", "article": "art",
               "paragraph": "para", "point": "point", "hcontainer": "hcontainer"}


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass(frozen=True, slots=True)
class AknOptions:
    with_concerns: bool = False
    with_amendments: bool = False


# -- export ------------------------------------------------------------------------------------------

def export_version(ws: Workspace, version: Version, options: AknOptions | None = None) -> bytes:
    """The version as an Akoma Ntoso act (UTF-8 bytes, deterministic for the same data)."""
    options = options or AknOptions()
    document = ws.require(Document, version.document_id)
    provisions = queries.provisions_of(ws, version.id)
    children: dict[str | None, list[Provision]] = {}
    for p in provisions:
        children.setdefault(p.parent_id, []).append(p)
    root = etree.Element(_q("akomaNtoso"), nsmap={None: NS})
    act = etree.SubElement(root, _q("act"), name="convention")
    _meta(act, document, version)
    top = children.get(None, [])
    preamble = [p for p in top if p.kind is ProvisionKind.PREAMBLE]
    closing = [p for p in top if p.kind is ProvisionKind.CLOSING]
    preface = etree.SubElement(act, _q("preface"))
    title = etree.SubElement(etree.SubElement(preface, _q("longTitle")), _q("p"))
    etree.SubElement(title, _q("docTitle")).text = document.title
    for p in preamble:
        element = etree.SubElement(act, _q("preamble"))
        _blocks(element, p, ws, options)
    body = etree.SubElement(act, _q("body"))
    writer = _Writer(ws, children, options)
    for p in top:
        if p.kind not in (ProvisionKind.PREAMBLE, ProvisionKind.CLOSING):
            writer.node(body, p, "")
    if len(body) == 0:
        raise DraftInputError(f"{version.label} has no articles to export.")
    for p in closing:
        _blocks(etree.SubElement(act, _q("conclusions")), p, ws, options)
    if options.with_amendments:
        from briefing_app.drafts import akn_amendments

        akn_amendments.attach(act, _q, ws, _work(document), _date(version), writer.eids,
                              akn_amendments.shareable_amendments(ws, provisions))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _date(version: Version) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", version.date or ""):
        return version.date
    if re.fullmatch(r"\d{4}-\d{2}", version.date or ""):
        return version.date + "-01"
    if re.fullmatch(r"\d{4}", version.date or ""):
        return version.date + "-01-01"
    return (version.created_at or "1970-01-01")[:10]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "draft"


def _work(document: Document) -> str:
    return f"/akn/un/act/convention/{_slug(document.short_title or document.title)}"


def _meta(act: etree._Element, document: Document, version: Version) -> None:
    meta = etree.SubElement(act, _q("meta"))
    ident = etree.SubElement(meta, _q("identification"), source="#briefingDesk")
    work = _work(document)
    expression = f"{work}/eng@{_slug(version.label)}"
    date = _date(version)
    for tag, uri, this, name, author in (
            ("FRBRWork", work, f"{work}/!main", "draft", "#un"),
            ("FRBRExpression", expression, f"{expression}/!main", "draft", "#un"),
            ("FRBRManifestation", f"{expression}.akn", f"{expression}/!main.xml", "generation", "#briefingDesk")):
        frbr = etree.SubElement(ident, _q(tag))
        etree.SubElement(frbr, _q("FRBRthis"), value=this)
        etree.SubElement(frbr, _q("FRBRuri"), value=uri)
        if tag == "FRBRWork" and version.symbol:
            etree.SubElement(frbr, _q("FRBRalias"), value=version.symbol, name="symbol")
        etree.SubElement(frbr, _q("FRBRdate"), date=date, name=name)
        etree.SubElement(frbr, _q("FRBRauthor"), href=author)
        if tag == "FRBRWork":
            etree.SubElement(frbr, _q("FRBRcountry"), value="un")
        if tag == "FRBRExpression":
            etree.SubElement(frbr, _q("FRBRlanguage"), language="eng")
    references = etree.SubElement(meta, _q("references"), source="#briefingDesk")
    etree.SubElement(references, _q("TLCOrganization"), eId="briefingDesk",
                     href="/ontology/organization/briefingDesk", showAs="Briefing Desk")
    etree.SubElement(references, _q("TLCOrganization"), eId="un", href="/ontology/organization/un",
                     showAs="United Nations")


def _number_id(number: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", number) or "1"


class _Writer:
    def __init__(self, ws: Workspace, children: dict[str | None, list[Provision]], options: AknOptions) -> None:
        self.ws, self.children, self.options = ws, children, options
        self.used: set[str] = set()
        self.eids: dict[str, str] = {}

    def _eid(self, parent_eid: str, tag: str, number: str) -> str:
        own = f"{_EID_PREFIX[tag]}_{_number_id(number)}"
        eid = f"{parent_eid}__{own}" if parent_eid else own
        candidate, n = eid, 1
        while candidate in self.used:
            n += 1
            candidate = f"{eid}-{n}"
        self.used.add(candidate)
        return candidate

    def node(self, parent: etree._Element, provision: Provision, parent_eid: str) -> None:
        kind = provision.kind
        if kind in _HCONTAINERS:
            tag = "hcontainer"
        elif kind is ProvisionKind.PARAGRAPH:
            tag = "point" if provision.number.endswith(")") else "paragraph"
        else:
            tag = _GROUP_TAGS.get(kind, "hcontainer")
        number = provision.number.rsplit("(", 1)[-1].rstrip(")") if tag == "point" else provision.number
        eid = self._eid(parent_eid, tag, number or str(provision.position))
        element = etree.SubElement(parent, _q(tag), eId=eid)
        self.eids[provision.id] = eid
        if tag == "hcontainer":
            element.set("name", _HCONTAINERS.get(kind, kind.value))
        if provision.status is not ProvisionStatus.UNMARKED:
            element.set("class", f"status-{provision.status.value}")
        if provision.number:
            etree.SubElement(element, _q("num")).text = _shown_number(provision)
        if provision.heading:
            etree.SubElement(element, _q("heading")).text = provision.heading
        kids = self.children.get(provision.id, [])
        if not kids:
            _blocks(etree.SubElement(element, _q("content")), provision, self.ws, self.options)
            return
        if provision.text.strip() or provision.footnotes or _shared_concerns(self.ws, provision, self.options):
            _blocks(etree.SubElement(element, _q("intro")), provision, self.ws, self.options)
        for child in kids:
            self.node(element, child, eid)


def _shown_number(provision: Provision) -> str:
    kind, number = provision.kind, provision.number
    if kind is ProvisionKind.PARAGRAPH:
        return f"({number.rsplit('(', 1)[-1]}" if number.endswith(")") else f"{number}."
    if kind is ProvisionKind.OPTION:
        return number
    return f"{kind.noun} {number}"


def _blocks(element: etree._Element, provision: Provision, ws: Workspace, options: AknOptions) -> None:
    """The provision's text as <p> blocks, its footnotes (and, when asked, concerns) after the last."""
    lines = [line for line in provision.text.split("\n") if line.strip()] or [""]
    last = None
    for line in lines:
        last = etree.SubElement(element, _q("p"))
        last.text = line
    assert last is not None
    for index, note in enumerate(provision.footnotes, start=1):
        marker, _space, text = note.partition(" ")
        _note(last, f"{marker or index}", text or note, "footnote")
    for concern in _shared_concerns(ws, provision, options):
        _concern(last, concern)


def _shared_concerns(ws: Workspace, provision: Provision, options: AknOptions) -> list[Concern]:
    """The public and coalition concerns on the provision, when the export asks for them."""
    if not options.with_concerns:
        return []
    return [c for c in queries.concerns_for(ws, [provision.id]) if c.sensitivity.shareable_by_default]


def _note(p: etree._Element, marker: str, text: str, kind: str) -> None:
    note = etree.SubElement(p, _q("authorialNote"), marker=marker, placement="bottom")
    note.set("class", kind)
    etree.SubElement(note, _q("p")).text = text


def _concern(p: etree._Element, concern: Concern) -> None:
    summary = f"{concern.title} ({concern.severity.value})" + (f": {concern.summary}" if concern.summary else "")
    _note(p, "C", summary, "concern")
