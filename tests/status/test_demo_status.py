"""The demo's treaty status: sourced signatures, illustrative instruments, national implementation."""

from __future__ import annotations

import datetime as dt

from briefing_app.domain.enums import Confidence, StatusKind
from briefing_app.domain.models import Delegation, NationalLaw, Position, Provision, StatusEvent
from briefing_app.status.overview import entry_into_force_of
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace


def _by_code(ws: Workspace) -> dict[str, Delegation]:
    return {d.iso_code: d for d in ws.find(Delegation) if d.iso_code}


def test_signatures_are_sourced_and_instruments_illustrative(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    events = ws.find(StatusEvent)
    assert all(e.source_id for e in events if not e.illustrative)
    assert all(e.illustrative and e.summary.startswith("Illustrative") for e in events if e.kind.is_instrument)
    codes = _by_code(ws)
    signed = {e.delegation_id: e for e in events if e.kind is StatusKind.SIGNATURE}
    assert codes["US"].id not in signed  # did not sign in Hanoi
    assert signed[codes["CA"].id].confidence is Confidence.LOW and signed[codes["CA"].id].date == "2026-07"
    assert signed[codes["AU"].id].date == "2025-10-25"


def test_signing_is_no_longer_modelled_as_supporting_article_1(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    article1 = [p.id for p in ws.find(Provision) if p.number == "1" and p.heading == "Statement of purpose"]
    on_article1 = [p for p in ws.find(Position) if p.provision_id in article1]
    assert not any("signed" in p.summary.casefold() for p in on_article1)


def test_demo_entry_into_force_counts_three_of_forty(demo_workspace: Workspace) -> None:
    document = queries.documents(demo_workspace)[0]
    result = entry_into_force_of(demo_workspace, document.id, on=dt.date(2026, 11, 1))
    assert (result.counted, result.required, result.date) == (3, 40, None)
    assert len(result.not_counted) == 1  # the EU's approval


def test_national_laws_have_sections_linked_to_articles_concerns_and_cases(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    laws = {law.title: law for law in ws.find(NationalLaw)}
    nigeria = laws["Cybercrimes (Prohibition, Prevention, etc.) Act 2015"]
    assert not nigeria.illustrative and nigeria.source_id
    sections = {s.section.number: s for s in status_store.section_details(ws, nigeria.id)}
    assert len(sections["24(1)(b)"].cases) == 5 and sections["24(1)(b)"].concerns
    bill = next(law for law in laws.values() if law.illustrative)
    assert bill.title.startswith("Illustrative")
    mapped = [a.number for s in status_store.section_details(ws, bill.id) for a in s.articles]
    assert mapped == ["7", "11", "25", "27", "24"]
