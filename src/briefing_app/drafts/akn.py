"""Akoma Ntoso 3.0 (OASIS LegalDocML) out and in: a version's structure as an `act`, and an act or bill
read back into a draft.

Export: FRBR work / expression / manifestation identifiers from the document and version, eIds by the
AKN naming convention (`chp_II`, `art_7__para_1__point_a`), `num` / `heading` / `content` or `intro`,
options, annexes and interpretative notes as named `hcontainer`s, the closing formula as
`conclusions`, footnotes as `authorialNote`s where the text ends, a provision's negotiating status in
`class="status-…"`; optionally the shareable concerns on each provision as `authorialNote`s of class
`concern`; optionally our public and coalition amendments as attached `<amendment>` documents with
`del`/`ins` redlines (drafts/akn_amendments.py). Import parses with lxml with entities, DTDs and the
network off and a size limit, and maps part / title / chapter / section / article / paragraph /
subsection / subparagraph / point (in lists too, with their intro) / hcontainer back; words the
treaty model has no place for (text right under a section, an unmapped element) are listed as
unplaced lines in the review, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.domain.models import Concern, Document, Provision, Version
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import DraftNode, ParsedDraft, UnplacedLine
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN_SUFFIX = ".xml"
MAX_AKN_BYTES = 16 * 1024 * 1024
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


# -- import ------------------------------------------------------------------------------------------

def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def read_akn(path: Path) -> ParsedDraft:
    """A draft from an Akoma Ntoso act or bill; DraftInputError (nothing imported) for anything else."""
    try:
        size = path.stat().st_size
        if size > MAX_AKN_BYTES:
            raise DraftInputError(f"{path.name} is too large for a draft ({size / 1_048_576:.0f} MB; at most "
                                  f"{MAX_AKN_BYTES // 1_048_576} MB).")
        data = path.read_bytes()
    except OSError as error:
        raise DraftInputError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return parse_akn(data, path.name)


def parse_akn(data: bytes, name: str) -> ParsedDraft:
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise DraftInputError(f"{name} declares a DTD or entities; Akoma Ntoso needs neither, so the file is "
                              "refused as possibly hostile. Nothing was imported.")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise DraftInputError(f"{name} is not well-formed XML ({error}). Nothing was imported.") from None
    if root.tag != _q("akomaNtoso"):
        raise DraftInputError(f"{name} is not an Akoma Ntoso 3.0 document (its root is {root.tag!r}). "
                              "Nothing was imported.")
    act = next((c for c in root if c.tag in (_q("act"), _q("bill"))), None)
    if act is None:
        raise DraftInputError(f"{name} holds no act or bill. Nothing was imported.")
    nodes: list[DraftNode] = []
    lost: list[UnplacedLine] = []  # text the tree has no place for, reported in the review
    for preamble in act.iter(_q("preamble")):
        nodes.append(DraftNode(ProvisionKind.PREAMBLE, "", "", _text(preamble), _line(preamble)))
    body = act.find(_q("body"))
    if body is not None:
        nodes.extend(_node(child, "", lost) for child in body if _kind(child) is not None)
    trailing = len(nodes)  # annexes and notes after the last article follow the closing formula
    while trailing > 0 and nodes[trailing - 1].kind in (ProvisionKind.ANNEX, ProvisionKind.NOTES):
        trailing -= 1
    for conclusions in act.iter(_q("conclusions")):
        nodes.insert(trailing, DraftNode(ProvisionKind.CLOSING, "", "", _text(conclusions), _line(conclusions)))
        trailing += 1
    parsed = ParsedDraft(tuple(nodes), (*_unplaced(body), *lost), _symbol(act))
    if not parsed.count(ProvisionKind.ARTICLE):
        raise DraftInputError(f"{name} holds no article. Nothing was imported.")
    return parsed


def _kind(element: etree._Element) -> ProvisionKind | None:
    tag = etree.QName(element).localname
    if tag == "hcontainer":
        name = element.get("name", "")
        return next((k for k, n in _HCONTAINERS.items() if n == name), None)
    if tag in ("paragraph", "subsection", "subparagraph", "point", "alinea", "indent"):
        return ProvisionKind.PARAGRAPH
    return next((k for k, t in _GROUP_TAGS.items() if t == tag), None)


_OWN_TEXT = ("content", "intro", "wrapUp")
_SKIPPED = {"num", "heading", "subheading", "authorialNote", "componentRef"}


def _node(element: etree._Element, parent_number: str, lost: list[UnplacedLine]) -> DraftNode:
    kind = _kind(element)
    assert kind is not None
    num = element.find(_q("num"))
    shown = " ".join("".join(num.itertext()).split()) if num is not None else ""
    number = _number(kind, shown, parent_number)
    heading = element.find(_q("heading"))
    lists = [c for c in element if c.tag == _q("list")]
    own = [c for c in element if c.tag in tuple(_q(t) for t in _OWN_TEXT)]
    own += [c for lst in lists for c in lst if c.tag in (_q("intro"), _q("wrapUp"))]  # "In this Act—" of a list
    text = "\n".join(_text(c) for c in own if _text(c))
    footnotes = tuple(note for c in own for note in _footnotes(c))
    status = ProvisionStatus.UNMARKED
    for cls in (element.get("class") or "").split():
        if cls.startswith("status-") and cls[7:] in ProvisionStatus._value2member_map_:
            status = ProvisionStatus(cls[7:])
    members = [c for c in element if _kind(c) is not None] + [c for lst in lists for c in lst if _kind(c) is not None]
    label = f"{kind.noun} {number}".strip()
    if kind.is_group:  # a treaty's text sits in articles: words or paragraphs right under a group have no place
        for stray in [c for c in own] + [c for c in members if _kind(c) is ProvisionKind.PARAGRAPH]:
            _lose(lost, stray, f"text directly under {label}, not in an article")
        members = [c for c in members if _kind(c) is not ProvisionKind.PARAGRAPH]
        text, footnotes = "", ()
    for other in element:
        if (isinstance(other.tag, str) and other not in members and other not in own and other not in lists
                and etree.QName(other).localname not in _SKIPPED and not (kind.is_group and _kind(other))):
            _lose(lost, other, f"<{etree.QName(other).localname}> in {label} is not mapped")
    child_prefix = number if kind is ProvisionKind.PARAGRAPH else ""
    return DraftNode(kind, number, " ".join("".join(heading.itertext()).split()) if heading is not None else "",
                     text, _line(element), tuple(_node(c, child_prefix, lost) for c in members), status, footnotes)


def _lose(lost: list[UnplacedLine], element: etree._Element, reason: str) -> None:
    words = " ".join(" ".join(element.itertext()).split())
    if words:
        lost.append(UnplacedLine(_line(element), words[:200], reason))


def _number(kind: ProvisionKind, shown: str, parent_number: str) -> str:
    if kind is ProvisionKind.OPTION:
        return shown
    if kind is ProvisionKind.PARAGRAPH:
        match = re.fullmatch(r"\(?([a-z]{1,2}|[ivx]{1,6})\)", shown)
        if match:
            return f"{parent_number}({match.group(1)})"
        return shown.strip("().")
    words = shown.split()
    if words and words[0].rstrip(".").casefold() in {"article", "art", "chapter", "part", "title", "section", "annex"}:
        words = words[1:]
    return " ".join(words).rstrip(".").upper() if kind is not ProvisionKind.ARTICLE else " ".join(words).rstrip(".")


def _text(element: etree._Element) -> str:
    """The words of the <p> blocks in an element, one line each, without notes."""
    lines = []
    for p in element.iter(_q("p")):
        if any(a.tag == _q("authorialNote") for a in p.iterancestors()):
            continue
        words = (p.text or "") + "".join(_tail_text(c) for c in p)
        if words.strip():
            lines.append(" ".join(words.split()))
    return "\n".join(lines)


def _tail_text(child: etree._Element) -> str:
    if child.tag == _q("authorialNote"):
        return child.tail or ""
    return "".join(child.itertext()) + (child.tail or "")


def _footnotes(element: etree._Element) -> Iterator[str]:
    for note in element.iter(_q("authorialNote")):
        if note.get("class") == "concern":
            continue
        text = " ".join(" ".join(note.itertext()).split())
        yield f"{note.get('marker', '').strip() or '*'} {text}"


def _symbol(act: etree._Element) -> str:
    alias = act.find(f".//{_q('FRBRWork')}/{_q('FRBRalias')}")
    return alias.get("value", "") if alias is not None else ""


def _line(element: etree._Element) -> int:
    return int(element.sourceline or 0)


def _unplaced(body: etree._Element | None) -> Iterator[UnplacedLine]:
    if body is None:
        return
    for child in body:
        if _kind(child) is None and isinstance(child.tag, str):
            words = " ".join(" ".join(child.itertext()).split())
            if words:
                yield UnplacedLine(_line(child), words[:200], f"<{etree.QName(child).localname}> is not mapped")
