"""Comparing versions (the read model packs use) and the "Review after new draft" list."""

from __future__ import annotations

from briefing_app.domain.carry_plan import CarryState
from briefing_app.domain.enums import ProvisionKind
from briefing_app.domain.redline import SegmentKind
from briefing_app.drafts.compare import ChangeKind, changes_between, changes_since_previous
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.drafts.review import NEW_PROVISION, carried_amendment_redline, review_items
from briefing_app.store.drafts_store import resolve_carry
from tests.drafts.conftest import Rev1, fixture_text


def _import_rev2(rev1: Rev1) -> str:
    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id, label="Rev.2")
    version_id = apply_import(rev1.ws, plan).version.id
    assert plan.base is not None
    return version_id


def test_changes_between_gives_ratio_and_redline_per_provision(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1)
    rev1_id = rev1.articles["1"].version_id
    changes = {c.label: c for c in changes_between(rev1.ws, rev1_id, rev2)}
    misuse = changes["Article 7 → Article 8"]
    assert misuse.kind is ChangeKind.CHANGED and 0.0 < misuse.ratio < 0.3
    inserted = "".join(s.text for s in misuse.redline() if s.kind is SegmentKind.INSERT)
    assert "dishonest intent" in inserted
    assert changes["Article 9 → Article 4"].kind is ChangeKind.RENUMBERED
    assert changes["Article 8"].kind is ChangeKind.REMOVED
    assert "".join(s.text for s in changes["Article 8"].redline() if s.kind is SegmentKind.DELETE).startswith("Each")
    assert "Article 1" not in changes
    everything = changes_between(rev1.ws, rev1_id, rev2, include_unchanged=True,
                                 kinds=(ProvisionKind.ARTICLE, ProvisionKind.PARAGRAPH))
    assert sum(1 for c in everything if c.kind is ChangeKind.UNCHANGED) == 7  # 3 articles + 4 paragraphs


def test_review_lists_what_needs_a_look_and_resolving_removes_it(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1)
    items = review_items(rev1.ws, rev2)
    assert [(i.state, i.record_kind) for i in items if i.record_kind == "provision"] == [
        (NEW_PROVISION, "provision"), (NEW_PROVISION, "provision")]
    orphan = next(i for i in items if i.title == "Open-ended offences from other conventions")
    assert (orphan.state, orphan.new_label) == (CarryState.ORPHANED.value, "—")
    assert orphan.old_label == "Article 8. Offences relating to other conventions"
    assert all(i.needs_review for i in items)
    assert "Purpose clause omits human rights" not in {i.title for i in items}
    assert "Purpose clause omits human rights" in {i.title for i in review_items(rev1.ws, rev2, include_settled=True)}
    assert orphan.carry is not None
    resolve_carry(rev1.ws, orphan.carry.id)
    assert orphan.title not in {i.title for i in review_items(rev1.ws, rev2)}


def test_carried_amendment_redline_is_recomputed_against_the_new_text(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1)
    items = {i.title: i for i in review_items(rev1.ws, rev2, include_settled=True)}
    unchanged = items["Name the ICCPR"].carry
    assert unchanged is not None
    segments = carried_amendment_redline(rev1.ws, unchanged)
    assert segments is not None
    assert [s.text for s in segments if s.kind is SegmentKind.INSERT] == [", including the ICCPR"]
    gone = items["Require criminal intent"].carry
    assert gone is not None and carried_amendment_redline(rev1.ws, gone) is None
    orphan = items["Delete the article"].carry
    assert orphan is not None and carried_amendment_redline(rev1.ws, orphan) is None


def test_changes_since_previous_serves_the_pack_section(rev1: Rev1) -> None:
    rev2 = _import_rev2(rev1)
    previous, changes = changes_since_previous(rev1.ws, rev2)
    assert previous is not None and previous.label == "Rev.1"
    assert [c.label for c in changes][:2] == ["Article 9 → Article 4", "Article 4 → Article 5"]
    assert changes_since_previous(rev1.ws, previous.id) == (None, [])


def test_an_analysed_new_article_is_not_listed_as_having_no_analysis(rev1: Rev1) -> None:
    from briefing_app.domain.models import Concern, Version
    from briefing_app.store import queries

    rev2 = _import_rev2(rev1)
    new = [i for i in review_items(rev1.ws, rev2) if i.state == NEW_PROVISION]
    assert len(new) == 2
    concern = rev1.ws.insert(Concern(title="Three problems with the new article"))
    rev1.ws.link("concern_provisions", concern.id, new[0].provision_id)
    still_new = [i for i in review_items(rev1.ws, rev2) if i.state == NEW_PROVISION]
    assert [i.provision_id for i in still_new] == [new[1].provision_id]
    assert all("no analysis" in i.detail for i in still_new)
    assert rev1.ws.get(Version, rev2) is not None and queries.provisions_of(rev1.ws, rev2)


def test_compare_summary_counts_exactly_the_rows_listed(rev1: Rev1) -> None:
    from briefing_app.drafts.compare import summarize

    rev2 = _import_rev2(rev1)
    changes = changes_between(rev1.ws, rev1.articles["1"].version_id, rev2)
    kinds = {c.kind for c in changes}
    text = summarize(changes)
    total = sum(int(part.split()[0]) for part in text.split(", "))
    assert total == len(changes)
    assert ChangeKind.RENUMBERED in kinds and f"{sum(c.kind is ChangeKind.RENUMBERED for c in changes)} renumbered" in text


def test_status_counts_count_each_amendment_once_however_often_carried(rev1: Rev1) -> None:
    from briefing_app.store.counts import current_counts

    before = current_counts(rev1.ws)
    rows_before = rev1.ws.counts()["amendments"]
    _import_rev2(rev1)
    after = current_counts(rev1.ws)
    assert rev1.ws.counts()["amendments"] > rows_before  # carried copies exist as rows
    assert after["amendments"] == before["amendments"] == rows_before
    assert after["positions"] == before["positions"]
    assert after["concerns"] == before["concerns"]
