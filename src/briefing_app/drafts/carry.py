"""Carry a previous draft's concerns, amendments and positions to the provisions that continue them.

Plan, then apply (as bundles do): the store reads the analysis of the old version
(`drafts_store.carry_inputs`), `domain.carry_plan.plan_carry` decides every link, copy and review
state without touching the workspace, and `drafts_store.write_carry_plan` writes it in batches with a
cancel check between them, inside the import's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.carry_plan import CarryPlan, Destination, plan_carry
from briefing_app.domain.models import Provision
from briefing_app.domain.text_scoring import Scorer
from briefing_app.store.drafts_store import carry_inputs
from briefing_app.store.workspace import Workspace


def carry_plan(ws: Workspace, *, from_version_id: str, to_version_id: str, old: Sequence[Provision],
               found: dict[str, Destination], scorer: Scorer) -> CarryPlan:
    """The carry plan for the old version's analysis (reads only)."""
    inputs = carry_inputs(ws, [p.id for p in old])
    return plan_carry(from_version_id=from_version_id, to_version_id=to_version_id, old=old, found=found,
                      scorer=scorer, inputs=inputs)
