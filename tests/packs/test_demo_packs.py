"""Packs from the demo corpus: the demo notice, illustrative marks, and no internal demo record
(notes, contacts, internal or personal rows) in any delegation's plan or in a built pack."""

from __future__ import annotations

from briefing_app.domain import models as m
from briefing_app.domain.tailoring import PackProfile, PackTemplate, plan_pack
from briefing_app.packs.build import build_pack
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.store import queries
from tests.conftest import demo_corpus
from tests.packs.conftest import pdf_text, raw_bytes

_TEXT_FIELDS = ("title", "summary", "body", "name", "email", "phone", "notes", "rationale", "proposed_text")


def _internal_strings() -> set[str]:
    secrets: set[str] = set()
    for record in demo_corpus().records:
        if record.sensitivity.shareable_by_default and not isinstance(record, m.Note | m.Contact):
            continue
        for field in _TEXT_FIELDS:
            value = getattr(record, field, "")
            if isinstance(value, str) and len(value) >= 12:
                secrets.add(value[:60])
    return secrets


def test_demo_corpus_has_internal_records_to_hide() -> None:
    assert len(_internal_strings()) >= 3


def test_no_delegation_plan_holds_internal_demo_records(demo_workspace) -> None:
    secrets = _internal_strings()
    common = read_common(demo_workspace)
    for delegation in queries.delegations(demo_workspace):
        plan = plan_pack(for_delegation(demo_workspace, common, delegation), PackProfile(delegation_id=delegation.id))
        dump = repr(plan)
        assert [s for s in secrets if s in dump] == [], delegation.name
        others = {p.delegation_id for s in plan.sections for p in (i.position for i in s.positions)}
        assert others <= {delegation.id}


def test_demo_pack_carries_notice_and_illustrative_mark_and_no_secret(demo_workspace) -> None:
    kenya = next(d for d in queries.delegations(demo_workspace) if d.iso_code == "KE")
    result = build_pack(demo_workspace, PackProfile(delegation_id=kenya.id, template=PackTemplate.TALKING_POINTS),
                        compress=False)
    text = pdf_text(result.pdf)
    assert "Demo data." in text and demo_workspace.get_meta("demo_notice")[:40] in text
    assert result.pages <= 10 and result.warnings == ()
    full = build_pack(demo_workspace, PackProfile(delegation_id=kenya.id), compress=False)
    full_text = pdf_text(full.pdf)
    assert "Illustrative: no public source records this position" in full_text
    raw = raw_bytes(full.pdf)
    assert [s for s in _internal_strings() if s in full_text or s.encode() in raw] == []
