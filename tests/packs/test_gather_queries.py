"""Packs read the workspace in a bounded number of queries (#17): the content shared by every
delegation is read once per version, whatever the number of provisions, and each delegation adds a
fixed few; a batch reads the shared part once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_app.domain import models as m
from briefing_app.domain.enums import Severity
from briefing_app.domain.tailoring import PackProfile, plan_pack
from briefing_app.packs.batch import export_batch
from briefing_app.packs.gather import for_delegation, read_common
from briefing_app.store import meetings_store as ms
from briefing_app.store.workspace import Workspace
from tests.meetings_builders import build_room


@contextmanager
def counted(ws: Workspace) -> Iterator[list[str]]:
    statements: list[str] = []
    ws.conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        ws.conn.set_trace_callback(None)


def _workspace(path: Path, articles: int) -> Workspace:
    ws = Workspace.open(path)
    room = build_room(ws, articles=articles)
    for n in range(1, articles + 1):
        concern = m.Concern(title=f"Concern {n}", severity=Severity.HIGH)
        ws.insert(concern)
        ws.insert_links("concern_provisions", [(concern.id, room.provisions[str(n)].id)])
        ws.insert(m.Amendment(provision_id=room.provisions[f"{n}.1"].id, title=f"Amendment {n}",
                              target_text="may", proposed_text="shall"))
    meeting = room.meetings[0]
    for n in range(1, articles + 1):
        for code in ("KE", "ZA", "EG/AG"):
            plan = ms.plan_line(ws, ms.lexicon_for(ws, meeting), ms.context_for(ws, meeting), f"{code} {n}.2 sup")
            ms.apply_writes(ws, ms.writes_of(ws, plan))
    return ws


def test_the_shared_read_is_the_same_few_queries_at_5_and_40_articles(tmp_path: Path) -> None:
    counts = []
    for articles in (5, 40):
        with _workspace(tmp_path / f"w{articles}.sqlite", articles) as ws:
            with counted(ws) as statements:
                common = read_common(ws)
            shared = len(statements)
            kenya = next(d for d in ws.find(m.Delegation) if d.iso_code == "KE")
            with counted(ws) as statements:
                plan = plan_pack(for_delegation(ws, common, kenya), PackProfile(delegation_id=kenya.id))
            assert len(plan.sections) == articles and all(s.statements for s in plan.sections)
            counts.append((shared, len(statements)))
    assert counts[0] == counts[1], counts
    assert counts[0][0] <= 45 and counts[0][1] == 1  # one query per delegation: its positions


def test_a_batch_reads_the_shared_part_once(tmp_path: Path) -> None:
    with _workspace(tmp_path / "w.sqlite", 10) as ws:
        ids = [d.id for d in ws.find(m.Delegation)]
        per_batch = []
        for size in (2, len(ids)):
            with counted(ws) as statements:
                items = export_batch(ws, ids[:size], tmp_path / f"out{size}", workers=1)
            assert len(items) == size and not [i for i in items if i.error]
            reads = [s for s in statements if s.startswith("SELECT * FROM provisions WHERE version_id")]
            assert len(reads) == 1, reads
            per_batch.append(len(statements))
        per_delegation = (per_batch[1] - per_batch[0]) / (len(ids) - 2)
        assert per_delegation <= 10, per_delegation  # profile, delegation, positions, export log
