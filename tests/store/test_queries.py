"""Composed reads: subtree counts, severity ordering, positions on a provision and its amendments."""

from __future__ import annotations

from briefing_app.domain.enums import ProvisionKind, Severity, Stance
from briefing_app.domain.models import (
    Amendment,
    Concern,
    Delegation,
    Document,
    Position,
    Provision,
    Version,
)
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace


def _tree(ws: Workspace) -> tuple[Version, Provision, Provision, Provision, Provision]:
    doc = ws.insert(Document(title="T"))
    version = ws.insert(Version(document_id=doc.id, label="v", seq=1))
    chapter = ws.insert(Provision(version_id=version.id, kind=ProvisionKind.CHAPTER, number="I", position=1))
    article = ws.insert(Provision(version_id=version.id, kind=ProvisionKind.ARTICLE, number="1",
                                  parent_id=chapter.id, position=1, text="x"))
    para1 = ws.insert(Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number="1",
                                parent_id=article.id, position=1))
    para2 = ws.insert(Provision(version_id=version.id, kind=ProvisionKind.PARAGRAPH, number="2",
                                parent_id=article.id, position=2))
    return version, chapter, article, para1, para2


def test_counts_cover_the_subtree_and_count_each_concern_once(workspace: Workspace) -> None:
    version, chapter, article, para1, para2 = _tree(workspace)
    wide = workspace.insert(Concern(title="wide", severity=Severity.LOW))
    sharp = workspace.insert(Concern(title="sharp", severity=Severity.CRITICAL))
    workspace.insert_links("concern_provisions", [(wide.id, article.id), (wide.id, para1.id),
                                                  (wide.id, para2.id), (sharp.id, para2.id)])
    workspace.insert(Amendment(provision_id=para1.id, proposed_text="y"))
    counts = queries.provision_counts(workspace, version.id)
    assert counts[chapter.id].concerns == 2 and counts[article.id].concerns == 2
    assert counts[para1.id].concerns == 1 and counts[para1.id].max_severity == Severity.LOW.rank
    assert counts[chapter.id].max_severity == Severity.CRITICAL.rank
    assert counts[chapter.id].amendments == 1 and counts[para2.id].amendments == 0


def test_provisions_come_in_reading_order(workspace: Workspace) -> None:
    version, chapter, article, para1, para2 = _tree(workspace)
    assert [p.id for p in queries.provisions_of(workspace, version.id)] == [chapter.id, article.id, para1.id, para2.id]
    assert queries.subtree_ids(workspace, article.id) == [article.id, para1.id, para2.id]


def test_concerns_most_severe_first_and_positions_include_amendments(workspace: Workspace) -> None:
    _version, _chapter, article, _p1, _p2 = _tree(workspace)
    low = workspace.insert(Concern(title="low", severity=Severity.LOW))
    high = workspace.insert(Concern(title="high", severity=Severity.HIGH))
    workspace.insert_links("concern_provisions", [(low.id, article.id), (high.id, article.id)])
    assert [c.title for c in queries.concerns_for(workspace, [article.id])] == ["high", "low"]
    amendment = workspace.insert(Amendment(provision_id=article.id, proposed_text="z"))
    kenya = workspace.insert(Delegation(name="Kenya"))
    on_text = workspace.insert(Position(delegation_id=kenya.id, provision_id=article.id, stance=Stance.SUPPORTS))
    on_amendment = workspace.insert(Position(delegation_id=kenya.id, amendment_id=amendment.id,
                                             stance=Stance.OPPOSES))
    assert {p.id for p in queries.positions_for(workspace, [article.id])} == {on_text.id, on_amendment.id}
