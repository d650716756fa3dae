"""Tailoring: which provisions a delegation's pack covers, in which order, and what it never holds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing_app.domain.enums import Severity
from briefing_app.domain.tailoring import Alignment, PackProfile, plan_pack
from briefing_app.packs.gather import for_delegation, read_common
from tests.packs.fixtures import SECRETS


def _plan(ws, delegation, **settings):
    common = read_common(ws)
    return plan_pack(for_delegation(ws, common, delegation), PackProfile(delegation_id=delegation.id, **settings))


def test_provisions_backed_by_the_delegation_come_last_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya)
    assert [s.unit.id for s in plan.sections] == [fx.art28.id, fx.art6.id]
    assert [s.alignment for s in plan.sections] == [Alignment.OPEN, Alignment.WITH_US]
    assert plan.sections[1].short and not plan.sections[0].short


def test_positions_of_another_delegation_decide_nothing_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.brazil, min_severity=Severity.LOW)
    by_unit = {s.unit.id: s for s in plan.sections}
    assert by_unit[fx.art6.id].alignment is Alignment.OPEN  # Brazil's own position: opposes the text
    assert by_unit[fx.art28.id].alignment is Alignment.UNKNOWN  # Kenya's position is not Brazil's
    assert by_unit[fx.art28.id].positions == ()


def test_threshold_pins_and_exclusions_change_selection_when_set(pack_ws) -> None:
    ws, fx = pack_ws
    assert fx.art40.id not in {s.unit.id for s in _plan(ws, fx.kenya).sections}
    assert fx.art40.id in {s.unit.id for s in _plan(ws, fx.kenya, min_severity=Severity.LOW).sections}
    pinned = _plan(ws, fx.kenya, pinned=(fx.art40.lineage_id,))
    assert {s.unit.id: s.pinned for s in pinned.sections}[fx.art40.id] is True
    excluded = _plan(ws, fx.kenya, excluded=(fx.art28.lineage_id,))
    assert fx.art28.id not in {s.unit.id for s in excluded.sections}


def test_provision_with_only_internal_concerns_is_skipped_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya, min_severity=Severity.LOW)
    assert fx.art14.id not in {s.unit.id for s in plan.sections}


def test_plan_holds_no_internal_personal_or_foreign_record_when_built(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya, min_severity=Severity.LOW, pinned=(fx.art14.lineage_id,))
    dump = repr(plan)
    assert [s for s in SECRETS if s in dump] == []
    assert "Safeguard clause weakened" in dump  # positive control


def test_talking_points_and_top_asks_stay_in_bounds_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya, min_severity=Severity.LOW)
    assert all(1 <= len(s.talking_points) <= 3 for s in plan.sections)
    assert 1 <= len(plan.top_asks) <= 5
    assert plan.top_asks[0].unit == plan.sections[0].unit
    assert "Make the safeguard binding" in [a.amendment.title for a in plan.top_asks if a.amendment]


def test_amendment_becomes_redline_against_base_text_when_planned(pack_ws) -> None:
    ws, fx = pack_ws
    section = next(s for s in _plan(ws, fx.kenya).sections if s.unit.id == fx.art6.id)
    segments = section.amendments[0].segments
    assert segments is not None
    kinds = {(seg.kind.value, seg.text.strip()) for seg in segments if seg.kind.value != "equal"}
    assert kinds == {("delete", "may"), ("insert", "shall")}


def test_sources_are_numbered_in_order_of_citation_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya)
    assert [s.title for s in plan.sources] == ["Joint civil society letter on safeguards"]
    first = plan.sections[0].positions[0]
    assert first.source_number == 1
    without = _plan(ws, fx.kenya, sources_annex=False)
    assert without.sources == () and without.sections[0].positions[0].source_number is None


def test_profile_of_other_delegation_is_refused_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    data = for_delegation(ws, read_common(ws), fx.kenya)
    with pytest.raises(ValueError, match="another delegation"):
        plan_pack(data, PackProfile(delegation_id=fx.brazil.id))


def test_cover_fields_come_from_profile_or_data_when_planning(pack_ws) -> None:
    ws, fx = pack_ws
    plan = _plan(ws, fx.kenya)
    assert plan.marking == ""  # the standard marking, worded in the pack's language
    assert plan.version_label == "Final draft · A/AC.291/L.15 · 2024-08-07"
    assert plan.issuers == ()  # nobody ticked: no issuer named
    assert plan.date == "2026-01-01"
    custom = _plan(ws, fx.kenya, pack_date="2024-09-03", marking="Confidential")
    assert (custom.date, custom.marking) == ("2024-09-03", "Confidential")
    assert replace(custom.profile, pack_date="") == PackProfile(delegation_id=fx.kenya.id, marking="Confidential")


def test_brief_and_talking_points_carry_no_dangling_references_when_planned(pack_ws) -> None:
    from briefing_app.domain.tailoring import PackTemplate

    ws, fx = pack_ws
    for template in (PackTemplate.BRIEF, PackTemplate.TALKING_POINTS):
        plan = _plan(ws, fx.kenya, template=template)
        assert plan.sources == () and plan.cases == ()
        assert all(p.source_number is None for s in plan.sections for p in s.positions)
        assert all(c.source_numbers == () for s in plan.sections for c in s.concerns)
