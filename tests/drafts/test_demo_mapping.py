"""The demo corpus as ground truth: mapping the zero draft (2023) onto the adopted text (2024)."""

from __future__ import annotations

from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.mapping import MatchKind, propose_mapping
from briefing_app.domain.models import Provision, Version
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
