"""domain.carry_plan: the carry decisions, taken without a workspace."""

from __future__ import annotations

import itertools

from briefing_app.domain.carry_plan import CarryInputs, CarryState, Destination, plan_carry
from briefing_app.domain.enums import AmendmentAction, ProvisionKind, Stance
from briefing_app.domain.models import Amendment, Position, Provision
from briefing_app.domain.text_scoring import Scorer, effective_texts


def _article(version: str, number: str, text: str) -> Provision:
    return Provision(version_id=version, kind=ProvisionKind.ARTICLE, number=number, text=text)


def _ids(prefix: str):
    counter = itertools.count(1)
    return lambda: f"{prefix}{next(counter)}"


def test_plan_copies_amendments_and_stances_and_orphans_without_a_workspace() -> None:
    kept_old = _article("v1", "1", "States shall criminalize access without right.")
    gone_old = _article("v1", "2", "Open-ended offences.")
    kept_new = _article("v2", "1", "States shall criminalize access without right and with dishonest intent.")
    amendment = Amendment(id="a1", provision_id=kept_old.id, action=AmendmentAction.INSERT,
                          target_text="", proposed_text="with dishonest intent")
    stance = Position(id="s1", delegation_id="d1", stance=Stance.SUPPORTS, amendment_id="a1")
    on_gone = Position(id="p1", delegation_id="d1", stance=Stance.OPPOSES, provision_id=gone_old.id)
    inputs = CarryInputs(concerns={kept_old.id: ["c1"], gone_old.id: ["c2"]},
                         amendments={kept_old.id: [amendment]}, positions={gone_old.id: [on_gone]},
                         stances={"a1": [stance]}, amendment_links={"a1": {"amendment_concerns": ["c1"]}})
    scorer = Scorer(effective_texts([kept_old, gone_old]) | effective_texts([kept_new]))
    plan = plan_carry(from_version_id="v1", to_version_id="v2", old=[kept_old, gone_old],
                      found={kept_old.id: Destination(kept_new)}, scorer=scorer, inputs=inputs,
                      make_id=_ids("new-"))
    assert plan.concern_links == (("c1", kept_new.id),)
    (copy,) = plan.amendments
    assert (copy.provision_id, copy.created_at, copy.proposed_text) == (kept_new.id, "", "with dishonest intent")
    assert plan.links == (("amendment_concerns", ((copy.id, "c1"),)),)
    (moved,) = plan.positions
    assert (moved.amendment_id, moved.provision_id, moved.stance) == (copy.id, None, Stance.SUPPORTS)
    states = [(r.record_table, r.source_id, r.state) for r in plan.records]
    assert states == [("concerns", "c1", CarryState.BASE_TEXT_CHANGED),
                      ("amendments", "a1", CarryState.POSSIBLY_ADOPTED),
                      ("positions", "s1", CarryState.POSSIBLY_ADOPTED),
                      ("concerns", "c2", CarryState.ORPHANED),
                      ("positions", "p1", CarryState.ORPHANED)]
    assert plan.size == 1 + 1 + 1 + 1 + 5
