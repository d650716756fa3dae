"""Facet lists and the size estimate: the reads the navigator and status bar make at any size."""

from __future__ import annotations

from briefing_app.domain.models import (
    Amendment,
    Concern,
    Document,
    Organization,
    Provision,
    ProvisionKind,
    Version,
)
from briefing_app.store import ui_queries
from briefing_app.store.workspace import Workspace


def test_concern_categories_are_distinct_sorted_and_skip_the_empty_one(workspace: Workspace) -> None:
    for category in ("surveillance", "", "scope", "surveillance", "Scope", "human-rights"):
        workspace.insert(Concern(title="c", category=category))
    assert ui_queries.concern_categories(workspace) == ["Scope", "human-rights", "scope", "surveillance"]


def test_concern_categories_of_an_empty_workspace(workspace: Workspace) -> None:
    assert ui_queries.concern_categories(workspace) == []


def test_contributing_organizations_are_authors_and_supporters_only(workspace: Workspace) -> None:
    author, drafter, supporter, idle = (workspace.insert(Organization(name=n, short_name=s)) for n, s in
                                        (("Author", "AU"), ("Drafter", "DR"), ("Supporter", "SU"), ("Idle", "ID")))
    doc = workspace.insert(Document(title="T"))
    version = workspace.insert(Version(document_id=doc.id, label="v1", seq=1))
    article = workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="1"))
    workspace.insert(Concern(title="c", organization_id=author.id))
    amendment = workspace.insert(Amendment(provision_id=article.id, title="a", organization_id=drafter.id))
    workspace.insert_links("amendment_supporters", [(amendment.id, supporter.id)])
    names = [o.short_name for o in ui_queries.contributing_organizations(workspace)]
    assert names == ["AU", "DR", "SU"] and idle.short_name not in names


def test_facet_lists_probe_indexes_rather_than_reading_every_concern(workspace: Workspace) -> None:
    plans = [" ".join(r[3] for r in workspace.conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in (
        "SELECT min(category) FROM concerns WHERE category > 'a'",
        "SELECT 1 FROM amendments WHERE organization_id = 'x'")]
    assert "concerns_category" in plans[0] and "amendments_organization" in plans[1]


def test_size_estimate_grows_with_concerns_and_their_links(workspace: Workspace) -> None:
    before = ui_queries.size_estimate(workspace)
    doc = workspace.insert(Document(title="T"))
    version = workspace.insert(Version(document_id=doc.id, label="v1", seq=1))
    article = workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="1"))
    concerns = [workspace.insert(Concern(title=f"c{i}")) for i in range(5)]
    workspace.insert_links("concern_provisions", [(c.id, article.id) for c in concerns])
    assert ui_queries.size_estimate(workspace) == before + 1 + 5 + 5


def test_outline_knows_who_has_children_and_lists_them_on_first_use(workspace: Workspace) -> None:
    doc = workspace.insert(Document(title="T"))
    version = workspace.insert(Version(document_id=doc.id, label="v1", seq=1))
    chapter = workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.CHAPTER, number="I"))
    first, second = (workspace.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number=n,
                                                parent_id=chapter.id, position=i)) for i, n in enumerate("12"))
    outline = ui_queries.outline(workspace, version.id)
    assert outline.parents == {None, chapter.id}  # the articles have no paragraphs
    assert outline.children == {None: [chapter.id], chapter.id: [first.id, second.id]}
    assert outline.path(second.id) == [chapter.id, second.id]
