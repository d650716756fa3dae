"""drafts.carry: a carry plan read from the workspace, and its batched write with cancel between batches."""

from __future__ import annotations

import pytest

from briefing_app.domain.carry_plan import destinations
from briefing_app.domain.mapping import lineage_plan
from briefing_app.domain.progress import Cancelled, CancelToken
from briefing_app.domain.text_scoring import Scorer, effective_texts
from briefing_app.drafts.carry import carry_plan
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from tests.drafts.conftest import Rev1, fixture_text
from tests.helpers import logical_dump


def _carry_plan(rev1: Rev1):
    plan = plan_import(rev1.ws, parse_text(fixture_text("rev2.md")), document=rev1.document.id, label="Rev.2")
    lineage, _relations = lineage_plan(plan.old_provisions, plan.provisions, plan.mapping)
    found = destinations(plan.old_provisions, plan.provisions, plan.mapping, lineage)
    scorer = Scorer(effective_texts(plan.old_provisions) | effective_texts(plan.provisions))
    return plan, carry_plan(rev1.ws, from_version_id=plan.base.id, to_version_id=plan.version.id,
                            old=plan.old_provisions, found=found, scorer=scorer)


def test_import_stops_between_carry_batches_when_cancelled_and_rolls_back(
        rev1: Rev1, monkeypatch: pytest.MonkeyPatch) -> None:
    plan, carry = _carry_plan(rev1)
    assert carry.size > 3
    before = logical_dump(rev1.ws.conn)
    monkeypatch.setattr("briefing_app.store.drafts_store.BATCH_ROWS", 1)
    token = CancelToken()
    reports: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Carrying"):
            reports.append(done)
            token.cancel()

    with pytest.raises(Cancelled):
        apply_import(rev1.ws, plan, progress=progress, cancel=token)
    assert reports == [1]  # one batch written, then the cancel was seen before the next one
    assert logical_dump(rev1.ws.conn) == before


def test_planned_import_writes_exactly_the_planned_records(rev1: Rev1) -> None:
    plan, carry = _carry_plan(rev1)
    result = apply_import(rev1.ws, plan)
    assert [(r.record_table, r.source_id, r.state) for r in result.carried] == [
        (r.record_table, r.source_id, r.state) for r in carry.records]
