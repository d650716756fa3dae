"""The uptake report on the demo corpus's two versions, amendment by amendment, and the status update."""

from __future__ import annotations

from briefing_app.domain.enums import AmendmentStatus
from briefing_app.domain.models import Amendment
from briefing_app.domain.redline import SegmentKind
from briefing_app.status.uptake_report import apply_statuses, build_report, status_updates
from briefing_app.store import queries, status_store
from briefing_app.store.workspace import Workspace

EXPECTED = {
    "Delete draft article 17 on offences under other treaties": ("adopted", None),
    "Rule out reading the text as allowing rights to be suppressed, and name the freedoms": ("adopted", "Article 6"),
    "Exempt authorised testing and protection of systems from the devices offence": ("adopted", "Article 11"),
    "Require both serious harm and a fraudulent purpose for illegal access": ("not-adopted", "Article 7"),
    "Require a judge's prior authorisation and independent oversight of the powers": ("not-adopted", "Article 24"),
    "Limit cooperation to the offences established under the text": ("partly-adopted", "Article 35"),
    "Let states leave out material that children produce of themselves": ("adopted", "Article 14"),
}


def _report(ws: Workspace):  # type: ignore[no-untyped-def]
    document = queries.documents(ws)[0]
    zero, adopted = queries.versions_of(ws, document.id)
    return build_report(ws, zero, adopted)


def test_each_zero_draft_ask_gets_its_outcome_in_the_adopted_text(demo_workspace: Workspace) -> None:
    report = _report(demo_workspace)
    found = {i.amendment.title: (i.outcome.value, i.continuation.label if i.continuation else None)
             for i in report.items}
    assert found == EXPECTED
    assert report.totals() == {"adopted": 4, "partly-adopted": 1, "not-adopted": 2, "provision-deleted": 0}


def test_evidence_shows_what_we_asked_and_what_the_text_says(demo_workspace: Workspace) -> None:
    items = {i.amendment.title: i for i in _report(demo_workspace).items}
    judge = items["Require a judge's prior authorisation and independent oversight of the powers"]
    asked_only = "".join(s.text for s in judge.assessment.evidence if s.kind is SegmentKind.DELETE)
    assert "prior authorisation of a judge" in asked_only
    assert "domestic law" in judge.assessment.new_text
    assert {"HRW", "ARTICLE 19", "EFF"} <= set(judge.supporters)
    children = items["Let states leave out material that children produce of themselves"]
    assert children.assessment.share == 1.0 and children.assessment.similarity > 0.3


def test_statuses_are_updated_in_one_step_that_undo_takes_back(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    report = _report(ws)
    before = {a.id: a.status for a in ws.find(Amendment)}
    planned = status_updates(ws, report)
    assert len(planned) == 7
    done = apply_statuses(ws, report)
    statuses = {i.amendment.title: ws.require(Amendment, i.amendment.id).status for i in report.items}
    assert statuses["Limit cooperation to the offences established under the text"] is AmendmentStatus.PARTLY_ADOPTED
    assert statuses["Require both serious harm and a fraudulent purpose for illegal access"] is AmendmentStatus.REJECTED
    assert status_updates(ws, _report(ws)) == []  # applying twice changes nothing
    status_store.undo_write(ws, done)
    assert {a.id: a.status for a in ws.find(Amendment)} == before


def test_totals_line_says_provisions_deleted_in_the_plural() -> None:
    from briefing_app.domain.uptake import totals_text

    assert totals_text({"adopted": 1, "provision-deleted": 0}) == "1 adopted, 0 provisions deleted"
    assert totals_text({"provision-deleted": 1}) == "1 provision deleted"
