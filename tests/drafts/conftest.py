"""A workspace holding draft Rev.1 (imported from tests/drafts/fixtures) with analysis on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing_app.domain.enums import AmendmentAction, Stance
from briefing_app.domain.models import (
    Amendment,
    Concern,
    Delegation,
    Document,
    Organization,
    Position,
    Provision,
)
from briefing_app.drafts.importer import apply_import, plan_import
from briefing_app.drafts.parse import parse_text
from briefing_app.store import queries
from briefing_app.store.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@dataclass
class Rev1:
    ws: Workspace
    document: Document
    articles: dict[str, Provision]
    concerns: dict[str, Concern]
    amendments: dict[str, Amendment]
    positions: dict[str, Position]


def import_rev1(ws: Workspace) -> Rev1:
    document = ws.insert(Document(title="Draft Convention on Countering Cybercrime", short_title="Cybercrime"))
    result = apply_import(ws, plan_import(ws, parse_text(fixture_text("rev1.txt")), document=document.id,
                                          label="Rev.1", date="2023-06"))
    articles = {p.number: p for p in queries.provisions_of(ws, result.version.id) if p.kind.value == "article"}
    org = ws.insert(Organization(name="Digital Rights Watch"))
    state = ws.insert(Delegation(name="Freedonia"))
    other = ws.insert(Delegation(name="Sylvania"))
    concerns = {
        "split": ws.insert(Concern(title="Access offence lacks a public-interest exception")),
        "deleted": ws.insert(Concern(title="Open-ended offences from other conventions")),
        "same": ws.insert(Concern(title="Purpose clause omits human rights")),
    }
    ws.link("concern_provisions", concerns["split"].id, articles["4"].id)
    ws.link("concern_provisions", concerns["deleted"].id, articles["8"].id)
    ws.link("concern_provisions", concerns["same"].id, articles["1"].id)
    amendments = {
        "adopted": ws.insert(Amendment(provision_id=articles["7"].id, title="Require dishonest intent",
                                       action=AmendmentAction.SUBSTITUTE, target_text="without right",
                                       proposed_text="without right and with dishonest intent")),
        "renumbered": ws.insert(Amendment(provision_id=articles["9"].id, title="Name the ICCPR",
                                          action=AmendmentAction.INSERT, target_text="human rights law",
                                          proposed_text=", including the ICCPR")),
        "merged": ws.insert(Amendment(provision_id=articles["6"].id, title="Require serious damage",
                                      target_text="serious hindering", proposed_text="hindering causing serious damage")),
        "target-gone": ws.insert(Amendment(provision_id=articles["7"].id, title="Require criminal intent",
                                           target_text="intentionally and without right",
                                           proposed_text="intentionally, without right and with criminal intent")),
        "orphan": ws.insert(Amendment(provision_id=articles["8"].id, title="Delete the article",
                                      action=AmendmentAction.DELETE)),
    }
    ws.link("amendment_concerns", amendments["adopted"].id, concerns["split"].id)
    ws.link("amendment_supporters", amendments["adopted"].id, org.id)
    positions = {
        "renumbered": ws.insert(Position(delegation_id=state.id, stance=Stance.SUPPORTS,
                                         provision_id=articles["9"].id, version_id=result.version.id)),
        "deleted": ws.insert(Position(delegation_id=state.id, stance=Stance.OPPOSES, provision_id=articles["8"].id)),
        "on-amendment": ws.insert(Position(delegation_id=state.id, stance=Stance.SUPPORTS,
                                           amendment_id=amendments["adopted"].id)),
        "on-renumbered-amendment": ws.insert(Position(
            delegation_id=other.id, stance=Stance.OPPOSES, amendment_id=amendments["renumbered"].id,
            version_id=result.version.id, summary="Fears the reference narrows the safeguard")),
        "on-merged-amendment": ws.insert(Position(delegation_id=other.id, stance=Stance.UNDECIDED,
                                                  amendment_id=amendments["merged"].id)),
        "on-orphaned-amendment": ws.insert(Position(delegation_id=other.id, stance=Stance.SUPPORTS,
                                                    amendment_id=amendments["orphan"].id)),
    }
    return Rev1(ws, document, articles, concerns, amendments, positions)


@pytest.fixture
def rev1(workspace: Workspace) -> Rev1:
    return import_rev1(workspace)

