"""Packs stay briefing-sized (#17 item 4): the default pack covers the provisions most important for
the delegation, each with its most serious concerns and first amendments, and says how many more
there are; the complete pack (profile, CLI `--complete`, batch option) holds everything."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.cli import main as cli_main
from briefing_app.domain import models as m
from briefing_app.domain.enums import AmendmentAction, ProvisionKind, Severity, Stance
from briefing_app.domain.tailoring import (
    MAX_AMENDMENTS,
    MAX_CONCERNS,
    MAX_SECTIONS,
    PackData,
    PackProfile,
    PackTemplate,
    plan_pack,
)
from briefing_app.packs.batch import Overrides
from briefing_app.packs.build import render_plan
from briefing_app.store.workspace import Workspace
from tests.packs.conftest import pdf_text

ARTICLES = 60
CONCERNS = 12  # per article


def _data() -> PackData:
    doc = m.Document(title="Long convention")
    version = m.Version(document_id=doc.id, label="Rev.1", seq=1)
    delegation = m.Delegation(name="Kenya", iso_code="KE")
    provisions, concerns, links, amendments, positions = [], [], [], [], []
    for n in range(1, ARTICLES + 1):
        article = m.Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number=str(n), position=n,
                              text=f"Each State Party may act under article {n}.")
        provisions.append(article)
        for k in range(CONCERNS):
            severity = Severity.CRITICAL if (n <= 5 and k == 11) else Severity.HIGH
            concern = m.Concern(title=f"Concern {n}-{k}", severity=severity, date=f"2024-01-{k + 1:02d}")
            concerns.append(concern)
            links.append((concern.id, article.id))
        if n == 1:
            amendments += [m.Amendment(provision_id=article.id, title=f"Amendment 1-{k}", target_text="may",
                                       proposed_text="shall", action=AmendmentAction.SUBSTITUTE) for k in range(6)]
    # Kenya spoke to the last amendment of article 1: it stays in the pack whatever the cap
    positions.append(m.Position(delegation_id=delegation.id, amendment_id=amendments[-1].id, stance=Stance.OPPOSES,
                                date="2024-08-01"))
    return PackData(delegation=delegation, document=doc, version=version, provisions=tuple(provisions),
                    concerns=tuple(concerns), concern_provisions=tuple(links), amendments=tuple(amendments),
                    positions=tuple(positions), data_as_of="2024-08-08T00:00:00Z")


def test_the_default_pack_covers_the_most_important_provisions_and_counts_the_rest() -> None:
    data = _data()
    profile = PackProfile(delegation_id=data.delegation.id)
    plan = plan_pack(data, profile)
    assert len(plan.sections) == MAX_SECTIONS and plan.left_out == ARTICLES - MAX_SECTIONS
    assert plan.sections[0].unit.number == "1"  # opposes our amendment: first
    assert [s.unit.number for s in plan.sections[1:5]] == ["2", "3", "4", "5"]  # then the critical ones
    assert all(len(s.concerns) == MAX_CONCERNS and s.more_concerns == CONCERNS - MAX_CONCERNS for s in plan.sections)
    assert plan.sections[1].concerns[0].concern.severity is Severity.CRITICAL  # most serious first
    first = plan.sections[0]
    assert [a.amendment.title for a in first.amendments] == [
        *(f"Amendment 1-{k}" for k in range(MAX_AMENDMENTS)), "Amendment 1-5"]
    assert first.more_amendments == 1
    text = pdf_text(render_plan(plan).pdf)
    assert "To keep this pack short, 20 more provisions with such concerns are left out" in text
    assert "... and 4 more concerns on this provision, in the complete pack." in text
    assert "... and 1 more recommended amendment to this provision, in the complete pack." in text
    assert "Concern 40-0" in text and "Concern 41-0" not in text  # articles 41-60 are the ones left out
    assert "Concern 6-7" in text and "Concern 6-8" not in text  # the 8 most serious (then oldest) of each


def test_the_complete_pack_holds_everything_and_says_nothing_is_left_out() -> None:
    data = _data()
    plan = plan_pack(data, PackProfile(delegation_id=data.delegation.id, complete=True))
    assert len(plan.sections) == ARTICLES and plan.left_out == 0
    assert all(len(s.concerns) == CONCERNS and s.more_concerns == 0 for s in plan.sections)
    assert len(plan.sections[0].amendments) == 6
    short = plan_pack(data, PackProfile(delegation_id=data.delegation.id))
    assert render_plan(short).pages < render_plan(plan).pages


def test_a_pinned_provision_beyond_the_cap_stays() -> None:
    data = _data()
    last = data.provisions[-1]
    plan = plan_pack(data, PackProfile(delegation_id=data.delegation.id, pinned=(last.lineage_id,)))
    assert last.id in {s.unit.id for s in plan.sections}
    assert len(plan.sections) == MAX_SECTIONS + 1 and plan.left_out == ARTICLES - MAX_SECTIONS - 1


def test_the_brief_and_talking_points_stay_short_too() -> None:
    data = _data()
    for template in (PackTemplate.BRIEF, PackTemplate.TALKING_POINTS):
        plan = plan_pack(data, PackProfile(delegation_id=data.delegation.id, template=template))
        assert len(plan.sections) <= MAX_SECTIONS


def test_the_batch_option_and_the_cli_ask_for_the_complete_pack(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    profile = PackProfile(delegation_id="d")
    assert Overrides(complete=True).apply(profile).complete and not Overrides().apply(profile).complete
    data = _data()
    db = tmp_path / "long.sqlite"
    with Workspace.open(db) as ws:
        ws.insert_many([data.document, data.version, data.delegation, *data.provisions, *data.concerns])
        ws.insert_links("concern_provisions", list(data.concern_provisions))
    sections = {}
    for flag in ([], ["--complete"]):
        out = tmp_path / f"ke{len(flag)}.pdf"
        assert cli_main(["--db", str(db), "pack", "--delegation", "KE", "--out", str(out), *flag]) == 0
        sections[bool(flag)] = capsys.readouterr().out
    assert f"{MAX_SECTIONS} provisions" in sections[False] and f"{ARTICLES} provisions" in sections[True]


def test_the_demo_packs_are_not_shortened(demo_workspace: Workspace) -> None:
    from briefing_app.packs.gather import for_delegation, read_common

    common = read_common(demo_workspace)
    for delegation in demo_workspace.find(m.Delegation):
        data = for_delegation(demo_workspace, common, delegation)
        profile = PackProfile(delegation_id=delegation.id)
        short, whole = plan_pack(data, profile), plan_pack(data, replace(profile, complete=True))
        assert short.left_out == 0 and short.sections == whole.sections, delegation.name
