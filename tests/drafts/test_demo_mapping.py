"""The demo corpus as ground truth: mapping the zero draft (2023) onto the adopted text (2024)."""

from __future__ import annotations

from briefing_app.domain.carry_plan import CarryState
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.mapping import MatchKind, propose_mapping
from briefing_app.domain.models import Provision, Version
from briefing_app.drafts.compare import changes_between
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from tests.conftest import demo_corpus


def _versions() -> tuple[list[Provision], list[Provision]]:
    corpus = demo_corpus()
    versions = sorted((r for r in corpus.records if isinstance(r, Version)), key=lambda v: v.seq)
    zero, adopted = versions[0], versions[-1]
    provisions = [r for r in corpus.records if isinstance(r, Provision)]
    return ([p for p in provisions if p.version_id == zero.id], [p for p in provisions if p.version_id == adopted.id])


def test_mapping_reproduces_the_corpus_lineages_despite_renumbering_and_rewording() -> None:
    zero, adopted = _versions()
    mapping = propose_mapping(zero, adopted)
    by_lineage = {p.lineage_id: p.id for p in adopted}
    wrong = [(p.kind.value, p.number, p.heading) for p in zero
             if mapping.targets(p.id) != ((by_lineage[p.lineage_id],) if p.lineage_id in by_lineage else ())]
    assert wrong == []
    renumbered = [e for e in mapping.entries if e.renumbered]
    assert len(renumbered) >= 10  # the new Art 4 pushed the zero draft's Arts 4-16 up by one


def test_new_article_4_and_deleted_zero_draft_article_17_are_reported() -> None:
    zero, adopted = _versions()
    mapping = propose_mapping(zero, adopted)
    new_articles = {p.number for p in adopted if p.kind is ProvisionKind.ARTICLE
                    and any(e.kind is MatchKind.NEW and e.new_ids == (p.id,) for e in mapping.entries)}
    assert "4" in new_articles
    deleted = [p for p in zero if mapping.entry_for_old(p.id).kind is MatchKind.DELETED]
    assert [(p.kind.value, p.number) for p in deleted] == [("article", "17")]


def _as_typed_draft(provisions: list[Provision]) -> str:
    """A version written out the way a draft is typed (headings, numbered paragraphs)."""
    lines: list[str] = []
    for p in provisions:
        if p.kind is ProvisionKind.PREAMBLE:
            lines += ["Preamble", p.text, ""]
        elif p.kind is ProvisionKind.CHAPTER:
            lines += [f"CHAPTER {p.number}", p.heading.upper(), ""]
        elif p.kind is ProvisionKind.ARTICLE:
            lines += [f"Art. {p.number} — {p.heading}", p.text]
        else:
            lines.append(f"{p.number} {p.text}" if p.number.endswith(")") else f"{p.number}. {p.text}")
    return "\n".join(lines)


def test_retyped_adopted_text_maps_as_unchanged_and_carries_everything_unchanged(demo_workspace) -> None:
    ws = demo_workspace
    document = queries.documents(ws)[0]
    adopted = queries.latest_version(ws, document.id)
    assert adopted is not None
    text = _as_typed_draft(queries.provisions_of(ws, adopted.id))
    plan = plan_import(ws, parse_text(text), document=document, label="Re-typed")
    assert {e.kind for e in plan.mapping.entries} == {MatchKind.SAME}
    result = apply_import(ws, plan)
    assert result.carried and {c.state for c in result.carried} == {CarryState.UNCHANGED}
    assert changes_between(ws, adopted.id, result.version.id) == []
