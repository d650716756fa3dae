"""Read an Akoma Ntoso act or bill into a draft, whoever wrote it (drafts/akn.py writes ours).

lxml parses with entities, DTDs and the network off and a size limit. Part / title / chapter / section /
article / paragraph / subsection / subparagraph / point (in lists too, with their intro and wrap-up) /
hcontainer map onto the treaty's tree, numbered from their `num` as the producer wrote it ("Article 1",
"Art. 2.", "1", "(1)", "a.", "(b)"), eIds whatever their convention; annexes attached as documents
(`attachments`, `components`) become annexes; a quoted structure (an amendment quoting an article)
stays words of the provision that quotes it; documents in the working drafts' namespaces of Akoma
Ntoso 3.0 and in 2.0 are read as 3.0. Words the treaty model has no place for (text right under a
section, an unmapped element) are listed as unplaced lines in the review, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from briefing_app.domain.enums import ProvisionKind, ProvisionStatus
from briefing_app.drafts import headings as h
from briefing_app.drafts.akn import _GROUP_TAGS, _HCONTAINERS, NS, _q
from briefing_app.drafts.errors import DraftInputError
from briefing_app.drafts.parse import DraftNode, ParsedDraft, UnplacedLine

MAX_AKN_BYTES = 16 * 1024 * 1024
_OTHER_NAMESPACES = ("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/", "http://www.akomantoso.org/2.0",
                     "http://www.akomantoso.org/3.0")
"""Working drafts of 3.0 (".../akn/3.0/WD17", ".../CSD13") and the 2.0 namespace: read as 3.0."""
_QUOTED = ("quotedStructure", "embeddedStructure")
_ACT_PARTS = {"meta", "preface", "preamble", "body", "mainBody", "conclusions", "attachments", "components"}


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
    _as_akn_3(root)
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
    body = body if body is not None else act.find(_q("mainBody"))
    if body is not None:
        nodes.extend(_node(child, "", lost) for child in body if _kind(child) is not None)
    trailing = len(nodes)  # annexes and notes after the last article follow the closing formula
    while trailing > 0 and nodes[trailing - 1].kind in (ProvisionKind.ANNEX, ProvisionKind.NOTES):
        trailing -= 1
    for conclusions in act.iter(_q("conclusions")):
        nodes.insert(trailing, DraftNode(ProvisionKind.CLOSING, "", "", _text(conclusions), _line(conclusions)))
        trailing += 1
    nodes.extend(_attachments(act))
    for other in act:
        if isinstance(other.tag, str) and etree.QName(other).localname not in _ACT_PARTS:
            _lose(lost, other, f"<{etree.QName(other).localname}> is not mapped")
    parsed = ParsedDraft(tuple(nodes), (*_unplaced(body), *lost), _symbol(act))
    if not parsed.count(ProvisionKind.ARTICLE):
        raise DraftInputError(f"{name} holds no article. Nothing was imported.")
    return parsed


def _as_akn_3(root: etree._Element) -> None:
    """Elements in an earlier Akoma Ntoso namespace renamed into 3.0's (the vocabulary is the same)."""
    if not isinstance(root.tag, str) or not root.tag.startswith(tuple("{" + ns for ns in _OTHER_NAMESPACES)):
        return
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{") and not element.tag.startswith(f"{{{NS}}}"):
            namespace = element.tag[1:].split("}", 1)[0]
            if namespace.startswith(_OTHER_NAMESPACES):
                element.tag = _q(etree.QName(element).localname)


def _attachments(act: etree._Element) -> Iterator[DraftNode]:
    """Annexes attached as documents of their own (`attachments` in 3.0, `components` before it)."""
    for holder in (c for c in act if c.tag in (_q("attachments"), _q("components"))):
        for index, attached in enumerate((d for d in holder.iter() if d.tag in (
                _q("doc"), _q("act"), _q("bill")) and d is not act), start=1):
            number = attached.find(f".//{_q('docNumber')}")
            title = attached.find(f".//{_q('docTitle')}")
            content = attached.find(_q("mainBody"))
            content = content if content is not None else attached.find(_q("body"))
            yield DraftNode(ProvisionKind.ANNEX, _words(number) or (str(index) if index > 1 else ""),
                            _words(title), _text(content) if content is not None else "", _line(attached))


def _words(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


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
        match = re.fullmatch(r"\(?([a-z]{1,2}|[ivx]{1,6})[).]?", shown)
        if match:
            return f"{parent_number}({match.group(1)})"
        return shown.strip("().")
    words = shown.split()
    if words and words[0].rstrip(".").casefold() in {"article", "art", "chapter", "part", "title", "section", "annex"}:
        words = words[1:]
    if kind is ProvisionKind.ARTICLE:
        found = h.heading(f"Article {' '.join(words)}")  # "Article premier bis", "Art. 7 bis."
        return found.number if found is not None else " ".join(words).rstrip(".")
    return " ".join(words).rstrip(".").upper()


def _text(element: etree._Element) -> str:
    """The words of the <p> blocks in an element, one line each, without notes."""
    lines = []
    for p in element.iter(_q("p")):
        if any(a.tag == _q("authorialNote") or etree.QName(a).localname in _QUOTED for a in p.iterancestors()):
            continue
        words = (p.text or "") + "".join(_tail_text(c) for c in p)
        if words.strip():
            lines.append(" ".join(words.split()))
    return "\n".join(lines)


def _tail_text(child: etree._Element) -> str:
    if child.tag == _q("authorialNote"):
        return child.tail or ""
    if any(etree.QName(e).localname in _QUOTED for e in child.iter()):  # an article quoted by an amendment
        return " ".join(words.strip() for words in child.itertext() if words.strip()) + (child.tail or "")
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
