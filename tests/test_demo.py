"""The demo corpus: complete convention structure, resolvable links, enough analysis to demo every feature."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.demo import CorpusError, load_corpus
from briefing_app.domain.enums import ProvisionKind, Sensitivity
from briefing_app.domain.models import (
    Amendment,
    Concern,
    Contact,
    Delegation,
    Document,
    Note,
    Position,
    Provision,
    Version,
)
from briefing_app.domain.redline import apply_amendment
from briefing_app.store import queries
from briefing_app.store.connection import integrity_problems
from briefing_app.store.workspace import Workspace


def _adopted(ws: Workspace) -> Version:
    document = ws.find(Document)[0]
    return queries.latest_version(ws, document.id)  # type: ignore[return-value]


def test_adopted_text_has_preamble_9_chapters_and_68_articles(demo_workspace: Workspace) -> None:
    provisions = queries.provisions_of(demo_workspace, _adopted(demo_workspace).id)
    chapters = [p for p in provisions if p.kind is ProvisionKind.CHAPTER]
    articles = [p for p in provisions if p.kind is ProvisionKind.ARTICLE]
    assert provisions[0].kind is ProvisionKind.PREAMBLE
    assert [c.number for c in chapters] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    assert [a.number for a in articles] == [str(n) for n in range(1, 69)]
    assert all(a.heading and a.text for a in articles)
    by_id = {p.id: p for p in provisions}
    assert all(by_id[a.parent_id].kind is ProvisionKind.CHAPTER for a in articles)  # type: ignore[index]


def test_key_articles_have_their_titles(demo_workspace: Workspace) -> None:
    articles = {p.number: p.heading for p in queries.provisions_of(demo_workspace, _adopted(demo_workspace).id)
                if p.kind is ProvisionKind.ARTICLE}
    assert articles["6"] == "Respect for human rights"
    assert articles["7"] == "Illegal access"
    assert articles["30"] == "Interception of content data"
    assert articles["68"] == "Depositary and languages"


def test_zero_draft_shares_lineage_with_renumbered_articles(demo_workspace: Workspace) -> None:
    versions = queries.versions_of(demo_workspace, demo_workspace.find(Document)[0].id)
    assert len(versions) == 2
    zero, adopted = versions
    old = {p.number: p for p in queries.provisions_of(demo_workspace, zero.id) if p.kind is ProvisionKind.ARTICLE}
    new = {p.number: p for p in queries.provisions_of(demo_workspace, adopted.id) if p.kind is ProvisionKind.ARTICLE}
    assert old["5"].lineage_id == new["6"].lineage_id  # human-rights clause: Art 5 → Art 6
    assert old["6"].lineage_id == new["7"].lineage_id  # illegal access: Art 6 → Art 7
    assert new["4"].lineage_id not in {p.lineage_id for p in old.values()}  # Art 4 is new
    assert old["17"].lineage_id not in {p.lineage_id for p in new.values()}  # zero-draft Art 17 deleted


def test_every_link_resolves_and_nothing_is_orphaned(demo_workspace: Workspace) -> None:
    assert integrity_problems(demo_workspace.conn) == []
    for concern in demo_workspace.find(Concern):
        assert demo_workspace.linked("concern_provisions", left_id=concern.id), concern.title
        assert demo_workspace.linked("concern_sources", left_id=concern.id), concern.title
        assert concern.organization_id, concern.title
    for note in demo_workspace.find(Note):
        table = {"delegations": Delegation, "concerns": Concern, "provisions": Provision}[note.record_table]
        assert demo_workspace.get(table, note.record_id) is not None


def test_amendments_apply_to_their_provision_text(demo_workspace: Workspace) -> None:
    amendments = demo_workspace.find(Amendment)
    assert len(amendments) >= 15
    for amendment in amendments:
        provision = demo_workspace.require(Provision, amendment.provision_id)
        new_text = apply_amendment(provision.text, amendment.action, amendment.target_text, amendment.proposed_text)
        assert new_text != provision.text, amendment.title
        assert amendment.rationale, amendment.title


def test_corpus_has_enough_analysis_to_demo(demo_workspace: Workspace) -> None:
    counts = demo_workspace.counts()
    assert counts["concerns"] >= 30
    assert counts["cases"] >= 8
    assert counts["delegations"] >= 25
    articles_with_concerns = {
        p.parent_id if p.kind is ProvisionKind.PARAGRAPH else p.id
        for c in demo_workspace.find(Concern) for p in queries.provisions_of_concern(demo_workspace, c.id)}
    assert len(articles_with_concerns) >= 15
    positions = demo_workspace.find(Position)
    targets = {p.provision_id or p.amendment_id for p in positions}
    assert len(targets) >= 10


def test_unsupported_positions_are_marked_illustrative(demo_workspace: Workspace) -> None:
    positions = demo_workspace.find(Position)
    assert any(p.illustrative for p in positions) and any(not p.illustrative for p in positions)
    assert all(p.source_id for p in positions if not p.illustrative)


def test_internal_and_personal_records_exist_for_redaction_demos(demo_workspace: Workspace) -> None:
    notes = demo_workspace.find(Note)
    contacts = demo_workspace.find(Contact)
    assert any(n.sensitivity is Sensitivity.INTERNAL and "INTERNAL-ONLY" in n.body for n in notes)
    assert any(c.sensitivity is Sensitivity.PERSONAL and "PERSONAL-ONLY" in c.notes for c in contacts)


def test_demo_ids_are_stable_across_loads() -> None:
    first = [r.id for r in load_corpus().records]
    second = [r.id for r in load_corpus().records]
    assert first == second


def test_broken_corpus_names_file_and_record(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "resources" / "demo"
    for item in source.glob("*.toml"):
        (tmp_path / item.name).write_bytes(item.read_bytes())
    concerns = tmp_path / "concerns.toml"
    concerns.write_text(concerns.read_text(encoding="utf-8").replace('severity = "', 'severity = "x', 1),
                        encoding="utf-8")
    with pytest.raises(CorpusError, match=r"concerns.toml concerns '\w+': 'x\w+' is not one of"):
        load_corpus(tmp_path)


def test_default_workspace_starts_with_demo_and_finds_interception(capsys) -> None:
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["demo"] is True and info["counts"]["provisions"] > 68
    assert main(["search", "interception", "--kind", "provision", "--json"]) == 0
    titles = [hit["title"] for hit in json.loads(capsys.readouterr().out)]
    assert "Article 30: Interception of content data" in titles[:3]


def test_demo_flag_loads_corpus_into_new_explicit_file(capsys, tmp_path: Path) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "--demo", "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["demo"] is True


def test_demo_coalition_is_fictional_so_packs_are_never_issued_in_a_real_ngos_name(demo_workspace: Workspace) -> None:
    from briefing_app.domain.models import Organization

    members = [o.name for o in demo_workspace.find(Organization) if o.coalition_member]
    assert members == ["Demo Coalition Secretariat (fictional)"]
