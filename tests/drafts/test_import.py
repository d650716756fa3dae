"""Importing Rev.2 over Rev.1: lineages follow the mapping, analysis is carried with review states."""

from __future__ import annotations

import pytest

from briefing_app.domain.carry_plan import CarryState
from briefing_app.domain.mapping import MatchKind
from briefing_app.domain.models import Amendment, Position, Provision, Version
from briefing_app.domain.progress import Cancelled, CancelToken
from briefing_app.drafts.errors import DraftImportError
from briefing_app.drafts.importer import apply_import, complete_pairs, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from briefing_app.store.drafts_store import carries_into, relations_into
from tests.drafts.conftest import Rev1, fixture_text
from tests.helpers import logical_dump


def _plan(rev1: Rev1, **options: str):
    return plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id,
                       label=options.pop("label", "Rev.2"), **options)


def _new_articles(rev1: Rev1, version_id: str) -> dict[str, Provision]:
    return {p.number: p for p in queries.provisions_of(rev1.ws, version_id) if p.kind.value == "article"}


def test_mapping_of_rev2_finds_each_kind_of_change_when_planned(rev1: Rev1) -> None:
    plan = _plan(rev1)
    labels = {p.id: p.label for p in (*plan.old_provisions, *plan.provisions)}
    proposed = {labels[e.old_id]: (e.kind, tuple(labels[n] for n in e.new_ids))
                for e in plan.mapping.entries if e.old_id and labels[e.old_id].startswith("Article")}
    assert proposed == {
        "Article 1": (MatchKind.SAME, ("Article 1",)),
        "Article 2": (MatchKind.SAME, ("Article 2",)),
        "Article 3": (MatchKind.SAME, ("Article 3",)),
        "Article 4": (MatchKind.SPLIT, ("Article 5", "Article 6")),
        "Article 5": (MatchKind.MERGED, ("Article 7",)),
        "Article 6": (MatchKind.MERGED, ("Article 7",)),
        "Article 7": (MatchKind.CHANGED, ("Article 8",)),
        "Article 8": (MatchKind.DELETED, ()),
        "Article 9": (MatchKind.RENUMBERED, ("Article 4",)),
    }
    assert [labels[e.new_ids[0]] for e in plan.mapping.entries if e.kind is MatchKind.NEW] == ["Article 9"]
    assert plan.base is not None and plan.base.label == "Rev.1" and plan.version.seq == 2


def test_applied_mapping_sets_lineages_and_relations(rev1: Rev1) -> None:
    result = apply_import(rev1.ws, _plan(rev1))
    new = _new_articles(rev1, result.version.id)
    old = rev1.articles
    assert new["4"].lineage_id == old["9"].lineage_id
    assert new["5"].lineage_id == old["4"].lineage_id  # the larger part of the split keeps the lineage
    assert new["7"].lineage_id == old["5"].lineage_id  # the larger source of the merge gives its lineage
    assert new["8"].lineage_id == old["7"].lineage_id
    assert new["9"].lineage_id not in {p.lineage_id for p in old.values()}
    relations = {(r.relation, r.provision_id, r.related_id) for r in relations_into(rev1.ws, result.version.id)}
    assert relations == {("split-from", new["6"].id, old["4"].id), ("merged-into", old["6"].id, new["7"].id)}


def test_carried_records_get_review_states(rev1: Rev1) -> None:
    result = apply_import(rev1.ws, _plan(rev1))
    new = _new_articles(rev1, result.version.id)
    states = {(c.record_table, c.source_id): c for c in carries_into(rev1.ws, result.version.id)}
    c, a, p = rev1.concerns, rev1.amendments, rev1.positions
    assert states[("concerns", c["same"].id)].state is CarryState.UNCHANGED
    split = states[("concerns", c["split"].id)]
    assert (split.state, split.new_provision_id) == (CarryState.BASE_TEXT_CHANGED, new["5"].id)
    assert "also see Article 6" in split.detail
    assert states[("concerns", c["deleted"].id)].state is CarryState.ORPHANED
    assert states[("concerns", c["deleted"].id)].carried_id is None
    assert states[("amendments", a["adopted"].id)].state is CarryState.POSSIBLY_ADOPTED
    assert states[("amendments", a["renumbered"].id)].state is CarryState.UNCHANGED
    gone = states[("amendments", a["target-gone"].id)]
    assert (gone.state, gone.new_provision_id) == (CarryState.BASE_TEXT_CHANGED, new["8"].id)
    assert "no longer in the text" in gone.detail
    merged = states[("amendments", a["merged"].id)]
    assert (merged.state, merged.new_provision_id) == (CarryState.BASE_TEXT_CHANGED, new["7"].id)
    assert "merged into Article 7" in merged.detail
    assert states[("amendments", a["orphan"].id)].state is CarryState.ORPHANED
    assert states[("positions", p["renumbered"].id)].state is CarryState.UNCHANGED
    assert states[("positions", p["deleted"].id)].state is CarryState.ORPHANED
    assert states[("positions", p["on-amendment"].id)].state is CarryState.POSSIBLY_ADOPTED  # test_carry_stances
    needing = carries_into(rev1.ws, result.version.id, review_only=True)
    assert {x.state for x in needing} == {CarryState.BASE_TEXT_CHANGED, CarryState.POSSIBLY_ADOPTED,
                                          CarryState.ORPHANED}


def test_carrying_copies_amendments_and_positions_and_keeps_the_old_analysis(rev1: Rev1) -> None:
    before = {a.id: a for a in rev1.ws.find(Amendment)}
    result = apply_import(rev1.ws, _plan(rev1))
    new = _new_articles(rev1, result.version.id)
    copies = queries.amendments_for(rev1.ws, [new["8"].id])
    assert sorted(x.title for x in copies) == ["Require criminal intent", "Require dishonest intent"]
    copy = next(x for x in copies if x.title == "Require dishonest intent")
    assert copy.id != rev1.amendments["adopted"].id
    assert rev1.ws.linked("amendment_concerns", left_id=copy.id) == [rev1.concerns["split"].id]
    assert len(rev1.ws.linked("amendment_supporters", left_id=copy.id)) == 1
    assert all(rev1.ws.get(Amendment, i) == a for i, a in before.items())
    assert [x.title for x in queries.concerns_for(rev1.ws, [rev1.articles["4"].id])] == [
        "Access offence lacks a public-interest exception"]
    assert [x.title for x in queries.concerns_for(rev1.ws, [new["5"].id])] == [
        "Access offence lacks a public-interest exception"]
    moved = rev1.ws.find(Position, provision_id=new["4"].id)
    assert [(x.stance.value, x.version_id) for x in moved] == [("supports", rev1.positions["renumbered"].version_id)]


def test_user_corrected_pairs_override_the_proposal(rev1: Rev1) -> None:
    plan = _plan(rev1)
    by_number = {p.number: p for p in plan.provisions if p.kind.value == "article"}
    pairs = {pair for pair in plan.mapping.pairs if pair[0] != rev1.articles["8"].id}
    pairs.add((rev1.articles["8"].id, by_number["9"].id))  # the user says old 8 became new 9
    result = apply_import(rev1.ws, plan, pairs)
    assert result.mapping.entry_for_old(rev1.articles["8"].id).kind is MatchKind.CHANGED
    new = _new_articles(rev1, result.version.id)
    assert new["9"].lineage_id == rev1.articles["8"].lineage_id
    states = {c.source_id: c.state for c in carries_into(rev1.ws, result.version.id)}
    assert states[rev1.concerns["deleted"].id] is CarryState.BASE_TEXT_CHANGED


def _content(rev1: Rev1) -> list[str]:
    """The dump without sync bookkeeping (a delete leaves tombstones so that bundles carry it)."""
    return [line for line in logical_dump(rev1.ws.conn) if not line.startswith('INSERT INTO "sync_')]


def test_deleting_the_imported_version_undoes_the_import_and_restoring_redoes_it(rev1: Rev1) -> None:
    before = _content(rev1)
    result = apply_import(rev1.ws, _plan(rev1))
    after = _content(rev1)
    removal = rev1.ws.delete(Version, result.version.id)
    assert _content(rev1) == before
    rev1.ws.restore(removal)
    assert _content(rev1) == after


def test_cancel_rolls_everything_back_when_requested(rev1: Rev1) -> None:
    before = logical_dump(rev1.ws.conn)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        apply_import(rev1.ws, _plan(rev1), cancel=token)
    assert logical_dump(rev1.ws.conn) == before


def test_failure_mid_carry_leaves_nothing_saved(rev1: Rev1, monkeypatch: pytest.MonkeyPatch) -> None:
    before = logical_dump(rev1.ws.conn)
    plan = _plan(rev1)

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr("briefing_app.store.drafts_store.insert_carries", broken)
    with pytest.raises(RuntimeError):
        apply_import(rev1.ws, plan)
    assert logical_dump(rev1.ws.conn) == before


@pytest.mark.parametrize(("options", "message"), [
    ({"label": "rev.1"}, "already has a version"),
    ({"label": "  "}, "needs a label"),
    ({"against": "Rev.9"}, "has no version 'Rev.9'"),
])
def test_should_refuse_if_labels_are_wrong(rev1: Rev1, options: dict[str, str], message: str) -> None:
    with pytest.raises(DraftImportError, match=message):
        _plan(rev1, **options)


def test_should_refuse_unknown_document_and_accept_short_title(rev1: Rev1) -> None:
    with pytest.raises(DraftImportError, match="no such document"):
        plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document="nope", label="Rev.2")
    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document="cybercrime", label="Rev.2")
    assert plan.document.id == rev1.document.id


def test_complete_pairs_rederives_paragraphs_under_corrected_articles(rev1: Rev1) -> None:
    plan = _plan(rev1)
    paragraphs = {p.id for p in (*plan.old_provisions, *plan.provisions) if p.kind.value == "paragraph"}
    top = {pair for pair in plan.mapping.pairs if pair[0] not in paragraphs}
    assert complete_pairs(plan, top) == set(plan.mapping.pairs)
    without_split = {pair for pair in top if pair[0] != rev1.articles["4"].id}
    rederived = complete_pairs(plan, without_split)
    old_paragraphs = {p.id for p in plan.old_provisions if p.parent_id == rev1.articles["4"].id}
    assert not any(o in old_paragraphs for o, _n in rederived)
