"""Our recommended amendments in an Akoma Ntoso export: one `<amendment>` document per amendment,
attached to the act (`attachments/attachment`), each a redline of its provision in `<del>`/`<ins>`.

An amendment document names its provision by a `ref` to the act's eId, says who proposes it and its
status in the heading, carries the changed text in `amendmentContent` (the provision's words with
deletions in `del` and insertions in `ins`, so a reader that ignores the markup still sees both) and
the rationale in `amendmentJustification`. Only public and coalition amendments go out. An amendment
whose passage is no longer in the text is still exported: the passage in `del` and the proposal in
`ins`, with a sentence saying the passage was not found. drafts/akn.py reads such a file back as the
act alone (attachments are not part of a version).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lxml import etree

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.models import Amendment, Organization, Provision
from briefing_app.domain.redline import AmendmentTargetError, Segment, SegmentKind, amendment_redline
from briefing_app.store import queries, ui_queries
from briefing_app.store.workspace import Workspace

Qualify = Callable[[str], str]


def shareable_amendments(ws: Workspace, provisions: Sequence[Provision]) -> list[tuple[Provision, Amendment]]:
    """(provision, amendment) in document order: the public and coalition amendments of a version."""
    by_id = {p.id: p for p in provisions}
    order = {p.id: index for index, p in enumerate(provisions)}
    found = [a for a in queries.amendments_for(ws, list(by_id)) if a.sensitivity.shareable_by_default]
    found.sort(key=lambda a: (order[a.provision_id], a.date, a.title, a.id))
    return [(by_id[a.provision_id], a) for a in found]


def attach(act: etree._Element, q: Qualify, ws: Workspace, work: str, date: str,
           eids: dict[str, str], pairs: list[tuple[Provision, Amendment]]) -> None:
    """Append `<attachments>` with one amendment document per pair (nothing when there are none)."""
    if not pairs:
        return
    attachments = etree.SubElement(act, q("attachments"))
    for number, (provision, amendment) in enumerate(pairs, start=1):
        attachment = etree.SubElement(attachments, q("attachment"), eId=f"att_{number}")
        document = etree.SubElement(attachment, q("amendment"), name="recommendedAmendment")
        _meta(document, q, f"{work.replace('/act/', '/amendment/', 1)}/{amendment.id}", _day(amendment.date, date))
        body = etree.SubElement(document, q("amendmentBody"))
        _heading(etree.SubElement(body, q("amendmentHeading")), q, ws, number, provision, amendment,
                 eids.get(provision.id))
        _content(etree.SubElement(body, q("amendmentContent")), q, provision, amendment)
        if amendment.rationale.strip():
            justification = etree.SubElement(body, q("amendmentJustification"))
            for line in amendment.rationale.splitlines():
                if line.strip():
                    etree.SubElement(justification, q("p")).text = line.strip()


def _day(given: str, fallback: str) -> str:
    """The amendment's own date when it is a full day, else the version's."""
    return given if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given or "") else fallback


def _meta(document: etree._Element, q: Qualify, work: str, date: str) -> None:
    ident = etree.SubElement(etree.SubElement(document, q("meta")), q("identification"), source="#briefingDesk")
    expression = f"{work}/eng@"
    for tag, uri, this, name in (("FRBRWork", work, f"{work}/!main", "proposal"),
                                 ("FRBRExpression", expression, f"{expression}/!main", "proposal"),
                                 ("FRBRManifestation", f"{expression}.akn", f"{expression}/!main.xml", "generation")):
        frbr = etree.SubElement(ident, q(tag))
        etree.SubElement(frbr, q("FRBRthis"), value=this)
        etree.SubElement(frbr, q("FRBRuri"), value=uri)
        etree.SubElement(frbr, q("FRBRdate"), date=date, name=name)
        etree.SubElement(frbr, q("FRBRauthor"), href="#briefingDesk")
        if tag == "FRBRWork":
            etree.SubElement(frbr, q("FRBRcountry"), value="un")
        if tag == "FRBRExpression":
            etree.SubElement(frbr, q("FRBRlanguage"), language="eng")


def _label(ws: Workspace, provision: Provision) -> str:
    """What the heading calls the provision: "Article 3 bis(1)", "Article 4, Option 2", "the preamble"."""
    if provision.kind is ProvisionKind.PREAMBLE:
        return "the preamble"
    if provision.kind is ProvisionKind.CLOSING:
        return "the closing formula"
    return ui_queries.full_label(ws, provision)


def _heading(element: etree._Element, q: Qualify, ws: Workspace, number: int, provision: Provision,
             amendment: Amendment, eid: str | None) -> None:
    p = etree.SubElement(element, q("p"))
    p.text = f"Amendment {number} to "
    if eid:
        ref = etree.SubElement(p, q("ref"), href=f"#{eid}")
        ref.text = _label(ws, provision)
        ref.tail = ""
    else:
        p.text += _label(ws, provision)
    organization = ws.get(Organization, amendment.organization_id) if amendment.organization_id else None
    by = f"by {organization.name}; " if organization is not None else ""
    rest = f"{': ' + amendment.title if amendment.title else ''} ({by}status: {amendment.status.value})"
    _append(p, rest)
    p.set("class", f"amendment-{amendment.action.value} status-{amendment.status.value}")


def _content(element: etree._Element, q: Qualify, provision: Provision, amendment: Amendment) -> None:
    try:
        segments = amendment_redline(provision.text, amendment.action, amendment.target_text,
                                     amendment.proposed_text)
    except AmendmentTargetError:
        note = etree.SubElement(element, q("p"))
        note.text = "The passage this amendment acts on is no longer in the text of this version; the change proposed:"
        segments = [Segment(SegmentKind.DELETE, amendment.target_text),
                    Segment(SegmentKind.INSERT, amendment.proposed_text)]
    p = etree.SubElement(element, q("p"))
    for segment in segments:
        for index, line in enumerate(segment.text.split("\n")):
            if index:
                p = etree.SubElement(element, q("p"))
            if not line:
                continue
            if segment.kind is SegmentKind.EQUAL:
                _append(p, line)
            else:
                mark = etree.SubElement(p, q("ins" if segment.kind is SegmentKind.INSERT else "del"))
                mark.text = line
    for empty in [c for c in element if not len(c) and not (c.text or "").strip()]:
        element.remove(empty)
    if not len(element):
        etree.SubElement(element, q("p")).text = "(no text)"


def _append(p: etree._Element, text: str) -> None:
    """Add text after the last inline of a block (lxml keeps it in the last child's tail)."""
    if len(p):
        p[-1].tail = (p[-1].tail or "") + text
    else:
        p.text = (p.text or "") + text
