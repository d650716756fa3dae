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
