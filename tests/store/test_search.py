"""FTS5 search: ranking, snippets, sync on insert/update/delete, friendly syntax errors."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing_app.domain.models import Amendment, Concern, Document, Provision, ProvisionKind, Version
from briefing_app.domain.views import SearchKind
from briefing_app.store.search import SearchQueryError, prepare_query, search
from briefing_app.store.workspace import Workspace


@pytest.fixture
def article(workspace: Workspace) -> Provision:
    doc = workspace.insert(Document(title="T"))
    version = workspace.insert(Version(document_id=doc.id, label="v1", seq=1))
    return workspace.insert(Provision(
        version_id=version.id, kind=ProvisionKind.ARTICLE, number="30",
        heading="Interception of content data", text="Real-time collection of the content of communications."))


def test_search_finds_heading_with_prefix_and_marks_snippet(workspace: Workspace, article: Provision) -> None:
    hits = search(workspace, "intercept")
    assert [h.record_id for h in hits] == [article.id]
    assert "[Interception]" in hits[0].snippet
    assert hits[0].title == "Article 30: Interception of content data"


def test_search_ignores_diacritics(workspace: Workspace) -> None:
    workspace.insert(Concern(title="Café owners", summary="x"))
    assert len(search(workspace, "cafe")) == 1


def test_index_follows_update_and_delete(workspace: Workspace, article: Provision) -> None:
    concern = workspace.insert(Concern(title="Secret surveillance", summary="no notice"))
    assert [h.kind for h in search(workspace, "surveillance")] == [SearchKind.CONCERN]
    workspace.update(replace(concern, title="Hidden monitoring"))
    assert search(workspace, "surveillance") == []
    assert len(search(workspace, "monitoring")) == 1
    workspace.delete(Concern, concern.id)
    assert search(workspace, "monitoring") == []


def test_kind_filter_and_amendment_hits_point_to_their_provision(workspace: Workspace, article: Provision) -> None:
    workspace.insert(Amendment(provision_id=article.id, title="Judicial authorisation",
                               proposed_text="Interception requires prior judicial authorisation."))
    hits = search(workspace, "interception", kinds=(SearchKind.AMENDMENT,))
    assert len(hits) == 1 and hits[0].provision_id == article.id


@pytest.mark.parametrize("query", ['"unterminated', "AND", "x NEAR(", "title:"])
def test_bad_fts_syntax_gives_a_clear_error(workspace: Workspace, article: Provision, query: str) -> None:
    with pytest.raises(SearchQueryError, match="Cannot search for"):
        search(workspace, query)


def test_plain_words_with_punctuation_are_quoted() -> None:
    assert prepare_query("good-faith research") == '"good"* "faith"* "research"*'
    with pytest.raises(SearchQueryError):
        prepare_query("  --- ")


def test_latest_version_ranks_above_an_older_draft_with_the_same_text(workspace: Workspace) -> None:
    doc = workspace.insert(Document(title="T"))
    old = workspace.insert(Version(document_id=doc.id, label="Zero draft", seq=1))
    new = workspace.insert(Version(document_id=doc.id, label="Adopted", seq=2))
    for version in (old, new):  # the older one first, so insertion order cannot explain the result
        workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="46",
                                   heading="Mutual legal assistance in the interception of content data"))
    hits = search(workspace, "interception")
    assert [h.context for h in hits] == ["Adopted", "Zero draft"]


def _concern(workspace: Workspace, title: str, summary: str = "") -> Concern:
    return workspace.insert(Concern(title=title, summary=summary))


def test_title_match_ranks_above_matches_elsewhere_however_often_they_repeat(workspace: Workspace) -> None:
    body = _concern(workspace, "Notice to users", "Surveillance, surveillance and more surveillance.")
    titled = _concern(workspace, "Surveillance powers", "Too broad.")
    older_titled = workspace.insert(Concern(title="Cross-border surveillance", summary="x"))
    hits = search(workspace, "surveillance")
    assert [h.record_id for h in hits] == [older_titled.id, titled.id, body.id]
    assert [h.score for h in hits] == [2.0, 2.0, 1.0]


def test_concerns_come_newest_first_within_a_tier(workspace: Workspace) -> None:
    made = [_concern(workspace, f"Concern {i}", "interception without a judge") for i in range(5)]
    assert [h.record_id for h in search(workspace, "judge")] == [c.id for c in reversed(made)]


def test_provisions_come_in_document_order_latest_version_first(workspace: Workspace) -> None:
    doc = workspace.insert(Document(title="T"))
    old = workspace.insert(Version(document_id=doc.id, label="Zero draft", seq=1))
    new = workspace.insert(Version(document_id=doc.id, label="Adopted", seq=2))
    texts = ("Preservation of stored data.", "Production of stored data.", "Search of stored data.")
    made = {version.label: [workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE,
                                                       number=str(n), heading=text))
                            for n, text in enumerate(texts, start=1)]
            for version in (new, old)}  # the adopted text first: order must not follow insertion across versions
    hits = search(workspace, "stored", kinds=(SearchKind.PROVISION,))
    assert [h.record_id for h in hits] == [p.id for p in made["Adopted"] + made["Zero draft"]]


def test_kinds_take_turns_so_that_one_kind_cannot_fill_the_page(workspace: Workspace, article: Provision) -> None:
    for i in range(12):
        workspace.insert(Amendment(provision_id=article.id, title=f"Interception limit {i}"))
    concern = _concern(workspace, "Interception without notice")
    hits = search(workspace, "interception", limit=5)
    assert [h.kind for h in hits] == [SearchKind.PROVISION, SearchKind.CONCERN] + [SearchKind.AMENDMENT] * 3
    assert hits[1].record_id == concern.id


def test_every_match_comes_once_up_to_the_limit(workspace: Workspace) -> None:
    made = {_concern(workspace, f"Data item {i}" if i % 2 else f"Item {i}", "data").id for i in range(30)}
    assert {h.record_id for h in search(workspace, "data", limit=100)} == made
    hits = search(workspace, "data", limit=20)
    assert len(hits) == 20 == len({h.record_id for h in hits})
    assert [h.score for h in hits] == [2.0] * 15 + [1.0] * 5


@pytest.mark.parametrize(("query", "expected"), [
    ("NEAR(content communications, 5)", ["a"]),
    ('"real-time collection"', ["a"]),
    ("text: interception", ["b"]),
    ("interception NOT judge", ["a", "b"]),
])
def test_fts_syntax_is_ranked_in_tiers_too(workspace: Workspace, article: Provision, query: str,
                                            expected: list[str]) -> None:
    other = workspace.insert(Provision(version_id=article.version_id, kind=ProvisionKind.ARTICLE, number="31",
                                       heading="Retention", text="Interception logs are kept."))
    ids = {"a": article.id, "b": other.id}
    assert [h.record_id for h in search(workspace, query, kinds=(SearchKind.PROVISION,))] == [ids[k] for k in expected]


def test_unbalanced_parentheses_are_a_syntax_error_not_a_title_search(workspace: Workspace, article: Provision) -> None:
    with pytest.raises(SearchQueryError, match="Cannot search for"):
        search(workspace, "interception) OR (data")


def test_search_within_one_version(workspace: Workspace, article: Provision) -> None:
    doc = workspace.insert(Document(title="Other"))
    other = workspace.insert(Version(document_id=doc.id, label="v9", seq=1))
    workspace.insert(Provision(version_id=other.id, kind=ProvisionKind.ARTICLE, number="1", heading="Interception"))
    hits = search(workspace, "interception", version_id=article.version_id)
    assert [h.record_id for h in hits] == [article.id]
